#pragma once

#include "history/HistoryAccount.h"
#include "watch/Notifier.h"
#include "watch/WatchEvent.h"

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
    // The new sessions one poll of one account found: one alert each, or one summary above three.
    void alert(const QList<WatchEvent>& added);

Q_SIGNALS:
    void reviewRequested(const gatehouse::HistoryAccount& account, const QString& deviceId);
    void signOutRequested(const gatehouse::HistoryAccount& account, const QString& deviceId);
    void acknowledged(const gatehouse::HistoryAccount& account, const QString& deviceId);

private:
    void onAction(const SignInAlert& alert, Notifier::Action action);

    Notifier* m_notifier;
    HistoryStore* m_store;
    QHash<AccountWatcher*, QList<WatchEvent>> m_pending; // SessionAdded events of the poll under way
};

} // namespace gatehouse
