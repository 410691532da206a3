#include "history/HistoryStore.h"

#include "history/SessionBuckets.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QThreadPool>
#include <QTimeZone>
#include <QVariant>

#include <atomic>
#include <optional>
#include <utility>

namespace gatehouse {

namespace {

// "GhHs" in PRAGMA application_id: tells a Gatehouse history file from any other SQLite file.
constexpr qint64 ApplicationId = 0x47684873;

// The schema, one migration per version: migrations[i] takes a database from version i to i + 1. A version
// that has been released is never edited; a change is a new entry (and an earlier-version fixture in
// tests/unit/tst_HistoryStore.cpp). SQLite runs one statement per exec, hence the lists.
const QList<QList<const char*>>& migrations()
{
    static const QList<QList<const char*>> steps = {
        // Version 1.
        {
            // One row per account: canonical base URL plus user ID. last_change_at is the time of the
            // last recorded refresh that changed something.
            "CREATE TABLE accounts ("
            " id INTEGER PRIMARY KEY,"
            " base_url TEXT NOT NULL,"
            " user_id TEXT NOT NULL,"
            " first_recorded_at INTEGER NOT NULL,"
            " last_change_at INTEGER NOT NULL,"
            " UNIQUE (base_url, user_id))",
            // One row per session: a device ID that disappears and comes back gets a new row. Times are
            // milliseconds since the epoch (UTC); last_seen_ts and last_seen_ip are the server's.
            "CREATE TABLE sessions ("
            " id INTEGER PRIMARY KEY,"
            " account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,"
            " device_id TEXT NOT NULL,"
            " display_name TEXT,"
            " first_seen INTEGER NOT NULL,"
            " last_seen_ts INTEGER,"
            " last_seen_ip TEXT,"
            " removed_at INTEGER,"
            " removed_how TEXT CHECK (removed_how IN ('signed_out_by_gatehouse', 'vanished')),"
            " sign_out_marked_at INTEGER,"
            " acknowledged INTEGER NOT NULL DEFAULT 0)",
            "CREATE UNIQUE INDEX sessions_present ON sessions (account_id, device_id) WHERE removed_at IS "
            "NULL",
            "CREATE INDEX sessions_by_account ON sessions (account_id, device_id)",
            "CREATE INDEX sessions_removed ON sessions (removed_at) WHERE removed_at IS NOT NULL",
            "CREATE TABLE session_names ("
            " session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,"
            " name TEXT NOT NULL,"
            " first_seen INTEGER NOT NULL,"
            " PRIMARY KEY (session_id, name)) WITHOUT ROWID",
            "CREATE TABLE session_ips ("
            " session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,"
            " ip TEXT NOT NULL,"
            " first_seen INTEGER NOT NULL,"
            " last_seen INTEGER NOT NULL,"
            " PRIMARY KEY (session_id, ip)) WITHOUT ROWID",
        },
        // Version 2.
        {
            // The account's cross-signing master keys as Gatehouse saw them (public keys, never a secret),
            // keyed like the accounts but kept apart from them: remembering a key must not make the next
            // refresh look like anything but the baseline. accepted_at: when the person accepted it (the
            // first key an account shows is accepted when first seen); one key per account is accepted.
            "CREATE TABLE master_keys ("
            " base_url TEXT NOT NULL,"
            " user_id TEXT NOT NULL,"
            " master_key TEXT NOT NULL,"
            " first_seen INTEGER NOT NULL,"
            " accepted_at INTEGER,"
            " PRIMARY KEY (base_url, user_id, master_key)) WITHOUT ROWID",
        },
        // Version 3.
        {
            // Pruning (every start) forgets addresses not seen for the kept number of days: with this
            // index it visits only those, not every address of every session.
            "CREATE INDEX session_ips_by_last_seen ON session_ips (last_seen)",
        },
        // Version 4.
        {
            // A refresh reads back only the sessions of buckets whose digest changed (SessionBuckets):
            // each present session's bucket, and each account's digest of its present sessions per bucket.
            // Filled for the sessions already present by fillPresentBuckets(), right after these.
            "ALTER TABLE sessions ADD COLUMN bucket INTEGER",
            "CREATE INDEX sessions_present_by_bucket ON sessions (account_id, bucket) WHERE removed_at IS "
            "NULL",
            "CREATE TABLE present_digests ("
            " account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,"
            " bucket INTEGER NOT NULL,"
            " digest BLOB NOT NULL,"
            " PRIMARY KEY (account_id, bucket)) WITHOUT ROWID",
            // The "New" marks without visiting every present session.
            "CREATE INDEX sessions_unacknowledged ON sessions (account_id) WHERE removed_at IS NULL AND "
            "acknowledged = 0",
        },
    };
    return steps;
}

// The version whose data (each present session's bucket, each account's digests) is computed in C++, not
// SQL: fillPresentBuckets() runs right after its statements.
constexpr qint64 BucketsVersion = 4;

// SQLite's primary result codes (the driver reports them as the native error code).
enum SqliteCode
{
    SqliteError = 1,
    SqlitePerm = 3,
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteIoError = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteNotADatabase = 26,
};

HistoryStore::State stateFor(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    if (!ok)
        return HistoryStore::State::Unreadable; // the driver's own failure (no driver, not opened)
    switch (code) {
    case SqliteCorrupt:
    case SqliteNotADatabase:
    case SqliteError: // a missing table or column in a file that claims to be ours
        return HistoryStore::State::Corrupt;
    case SqliteBusy:
    case SqliteLocked:
        return HistoryStore::State::Locked;
    default: // SqlitePerm, SqliteReadOnly, SqliteIoError, SqliteFull, SqliteCantOpen, ...
        return HistoryStore::State::Unreadable;
    }
}

QVariant orNull(const std::optional<QString>& value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant orNull(const std::optional<qint64>& value)
{
    return value ? QVariant(qlonglong(*value)) : QVariant();
}

std::optional<QString> optionalString(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<QString>(value.toString());
}

std::optional<qint64> optionalInteger(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

QDateTime timeFrom(const QVariant& value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

// A session as the device list shows it, from the columns device_id, display_name, last_seen_ts and
// last_seen_ip of `query`, in that order from column `first`.
Device deviceFrom(const QSqlQuery& query, int first)
{
    Device device;
    device.id = query.value(first).toString();
    device.displayName = optionalString(query.value(first + 1));
    device.lastSeenTs = optionalInteger(query.value(first + 2));
    device.lastSeenIp = optionalString(query.value(first + 3));
    return device;
}

std::atomic<quint64> connectionCounter{0};

// A stored text kept only to tell whether it changed: 10,000 sessions' names and addresses need not stay
// in memory while a refresh is compared with them (a change goes unnoticed only on a 64-bit collision).
using TextFingerprint = std::optional<size_t>;

TextFingerprint fingerprintOf(const std::optional<QString>& text)
{
    return text ? TextFingerprint(qHash(*text)) : std::nullopt;
}

TextFingerprint fingerprintOf(const QVariant& value)
{
    return value.isNull() ? std::nullopt : TextFingerprint(qHash(value.toString()));
}

// An account's sessions present at the last recorded refresh (those of the buckets compared), keyed by
// device ID.
struct PresentSession
{
    qint64 rowId = 0;
    TextFingerprint displayName;
    std::optional<qint64> lastSeenTs;
    TextFingerprint lastSeenIp;
    bool listed = false; // set by diff(): the refresh lists it
};

struct Snapshot
{
    qint64 accountId = -1; // -1: the account has no history yet
    QHash<QString, PresentSession> present;
};

struct Update
{
    qint64 rowId = 0;
    QString deviceId;
    Device device;
    bool renamed = false;
    bool activityMoved = false;
};

// What a refresh changes, worked out in memory before anything is written.
struct Plan
{
    qint64 accountId = -1; // -1: the account has no history yet
    QSet<int> buckets;     // the buckets compared: their stored digests are replaced by the refresh's
    bool baseline = false;
    QList<Device> appearing;
    QList<Update> updates;
    QList<std::pair<qint64, QString>> disappearing; // row ID, device ID

    bool isEmpty() const
    {
        return !baseline && appearing.isEmpty() && updates.isEmpty() && disappearing.isEmpty();
    }
};

Plan diff(Snapshot& snapshot, const QList<Device>& devices)
{
    Plan plan;
    plan.baseline = snapshot.accountId < 0;
    QSet<QString> appearing; // only for IDs the snapshot does not hold, to count a repeated one once
    for (const Device& device : devices) {
        if (device.id.isEmpty())
            continue; // the parser drops empty IDs already
        const auto known = snapshot.present.find(device.id);
        if (known == snapshot.present.end()) {
            if (!appearing.contains(device.id)) {
                appearing.insert(device.id);
                plan.appearing.append(device);
            }
            continue;
        }
        if (known->listed)
            continue; // a repeated ID counts once
        known->listed = true;
        Update update;
        update.renamed = known->displayName != fingerprintOf(device.displayName);
        update.activityMoved =
            known->lastSeenTs != device.lastSeenTs || known->lastSeenIp != fingerprintOf(device.lastSeenIp);
        if (update.renamed || update.activityMoved) {
            update.rowId = known->rowId;
            update.deviceId = device.id;
            update.device = device;
            plan.updates.append(update);
        }
    }
    for (auto it = snapshot.present.cbegin(); it != snapshot.present.cend(); ++it) {
        if (!it->listed)
            plan.disappearing.append({it->rowId, it.key()});
    }
    return plan;
}

} // namespace

struct HistoryStore::Private
{
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)

public:
    QString path;
    int busyTimeoutMs = DefaultBusyTimeoutMs;
    QString connectionName;
    QSqlDatabase db;
    State state = State::Closed;
    QString errorText;
    QString movedAside;

    // What a refresh is compared with first: the account's row ID (-1 when it has none) and the digests of
    // its present sessions by bucket.
    struct StoredDigests
    {
        qint64 accountId = -1;
        QHash<int, QByteArray> digests;
    };

    // What prepareRecording() read ahead, with PRAGMA data_version then: still what the file holds while no
    // other connection committed and this one began no write.
    struct PreparedRecording
    {
        HistoryAccount account;
        qint64 dataVersion = 0;
        StoredDigests stored;
    };
    std::optional<PreparedRecording> readAhead;

    // Prepared once per open: a refresh binds and runs them, row by row, inside one transaction.
    std::optional<QSqlQuery> selectAccount;
    std::optional<QSqlQuery> selectDigests;
    std::optional<QSqlQuery> selectBucket;
    std::optional<QSqlQuery> selectPresent;
    std::optional<QSqlQuery> writeDigest;
    std::optional<QSqlQuery> dropDigest;
    std::optional<QSqlQuery> insertAccount;
    std::optional<QSqlQuery> touchAccount;
    std::optional<QSqlQuery> everSeen;
    std::optional<QSqlQuery> insertSession;
    std::optional<QSqlQuery> updateSession;
    std::optional<QSqlQuery> removeSession;
    std::optional<QSqlQuery> insertName;
    std::optional<QSqlQuery> insertIp;
    std::optional<QSqlQuery> touchIp;

    QString nativePath() const { return QDir::toNativeSeparators(path); }

    QString textFor(State s, const QString& detail) const
    {
        switch (s) {
        case State::Corrupt:
            return tr("The history file %1 is damaged or is not a Gatehouse history file. Gatehouse works "
                      "without history until it is moved aside.")
                .arg(nativePath());
        case State::Locked:
            return tr("The history file %1 is in use by another program. Gatehouse works without history for "
                      "now.")
                .arg(nativePath());
        case State::Unreadable:
            return tr("The history file %1 cannot be read or written (%2). Gatehouse works without history.")
                .arg(nativePath(), detail);
        case State::TooNew:
            return tr("The history file %1 was written by a newer version of Gatehouse. This version works "
                      "without history and leaves the file as it is.")
                .arg(nativePath());
        case State::Open:
        case State::Closed:
            break;
        }
        return {};
    }

    void closeConnection()
    {
        readAhead.reset();
        selectAccount.reset();
        selectDigests.reset();
        selectBucket.reset();
        selectPresent.reset();
        writeDigest.reset();
        dropDigest.reset();
        insertAccount.reset();
        touchAccount.reset();
        everSeen.reset();
        insertSession.reset();
        updateSession.reset();
        removeSession.reset();
        insertName.reset();
        insertIp.reset();
        touchIp.reset();
        if (db.isValid()) {
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(connectionName);
        }
    }

    // A failure while opening: remember why, and let go of the file.
    State failOpen(State s, const QString& detail)
    {
        closeConnection();
        state = s;
        errorText = textFor(s, detail);
        return s;
    }

    // A failure of one operation on an open store. A busy file stays open (the next call may succeed); a
    // damaged or unwritable one is closed, so nothing more is read from or written to it.
    void failed(const QSqlError& error)
    {
        const State s = stateFor(error);
        if (s == State::Locked) {
            errorText = textFor(s, error.text());
            return;
        }
        failOpen(s, error.text());
    }

    bool exec(QSqlQuery& query)
    {
        if (query.exec())
            return true;
        failed(query.lastError());
        return false;
    }

    bool exec(const QString& statement)
    {
        QSqlQuery query(db);
        if (query.exec(statement))
            return true;
        failed(query.lastError());
        return false;
    }

    std::optional<qint64> pragmaInteger(const QString& statement)
    {
        QSqlQuery query(db);
        if (!query.exec(statement) || !query.next()) {
            failed(query.lastError());
            return std::nullopt;
        }
        return query.value(0).toLongLong();
    }

    bool begin()
    {
        readAhead.reset(); // this write may change what was read ahead
        return exec(QStringLiteral("BEGIN IMMEDIATE"));
    }
    bool commit()
    {
        if (exec(QStringLiteral("COMMIT")))
            return true;
        rollback();
        return false;
    }
    void rollback()
    {
        if (db.isOpen())
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
    }

    // The statements that run once per session take named placeholders: for a positional one, Qt SQL
    // formats the placeholder's name with QString::arg on every bind, which was more than a quarter of the
    // instructions of recording a new 10,000-session account (callgrind). No name appears twice in one
    // statement: Qt's SQLite driver sorts out repeated names again on every run, which costs more than it
    // saves.
    std::optional<QSqlQuery> prepared(const char* statement)
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.prepare(QString::fromLatin1(statement))) {
            failed(query.lastError());
            return std::nullopt;
        }
        return query;
    }

