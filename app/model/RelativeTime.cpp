#include "model/RelativeTime.h"

#include <QLocale>

namespace gatehouse {

qint64 RelativeTime::daysBetween(qint64 timestampMs, const QDateTime& now)
{
    return daysBetween(timestampMs, now.toMSecsSinceEpoch());
}

qint64 RelativeTime::daysBetween(qint64 timestampMs, qint64 nowMs)
{
    return (nowMs - timestampMs) / (24LL * 3600 * 1000);
}

QString RelativeTime::describe(qint64 timestampMs, const QDateTime& now)
{
    const qint64 seconds = (now.toMSecsSinceEpoch() - timestampMs) / 1000;
    if (seconds < -300)
        return exact(timestampMs); // a clock ahead of ours: say when, not "in the future"
    if (seconds < 60)
        return tr("Just now");
    // In 64 bits until the count is small: a server may send any timestamp down to -2^53 ms.
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("%n minute(s) ago", nullptr, int(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return tr("%n hour(s) ago", nullptr, int(hours));
    const qint64 days = hours / 24;
    if (days < 31)
        return tr("%n day(s) ago", nullptr, int(days));
    if (days < 365)
        return tr("%n month(s) ago", nullptr, int(days / 30));
    return tr("%n year(s) ago", nullptr, int(days / 365));
}

QString RelativeTime::exact(qint64 timestampMs)
{
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(timestampMs).toLocalTime();
    return QLocale().toString(when, QLocale::LongFormat);
}

} // namespace gatehouse
