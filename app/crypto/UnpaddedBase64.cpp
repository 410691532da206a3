#include "crypto/UnpaddedBase64.h"

namespace gatehouse {

QString UnpaddedBase64::encode(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals));
}

std::optional<QByteArray> UnpaddedBase64::decode(const QString& text)
{
    // Checked here character by character: Qt's decoder skips what it does not understand.
    QByteArray ascii;
    ascii.reserve(text.size());
    qsizetype padding = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool alphabet = (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') ||
                              (u >= u'0' && u <= u'9') || u == u'+' || u == u'/';
        if (u == u'=')
            ++padding;
        else if (!alphabet || padding > 0)
            return std::nullopt; // a foreign character, or data after the padding
        else
            ascii += char(u);
    }
    if (padding > 0 && ((ascii.size() + padding) % 4 != 0 || padding > 2))
        return std::nullopt;
    if (ascii.size() % 4 == 1)
        return std::nullopt; // six bits cannot make a byte
    return QByteArray::fromBase64(ascii, QByteArray::Base64Encoding);
}

} // namespace gatehouse