    // A statement whose first two parameters are the account's canonical base URL and user ID, prepared and
    // with those bound; the caller binds any that follow.
    QSqlQuery accountQuery(const QString& statement, const HistoryAccount& account)
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(statement);
        query.bindValue(0, account.baseUrl);
        query.bindValue(1, account.userId);
        return query;
    }

    bool prepareStatements()
    {
        return (selectAccount =
                    prepared("SELECT id FROM accounts WHERE base_url = :base_url AND user_id = :user_id")) &&
               (selectDigests =
                    prepared("SELECT bucket, digest FROM present_digests WHERE account_id = :account")) &&
               (selectBucket = prepared("SELECT id, device_id, display_name, last_seen_ts, last_seen_ip "
                                        "FROM sessions WHERE account_id = :account AND bucket = :bucket AND "
                                        "removed_at IS NULL")) &&
               (selectPresent =
                    prepared("SELECT id, device_id, display_name, last_seen_ts, last_seen_ip, "
                             "bucket FROM sessions WHERE account_id = :account AND removed_at IS NULL")) &&
               (writeDigest = prepared("INSERT OR REPLACE INTO present_digests (account_id, bucket, digest) "
                                       "VALUES (:account, :bucket, :digest)")) &&
               (dropDigest = prepared(
                    "DELETE FROM present_digests WHERE account_id = :account AND bucket = :bucket")) &&
               (insertAccount = prepared("INSERT INTO accounts (base_url, user_id, first_recorded_at, "
                                         "last_change_at) VALUES (:base_url, :user_id, :first_recorded_at, "
                                         ":last_change_at)")) &&
               (touchAccount = prepared("UPDATE accounts SET last_change_at = :now WHERE id = :account")) &&
               (everSeen = prepared(
                    "SELECT 1 FROM sessions WHERE account_id = :account AND device_id = :device LIMIT 1")) &&
               (insertSession =
                    prepared("INSERT INTO sessions (account_id, device_id, display_name, first_seen, "
                             "last_seen_ts, last_seen_ip, acknowledged, bucket) VALUES (:account, :device, "
                             ":name, :now, :last_seen_ts, :last_seen_ip, :acknowledged, :bucket)")) &&
               (updateSession =
                    prepared("UPDATE sessions SET display_name = :name, last_seen_ts = :last_seen_ts, "
                             "last_seen_ip = :last_seen_ip WHERE id = :session")) &&
               (removeSession = prepared("UPDATE sessions SET removed_at = :now, removed_how = CASE WHEN "
                                         "sign_out_marked_at IS NULL THEN 'vanished' ELSE "
                                         "'signed_out_by_gatehouse' END WHERE id = :session")) &&
               (insertName = prepared("INSERT OR IGNORE INTO session_names (session_id, name, first_seen) "
                                      "VALUES (:session, :name, :now)")) &&
               (insertIp =
                    prepared("INSERT OR IGNORE INTO session_ips (session_id, ip, first_seen, last_seen) "
                             "VALUES (:session, :ip, :first_seen, :last_seen)")) &&
               (touchIp = prepared(
                    "UPDATE session_ips SET last_seen = :now WHERE session_id = :session AND ip = :ip"));
    }

