#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace gatehouse {

// Preferences that are not secrets (QSettings; tokens never go here): the inactivity threshold, the
// interface language, and how long history is kept.
class AppSettings
{
public:
    static constexpr int DefaultInactiveAfterDays = 90;

    static int inactiveAfterDays();
    static void setInactiveAfterDays(int days);
    // A locale name such as "de", or empty for the system language.
    static QString language();
    static void setLanguage(const QString& language);
    // The sizes of the session list and the details pane beside it (QSplitter::saveState); empty when none.
    static QByteArray sessionSplitterState();
    static void setSessionSplitterState(const QByteArray& state);

    // History (README, "History"): how many days disappeared sessions are kept.
    static constexpr int DefaultHistoryKeepDays = 365;
    static int historyKeepDays();
    static void setHistoryKeepDays(int days);
    // When the account (SavedAccount::key()) was last loaded successfully: kept here because a refresh
    // where nothing changed writes nothing to the history file.
    static QDateTime lastRefreshAt(const QString& accountKey);
    static void setLastRefreshAt(const QString& accountKey, const QDateTime& time);

    // Watching (README, "Watching for new sign-ins"): whether `gatehouse --background` watches the account
    // (SavedAccount::key()); empty when it was never chosen.
    static std::optional<bool> watchAccount(const QString& accountKey);
    static void setWatchAccount(const QString& accountKey, bool watch);
    // Minutes between background checks, 1 to 60.
    static constexpr int DefaultWatchIntervalMinutes = 5;
    static int watchIntervalMinutes();
    static void setWatchIntervalMinutes(int minutes);
    // Whether the "still watching in the background" notice was shown once (the first window closed to the
    // tray).
    static bool trayNoticeShown();
    static void setTrayNoticeShown(bool shown);
    // The optional notifications (Settings ▸ Watching): a session that disappeared without Gatehouse ending
    // it (off by default), and the weekly reminder about inactive sessions (on by default).
    static bool notifyDisappeared();
    static void setNotifyDisappeared(bool notify);
    static bool notifyCleanUp();
    static void setNotifyCleanUp(bool notify);
    // When the clean-up reminder was last shown for the account (SavedAccount::key()); invalid when never.
    static QDateTime lastCleanUpReminder(const QString& accountKey);
    static void setLastCleanUpReminder(const QString& accountKey, const QDateTime& time);
};

} // namespace gatehouse
