#pragma once

#include "cleanup/SignOutQueue.h"
#include "matrix/AccountSnapshot.h"

#include <QObject>
#include <QStringList>

namespace gatehouse {

class UrlOpener;

// One clean-up run of an account, for the window's queue and `--sign-out-inactive` alike: a guided queue of
// device_delete pages, and what is left of it kept per account (SignOutQueueStore) after every change, so a
// run that is stopped, interrupted or closed is offered again the next time, in either front end.
class CleanupRun : public QObject
{
    Q_OBJECT

public:
    // `devices` in the order to sign out; this session and sessions no longer listed are left out.
    CleanupRun(const AccountSnapshot& snapshot, const QList<Device>& devices, UrlOpener* opener,
               QObject* parent = nullptr);

    // What an earlier run left: saved device IDs still listed, never this session.
    static QStringList leftover(const AccountSnapshot& snapshot);
    static void discardLeftover(const AccountSnapshot& snapshot);

    SignOutQueue* queue() const { return m_queue; }
    bool isFinished() const { return m_queue->state() == SignOutQueue::State::Finished; }
    void start();
    // The sessions the server lists now (after a refresh): removed ones are recognised only here.
    void observeDevices(const QList<Device>& devices);
    // Ctrl+C or closing: what is left stays saved for later.
    void interrupt();

    // The sessions by outcome, as "name" (untrusted) and device ID pairs.
    struct Outcome
    {
        QList<SignOutQueue::Item> removed, skipped, left;
    };
    Outcome outcome() const;

Q_SIGNALS:
    void changed();
    void checkRequested(); // time to load the device list again
    void openFailed(const QString& url);
    void finished();

private:
    void save();

    QString m_userId;
    QString m_baseUrl;
    SignOutQueue* m_queue;
};

} // namespace gatehouse
