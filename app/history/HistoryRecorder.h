#pragma once

#include "history/HistoryAccount.h"
#include "history/HistoryChanges.h"
#include "history/HistoryStore.h"
#include "matrix/Device.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThread>

#include <functional>
#include <future>
#include <optional>

namespace gatehouse {

// Records refreshes into the history file on a thread of its own, through a connection of its own, so
// that comparing 10,000 sessions with the stored ones runs beside the window's layout and paint instead of
// before them (README, "Performance"). Jobs run one after another in the order given; destroying the
// recorder waits for the last one, so nothing is lost when the program quits.
class HistoryRecorder : public QObject
{
    Q_OBJECT

public:
    // The changes, and the account's present sessions not acknowledged yet (read only when asked for or
    // when sessions appeared; empty otherwise).
    using Done = std::function<void(const HistoryChanges& changes, const QStringList& newSessions)>;

    explicit HistoryRecorder(QString path, QObject* parent = nullptr);
    ~HistoryRecorder() override;

    // HistoryStore::recordRefresh, then HistoryStore::newSessions when `readNew` or sessions appeared.
    // `done` runs on `context`'s thread, unless `context` is gone by then.
    void record(const HistoryAccount& account, const QList<Device>& devices, const QDateTime& now,
                bool readNew, const QObject* context, Done done);
    // Starts reading `account`'s stored list, as a job like the others (give it first: it is meant to read
    // the history as it was before this run recorded anything).
    void readStoredList(const HistoryAccount& account);
    // The stored list read for `account`, waiting for it if it is still being read; empty when none was asked
    // for that account (or it was taken already, or the file could not be used).
    std::optional<StoredSessionList> takeStoredList(const HistoryAccount& account);
    // HistoryStore::prepareRecording, as a job like the others: the first recording compares with what was
    // read while the window was being built and the server asked.
    void prepareRecording(const QString& baseUrl, const QString& userId);
    // HistoryStore::pruneOlderThan, as a job like the others.
    void pruneOlderThan(int days);
    // Returns once every job given so far is written (before a write through another connection that
    // needs those rows). Their `done` calls are still to come, queued on their context's thread.
    void waitForIdle();
    bool isBusy() const { return m_pending > 0; }

private:
    class Worker;

    // Runs `job` on the recorder's thread after every job given before it, with the store (null when the file
    // cannot be used).
    void post(std::function<void(HistoryStore*)> job);

    QString m_path;
    QThread m_thread;
    Worker* m_worker;                          // lives in m_thread; owns the connection
    int m_pending = 0;                         // jobs given whose `done` has not been delivered yet
    std::optional<HistoryAccount> m_storedFor; // readStoredList's account, until taken
    std::future<std::optional<StoredSessionList>> m_storedList; // its result
};

} // namespace gatehouse
