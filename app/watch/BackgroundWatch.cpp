#include "watch/BackgroundWatch.h"

#include "matrix/AccountSession.h"
#include "settings/AppSettings.h"
#include "watch/AccountWatcher.h"
#include "watch/WakeSignals.h"
#include "watch/WatchAlerts.h"

namespace gatehouse {

BackgroundWatch::BackgroundWatch(HistoryStore* store, Notifier* notifier, WakeSignals* wake, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_wake(wake)
    , m_alerts(new WatchAlerts(notifier, store, this))
{}

QList<SavedAccount> BackgroundWatch::chosenAccounts(const QList<SavedAccount>& saved)
{
    QList<SavedAccount> chosen;
    for (const SavedAccount& account : saved) {
        if (AppSettings::watchAccount(account.key()).value_or(false))
            chosen.append(account);
    }
    return chosen;
}

AccountWatcher* BackgroundWatch::watch(AccountSession* session, qint64 intervalMs)
{
    auto* watcher = new AccountWatcher(session, m_store, QString(), this);
    session->setParent(watcher);
    watcher->setIntervalMs(intervalMs);
    watcher->setWakeSignals(m_wake);
    m_alerts->addWatcher(watcher);
    m_watchers.append(watcher);
    watcher->start();
    Q_EMIT watchersChanged();
    return watcher;
}

void BackgroundWatch::unwatch(AccountWatcher* watcher)
{
    if (!m_watchers.removeOne(watcher))
        return;
    watcher->stop();
    watcher->deleteLater();
    Q_EMIT watchersChanged();
}

void BackgroundWatch::checkNow()
{
    for (AccountWatcher* watcher : std::as_const(m_watchers))
        watcher->pollNow();
}

void BackgroundWatch::pause()
{
    for (AccountWatcher* watcher : std::as_const(m_watchers))
        watcher->stop();
}

void BackgroundWatch::resume()
{
    for (AccountWatcher* watcher : std::as_const(m_watchers)) {
        if (watcher->state() == AccountWatcher::State::Stopped)
            watcher->start();
    }
}

} // namespace gatehouse
