#include "network/HttpDate.h"

#include <QLocale>

namespace gatehouse {

QDateTime HttpDate::parse(const QByteArray& raw)
{
    const QString value = QString::fromLatin1(raw.trimmed());
    const QLocale c = QLocale::c();
    // IMF-fixdate, then RFC 850, then asctime.
    static const char* const formats[] = {"ddd, dd MMM yyyy HH:mm:ss 'GMT'", "dddd, dd-MMM-yy HH:mm:ss 'GMT'",
                                          "ddd MMM d HH:mm:ss yyyy"};
    for (const char* format : formats) {
        QDateTime parsed = c.toDateTime(value.simplified(), QString::fromLatin1(format));
        if (parsed.isValid()) {
            if (parsed.date().year() < 1970)
                parsed = parsed.addYears(100);
            parsed.setTimeSpec(Qt::UTC);
            return parsed;
        }
    }
    return {};
}

} // namespace gatehouse
