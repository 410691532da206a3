#include "watch/WatchAlerts.h"

#include "account/SessionActions.h"
#include "auth/SavedAccount.h"
#include "history/HistoryStore.h"
#include "settings/AppSettings.h"
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
        else if (event.kind == WatchEvent::Kind::SessionRemoved &&
                 event.removedHow == HistorySession::RemovedHow::Vanished && AppSettings::notifyDisappeared())
            m_notifier->show(SignInAlert::forDisappeared(event));
    });
    connect(watcher, &AccountWatcher::pollFinished, this, [this, watcher](bool ok) {
        alert(m_pending.take(watcher));
        if (ok)
            remindCleanUp(watcher, QDateTime::currentDateTimeUtc());
    });
    connect(watcher, &QObject::destroyed, this, [this, watcher] { m_pending.remove(watcher); });
}

void WatchAlerts::alert(const QList<WatchEvent>& added)
{
    const QList<SignInAlert> alerts = SignInAlert::forNewSessions(added);
    for (const SignInAlert& each : alerts)
        m_notifier->show(each);
}

bool WatchAlerts::cleanUpReminderDue(const QDateTime& last, const QDateTime& now)
{
    return last.isValid() && last.msecsTo(now) >= CleanUpReminderEveryMs;
}

void WatchAlerts::remindCleanUp(const AccountWatcher* watcher, const QDateTime& now)
{
    if (!AppSettings::notifyCleanUp() || watcher->userId().isEmpty())
        return;
    const QString key = SavedAccount::keyOf(watcher->baseUrl(), watcher->userId());
    const QDateTime last = AppSettings::lastCleanUpReminder(key);
    if (!last.isValid()) {
        // The week starts when watching the account starts: no reminder the moment it is turned on.
        AppSettings::setLastCleanUpReminder(key, now);
        return;
    }
    if (!cleanUpReminderDue(last, now))
        return;
    // "Inactive" is SessionActions' rule with the threshold of Settings, as in the window's clean-up.
    const int days = AppSettings::inactiveAfterDays();
    int count = 0;
    const QList<Device>& devices = watcher->lastDevices();
    for (const Device& device : devices) {
        if (SessionActions::isInactive(device.lastSeenTs, device.id == watcher->deviceId(), days,
                                       now.toMSecsSinceEpoch()))
            ++count;
    }
    if (count == 0)
        return;
    AppSettings::setLastCleanUpReminder(key, now);
    m_notifier->show(
        SignInAlert::forCleanUp(HistoryAccount{watcher->baseUrl(), watcher->userId()}, count, days));
}

void WatchAlerts::onAction(const SignInAlert& alert, Notifier::Action action)
{
    if (alert.kind == SignInAlert::Kind::Notice) {
        Q_EMIT openRequested();
        return;
    }
    if (alert.kind == SignInAlert::Kind::CleanUp) {
        Q_EMIT cleanUpRequested(alert.account, alert.days);
        return;
    }
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
