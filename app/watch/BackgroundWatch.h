#pragma once

#include "auth/SavedAccount.h"

#include <QList>
#include <QObject>

namespace gatehouse {

class AccountSession;
class AccountWatcher;
class HistoryStore;
class Notifier;
class WakeSignals;
class WatchAlerts;

// Watching accounts with no window (`gatehouse --background`): one AccountWatcher per account, one set of
// wake-up signals for all, and their findings as notifications.
class BackgroundWatch : public QObject
{
    Q_OBJECT

public:
    // `store` may be null (no history); `notifier` and `store` must outlive this.
    BackgroundWatch(HistoryStore* store, Notifier* notifier, WakeSignals* wake, QObject* parent = nullptr);

    // The saved accounts `gatehouse --background` watches: those whose "Watch this account in the
    // background" is on in Settings (AppSettings::watchAccount); never chosen counts as off.
    static QList<SavedAccount> chosenAccounts(const QList<SavedAccount>& saved);

    // Starts watching the account of `session` (which this takes over).
    AccountWatcher* watch(AccountSession* session, qint64 intervalMs);
    // Stops watching that account and deletes its watcher (later).
    void unwatch(AccountWatcher* watcher);
    QList<AccountWatcher*> watchers() const { return m_watchers; }
    WatchAlerts* alerts() const { return m_alerts; }

    void checkNow();
    void pause();
    void resume();

Q_SIGNALS:
    // An account was added or removed.
    void watchersChanged();

private:
    HistoryStore* m_store;
    WakeSignals* m_wake;
    WatchAlerts* m_alerts;
    QList<AccountWatcher*> m_watchers;
};

} // namespace gatehouse