    bool migrate()
    {
        const auto& steps = migrations();
        if (!begin())
            return false;
        // Read again under the write lock: another instance may have migrated meanwhile.
        const std::optional<qint64> version = pragmaInteger(QStringLiteral("PRAGMA user_version"));
        if (!version) {
            rollback();
            return false;
        }
        for (qint64 v = *version; v < steps.size(); ++v) {
            for (const char* statement : steps.at(v)) {
                if (!exec(QString::fromLatin1(statement))) {
                    rollback();
                    return false;
                }
            }
            if (v + 1 == BucketsVersion && !fillPresentBuckets()) {
                rollback();
                return false;
            }
        }
        if (!exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId)) ||
            !exec(QStringLiteral("PRAGMA user_version = %1").arg(steps.size()))) {
            rollback();
            return false;
        }
        return commit();
    }

    // The account's row ID, or -1 when it has none; nullopt on failure.
    std::optional<qint64> accountId(const HistoryAccount& account)
    {
        selectAccount->bindValue(QStringLiteral(":base_url"), account.baseUrl);
        selectAccount->bindValue(QStringLiteral(":user_id"), account.userId);
        if (!exec(*selectAccount))
            return std::nullopt;
        const qint64 id = selectAccount->next() ? selectAccount->value(0).toLongLong() : -1;
        selectAccount->finish();
        return id;
    }

    // Version 4's data: the bucket of every present session and the digests of every account, computed
    // from the sessions as stored.
    bool fillPresentBuckets()
    {
        std::optional<QSqlQuery> present = prepared(
            "SELECT id, account_id, device_id, display_name, last_seen_ts, last_seen_ip FROM sessions "
            "WHERE removed_at IS NULL");
        if (!present || !exec(*present))
            return false;
        QHash<qint64, QList<Device>> byAccount;
        QList<std::pair<qint64, int>> buckets; // row ID, bucket
        while (present->next()) {
            const Device device = deviceFrom(*present, 2);
            buckets.append({present->value(0).toLongLong(), SessionBuckets::bucketOf(device.id)});
            byAccount[present->value(1).toLongLong()].append(device);
        }
        if (present->lastError().isValid()) {
            failed(present->lastError());
            return false;
        }
        present->finish();

        std::optional<QSqlQuery> setBucket =
            prepared("UPDATE sessions SET bucket = :bucket WHERE id = :session");
        if (!setBucket)
            return false;
        for (const auto& [rowId, bucket] : buckets) {
            setBucket->bindValue(QStringLiteral(":bucket"), bucket);
            setBucket->bindValue(QStringLiteral(":session"), rowId);
            if (!exec(*setBucket))
                return false;
        }
        std::optional<QSqlQuery> insertDigest = prepared(
            "INSERT INTO present_digests (account_id, bucket, digest) VALUES (:account, :bucket, :digest)");
        if (!insertDigest)
            return false;
        for (auto account = byAccount.cbegin(); account != byAccount.cend(); ++account) {
            const SessionBuckets sessions(account.value());
            for (auto it = sessions.digests().cbegin(); it != sessions.digests().cend(); ++it) {
                insertDigest->bindValue(QStringLiteral(":account"), account.key());
                insertDigest->bindValue(QStringLiteral(":bucket"), it.key());
                insertDigest->bindValue(QStringLiteral(":digest"), it.value());
                if (!exec(*insertDigest))
                    return false;
            }
        }
        return true;
    }

    bool readDigests(const HistoryAccount& account, StoredDigests& stored)
    {
        stored = StoredDigests();
        const std::optional<qint64> id = accountId(account);
        if (!id)
            return false;
        stored.accountId = *id;
        if (*id < 0)
            return true;
        selectDigests->bindValue(QStringLiteral(":account"), *id);
        if (!exec(*selectDigests))
            return false;
        while (selectDigests->next())
            stored.digests.insert(selectDigests->value(0).toInt(), selectDigests->value(1).toByteArray());
        if (selectDigests->lastError().isValid()) {
            failed(selectDigests->lastError());
            return false;
        }
        selectDigests->finish();
        return true;
    }

    // The present sessions of these buckets, into `snapshot`: bucket by bucket when they are a few, else in
    // one pass over all of them (one query instead of hundreds).
    bool readBuckets(qint64 accountRow, const QSet<int>& buckets, Snapshot& snapshot)
    {
        if (buckets.size() > SessionBuckets::Count / 4) {
            selectPresent->bindValue(QStringLiteral(":account"), accountRow);
            return readPresent(*selectPresent, &buckets, snapshot);
        }
        for (const int bucket : buckets) {
            selectBucket->bindValue(QStringLiteral(":account"), accountRow);
            selectBucket->bindValue(QStringLiteral(":bucket"), bucket);
            if (!readPresent(*selectBucket, nullptr, snapshot))
                return false;
        }
        return true;
    }

    // Runs `query` (id, device_id, display_name, last_seen_ts, last_seen_ip[, bucket]) into `snapshot`, only
    // the rows of `buckets` when given.
    bool readPresent(QSqlQuery& query, const QSet<int>* buckets, Snapshot& snapshot)
    {
        if (!exec(query))
            return false;
        while (query.next()) {
            if (buckets && !buckets->contains(query.value(5).toInt()))
                continue;
            PresentSession row;
            row.rowId = query.value(0).toLongLong();
            row.displayName = fingerprintOf(query.value(2));
            row.lastSeenTs = optionalInteger(query.value(3));
            row.lastSeenIp = fingerprintOf(query.value(4));
            snapshot.present.insert(query.value(1).toString(), row);
        }
        if (query.lastError().isValid()) {
            failed(query.lastError());
            return false;
        }
        query.finish();
        return true;
    }

    // What recording `fresh` would change: its buckets whose digests differ from the stored ones, read back
    // and compared session by session. nullopt when the file could not be read.
    std::optional<Plan> planFor(const StoredDigests& stored, const SessionBuckets& fresh)
    {
        const QSet<int> differing = fresh.differingFrom(stored.digests);
        Snapshot snapshot;
        snapshot.accountId = stored.accountId;
        if (stored.accountId >= 0 && !readBuckets(stored.accountId, differing, snapshot))
            return std::nullopt;
        Plan plan = diff(snapshot, fresh.devicesIn(differing));
        plan.accountId = stored.accountId;
        plan.buckets = differing;
        return plan;
    }

    bool addName(qint64 rowId, const std::optional<QString>& name, qint64 now)
    {
        if (!name)
            return true;
        insertName->bindValue(QStringLiteral(":session"), rowId);
        insertName->bindValue(QStringLiteral(":name"), *name);
        insertName->bindValue(QStringLiteral(":now"), now);
        return exec(*insertName);
    }

    // Records that the session used `ip` now; returns whether the address is new to the session.
    std::optional<bool> addIp(qint64 rowId, const std::optional<QString>& ip, qint64 now)
    {
        if (!ip)
            return false;
        insertIp->bindValue(QStringLiteral(":session"), rowId);
        insertIp->bindValue(QStringLiteral(":ip"), *ip);
        insertIp->bindValue(QStringLiteral(":first_seen"), now);
        insertIp->bindValue(QStringLiteral(":last_seen"), now);
        if (!exec(*insertIp))
            return std::nullopt;
        if (insertIp->numRowsAffected() > 0)
            return true;
        touchIp->bindValue(QStringLiteral(":now"), now);
        touchIp->bindValue(QStringLiteral(":session"), rowId);
        touchIp->bindValue(QStringLiteral(":ip"), *ip);
        if (!exec(*touchIp))
            return std::nullopt;
        return false;
    }

    bool apply(const HistoryAccount& account, const Plan& plan, const SessionBuckets& fresh, qint64 now,
               HistoryChanges& changes)
    {
        qint64 accountRow = plan.accountId;
        if (accountRow < 0) {
            insertAccount->bindValue(QStringLiteral(":base_url"), account.baseUrl);
            insertAccount->bindValue(QStringLiteral(":user_id"), account.userId);
            insertAccount->bindValue(QStringLiteral(":first_recorded_at"), now);
            insertAccount->bindValue(QStringLiteral(":last_change_at"), now);
            if (!exec(*insertAccount))
                return false;
            accountRow = insertAccount->lastInsertId().toLongLong();
        } else {
            touchAccount->bindValue(QStringLiteral(":now"), now);
            touchAccount->bindValue(QStringLiteral(":account"), accountRow);
            if (!exec(*touchAccount))
                return false;
        }

        for (const Device& device : plan.appearing) {
            bool cameBack = false;
            if (!plan.baseline) {
                everSeen->bindValue(QStringLiteral(":account"), accountRow);
                everSeen->bindValue(QStringLiteral(":device"), device.id);
                if (!exec(*everSeen))
                    return false;
                cameBack = everSeen->next();
                everSeen->finish();
            }
            insertSession->bindValue(QStringLiteral(":account"), accountRow);
            insertSession->bindValue(QStringLiteral(":device"), device.id);
            insertSession->bindValue(QStringLiteral(":name"), orNull(device.displayName));
            insertSession->bindValue(QStringLiteral(":now"), now);
            insertSession->bindValue(QStringLiteral(":last_seen_ts"), orNull(device.lastSeenTs));
            insertSession->bindValue(QStringLiteral(":last_seen_ip"), orNull(device.lastSeenIp));
            // The first look alerts nothing.
            insertSession->bindValue(QStringLiteral(":acknowledged"), plan.baseline ? 1 : 0);
            insertSession->bindValue(QStringLiteral(":bucket"), SessionBuckets::bucketOf(device.id));
            if (!exec(*insertSession))
                return false;
            const qint64 rowId = insertSession->lastInsertId().toLongLong();
            if (!addName(rowId, device.displayName, now) || !addIp(rowId, device.lastSeenIp, now))
                return false;
            if (!plan.baseline) {
                changes.appeared.append(device.id);
                if (cameBack)
                    changes.cameBack.append(device.id);
            }
        }

        for (const Update& update : plan.updates) {
            updateSession->bindValue(QStringLiteral(":name"), orNull(update.device.displayName));
            updateSession->bindValue(QStringLiteral(":last_seen_ts"), orNull(update.device.lastSeenTs));
            updateSession->bindValue(QStringLiteral(":last_seen_ip"), orNull(update.device.lastSeenIp));
            updateSession->bindValue(QStringLiteral(":session"), update.rowId);
            if (!exec(*updateSession))
                return false;
            if (update.renamed) {
                if (!addName(update.rowId, update.device.displayName, now))
                    return false;
                changes.renamed.append(update.deviceId);
            }
            if (update.activityMoved) {
                const std::optional<bool> newIp = addIp(update.rowId, update.device.lastSeenIp, now);
                if (!newIp)
                    return false;
                if (*newIp)
                    changes.newIp.append(update.deviceId);
                ++changes.activityMoved;
            }
        }

        for (const auto& [rowId, deviceId] : plan.disappearing) {
            removeSession->bindValue(QStringLiteral(":now"), now);
            removeSession->bindValue(QStringLiteral(":session"), rowId);
            if (!exec(*removeSession))
                return false;
            changes.disappeared.append(deviceId);
        }

        // The compared buckets now hold what the refresh lists.
        for (const int bucket : plan.buckets) {
            const auto digest = fresh.digests().constFind(bucket);
            QSqlQuery& query = digest == fresh.digests().cend() ? *dropDigest : *writeDigest;
            query.bindValue(QStringLiteral(":account"), accountRow);
            query.bindValue(QStringLiteral(":bucket"), bucket);
            if (digest != fresh.digests().cend())
                query.bindValue(QStringLiteral(":digest"), *digest);
            if (!exec(query))
                return false;
        }
        return true;
    }
};

