#include "network/HttpDate.h"

#include <QLocale>
#include <QStringList>
#include <QTimeZone>

namespace gatehouse {

namespace {

// 1 (Monday) to 7, or 0 when `name` is not an English day name in that form.
int weekday(const QString& name, QLocale::FormatType format)
{
    for (int day = 1; day <= 7; ++day) {
        if (QLocale::c().dayName(day, format) == name)
            return day;
    }
    return 0;
}

} // namespace

QDateTime HttpDate::parse(const QByteArray& raw)
{
    // The date and the time are read apart and joined in UTC: read as one local date-time, a time in a
    // daylight-saving gap of the local zone would be refused or moved. The weekday is checked only once
    // the century of a two-digit year is known.
    const QLocale c = QLocale::c();
    const QStringList parts = QString::fromLatin1(raw).simplified().split(u' ');
    QDate date;
    QString time;
    int day = 0;
    if (parts.size() == 6 && parts.at(0).endsWith(u',') && parts.at(5) == u"GMT") {
        // IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT"
        day = weekday(parts.at(0).chopped(1), QLocale::ShortFormat);
        date = c.toDate(parts.mid(1, 3).join(u' '), QStringLiteral("dd MMM yyyy"));
        time = parts.at(4);
    } else if (parts.size() == 4 && parts.at(0).endsWith(u',') && parts.at(3) == u"GMT") {
        // RFC 850: "Sunday, 06-Nov-94 08:49:37 GMT"; Qt reads "yy" as 19yy.
        day = weekday(parts.at(0).chopped(1), QLocale::LongFormat);
        date = c.toDate(parts.at(1), QStringLiteral("dd-MMM-yy"));
        if (date.isValid() && date.year() < 1970)
            date = date.addYears(100);
        time = parts.at(2);
    } else if (parts.size() == 5) {
        // asctime: "Sun Nov  6 08:49:37 1994"
        day = weekday(parts.at(0), QLocale::ShortFormat);
        date = c.toDate(parts.at(1) + u' ' + parts.at(2) + u' ' + parts.at(4), QStringLiteral("MMM d yyyy"));
        time = parts.at(3);
    }
    const QTime clock = c.toTime(time, QStringLiteral("HH:mm:ss"));
    if (!date.isValid() || !clock.isValid() || date.dayOfWeek() != day)
        return {};
    return QDateTime(date, clock, QTimeZone::utc());
}

} // namespace gatehouse
