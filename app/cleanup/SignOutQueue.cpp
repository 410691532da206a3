#include "cleanup/SignOutQueue.h"

#include "account/UrlOpener.h"

#include <algorithm>

namespace gatehouse {

SignOutQueue::SignOutQueue(const AccountPage& page, UrlOpener* opener, QObject* parent)
    : QObject(parent)
    , m_page(page)
    , m_opener(opener)
{
    m_check.setSingleShot(true);
    connect(&m_check, &QTimer::timeout, this, [this] {
        Q_EMIT checkRequested();
        // Back off while the person takes their time; a confirmation resets it.
        m_check.start(qMin(m_maxIntervalMs, m_check.interval() * 3 / 2));
    });
}

void SignOutQueue::setCheckInterval(int initialMs, int maxMs)
{
    m_initialIntervalMs = qMax(1, initialMs);
    m_maxIntervalMs = qMax(m_initialIntervalMs, maxMs);
}

void SignOutQueue::setItems(const QList<Item>& items)
{
    m_items = items;
    m_current = -1;
    m_state = State::Idle;
    Q_EMIT changed();
}

int SignOutQueue::count(ItemState state) const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
                             [state](const Item& item) { return item.state == state; }));
}

const SignOutQueue::Item* SignOutQueue::current() const
{
    return m_current >= 0 && m_current < m_items.size() ? &m_items[m_current] : nullptr;
}

QStringList SignOutQueue::remainingIds() const
{
    QStringList ids;
    for (const Item& item : m_items) {
        if (item.state == ItemState::Pending || item.state == ItemState::Open)
            ids.append(item.deviceId);
    }
    return ids;
}

QString SignOutQueue::progressText() const
{
    const int skipped = count(ItemState::Skipped);
    QString text = tr("%1 of %n signed out", nullptr, total()).arg(count(ItemState::Removed));
    if (skipped > 0)
        text += tr(", %n skipped", nullptr, skipped);
    return text;
}

void SignOutQueue::start()
{
    if (m_state == State::Running || m_items.isEmpty())
        return;
    m_state = State::Running;
    openNext();
}

void SignOutQueue::pause()
{
    if (m_state != State::Running)
        return;
    m_state = State::Paused;
    Q_EMIT changed();
}

void SignOutQueue::resume()
{
    if (m_state != State::Paused)
        return;
    m_state = State::Running;
    if (!current() || current()->state != ItemState::Open)
        openNext();
    else
        Q_EMIT changed();
}

void SignOutQueue::skip()
{
    if (!current() || current()->state != ItemState::Open)
        return;
    m_items[m_current].state = ItemState::Skipped;
    m_check.stop();
    if (m_state == State::Running)
        openNext();
    else
        Q_EMIT changed();
    finishIfDone();
}

void SignOutQueue::stop()
{
    if (m_state == State::Finished)
        return;
    m_check.stop();
    // Nothing is assumed: the open session stays as it is, unconfirmed.
    for (Item& item : m_items) {
        if (item.state == ItemState::Open)
            item.state = ItemState::Pending;
    }
    m_state = State::Finished;
    Q_EMIT changed();
    Q_EMIT finished();
}

void SignOutQueue::openCurrentAgain()
{
    if (current() && current()->state == ItemState::Open)
        openItem(m_current);
}

void SignOutQueue::observeDevices(const QSet<QString>& present)
{
    bool currentGone = false;
    for (int i = 0; i < m_items.size(); ++i) {
        Item& item = m_items[i];
        // Gone from the list means signed out, even if the person had skipped it meanwhile.
        if (item.state != ItemState::Removed && !present.contains(item.deviceId)) {
            currentGone = currentGone || i == m_current;
            item.state = ItemState::Removed;
        }
    }
    if (currentGone) {
        m_check.stop();
        if (m_state == State::Running)
            openNext();
    }
    Q_EMIT changed();
    finishIfDone();
}

void SignOutQueue::openNext()
{
    const auto next = std::find_if(m_items.cbegin(), m_items.cend(),
                                   [](const Item& item) { return item.state == ItemState::Pending; });
    if (next == m_items.cend()) {
        m_current = -1;
        finishIfDone();
        return;
    }
    openItem(int(next - m_items.cbegin()));
}

void SignOutQueue::openItem(int index)
{
    m_current = index;
    m_items[index].state = ItemState::Open;
    const auto url = m_page.urlFor(AccountAction::DeviceDelete, m_items[index].deviceId);
    m_check.start(m_initialIntervalMs);
    Q_EMIT changed();
    if (const auto* target = std::get_if<QString>(&url)) {
        if (!m_opener || !m_opener->open(*target))
            Q_EMIT openFailed(*target);
    }
}

void SignOutQueue::finishIfDone()
{
    if (m_state == State::Finished)
        return;
    if (!remainingIds().isEmpty())
        return;
    m_check.stop();
    m_state = State::Finished;
    m_current = -1;
    Q_EMIT changed();
    Q_EMIT finished();
}

} // namespace gatehouse