HistoryStore::HistoryStore(QString path, int busyTimeoutMs)
    : d(std::make_unique<Private>())
{
    d->path = std::move(path);
    d->busyTimeoutMs = busyTimeoutMs;
    d->connectionName = QStringLiteral("gatehouse-history-%1").arg(++connectionCounter);
}

HistoryStore::~HistoryStore()
{
    d->closeConnection();
}

QString HistoryStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/history.sqlite");
}

QString HistoryStore::demoPath()
{
    static const QTemporaryDir folder(QDir::temp().filePath(QStringLiteral("gatehouse-demo-XXXXXX")));
    return folder.filePath(QStringLiteral("history.sqlite"));
}

void HistoryStore::preloadDriver()
{
    QThreadPool::globalInstance()->start([] {
        const QString name = QStringLiteral("gatehouse-history-preload");
        // Creating the connection's driver loads the plugin, which stays loaded when the connection goes.
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        QSqlDatabase::removeDatabase(name);
    });
}

int HistoryStore::schemaVersion()
{
    return int(migrations().size());
}

HistoryStore::State HistoryStore::open()
{
    if (d->state == State::Open)
        return d->state;
    d->closeConnection();
    d->errorText.clear();

    const QFileInfo info(d->path);
    if (info.isDir())
        return d->failOpen(State::Unreadable, tr("a folder is in its place"));
    if (!info.exists()) {
        // Created here, owner-only, before SQLite opens it: SQLite would create it with the umask's mode,
        // and gives its -wal and -shm files the mode of the database file.
        const QString folder = info.absolutePath();
        if (!QFileInfo::exists(folder)) {
            if (!QDir().mkpath(folder))
                return d->failOpen(State::Unreadable, tr("cannot create the folder"));
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
        QFile file(d->path);
        const bool created =
            file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner);
        // Another Gatehouse (the window, a --watch) may have created it at the same moment: use that one.
        if (!created && !QFileInfo::exists(d->path))
            return d->failOpen(State::Unreadable, file.errorString());
        file.close();
    }

    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return d->failOpen(State::Unreadable, tr("the SQLite driver is missing"));
    // Setting up a file that another instance is setting up at the same moment can be refused at once,
    // without SQLite's busy wait (it does not wait where waiting could deadlock): try again for as long as
    // the busy timeout allows.
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        const State state = openConnection();
        if (state != State::Locked || waited.elapsed() >= d->busyTimeoutMs)
            return state;
        QThread::msleep(20);
    }
}

