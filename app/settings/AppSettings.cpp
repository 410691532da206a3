#include "settings/AppSettings.h"

#include <QSettings>

namespace gatehouse {

int AppSettings::inactiveAfterDays()
{
    const int days =
        QSettings().value(QStringLiteral("sessions/inactiveAfterDays"), DefaultInactiveAfterDays).toInt();
    return days >= 1 && days <= 3650 ? days : DefaultInactiveAfterDays;
}

void AppSettings::setInactiveAfterDays(int days)
{
    QSettings().setValue(QStringLiteral("sessions/inactiveAfterDays"), qBound(1, days, 3650));
}

QString AppSettings::language()
{
    return QSettings().value(QStringLiteral("interface/language")).toString();
}

void AppSettings::setLanguage(const QString& language)
{
    QSettings().setValue(QStringLiteral("interface/language"), language);
}

QByteArray AppSettings::sessionSplitterState()
{
    return QSettings().value(QStringLiteral("window/sessionSplitter")).toByteArray();
}

void AppSettings::setSessionSplitterState(const QByteArray& state)
{
    QSettings().setValue(QStringLiteral("window/sessionSplitter"), state);
}

} // namespace gatehouse
