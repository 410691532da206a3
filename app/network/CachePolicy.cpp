#include "network/CachePolicy.h"

#include "network/HttpDate.h"

#include <QList>

#include <optional>

namespace gatehouse {

qint64 CachePolicy::freshForMs(const QByteArray& cacheControl, const QByteArray& expires,
                               const QByteArray& date, const QDateTime& now)
{
    constexpr qint64 oneDayMs = 24LL * 3600 * 1000;
    std::optional<qint64> maxAge;
    const QList<QByteArray> directives = cacheControl.toLower().split(',');
    for (const QByteArray& directive : directives) {
        const QByteArray d = directive.trimmed();
        if (d == "no-store" || d == "no-cache" || d.startsWith("no-cache="))
            return 0;
        if (d.startsWith("max-age=")) {
            bool ok = false;
            const qlonglong seconds = d.mid(8).trimmed().replace('"', "").toLongLong(&ok);
            if (!ok || seconds < 0)
                return 0; // a malformed max-age makes the response stale (RFC 9111 4.2.1)
            maxAge = seconds * 1000;
        }
    }
    if (maxAge)
        return qMin(*maxAge, oneDayMs);
    if (!expires.isEmpty()) {
        const QDateTime expiresAt = HttpDate::parse(expires);
        if (!expiresAt.isValid())
            return 0;
        const QDateTime served = HttpDate::parse(date);
        const QDateTime base = served.isValid() ? served : now;
        return qBound<qint64>(0, base.msecsTo(expiresAt), oneDayMs);
    }
    return 0;
}

} // namespace gatehouse