HistoryStore::State HistoryStore::openConnection()
{
    d->db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->connectionName);
    d->db.setDatabaseName(d->path);
    d->db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(d->busyTimeoutMs));
    if (!d->db.open()) {
        const QSqlError error = d->db.lastError();
        return d->failOpen(stateFor(error), error.text());
    }
    // From here a failed step closes the store with the state it calls for (failed()); one that found the
    // file busy for longer than the timeout leaves it Open, and stopped() makes that Locked.
    d->state = State::Open;
    const auto stopped = [this] {
        return d->state == State::Open ? d->failOpen(State::Locked, {}) : d->state;
    };

    // Read before anything is written: a file that is not ours, or is newer, is left exactly as it is. One
    // read transaction, so that a file another instance is creating right now is seen before or after its
    // first version, never half-way (tables already there but no version yet would look like someone
    // else's database).
    if (!d->exec(QStringLiteral("BEGIN")))
        return stopped();
    const std::optional<qint64> version = d->pragmaInteger(QStringLiteral("PRAGMA user_version"));
    const std::optional<qint64> applicationId =
        version ? d->pragmaInteger(QStringLiteral("PRAGMA application_id")) : std::nullopt;
    const std::optional<qint64> tables =
        applicationId ? d->pragmaInteger(QStringLiteral("SELECT count(*) FROM sqlite_master")) : std::nullopt;
    d->rollback(); // only read
    if (!tables)
        return stopped();
    if (*version > schemaVersion())
        return d->failOpen(State::TooNew, {});
    if (*applicationId != 0 && *applicationId != ApplicationId)
        return d->failOpen(State::Corrupt, {});
    if (*version == 0 && *tables > 0)
        return d->failOpen(State::Corrupt, {}); // someone else's database

    // WAL lets the window read while the command line writes; NORMAL sync is safe with WAL (a power cut
    // may lose the last refresh, never the file).
    QSqlQuery journal(d->db);
    if (!journal.exec(QStringLiteral("PRAGMA journal_mode = WAL"))) {
        d->failed(journal.lastError());
        return stopped();
    }
    journal.finish();
    if (!d->exec(QStringLiteral("PRAGMA synchronous = NORMAL")) ||
        !d->exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return stopped();
    if (*version < schemaVersion() && !d->migrate())
        return stopped();
    if (!d->prepareStatements())
        return stopped();
    d->errorText.clear();
    return d->state;
}

