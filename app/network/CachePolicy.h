#pragma once

#include <QByteArray>
#include <QDateTime>

namespace gatehouse {

// How long a response may be reused, from Cache-Control (max-age; no-store / no-cache mean "not at all")
// or else Expires against Date. We are a private cache, so s-maxage does not apply.
class CachePolicy
{
public:
    static qint64 freshForMs(const QByteArray& cacheControl, const QByteArray& expires,
                             const QByteArray& date, const QDateTime& now);
};

} // namespace gatehouse
