#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace gatehouse {

// "Unpadded Base64" (Matrix spec, Appendices): RFC 4648's standard alphabet without "=" padding, the
// form of every key and signature in the keys API.
class UnpaddedBase64
{
public:
    static QString encode(const QByteArray& bytes);
    // The bytes, or std::nullopt when `text` is not standard base64. Padding is accepted as the spec
    // asks ("with or without padding"); the URL-safe alphabet, whitespace and impossible lengths are not.
    static std::optional<QByteArray> decode(const QString& text);
};

} // namespace gatehouse