void HistoryStore::checkpoint()
{
    if (d->state == State::Open)
        d->exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
}

void HistoryStore::close()
{
    d->closeConnection();
    d->state = State::Closed;
    d->errorText.clear();
}

HistoryStore::State HistoryStore::state() const
{
    return d->state;
}

QString HistoryStore::path() const
{
    return d->path;
}

QString HistoryStore::errorText() const
{
    return d->errorText;
}

QString HistoryStore::movedAsidePath() const
{
    return d->movedAside;
}

HistoryStore::State HistoryStore::moveAsideAndStartNew(const QDateTime& now)
{
    const State before = d->state;
    const QString beforeText = d->errorText;
    d->closeConnection();
    d->movedAside.clear();

    const QFileInfo info(d->path);
    const QString stamp = now.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    const QString stem =
        info.absolutePath() + u'/' + info.completeBaseName() + QStringLiteral("-moved-aside-") + stamp;
    const QString suffix = info.suffix().isEmpty() ? QString() : QString(u'.' + info.suffix());
    QString target = stem + suffix;
    for (int n = 2; QFileInfo::exists(target) || QFileInfo::exists(target + QStringLiteral("-wal")); ++n)
        target = stem + u'-' + QString::number(n) + suffix;

    if (info.exists() || info.isSymLink()) {
        QFile file(d->path);
        if (!file.rename(target)) {
            d->state = before;
            d->errorText =
                beforeText.isEmpty() ? d->textFor(State::Unreadable, file.errorString()) : beforeText;
            return d->state;
        }
        d->movedAside = target;
        // The journal files belong to the old database: they move with it, never onto the new one.
        for (const QString& companion :
             {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
            if (QFileInfo::exists(d->path + companion))
                QFile::rename(d->path + companion, target + companion);
        }
    }
    d->state = State::Closed;
    return open();
}

HistoryChanges HistoryStore::recordRefresh(const HistoryAccount& account, const QList<Device>& devices,
                                           const QDateTime& now)
{
    HistoryChanges changes;
    if (!isOpen())
        return changes;
    d->errorText.clear();
    const qint64 nowMs = now.toMSecsSinceEpoch();

    // Diff against the stored state before taking the write lock, so an unchanged refresh takes no lock and
    // writes nothing.
    const std::optional<qint64> versionBefore = d->pragmaInteger(QStringLiteral("PRAGMA data_version"));
    std::optional<Private::PreparedRecording> readAhead = std::exchange(d->readAhead, std::nullopt);
    if (!versionBefore)
        return changes;
    const SessionBuckets fresh(devices);
    Private::StoredDigests stored;
    if (readAhead && readAhead->account == account && readAhead->dataVersion == *versionBefore)
        stored = std::move(readAhead->stored);
    else if (!d->readDigests(account, stored))
        return changes;
    std::optional<Plan> plan = d->planFor(stored, fresh);
    if (!plan)
        return changes;
    changes.baseline = plan->baseline;
    if (plan->isEmpty()) {
        changes.ok = true;
        return changes;
    }

    if (!d->begin())
        return changes;
    // Another connection (the command line, say) committed in between: diff again under the lock.
    const std::optional<qint64> versionNow = d->pragmaInteger(QStringLiteral("PRAGMA data_version"));
    if (!versionNow) {
        d->rollback();
        return changes;
    }
    if (*versionNow != *versionBefore) {
        if (!d->readDigests(account, stored) || !(plan = d->planFor(stored, fresh))) {
            d->rollback();
            return changes;
        }
        changes.baseline = plan->baseline;
        if (plan->isEmpty()) {
            d->rollback();
            changes.ok = true;
            return changes;
        }
    }
    if (!d->apply(account, *plan, fresh, nowMs, changes)) {
        d->rollback();
        return HistoryChanges();
    }
    if (!d->commit())
        return HistoryChanges();
    changes.ok = true;
    changes.wrote = true;
    return changes;
}

void HistoryStore::prepareRecording(const QString& baseUrl, const QString& userId)
{
    d->readAhead.reset();
    if (!isOpen())
        return;
    HistoryAccount account{baseUrl, userId};
    if (account.userId.isEmpty()) {
        QSqlQuery only(d->db);
        only.prepare(QStringLiteral("SELECT user_id FROM accounts WHERE base_url = ? LIMIT 2"));
        only.bindValue(0, baseUrl);
        if (!d->exec(only) || !only.next())
            return;
        account.userId = only.value(0).toString();
        if (only.next())
            return; // two accounts on that server: which one is not known before the server says
    }
    const std::optional<qint64> version = d->pragmaInteger(QStringLiteral("PRAGMA data_version"));
    if (!version)
        return;
    Private::PreparedRecording readAhead{account, *version, {}};
    if (d->readDigests(account, readAhead.stored))
        d->readAhead = std::move(readAhead);
}

bool HistoryStore::markSignedOutByGatehouse(const HistoryAccount& account, const QStringList& deviceIds,
                                            const QDateTime& now)
{
    if (!isOpen())
        return false;
    d->errorText.clear();
    if (!d->begin())
        return false;
    const std::optional<qint64> id = d->accountId(account);
    if (!id) {
        d->rollback();
        return false;
    }
    if (*id >= 0) {
        QSqlQuery mark(d->db);
        mark.prepare(QStringLiteral("UPDATE sessions SET sign_out_marked_at = ? WHERE account_id = ? AND "
                                    "device_id = ? AND removed_at IS NULL"));
        // Gone already, at the latest refresh that changed something: the mark came just after it.
        QSqlQuery relabel(d->db);
        relabel.prepare(QStringLiteral(
            "UPDATE sessions SET removed_how = 'signed_out_by_gatehouse', sign_out_marked_at = ? WHERE id = "
            "(SELECT s.id FROM sessions s JOIN accounts a ON a.id = s.account_id WHERE s.account_id = ? AND "
            "s.device_id = ? AND s.removed_how = 'vanished' AND s.removed_at = a.last_change_at "
            "ORDER BY s.id DESC LIMIT 1)"));
        for (const QString& deviceId : deviceIds) {
            mark.bindValue(0, now.toMSecsSinceEpoch());
            mark.bindValue(1, *id);
            mark.bindValue(2, deviceId);
            if (!d->exec(mark)) {
                d->rollback();
                return false;
            }
            if (mark.numRowsAffected() > 0)
                continue;
            relabel.bindValue(0, now.toMSecsSinceEpoch());
            relabel.bindValue(1, *id);
            relabel.bindValue(2, deviceId);
            if (!d->exec(relabel)) {
                d->rollback();
                return false;
            }
        }
    }
    return d->commit();
}

bool HistoryStore::clearSignOutMarks(const HistoryAccount& account, const QStringList& deviceIds)
{
    if (!isOpen())
        return false;
    d->errorText.clear();
    if (!d->begin())
        return false;
    QSqlQuery clear = d->accountQuery(
        QStringLiteral(
            "UPDATE sessions SET sign_out_marked_at = NULL WHERE account_id = (SELECT id FROM accounts "
            "WHERE base_url = ? AND user_id = ?) AND device_id = ? AND removed_at IS NULL AND "
            "sign_out_marked_at IS NOT NULL"),
        account);
    for (const QString& deviceId : deviceIds) {
        clear.bindValue(2, deviceId);
        if (!d->exec(clear)) {
            d->rollback();
            return false;
        }
    }
    return d->commit();
}

bool HistoryStore::acknowledge(const HistoryAccount& account, const QString& deviceId)
{
    if (!isOpen())
        return false;
    d->errorText.clear();
    QSqlQuery query = d->accountQuery(
        QStringLiteral(
            "UPDATE sessions SET acknowledged = 1 WHERE account_id = (SELECT id FROM accounts WHERE "
            "base_url = ? AND user_id = ?) AND device_id = ? AND removed_at IS NULL AND acknowledged = 0"),
        account);
    query.bindValue(2, deviceId);
    return d->exec(query);
}

QList<HistorySession> HistoryStore::sessions(const HistoryAccount& account) const
{
    return readSessions(account, nullptr);
}

std::optional<HistorySession> HistoryStore::presentSession(const HistoryAccount& account,
                                                           const QString& deviceId) const
{
    const QList<HistorySession> found = readSessions(account, &deviceId);
    for (const HistorySession& session : found) {
        if (session.isPresent())
            return session;
    }
    return std::nullopt;
}

// Every session of the account, or only those with this device ID (the index on (account_id, device_id)
// makes that a lookup, not a scan of thousands of rows).
QList<HistorySession> HistoryStore::readSessions(const HistoryAccount& account, const QString* deviceId) const
{
    QList<HistorySession> result;
    if (!isOpen())
        return result;
    d->errorText.clear();
    const std::optional<qint64> id = d->accountId(account);
    if (!id || *id < 0)
        return result;

    // One read transaction, so the three queries see the same state.
    if (!d->exec(QStringLiteral("BEGIN")))
        return result;
    const auto fail = [this, &result](const QSqlQuery& query) {
        d->failed(query.lastError());
        d->rollback();
        result.clear();
        return result;
    };
    const QString onlyDevice = deviceId ? QStringLiteral(" AND s.device_id = ?") : QString();
    const auto bindFilter = [id, deviceId](QSqlQuery& query) {
        query.bindValue(0, *id);
        if (deviceId)
            query.bindValue(1, *deviceId);
    };
    QHash<qint64, qsizetype> index;
    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT s.id, s.device_id, s.display_name, s.first_seen, s.last_seen_ts, "
                       "s.last_seen_ip, s.removed_at, s.removed_how, s.acknowledged FROM sessions s "
                       "WHERE s.account_id = ?") +
        onlyDevice + QStringLiteral(" ORDER BY s.first_seen, s.id"));
    bindFilter(query);
    if (!query.exec())
        return fail(query);
    while (query.next()) {
        HistorySession session;
        session.deviceId = query.value(1).toString();
        session.displayName = optionalString(query.value(2));
        session.firstSeen = timeFrom(query.value(3));
        session.lastSeenTs = optionalInteger(query.value(4));
        session.lastSeenIp = optionalString(query.value(5));
        session.removedAt = timeFrom(query.value(6));
        session.removedHow = HistorySession::removedHowFromName(query.value(7).toString())
                                 .value_or(HistorySession::RemovedHow::Vanished);
        if (session.removedAt.isValid() && session.removedHow == HistorySession::RemovedHow::NotRemoved)
            session.removedHow = HistorySession::RemovedHow::Vanished;
        session.acknowledged = query.value(8).toLongLong() != 0;
        index.insert(query.value(0).toLongLong(), result.size());
        result.append(session);
    }
    if (query.lastError().isValid())
        return fail(query);

    query.prepare(QStringLiteral("SELECT n.session_id, n.name, n.first_seen FROM session_names n JOIN "
                                 "sessions s ON s.id = n.session_id WHERE s.account_id = ?") +
                  onlyDevice + QStringLiteral(" ORDER BY n.first_seen, n.name"));
    bindFilter(query);
    if (!query.exec())
        return fail(query);
    while (query.next()) {
        const auto at = index.constFind(query.value(0).toLongLong());
        if (at != index.cend())
            result[*at].names.append({query.value(1).toString(), timeFrom(query.value(2))});
    }
    if (query.lastError().isValid())
        return fail(query);

    query.prepare(QStringLiteral("SELECT i.session_id, i.ip, i.first_seen, i.last_seen FROM session_ips i "
                                 "JOIN sessions s ON s.id = i.session_id WHERE s.account_id = ?") +
                  onlyDevice + QStringLiteral(" ORDER BY i.first_seen, i.ip"));
    bindFilter(query);
    if (!query.exec())
        return fail(query);
    while (query.next()) {
        const auto at = index.constFind(query.value(0).toLongLong());
        if (at != index.cend())
            result[*at].ips.append(
                {query.value(1).toString(), timeFrom(query.value(2)), timeFrom(query.value(3))});
    }
    if (query.lastError().isValid())
        return fail(query);
    query.finish();
    d->exec(QStringLiteral("COMMIT"));
    return result;
}

