#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace gatehouse {

// How long a 429 asks us to wait: the HTTP Retry-After header (seconds or an HTTP-date) first, then the
// deprecated `retry_after_ms` in a Matrix error body. Nothing usable gives std::nullopt.
class RetryAfter
{
public:
    static std::optional<qint64> delayMs(const QByteArray& retryAfterHeader, const QByteArray& body,
                                         const QDateTime& now);
    static std::optional<qint64> fromHeader(const QByteArray& raw, const QDateTime& now);
    static std::optional<qint64> fromBody(const QByteArray& body);
};

} // namespace gatehouse
