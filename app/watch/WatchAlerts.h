#pragma once

#include "history/HistoryAccount.h"
#include "watch/Notifier.h"
#include "watch/WatchEvent.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>

namespace gatehouse {

class AccountWatcher;
class HistoryStore;

// Turns what the watchers notice into notifications, and the person's answer into what it means: It Was Me
// is recorded in the history; Review and Sign Out… are asked of the window (which asks the controller).
class WatchAlerts : public QObject
{
    Q_OBJECT

public:
    // `store` may be null (no history: It Was Me then only closes the notification).
    WatchAlerts(Notifier* notifier, HistoryStore* store, QObject* parent = nullptr);

    void addWatcher(AccountWatcher* watcher);
    // The weekly reminder: due a week or more after it was last shown, or after watching the account began.
    static constexpr qint64 CleanUpReminderEveryMs = 7LL * 24 * 60 * 60 * 1000;
    static bool cleanUpReminderDue(const QDateTime& last, const QDateTime& now);
    // After a successful poll: "N sessions have been inactive for more than D days: clean up?" when it is
    // on in Settings, due, and some session is inactive by SessionActions' rule. The first poll of an account
    // only starts its week.
    void remindCleanUp(const AccountWatcher* watcher, const QDateTime& now);
    // The new sessions one poll of one account found: one alert each, or one summary above three.
    void alert(const QList<WatchEvent>& added);

Q_SIGNALS:
    void reviewRequested(const gatehouse::HistoryAccount& account, const QString& deviceId);
    void signOutRequested(const gatehouse::HistoryAccount& account, const QString& deviceId);
    void acknowledged(const gatehouse::HistoryAccount& account, const QString& deviceId);
    // The clean-up reminder was clicked: select the inactive sessions in the window.
    void cleanUpRequested(const gatehouse::HistoryAccount& account, int days);
    // A notice about Gatehouse itself was clicked.
    void openRequested();

private:
    void onAction(const SignInAlert& alert, Notifier::Action action);

    Notifier* m_notifier;
    HistoryStore* m_store;
    QHash<AccountWatcher*, QList<WatchEvent>> m_pending; // SessionAdded events of the poll under way
};

} // namespace gatehouse