QList<Device> HistoryStore::presentDevices(const HistoryAccount& account) const
{
    QList<Device> result;
    if (!isOpen())
        return result;
    d->errorText.clear();
    QSqlQuery query = d->accountQuery(
        // In device ID order, the order of the index on present sessions. Ordered by when each was first
        // stored, SQLite sorted all the rows in a temporary B-tree first: for 10,000 sessions about 100
        // million instructions a read instead of 73 million (tst_HistoryRecording -callgrind readStoredList),
        // on the path of a saved account's instant start.
        QStringLiteral(
            "SELECT s.device_id, s.display_name, s.last_seen_ts, s.last_seen_ip FROM sessions s JOIN "
            "accounts a ON a.id = s.account_id WHERE a.base_url = ? AND a.user_id = ? AND "
            "s.removed_at IS NULL ORDER BY s.device_id"),
        account);
    if (!d->exec(query))
        return result;
    while (query.next())
        result.append(deviceFrom(query, 0));
    if (query.lastError().isValid()) {
        d->failed(query.lastError());
        return {};
    }
    return result;
}

QStringList HistoryStore::userIdsOn(const QString& baseUrl) const
{
    QStringList result;
    if (!isOpen())
        return result;
    QSqlQuery query(d->db);
    query.prepare(QStringLiteral("SELECT user_id FROM accounts WHERE base_url = ? ORDER BY user_id"));
    query.bindValue(0, baseUrl);
    if (!d->exec(query))
        return result;
    while (query.next())
        result.append(query.value(0).toString());
    return result;
}

