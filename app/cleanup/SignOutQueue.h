#pragma once

#include "account/AccountPage.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace gatehouse {

class UrlOpener;

// Signs out many sessions on an OAuth server, where each removal must be confirmed on the account page:
// it opens the device_delete page for one session, waits until that session has gone from the device list
// (or the person skips it), then opens the next. Only the device list says a session is gone; a page that
// was opened proves nothing.
class SignOutQueue : public QObject
{
    Q_OBJECT

public:
    enum class ItemState
    {
        Pending,
        Open,
        Removed,
        Skipped
    };
    enum class State
    {
        Idle,
        Running,
        Paused,
        Finished
    };

    struct Item
    {
        QString deviceId;
        QString name; // untrusted, for display
        ItemState state = ItemState::Pending;
    };

    SignOutQueue(const AccountPage& page, UrlOpener* opener, QObject* parent = nullptr);

    void setItems(const QList<Item>& items);
    const QList<Item>& items() const { return m_items; }
    State state() const { return m_state; }

    void start();
    void pause();
    void resume();
    void skip(); // gives up on the open session; nothing is assumed removed
    void stop(); // ends the queue; what is left stays signed in
    void openCurrentAgain();

    // The device IDs the server lists now; removed sessions are recognised only here.
    void observeDevices(const QSet<QString>& present);

    int total() const { return int(m_items.size()); }
    int count(ItemState state) const;
    const Item* current() const;
    QStringList remainingIds() const; // pending and open, for a later run
    QString progressText() const;

    // While waiting for a confirmation the list is checked every `initialMs`, growing ×1.5 up to `maxMs`.
    void setCheckInterval(int initialMs, int maxMs);

Q_SIGNALS:
    void changed();
    void checkRequested(); // time to load the device list again
    void openFailed(const QString& url);
    void finished();

private:
    void openNext();
    void openItem(int index);
    void finishIfDone();

    AccountPage m_page;
    UrlOpener* m_opener;
    QList<Item> m_items;
    State m_state = State::Idle;
    int m_current = -1;
    QTimer m_check;
    int m_initialIntervalMs = 5'000;
    int m_maxIntervalMs = 60'000;
};

} // namespace gatehouse
