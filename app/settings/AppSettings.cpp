#include "settings/AppSettings.h"

#include <QSettings>
#include <QTimeZone>
#include <QUrl>

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

int AppSettings::historyKeepDays()
{
    const int days = QSettings().value(QStringLiteral("history/keepDays"), DefaultHistoryKeepDays).toInt();
    return days >= 1 && days <= 36500 ? days : DefaultHistoryKeepDays;
}

void AppSettings::setHistoryKeepDays(int days)
{
    QSettings().setValue(QStringLiteral("history/keepDays"), qBound(1, days, 36500));
}

namespace {

// An account key holds slashes, which QSettings would read as groups.
QString lastRefreshKey(const QString& accountKey)
{
    return QStringLiteral("history/lastRefresh/") + QString::fromLatin1(QUrl::toPercentEncoding(accountKey));
}

QString watchKey(const QString& accountKey)
{
    return QStringLiteral("watch/accounts/") + QString::fromLatin1(QUrl::toPercentEncoding(accountKey));
}

} // namespace

QDateTime AppSettings::lastRefreshAt(const QString& accountKey)
{
    const qint64 ms = QSettings().value(lastRefreshKey(accountKey), qint64(0)).toLongLong();
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()) : QDateTime();
}

void AppSettings::setLastRefreshAt(const QString& accountKey, const QDateTime& time)
{
    QSettings().setValue(lastRefreshKey(accountKey), time.toMSecsSinceEpoch());
}

std::optional<bool> AppSettings::watchAccount(const QString& accountKey)
{
    const QVariant value = QSettings().value(watchKey(accountKey));
    if (!value.isValid())
        return std::nullopt;
    return value.toBool();
}

void AppSettings::setWatchAccount(const QString& accountKey, bool watch)
{
    QSettings().setValue(watchKey(accountKey), watch);
}

int AppSettings::watchIntervalMinutes()
{
    const int minutes =
        QSettings().value(QStringLiteral("watch/intervalMinutes"), DefaultWatchIntervalMinutes).toInt();
    return minutes >= 1 && minutes <= 60 ? minutes : DefaultWatchIntervalMinutes;
}

void AppSettings::setWatchIntervalMinutes(int minutes)
{
    QSettings().setValue(QStringLiteral("watch/intervalMinutes"), qBound(1, minutes, 60));
}

bool AppSettings::trayNoticeShown()
{
    return QSettings().value(QStringLiteral("watch/trayNoticeShown"), false).toBool();
}

void AppSettings::setTrayNoticeShown(bool shown)
{
    QSettings().setValue(QStringLiteral("watch/trayNoticeShown"), shown);
}

bool AppSettings::notifyDisappeared()
{
    return QSettings().value(QStringLiteral("watch/notifyDisappeared"), false).toBool();
}

void AppSettings::setNotifyDisappeared(bool notify)
{
    QSettings().setValue(QStringLiteral("watch/notifyDisappeared"), notify);
}

bool AppSettings::notifyCleanUp()
{
    return QSettings().value(QStringLiteral("watch/notifyCleanUp"), true).toBool();
}

void AppSettings::setNotifyCleanUp(bool notify)
{
    QSettings().setValue(QStringLiteral("watch/notifyCleanUp"), notify);
}

namespace {

QString cleanUpReminderKey(const QString& accountKey)
{
    return QStringLiteral("watch/lastCleanUpReminder/") +
           QString::fromLatin1(QUrl::toPercentEncoding(accountKey));
}

} // namespace

QDateTime AppSettings::lastCleanUpReminder(const QString& accountKey)
{
    const qint64 ms = QSettings().value(cleanUpReminderKey(accountKey), qint64(0)).toLongLong();
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()) : QDateTime();
}

void AppSettings::setLastCleanUpReminder(const QString& accountKey, const QDateTime& time)
{
    QSettings().setValue(cleanUpReminderKey(accountKey), time.toMSecsSinceEpoch());
}

} // namespace gatehouse
