#pragma once

#include "history/HistoryAccount.h"
#include "matrix/Device.h"
#include "network/Error.h"
#include "watch/WatchEvent.h"
#include "watch/WatchSchedule.h"

#include <QObject>
#include <QPointer>

class QTimer;

namespace gatehouse {

class AccountSession;
class HistoryStore;
class WakeSignals;

// Watches one account for sessions that sign in or go away (README, "Watching"): polls only the device list
// (the token is refreshed as usual), compares it through the history store, and reports each change as a
// WatchEvent. Between polls exactly one single-shot timer is armed and nothing else fires.
//
// New sessions follow the history rule: a device ID the account's history never saw, or one that had
// disappeared and came back. The first poll of an account without history is a baseline and reports
// nothing; without a store, the first poll sets an in-memory baseline.
//
// A rejected token that cannot be renewed gives one SignedOut event and the watcher stops.
class AccountWatcher : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Stopped,
        Polling,
        Waiting,    // the timer is armed for the next poll
        BackingOff, // the last poll failed; the timer is armed with a longer delay
        SignedOut,  // stopped for good: the sign-in was ended
    };

    // `session` and `store` (may be null: no history, in-memory baseline) must outlive the watcher. `userId`
    // may be empty: the first poll asks whoami once.
    AccountWatcher(AccountSession* session, HistoryStore* store, const QString& userId = QString(),
                   QObject* parent = nullptr);
    ~AccountWatcher() override;

    // The poll interval. Tests and the soak run use GATEHOUSE_TEST_WATCH_INTERVAL_MS instead (see
    // intervalFromEnvironment()).
    void setIntervalMs(qint64 intervalMs);
    qint64 intervalMs() const { return m_schedule.intervalMs(); }
    // The interval in milliseconds from GATEHOUSE_TEST_WATCH_INTERVAL_MS when it is set (a test-only hook:
    // quick polls for the end-to-end tests and the soak run), otherwise `fallbackMs`.
    static qint64 intervalFromEnvironment(qint64 fallbackMs);
    void setRandomSource(std::function<double()> random);
    // Poll at once when these say the computer woke up or the network came back.
    void setWakeSignals(WakeSignals* wake);

    // Starts watching with a poll at once.
    void start();
    // Stops the timer (Pause Watching); start() resumes with a poll.
    void stop();
    // Polls now (Check Now, a wake-up, the network back); during a poll, one more follows it.
    void pollNow();

    State state() const { return m_state; }
    bool isWatching() const { return m_state != State::Stopped && m_state != State::SignedOut; }
    int failures() const { return m_schedule.failures(); }
    // The delay the timer was last armed with, in milliseconds (0 when not armed).
    qint64 nextDelayMs() const { return m_nextDelayMs; }
    // The last poll's problem, translated (empty after a successful poll).
    QString lastProblem() const { return m_lastProblem; }
    QString userId() const { return m_userId; }
    // This sign-in's own device ID (from whoami; empty when the user ID was given or before the first poll).
    QString deviceId() const { return m_deviceId; }
    // The sessions the last successful poll listed.
    const QList<Device>& lastDevices() const { return m_previous; }
    QString baseUrl() const;
    int pollCount() const { return m_pollCount; }
    bool isTimerActive() const;

Q_SIGNALS:
    void eventOccurred(const gatehouse::WatchEvent& event);
    // After every poll, successful or not.
    void pollFinished(bool ok);
    void stateChanged(gatehouse::AccountWatcher::State state);

private:
    void poll();
    void pollDevices();
    void handleDevices(const QList<Device>& devices);
    void handleFailure(const Error& error);
    void finishPoll(bool ok);
    void setState(State state);
    void emitEvent(WatchEvent event);
    WatchEvent eventFor(WatchEvent::Kind kind) const;
    HistoryAccount historyAccount() const;

    AccountSession* m_session;
    HistoryStore* m_store;
    QString m_userId;
    QString m_deviceId;
    QPointer<WakeSignals> m_wake;
    QTimer* m_timer;
    WatchSchedule m_schedule;
    State m_state = State::Stopped;
    bool m_prepared = false;
    bool m_pollAgain = false;
    bool m_haveBaseline = false;
    QList<Device> m_previous;
    qint64 m_nextDelayMs = 0;
    QString m_lastProblem;
    int m_pollCount = 0;
    quint64 m_generation = 0; // a stop() makes the answers of an earlier poll stale
};

} // namespace gatehouse