QStringList HistoryStore::newSessions(const HistoryAccount& account) const
{
    QStringList result;
    if (!isOpen())
        return result;
    QSqlQuery query = d->accountQuery(
        QStringLiteral("SELECT s.device_id FROM sessions s JOIN accounts a ON a.id = s.account_id WHERE "
                       "a.base_url = ? AND a.user_id = ? AND s.removed_at IS NULL AND s.acknowledged = 0 "
                       "ORDER BY s.id"),
        account);
    if (!d->exec(query))
        return result;
    while (query.next())
        result.append(query.value(0).toString());
    return result;
}

bool HistoryStore::hasHistory(const HistoryAccount& account) const
{
    if (!isOpen())
        return false;
    const std::optional<qint64> id = d->accountId(account);
    return id && *id >= 0;
}

StoredSessionList HistoryStore::storedList(const HistoryAccount& account) const
{
    StoredSessionList stored;
    stored.hasHistory = hasHistory(account);
    if (stored.hasHistory) {
        stored.devices = presentDevices(account);
        stored.newSessions = newSessions(account);
    }
    return stored;
}

QDateTime HistoryStore::lastChangeAt(const HistoryAccount& account) const
{
    if (!isOpen())
        return {};
    QSqlQuery query = d->accountQuery(
        QStringLiteral("SELECT last_change_at FROM accounts WHERE base_url = ? AND user_id = ?"), account);
    if (!d->exec(query) || !query.next())
        return {};
    return timeFrom(query.value(0));
}

bool HistoryStore::forgetAccount(const HistoryAccount& account)
{
    if (!isOpen())
        return false;
    d->errorText.clear();
    if (!d->begin())
        return false;
    // Names and addresses go with their sessions, sessions with their account (ON DELETE CASCADE).
    QSqlQuery query =
        d->accountQuery(QStringLiteral("DELETE FROM accounts WHERE base_url = ? AND user_id = ?"), account);
    if (!d->exec(query)) {
        d->rollback();
        return false;
    }
    QSqlQuery keys = d->accountQuery(
        QStringLiteral("DELETE FROM master_keys WHERE base_url = ? AND user_id = ?"), account);
    if (!d->exec(keys)) {
        d->rollback();
        return false;
    }
    return d->commit();
}

QString HistoryStore::acceptedMasterKey(const HistoryAccount& account) const
{
    if (!isOpen())
        return {};
    QSqlQuery query = d->accountQuery(
        QStringLiteral("SELECT master_key FROM master_keys WHERE base_url = ? AND user_id = ? AND "
                       "accepted_at IS NOT NULL ORDER BY accepted_at DESC, first_seen DESC LIMIT 1"),
        account);
    if (!d->exec(query) || !query.next())
        return {};
    return query.value(0).toString();
}

QDateTime HistoryStore::rememberMasterKey(const HistoryAccount& account, const QString& masterKey,
                                          const QDateTime& now)
{
    if (!isOpen() || masterKey.isEmpty())
        return {};
    d->errorText.clear();
    const auto firstSeen = [&]() -> QDateTime {
        QSqlQuery query = d->accountQuery(
            QStringLiteral(
                "SELECT first_seen FROM master_keys WHERE base_url = ? AND user_id = ? AND master_key = ?"),
            account);
        query.bindValue(2, masterKey);
        if (!d->exec(query) || !query.next())
            return {};
        return timeFrom(query.value(0));
    };
    // Seen before: nothing is written.
    if (const QDateTime seen = firstSeen(); seen.isValid())
        return seen;
    if (!d->begin())
        return {};
    // The first key an account ever shows is its identity; a later different one waits to be accepted.
    QSqlQuery insert = d->accountQuery(
        QStringLiteral(
            "INSERT OR IGNORE INTO master_keys (base_url, user_id, master_key, first_seen, accepted_at) "
            "SELECT ?, ?, ?, ?, CASE WHEN EXISTS (SELECT 1 FROM master_keys WHERE base_url = ? AND "
            "user_id = ?) THEN NULL ELSE ? END"),
        account);
    const qint64 at = now.toMSecsSinceEpoch();
    insert.bindValue(2, masterKey);
    insert.bindValue(3, at);
    insert.bindValue(4, account.baseUrl);
    insert.bindValue(5, account.userId);
    insert.bindValue(6, at);
    if (!d->exec(insert)) {
        d->rollback();
        return {};
    }
    if (!d->commit())
        return {};
    return firstSeen();
}

bool HistoryStore::acceptMasterKey(const HistoryAccount& account, const QString& masterKey,
                                   const QDateTime& now)
{
    if (!isOpen() || masterKey.isEmpty())
        return false;
    d->errorText.clear();
    if (!d->begin())
        return false;
    const qint64 at = now.toMSecsSinceEpoch();
    QSqlQuery insert = d->accountQuery(QStringLiteral("INSERT OR IGNORE INTO master_keys (base_url, user_id, "
                                                      "master_key, first_seen) VALUES (?, ?, ?, ?)"),
                                       account);
    insert.bindValue(2, masterKey);
    insert.bindValue(3, at);
    // One accepted key per account: this one from now on.
    QSqlQuery accept(d->db);
    accept.prepare(QStringLiteral("UPDATE master_keys SET accepted_at = CASE WHEN master_key = ? THEN ? ELSE "
                                  "NULL END WHERE base_url = ? AND user_id = ?"));
    accept.bindValue(0, masterKey);
    accept.bindValue(1, at);
    accept.bindValue(2, account.baseUrl);
    accept.bindValue(3, account.userId);
    if (!d->exec(insert) || !d->exec(accept)) {
        d->rollback();
        return false;
    }
    return d->commit();
}

int HistoryStore::pruneOlderThan(int days, const QDateTime& now)
{
    if (!isOpen() || days < 0)
        return -1;
    d->errorText.clear();
    const qint64 cutoff = now.toMSecsSinceEpoch() - qint64(days) * 24 * 3600 * 1000;
    if (!d->begin())
        return -1;
    QSqlQuery removed(d->db);
    removed.prepare(QStringLiteral("DELETE FROM sessions WHERE removed_at IS NOT NULL AND removed_at < ?"));
    removed.bindValue(0, cutoff);
    if (!d->exec(removed)) {
        d->rollback();
        return -1;
    }
    const int forgotten = removed.numRowsAffected();
    QSqlQuery ips(d->db);
    ips.prepare(
        QStringLiteral("DELETE FROM session_ips WHERE last_seen < ? AND NOT EXISTS (SELECT 1 FROM sessions s "
                       "WHERE s.id = session_ips.session_id AND s.last_seen_ip IS session_ips.ip)"));
    ips.bindValue(0, cutoff);
    if (!d->exec(ips)) {
        d->rollback();
        return -1;
    }
    return d->commit() ? forgotten : -1;
}

} // namespace gatehouse
