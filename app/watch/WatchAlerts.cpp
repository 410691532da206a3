#include "watch/WatchAlerts.h"

#include "history/HistoryStore.h"
#include "watch/AccountWatcher.h"

namespace gatehouse {

WatchAlerts::WatchAlerts(Notifier* notifier, HistoryStore* store, QObject* parent)
    : QObject(parent)
    , m_notifier(notifier)
    , m_store(store)
{
    connect(m_notifier, &Notifier::actionInvoked, this, &WatchAlerts::onAction);
}

void WatchAlerts::addWatcher(AccountWatcher* watcher)
{
    // Sessions found by one poll arrive one by one; they are shown together when the poll ends, so that
    // more than three become one summary.
    connect(watcher, &AccountWatcher::eventOccurred, this, [this, watcher](const WatchEvent& event) {
        if (event.kind == WatchEvent::Kind::SessionAdded)
            m_pending[watcher].append(event);
        else if (event.kind == WatchEvent::Kind::SignedOut)
            m_notifier->show(SignInAlert::forSignedOut(event)); // once: the watcher stops after it
    });
    connect(watcher, &AccountWatcher::pollFinished, this,
            [this, watcher] { alert(m_pending.take(watcher)); });
    connect(watcher, &QObject::destroyed, this, [this, watcher] { m_pending.remove(watcher); });
}

void WatchAlerts::alert(const QList<WatchEvent>& added)
{
    const QList<SignInAlert> alerts = SignInAlert::forNewSessions(added);
    for (const SignInAlert& each : alerts)
        m_notifier->show(each);
}

void WatchAlerts::onAction(const SignInAlert& alert, Notifier::Action action)
{
    switch (action) {
    case Notifier::Action::Review:
        Q_EMIT reviewRequested(alert.account, alert.deviceId);
        return;
    case Notifier::Action::SignOut:
        Q_EMIT signOutRequested(alert.account, alert.deviceId);
        return;
    case Notifier::Action::ItWasMe:
        if (m_store && !alert.deviceId.isEmpty())
            m_store->acknowledge(alert.account, alert.deviceId);
        Q_EMIT acknowledged(alert.account, alert.deviceId);
        return;
    }
}

} // namespace gatehouse
