#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace gatehouse {

// "Just now", "3 hours ago", "5 months ago": how long ago a session was last active, in words.
class RelativeTime
{
    Q_DECLARE_TR_FUNCTIONS(RelativeTime)

public:
    static QString describe(qint64 timestampMs, const QDateTime& now);
    static QString exact(qint64 timestampMs); // the local date and time, for tooltips
    static qint64 daysBetween(qint64 timestampMs, const QDateTime& now);
    static qint64 daysBetween(qint64 timestampMs, qint64 nowMs);
};

} // namespace gatehouse
