#include "cleanup/CleanupRun.h"

#include "account/SessionActions.h"
#include "cleanup/SignOutQueueStore.h"

#include "text/SessionText.h"

#include <QSet>

#include <algorithm>

namespace gatehouse {

CleanupRun::CleanupRun(const AccountSnapshot& snapshot, const QList<Device>& devices, UrlOpener* opener,
                       QObject* parent)
    : QObject(parent)
    , m_userId(snapshot.userId)
    , m_baseUrl(snapshot.baseUrl)
    , m_queue(new SignOutQueue(snapshot.accountPage(), opener, this))
{
    QStringList requested;
    for (const Device& device : devices)
        requested.append(device.id);
    const QStringList ids = SessionActions(snapshot).signOutSelection(requested, snapshot.devices);
    QList<SignOutQueue::Item> items;
    for (const Device& device : devices) {
        if (ids.contains(device.id) &&
            std::none_of(items.cbegin(), items.cend(),
                         [&device](const SignOutQueue::Item& item) { return item.deviceId == device.id; }))
            items.append({device.id,
                          device.displayName && !device.displayName->isEmpty() ? *device.displayName
                                                                               : SessionText::unnamed(),
                          SignOutQueue::ItemState::Pending});
    }
    m_queue->setItems(items);
    connect(m_queue, &SignOutQueue::changed, this, [this] {
        save();
        Q_EMIT changed();
    });
    connect(m_queue, &SignOutQueue::checkRequested, this, &CleanupRun::checkRequested);
    connect(m_queue, &SignOutQueue::openFailed, this, &CleanupRun::openFailed);
    connect(m_queue, &SignOutQueue::finished, this, [this] {
        save();
        Q_EMIT finished();
    });
}

QStringList CleanupRun::leftover(const AccountSnapshot& snapshot)
{
    return SessionActions(snapshot).signOutSelection(
        SignOutQueueStore::load(snapshot.userId, snapshot.baseUrl), snapshot.devices);
}

void CleanupRun::discardLeftover(const AccountSnapshot& snapshot)
{
    SignOutQueueStore::clear(snapshot.userId, snapshot.baseUrl);
}

void CleanupRun::start()
{
    m_queue->start();
}

void CleanupRun::observeDevices(const QList<Device>& devices)
{
    QSet<QString> present;
    present.reserve(devices.size());
    for (const Device& device : devices)
        present.insert(device.id);
    m_queue->observeDevices(present);
}

void CleanupRun::interrupt()
{
    save();
}

void CleanupRun::save()
{
    // The store always holds what is left: pending and open sessions (skipped ones were a choice).
    SignOutQueueStore::save(m_userId, m_baseUrl, m_queue->remainingIds());
}

CleanupRun::Outcome CleanupRun::outcome() const
{
    Outcome outcome;
    for (const SignOutQueue::Item& item : m_queue->items()) {
        if (item.state == SignOutQueue::ItemState::Removed)
            outcome.removed.append(item);
        else if (item.state == SignOutQueue::ItemState::Skipped)
            outcome.skipped.append(item);
        else
            outcome.left.append(item);
    }
    return outcome;
}

} // namespace gatehouse
