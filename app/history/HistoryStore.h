#pragma once

#include "history/HistoryAccount.h"
#include "history/HistoryChanges.h"
#include "history/HistorySession.h"
#include "matrix/Device.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace gatehouse {

// What a window starting on a saved account shows before its server answers (HistoryStore::storedList).
struct StoredSessionList
{
    bool hasHistory = false;
    QList<Device> devices;   // the sessions present at the last recorded refresh
    QStringList newSessions; // those of them not acknowledged yet ("New")
};

// The local history of every session Gatehouse has seen, per account, in one SQLite file per person
// (README, "History"). It keeps IDs, names, addresses, times and how a session ended, never a
// token, password or other secret.
//
// A refresh that changes nothing writes nothing; all of one refresh is one transaction. The file is shared
// by the window and the command line (WAL journal and a busy timeout); every instance has a connection of
// its own and must be used from the thread that created it.
//
// A damaged, locked, unreadable or too new file never stops Gatehouse: open() says what is wrong, every
// call then does nothing (or returns nothing), and the caller carries on without history. The store never
// deletes or overwrites a file it could not read; moveAsideAndStartNew() renames it, and is only called
// when the person agrees.
class HistoryStore
{
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)

public:
    enum class State
    {
        Closed,     // not opened yet, or closed
        Open,       // ready
        Corrupt,    // damaged, or not a Gatehouse history file
        Locked,     // another program holds it locked for longer than the busy timeout
        Unreadable, // cannot be created, read or written (permissions, a folder in its place, ...)
        TooNew,     // written by a newer Gatehouse with a schema this one does not know
    };

    static constexpr int DefaultBusyTimeoutMs = 5000;
    static constexpr int DefaultKeepDays = 365;

    // path: the database file; the default is history.sqlite in QStandardPaths::AppLocalDataLocation.
    explicit HistoryStore(QString path = defaultPath(), int busyTimeoutMs = DefaultBusyTimeoutMs);
    ~HistoryStore();
    HistoryStore(const HistoryStore&) = delete;
    HistoryStore& operator=(const HistoryStore&) = delete;

    static QString defaultPath();
    // For --demo: an empty file in a private temporary folder that goes when the process ends, so the demo's
    // sample account (on a new port each run) never mixes into the person's own history.
    static QString demoPath();
    // The schema version this build writes (PRAGMA user_version).
    static int schemaVersion();
    // Starts loading the SQLite driver plugin (and SQLite) on a pool thread, so that the first open() finds
    // it loaded; they take milliseconds to load that the window's start need not wait for. Only with an
    // application object (it tells where plugins are).
    static void preloadDriver();

    // Creates the file (mode 0600) when there is none, migrates an older schema, and returns the state.
    State open();
    void close();
    // Copies what the write-ahead log holds into the file, without waiting for readers (SQLite's passive
    // checkpoint). Otherwise the last connection to close does it, and that is the window's, as it exits.
    void checkpoint();
    State state() const;
    bool isOpen() const { return state() == State::Open; }
    QString path() const;
    // Translated, for a banner: what is wrong with the file and that Gatehouse works without history.
    // Also set, with the state still Open, when one operation failed for a passing reason (busy).
    QString errorText() const;

    // Renames the file (and its -wal and -shm companions) to history-moved-aside-<UTC date and time>.sqlite
    // next to it, then opens a new, empty one. Returns the new state; nothing is deleted.
    State moveAsideAndStartNew(const QDateTime& now = QDateTime::currentDateTimeUtc());
    // Where moveAsideAndStartNew() put the old file last time (empty if it did not).
    QString movedAsidePath() const;

    // Records the device list of one successful refresh: appeared, disappeared (with how), renamed, new
    // addresses and moved activity, in one transaction, and nothing at all when nothing changed. Only the
    // sessions of buckets whose digest changed are read back and compared (SessionBuckets).
    HistoryChanges recordRefresh(const HistoryAccount& account, const QList<Device>& devices,
                                 const QDateTime& now);
    // Reads ahead what the next recordRefresh of this account compares the list with first (the account's
    // digests by bucket), while the server is still being asked. With an empty `userId`: the one account
    // this file has on `baseUrl`, if it has just one. The next recordRefresh uses it when it is for that
    // account and no other connection wrote since; any write through this store drops it.
    void prepareRecording(const QString& baseUrl, const QString& userId = QString());
    // Gatehouse is ending these sessions (hand-off, native sign-out, clean-up queue): their disappearance
    // is recorded as signed_out_by_gatehouse. Call it before the sign-out, or right after the refresh that
    // saw them go. Returns false when nothing could be recorded.
    bool markSignedOutByGatehouse(const HistoryAccount& account, const QStringList& deviceIds,
                                  const QDateTime& now);
    // The sign-out did not happen after all (it failed, or the person dismissed the waiting mark).
    bool clearSignOutMarks(const HistoryAccount& account, const QStringList& deviceIds);
    // The person has looked at this present session: it is no longer "New".
    bool acknowledge(const HistoryAccount& account, const QString& deviceId);

    // Every session of the account, present and gone, with names and addresses, oldest first.
    QList<HistorySession> sessions(const HistoryAccount& account) const;
    // The present session with this device ID (its names and addresses too), without reading the others.
    std::optional<HistorySession> presentSession(const HistoryAccount& account,
                                                 const QString& deviceId) const;
    // The sessions present at the last recorded refresh, as the device list shows them, in device ID order
    // (one query).
    QList<Device> presentDevices(const HistoryAccount& account) const;
    // The user IDs the history holds on this canonical base URL (to export when the server cannot be asked).
    QStringList userIdsOn(const QString& baseUrl) const;
    // The present sessions the person has not acknowledged yet ("New"), by device ID.
    QStringList newSessions(const HistoryAccount& account) const;
    // Whether a refresh of this account was ever recorded; when not, the next one is a baseline.
    bool hasHistory(const HistoryAccount& account) const;
    bool isBaseline(const HistoryAccount& account) const { return !hasHistory(account); }
    // hasHistory, then (when it has) presentDevices and newSessions: what the window shows at once.
    StoredSessionList storedList(const HistoryAccount& account) const;
    // When the last refresh that changed something was recorded (invalid if none).
    QDateTime lastChangeAt(const HistoryAccount& account) const;

    // The account's identity: its cross-signing master key (public, unpadded base64), remembered next to its
    // history. The first key an account shows is accepted when first seen; a different one later is only
    // remembered (with when it was first seen) until the person accepts it. Empty / invalid / false when
    // the store is not open or the call failed.
    QString acceptedMasterKey(const HistoryAccount& account) const;
    // When `masterKey` was first seen (now, when this is the first time); writes nothing when seen before.
    QDateTime rememberMasterKey(const HistoryAccount& account, const QString& masterKey,
                                const QDateTime& now);
    bool acceptMasterKey(const HistoryAccount& account, const QString& masterKey, const QDateTime& now);

    bool forgetAccount(const HistoryAccount& account);
    // Forgets sessions that disappeared more than `days` days ago, and addresses of present sessions last
    // seen that long ago (except the current one). Returns how many sessions were forgotten, -1 on failure.
    int pruneOlderThan(int days = DefaultKeepDays, const QDateTime& now = QDateTime::currentDateTimeUtc());

private:
    // open() after the file exists: the connection, the checks, WAL, the migrations.
    State openConnection();
    QList<HistorySession> readSessions(const HistoryAccount& account, const QString* deviceId) const;

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace gatehouse
