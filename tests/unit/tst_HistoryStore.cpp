// The session history (app/history/HistoryStore): what is recorded per session and account, that an
// unchanged refresh writes nothing and a changed one is one transaction, migrations from every earlier
// schema, broken files that are reported and left alone, and two connections writing at once.
#include "history/HistoryStore.h"
#include "history/SessionBuckets.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimeZone>

#include <functional>
#include <thread>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace gatehouse;

namespace {

const QDateTime t0(QDate(2026, 12, 6), QTime(1, 42, 25), QTimeZone::utc());
const HistoryAccount alice{"https://matrix.example.org", "@alice:example.org"};

Device device(const QString& id, std::optional<QString> name = std::nullopt,
              std::optional<qint64> ts = std::nullopt, std::optional<QString> ip = std::nullopt)
{
    Device d;
    d.id = id;
    d.displayName = std::move(name);
    d.lastSeenTs = ts;
    d.lastSeenIp = std::move(ip);
    return d;
}

QList<Device> manyDevices(int count, const QString& ipPrefix = "10.0.")
{
    QList<Device> devices;
    devices.reserve(count);
    for (int i = 0; i < count; ++i)
        devices.append(device(QString("DEV%1").arg(i, 5, 10, QChar('0')), QString("Session %1").arg(i),
                              1'700'000'000'000 + i, ipPrefix + QString("%1.%2").arg(i / 256).arg(i % 256)));
    return devices;
}

QStringList ids(const QList<HistorySession>& sessions)
{
    QStringList list;
    for (const HistorySession& s : sessions)
        list.append(s.deviceId);
    return list;
}

QStringList ids(const QList<Device>& devices)
{
    QStringList list;
    for (const Device& d : devices)
        list.append(d.id);
    return list;
}

const HistorySession* find(const QList<HistorySession>& sessions, const QString& deviceId,
                           bool present = true)
{
    for (const HistorySession& s : sessions) {
        if (s.deviceId == deviceId && s.isPresent() == present)
            return &s;
    }
    return nullptr;
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// A connection of the test's own, as another program (or the command line) would have.
class RawConnection
{
public:
    explicit RawConnection(const QString& path, const QString& options = {})
        : m_name(QString("raw-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(options);
        db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool exec(const QString& sql)
    {
        QSqlQuery query(db());
        const bool ok = query.exec(sql);
        if (!ok)
            qWarning() << sql << query.lastError().text();
        return ok;
    }
    QVariant value(const QString& sql)
    {
        QSqlQuery query(db());
        if (!query.exec(sql) || !query.next()) {
            qWarning() << sql << query.lastError().text();
            return {};
        }
        return query.value(0);
    }

private:
    static inline int s_counter = 0;
    QString m_name;
};

// The commits in a WAL file: frames whose "database size after commit" field is set, among the frames
// that belong to the current WAL (their salts match the header's).
int walCommits(const QString& walPath)
{
    QFile file(walPath);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray wal = file.readAll();
    if (wal.size() < 32)
        return 0;
    const auto be32 = [&wal](qsizetype at) {
        return (quint32(quint8(wal[at])) << 24) | (quint32(quint8(wal[at + 1])) << 16) |
               (quint32(quint8(wal[at + 2])) << 8) | quint32(quint8(wal[at + 3]));
    };
    const quint32 pageSize = be32(8);
    const quint32 salt1 = be32(16), salt2 = be32(20);
    int commits = 0;
    for (qsizetype at = 32; at + 24 + qsizetype(pageSize) <= wal.size(); at += 24 + pageSize) {
        if (be32(at + 8) != salt1 || be32(at + 12) != salt2)
            break;
        if (be32(at + 4) != 0)
            ++commits;
    }
    return commits;
}

enum class Broken
{
    Garbage,
    Foreign,
    TooNew,
    Damaged,
    Folder,
    ParentIsAFile,
    NoPermission,
};

} // namespace

class TestHistoryStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void defaultPathIsInAppLocalData();
    void createsTheFileOwnerOnlyWithWal();
    void firstRefreshIsABaselineThatAlertsNothing();
    void newSessionAfterTheBaselineIsNewUntilAcknowledged();
    void sessionThatCameBackIsNewAgain();
    void recordsNamesAndAddressesOverTime();
    void disappearanceIsRecordedWithHowItEnded_data();
    void disappearanceIsRecordedWithHowItEnded();
    void presentDevicesAreTheLastRecordedList();
    void storedListIsWhatTheWindowStartsOn();
    void accountsNeverMix();
    void unchangedRefreshWritesNothing();
    void changesAreFoundInEveryBucket();
    void bucketWithAWrongDigestIsReadBack();
    void recordingReadAheadGivesTheSameChanges();
    void recordingReadAheadIsDroppedAfterAnotherWrite();
    void tenThousandSessionsAreOneTransaction();
    void everyAddressChangedIsOneTransaction();
    void pruneForgetsWhatIsOlderThanTheKeepPeriod();
    void nothingHappensBeforeOpen();
    void preloadedDriverLeavesNoConnectionBehind();
    void migratesEveryEarlierVersion_data();
    void migratesEveryEarlierVersion();
    void migratedSessionsCompareAsRecorded();
    void everyEarlierVersionHasAFixture();
    void brokenFileIsReportedAndLeftAlone_data();
    void brokenFileIsReportedAndLeftAlone();
    void lockedFileIsReportedAndOpensOnceFree();
    void moveAsideKeepsTheOldFileAndStartsANewOne();
    void twoStoresWriteAtOnce();
    void firstMasterKeyIsAcceptedWhenFirstSeen();
    void differentMasterKeyWaitsUntilAccepted();
    void masterKeysNeverMakeARefreshLessThanABaseline();

private:
    QString m_path;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestHistoryStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath("history/history.sqlite");
}

void TestHistoryStore::defaultPathIsInAppLocalData()
{
    QCoreApplication::setOrganizationName("Gatehouse");
    QCoreApplication::setApplicationName("Gatehouse");
    const QString expected =
        QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + "/history.sqlite";
    QCOMPARE(HistoryStore::defaultPath(), expected);
#ifdef Q_OS_LINUX
    QVERIFY2(expected.endsWith("/Gatehouse/Gatehouse/history.sqlite"), qPrintable(expected));
#endif
}

void TestHistoryStore::createsTheFileOwnerOnlyWithWal()
{
    HistoryStore store(m_path);
    QCOMPARE(store.open(), HistoryStore::State::Open);
    QVERIFY(store.errorText().isEmpty());
    QVERIFY(store.recordRefresh(alice, {device("A", "Phone", 1, "192.0.2.1")}, t0).ok);
    RawConnection raw(m_path);
    QCOMPARE(raw.value("PRAGMA journal_mode").toString(), QString("wal"));
    QCOMPARE(raw.value("PRAGMA user_version").toInt(), HistoryStore::schemaVersion());
#ifdef Q_OS_UNIX
    const auto others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther |
                        QFile::WriteOther | QFile::ExeOther;
    for (const QString& file : {m_path, m_path + "-wal", m_path + "-shm"}) {
        QVERIFY2(QFileInfo::exists(file), qPrintable(file));
        const QFile::Permissions permissions = QFile::permissions(file);
        QVERIFY2((permissions & others) == 0, qPrintable(file));
        QVERIFY(permissions & QFile::ReadOwner);
        QVERIFY(permissions & QFile::WriteOwner);
    }
#endif
}

void TestHistoryStore::firstRefreshIsABaselineThatAlertsNothing()
{
    HistoryStore store(m_path);
    QCOMPARE(store.open(), HistoryStore::State::Open);
    QVERIFY(store.isBaseline(alice));
    QVERIFY(!store.hasHistory(alice));
    const HistoryChanges changes =
        store.recordRefresh(alice, {device("A", "Phone"), device("B", std::nullopt, 5, "192.0.2.2")}, t0);
    QVERIFY(changes.ok);
    QVERIFY(changes.baseline);
    QVERIFY(changes.wrote);
    QVERIFY(changes.appeared.isEmpty());
    QVERIFY(store.hasHistory(alice));
    const QList<HistorySession> sessions = store.sessions(alice);
    QCOMPARE(ids(sessions), (QStringList{"A", "B"}));
    for (const HistorySession& s : sessions) {
        QVERIFY(s.acknowledged);
        QVERIFY(s.isPresent());
        QCOMPARE(s.firstSeen, t0);
    }
    QCOMPARE(store.lastChangeAt(alice), t0);

    // An account with no sessions at all still has its baseline.
    const HistoryAccount empty{"https://empty.example", "@nobody:empty.example"};
    QVERIFY(store.recordRefresh(empty, {}, t0).baseline);
    QVERIFY(store.hasHistory(empty));
    QVERIFY(!store.recordRefresh(empty, {}, t0.addSecs(1)).baseline);
}

void TestHistoryStore::newSessionAfterTheBaselineIsNewUntilAcknowledged()
{
    HistoryStore store(m_path);
    store.open();
    store.recordRefresh(alice, {device("A")}, t0);
    const HistoryChanges changes =
        store.recordRefresh(alice, {device("A"), device("NEW", "Unknown")}, t0.addSecs(60));
    QVERIFY(changes.ok);
    QVERIFY(!changes.baseline);
    QCOMPARE(changes.appeared, QStringList{"NEW"});
    QVERIFY(changes.cameBack.isEmpty());
    QVERIFY(!find(store.sessions(alice), "NEW")->acknowledged);
    QVERIFY(find(store.sessions(alice), "A")->acknowledged);

    QVERIFY(store.acknowledge(alice, "NEW"));
    QVERIFY(find(store.sessions(alice), "NEW")->acknowledged);
}

void TestHistoryStore::sessionThatCameBackIsNewAgain()
{
    HistoryStore store(m_path);
    store.open();
    store.recordRefresh(alice, {device("A"), device("B", "First B")}, t0);
    QCOMPARE(store.recordRefresh(alice, {device("A")}, t0.addSecs(60)).disappeared, QStringList{"B"});
    const HistoryChanges back =
        store.recordRefresh(alice, {device("A"), device("B", "Second B")}, t0.addSecs(120));
    QCOMPARE(back.appeared, QStringList{"B"});
    QCOMPARE(back.cameBack, QStringList{"B"});

    // Two entries for B: the first ended, the second present and new.
    const QList<HistorySession> sessions = store.sessions(alice);
    QCOMPARE(ids(sessions), (QStringList{"A", "B", "B"}));
    const HistorySession* gone = find(sessions, "B", false);
    const HistorySession* present = find(sessions, "B", true);
    QVERIFY(gone && present);
    QCOMPARE(gone->removedAt, t0.addSecs(60));
    QCOMPARE(gone->displayName, std::optional<QString>("First B"));
    QCOMPARE(present->firstSeen, t0.addSecs(120));
    QCOMPARE(present->displayName, std::optional<QString>("Second B"));
    QVERIFY(!present->acknowledged);
}

void TestHistoryStore::recordsNamesAndAddressesOverTime()
{
    HistoryStore store(m_path);
    store.open();
    store.recordRefresh(alice, {device("A", "Phone", 1000, "192.0.2.1")}, t0);

    HistoryChanges c = store.recordRefresh(alice, {device("A", "Laptop", 1000, "192.0.2.1")}, t0.addSecs(10));
    QCOMPARE(c.renamed, QStringList{"A"});
    QCOMPARE(c.activityMoved, 0);

    c = store.recordRefresh(alice, {device("A", "Laptop", 2000, "2001:db8::2")}, t0.addSecs(20));
    QVERIFY(c.renamed.isEmpty());
    QCOMPARE(c.newIp, QStringList{"A"});
    QCOMPARE(c.activityMoved, 1);

    c = store.recordRefresh(alice, {device("A", "Laptop", 3000, "192.0.2.1")}, t0.addSecs(30));
    QVERIFY(c.newIp.isEmpty()); // used before
    QCOMPARE(c.activityMoved, 1);

    const HistorySession s = store.sessions(alice).value(0);
    QCOMPARE(s.deviceId, QString("A"));
    QCOMPARE(s.displayName, std::optional<QString>("Laptop"));
    QCOMPARE(s.lastSeenTs, std::optional<qint64>(3000));
    QCOMPARE(s.lastSeenIp, std::optional<QString>("192.0.2.1"));
    QCOMPARE(s.names, (QList<HistorySession::Name>{{"Phone", t0}, {"Laptop", t0.addSecs(10)}}));
    QCOMPARE(s.ips, (QList<HistorySession::Ip>{{"192.0.2.1", t0, t0.addSecs(30)},
                                               {"2001:db8::2", t0.addSecs(20), t0.addSecs(20)}}));
}

void TestHistoryStore::disappearanceIsRecordedWithHowItEnded_data()
{
    QTest::addColumn<QString>("sequence");
    QTest::addColumn<QString>("removedHow");
    // m = mark B as being signed out by Gatehouse, c = clear the mark, g = a refresh without B,
    // x = a refresh where something else changed.
    QTest::newRow("not marked: vanished") << "g"
                                          << "vanished";
    QTest::newRow("marked before it went (hand-off, native sign-out, clean-up queue)")
        << "mg"
        << "signed_out_by_gatehouse";
    QTest::newRow("marked right after the refresh that saw it go") << "gm"
                                                                   << "signed_out_by_gatehouse";
    QTest::newRow("mark cleared (sign-out failed or dismissed)") << "mcg"
                                                                 << "vanished";
    QTest::newRow("marked long after it went") << "gxm"
                                               << "vanished";
}

void TestHistoryStore::disappearanceIsRecordedWithHowItEnded()
{
    QFETCH(QString, sequence);
    QFETCH(QString, removedHow);
    HistoryStore store(m_path);
    store.open();
    store.recordRefresh(alice, {device("A"), device("B")}, t0);
    QDateTime now = t0;
    bool cChanged = false;
    for (const QChar step : sequence) {
        now = now.addSecs(60);
        if (step == 'm')
            QVERIFY(store.markSignedOutByGatehouse(alice, {"B"}, now));
        else if (step == 'c')
            QVERIFY(store.clearSignOutMarks(alice, {"B"}));
        else if (step == 'g')
            QCOMPARE(store.recordRefresh(alice, {device("A")}, now).disappeared, QStringList{"B"});
        else if (step == 'x')
            QVERIFY(
                store.recordRefresh(alice, {device("A", (cChanged = !cChanged) ? "renamed" : "again")}, now)
                    .wrote);
    }
    const QList<HistorySession> sessions = store.sessions(alice);
    const HistorySession* b = find(sessions, "B", false);
    QVERIFY(b);
    QCOMPARE(HistorySession::removedHowName(b->removedHow), removedHow);
    QVERIFY(b->removedAt.isValid());
    QVERIFY(find(sessions, "A"));
}

void TestHistoryStore::presentDevicesAreTheLastRecordedList()
{
    HistoryStore store(m_path);
    store.open();
    const QList<Device> first{device("A", "Phone", 1, "192.0.2.1"), device("B"), device("C", "Tablet")};
    store.recordRefresh(alice, first, t0);
    const QList<Device> second{device("A", "Phone", 2, "192.0.2.9"), device("C", "Tablet"),
                               device("D", "Bot")};
    store.recordRefresh(alice, second, t0.addSecs(60));
    QCOMPARE(store.presentDevices(alice), second);
    // In device ID order, whatever order the server listed them in and whenever each was first seen.
    const QList<Device> third{device("E"), device("D", "Bot"), device("0"),
                              device("A", "Phone", 2, "192.0.2.9")};
    store.recordRefresh(alice, third, t0.addSecs(120));
    QCOMPARE(store.presentDevices(alice), (QList<Device>{device("0"), device("A", "Phone", 2, "192.0.2.9"),
                                                         device("D", "Bot"), device("E")}));
}

void TestHistoryStore::storedListIsWhatTheWindowStartsOn()
{
    HistoryStore store(m_path);
    store.open();
    const StoredSessionList none = store.storedList(alice);
    QVERIFY(!none.hasHistory);
    QVERIFY(none.devices.isEmpty());

    store.recordRefresh(alice, {device("A", "Phone"), device("B")}, t0);
    const QList<Device> later{device("A", "Phone"), device("C", "Laptop", 3, "192.0.2.3")};
    store.recordRefresh(alice, later, t0.addSecs(60));
    const StoredSessionList stored = store.storedList(alice);
    QVERIFY(stored.hasHistory);
    QCOMPARE(stored.devices, later);
    QCOMPARE(stored.newSessions, QStringList{"C"}); // A was in the baseline
    QVERIFY(!store.storedList(HistoryAccount{alice.baseUrl, QStringLiteral("@bob:example.org")}).hasHistory);
}

void TestHistoryStore::accountsNeverMix()
{
    const HistoryAccount otherServer{"https://other.example", alice.userId};
    const HistoryAccount otherUser{alice.baseUrl, "@bob:example.org"};
    const HistoryAccount otherPath{alice.baseUrl + "/matrix", alice.userId};
    HistoryStore store(m_path);
    store.open();
    store.recordRefresh(alice, {device("SHARED", "alice's"), device("A")}, t0);
    store.recordRefresh(otherServer, {device("SHARED", "other server's"), device("S")}, t0);
    store.recordRefresh(otherUser, {device("SHARED", "bob's")}, t0);
    store.recordRefresh(otherPath, {device("P")}, t0);
    // A refresh of one account never touches another's sessions.
    QVERIFY(store.recordRefresh(otherServer, {}, t0.addSecs(60)).wrote);

    QCOMPARE(ids(store.sessions(alice)), (QStringList{"SHARED", "A"}));
    QCOMPARE(find(store.sessions(alice), "SHARED")->displayName, std::optional<QString>("alice's"));
    QCOMPARE(find(store.sessions(otherUser), "SHARED")->displayName, std::optional<QString>("bob's"));
    QCOMPARE(store.presentDevices(otherServer), QList<Device>{});
    QCOMPARE(ids(store.sessions(otherPath)), QStringList{"P"});

    QVERIFY(store.forgetAccount(alice));
    QVERIFY(!store.hasHistory(alice));
    QVERIFY(store.sessions(alice).isEmpty());
    QCOMPARE(ids(store.sessions(otherUser)), QStringList{"SHARED"});
    QCOMPARE(ids(store.sessions(otherServer)), (QStringList{"SHARED", "S"}));
    RawConnection raw(m_path);
    QCOMPARE(raw.value("SELECT count(*) FROM session_names n LEFT JOIN sessions s ON s.id = n.session_id "
                       "WHERE s.id IS NULL")
                 .toInt(),
             0); // the forgotten account's names went with it
}

void TestHistoryStore::unchangedRefreshWritesNothing()
{
    HistoryStore store(m_path);
    store.open();
    const QList<Device> devices = manyDevices(10'000);
    QVERIFY(store.recordRefresh(alice, devices, t0).wrote);

    RawConnection raw(m_path);
    QVERIFY(raw.exec("PRAGMA wal_checkpoint(TRUNCATE)"));
    const qint64 dataVersion = raw.value("PRAGMA data_version").toLongLong();
    const QByteArray before = fileHash(m_path);

    const HistoryChanges changes = store.recordRefresh(alice, devices, t0.addSecs(60));
    QVERIFY(changes.ok);
    QVERIFY(!changes.wrote);
    QVERIFY(changes.appeared.isEmpty() && changes.disappeared.isEmpty() && changes.renamed.isEmpty());
    QCOMPARE(changes.activityMoved, 0);
    // Nothing committed by any connection, nothing appended to the WAL, the database file as it was.
    QCOMPARE(raw.value("PRAGMA data_version").toLongLong(), dataVersion);
    QCOMPARE(QFileInfo(m_path + "-wal").size(), 0);
    QCOMPARE(fileHash(m_path), before);
    QCOMPARE(store.lastChangeAt(alice), t0);
    // The same list in another order, and a repeated entry, are no change either.
    QList<Device> shuffled(devices.crbegin(), devices.crend());
    shuffled.append(devices.first());
    QVERIFY(!store.recordRefresh(alice, shuffled, t0.addSecs(120)).wrote);
    QCOMPARE(raw.value("PRAGMA data_version").toLongLong(), dataVersion);
}

void TestHistoryStore::tenThousandSessionsAreOneTransaction()
{
    HistoryStore store(m_path);
    store.open();
    store.recordRefresh(alice, {}, t0);
    RawConnection raw(m_path);
    QVERIFY(raw.exec("PRAGMA wal_checkpoint(TRUNCATE)"));

    const HistoryChanges changes = store.recordRefresh(alice, manyDevices(10'000), t0.addSecs(1));
    QCOMPARE(changes.appeared.size(), 10'000);
    QCOMPARE(walCommits(m_path + "-wal"), 1);
    QCOMPARE(raw.value("SELECT count(*) FROM sessions").toInt(), 10'000);
    QCOMPARE(raw.value("SELECT count(*) FROM session_ips").toInt(), 10'000);
}

void TestHistoryStore::everyAddressChangedIsOneTransaction()
{
    HistoryStore store(m_path);
    store.open();
    store.recordRefresh(alice, manyDevices(10'000, "10.0."), t0);
    RawConnection raw(m_path);
    QVERIFY(raw.exec("PRAGMA wal_checkpoint(TRUNCATE)"));

    const HistoryChanges changes = store.recordRefresh(alice, manyDevices(10'000, "10.1."), t0.addSecs(60));
    QCOMPARE(changes.activityMoved, 10'000);
    QCOMPARE(changes.newIp.size(), 10'000);
    QCOMPARE(walCommits(m_path + "-wal"), 1);
    QCOMPARE(raw.value("SELECT count(*) FROM session_ips").toInt(), 20'000);
}

void TestHistoryStore::pruneForgetsWhatIsOlderThanTheKeepPeriod()
{
    HistoryStore store(m_path);
    store.open();
    store.recordRefresh(alice, {device("A", "A", 1, "192.0.2.1"), device("OLD"), device("RECENT")}, t0);
    store.recordRefresh(alice, {device("A", "A", 2, "192.0.2.2"), device("RECENT")}, t0.addDays(1));
    store.recordRefresh(alice, {device("A", "A", 2, "192.0.2.2")}, t0.addDays(300));

    QCOMPARE(store.pruneOlderThan(HistoryStore::DefaultKeepDays, t0.addDays(400)), 1);
    const QList<HistorySession> sessions = store.sessions(alice);
    QCOMPARE(ids(sessions), (QStringList{"A", "RECENT"}));
    // The address last seen more than a year ago goes; the current one stays.
    QCOMPARE(find(sessions, "A")->ips.size(), 1);
    QCOMPARE(find(sessions, "A")->ips.value(0).address, QString("192.0.2.2"));
    QCOMPARE(store.pruneOlderThan(-1, t0), -1);
}

void TestHistoryStore::nothingHappensBeforeOpen()
{
    HistoryStore store(m_path);
    QCOMPARE(store.state(), HistoryStore::State::Closed);
    QVERIFY(!store.recordRefresh(alice, {device("A")}, t0).ok);
    QVERIFY(!store.markSignedOutByGatehouse(alice, {"A"}, t0));
    QVERIFY(!store.acknowledge(alice, "A"));
    QVERIFY(store.sessions(alice).isEmpty());
    QVERIFY(store.presentDevices(alice).isEmpty());
    QVERIFY(!store.hasHistory(alice));
    QVERIFY(!store.forgetAccount(alice));
    QVERIFY(store.rememberMasterKey(alice, "KEY", t0).isNull());
    QVERIFY(!store.acceptMasterKey(alice, "KEY", t0));
    QVERIFY(store.acceptedMasterKey(alice).isEmpty());
    QCOMPARE(store.pruneOlderThan(), -1);
    QVERIFY(!QFileInfo::exists(m_path));
}

// The SQL of version 1, as released, with one account and a session.
static const QList<const char*>& versionOne()
{
    static const QList<const char*> statements = {
        "CREATE TABLE accounts (id INTEGER PRIMARY KEY, base_url TEXT NOT NULL, user_id TEXT NOT NULL, "
        "first_recorded_at INTEGER NOT NULL, last_change_at INTEGER NOT NULL, UNIQUE (base_url, user_id))",
        "CREATE TABLE sessions (id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL REFERENCES accounts (id) "
        "ON DELETE CASCADE, device_id TEXT NOT NULL, display_name TEXT, first_seen INTEGER NOT NULL, "
        "last_seen_ts INTEGER, last_seen_ip TEXT, removed_at INTEGER, removed_how TEXT CHECK (removed_how IN "
        "('signed_out_by_gatehouse', 'vanished')), sign_out_marked_at INTEGER, acknowledged INTEGER NOT NULL "
        "DEFAULT 0)",
        "CREATE UNIQUE INDEX sessions_present ON sessions (account_id, device_id) WHERE removed_at IS NULL",
        "CREATE INDEX sessions_by_account ON sessions (account_id, device_id)",
        "CREATE INDEX sessions_removed ON sessions (removed_at) WHERE removed_at IS NOT NULL",
        "CREATE TABLE session_names (session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE, "
        "name TEXT NOT NULL, first_seen INTEGER NOT NULL, PRIMARY KEY (session_id, name)) WITHOUT ROWID",
        "CREATE TABLE session_ips (session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE, "
        "ip "
        "TEXT NOT NULL, first_seen INTEGER NOT NULL, last_seen INTEGER NOT NULL, PRIMARY KEY (session_id, "
        "ip)) "
        "WITHOUT ROWID",
        "INSERT INTO accounts VALUES (1, 'https://matrix.example.org', '@alice:example.org', 1, 1)",
        "INSERT INTO sessions (account_id, device_id, display_name, first_seen, acknowledged) VALUES (1, "
        "'A', "
        "'Phone', 1, 1)",
    };
    return statements;
}

// Version 2 added the remembered master keys, as released.
static const char* const VersionTwoMasterKeys =
    "CREATE TABLE master_keys (base_url TEXT NOT NULL, user_id TEXT NOT NULL, master_key TEXT NOT NULL, "
    "first_seen INTEGER NOT NULL, accepted_at INTEGER, PRIMARY KEY (base_url, user_id, master_key)) WITHOUT "
    "ROWID";

// Version 3 added an index for pruning, as released.
static const char* const VersionThreeIndex =
    "CREATE INDEX session_ips_by_last_seen ON session_ips (last_seen)";

// A version 3 database with two accounts: Alice's present sessions A (from versionOne()) and B, one of
// hers that is gone, Bob's present A, and Alice's master key.
static void versionThreeWithTwoAccounts(const QString& path)
{
    RawConnection raw(path);
    for (const char* statement : versionOne())
        raw.exec(QString::fromLatin1(statement));
    raw.exec(QString::fromLatin1(VersionTwoMasterKeys));
    raw.exec(QString::fromLatin1(VersionThreeIndex));
    raw.exec(
        "INSERT INTO sessions (account_id, device_id, display_name, first_seen, last_seen_ts, last_seen_ip, "
        "acknowledged) VALUES (1, 'B', 'Laptop', 1, 5, '192.0.2.7', 1)");
    raw.exec(
        "INSERT INTO sessions (account_id, device_id, first_seen, removed_at, removed_how, acknowledged) "
        "VALUES (1, 'C', 1, 2, 'vanished', 1)");
    raw.exec("INSERT INTO accounts VALUES (2, 'https://matrix.example.org', '@bob:example.org', 1, 1)");
    raw.exec("INSERT INTO sessions (account_id, device_id, display_name, first_seen, last_seen_ip, "
             "acknowledged) VALUES (2, 'A', '', 1, '2001:db8::1', 1)");
    raw.exec("INSERT INTO master_keys VALUES ('https://matrix.example.org', '@alice:example.org', 'master', "
             "1, 1)");
    raw.exec("PRAGMA application_id = 1198016627");
    raw.exec("PRAGMA user_version = 3");
}

// Databases as every earlier version of the schema left them. When the schema changes, the version that
// was current gets a fixture here (built with the SQL of that version, filled with a session), and the test
// checks that the migration keeps it.
using Fixture = std::function<void(const QString& path)>;

static QMap<int, QList<std::pair<QString, Fixture>>> earlierVersions()
{
    return {
        {0,
         {
             {"an empty file (created, never initialised)",
              [](const QString& path) {
                  QFile file(path);
                  file.open(QIODevice::WriteOnly);
              }},
             {"an SQLite database without tables",
              [](const QString& path) {
                  RawConnection raw(path);
                  raw.exec("CREATE TABLE t (x)");
                  raw.exec("DROP TABLE t");
              }},
         }},
        {1,
         {
             {"version 1 with one account and a session",
              [](const QString& path) {
                  RawConnection raw(path);
                  for (const char* statement : versionOne())
                      raw.exec(QString::fromLatin1(statement));
                  raw.exec("PRAGMA application_id = 1198016627");
                  raw.exec("PRAGMA user_version = 1");
              }},
         }},
        {2,
         {
             {"version 2 with one account, a session and a master key",
              [](const QString& path) {
                  RawConnection raw(path);
                  for (const char* statement : versionOne())
                      raw.exec(QString::fromLatin1(statement));
                  raw.exec(QString::fromLatin1(VersionTwoMasterKeys));
                  raw.exec(
                      "INSERT INTO master_keys VALUES ('https://matrix.example.org', '@alice:example.org', "
                      "'master', 1, 1)");
                  raw.exec("PRAGMA application_id = 1198016627");
                  raw.exec("PRAGMA user_version = 2");
              }},
         }},
        {3, {{"version 3 with two accounts, present and gone sessions", versionThreeWithTwoAccounts}}},
    };
}

void TestHistoryStore::preloadedDriverLeavesNoConnectionBehind()
{
    const QStringList before = QSqlDatabase::connectionNames();
    HistoryStore::preloadDriver();
    QVERIFY(QThreadPool::globalInstance()->waitForDone(30'000));
    QCOMPARE(QSqlDatabase::connectionNames(), before);
    HistoryStore store(m_path);
    QCOMPARE(store.open(), HistoryStore::State::Open);
    QVERIFY(store.recordRefresh(alice, {device("A")}, t0).ok);
}

void TestHistoryStore::migratesEveryEarlierVersion_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<int>("variant");
    const auto versions = earlierVersions();
    for (auto it = versions.cbegin(); it != versions.cend(); ++it) {
        for (int i = 0; i < it->size(); ++i)
            QTest::addRow("version %d: %s", it.key(), qPrintable(it->at(i).first)) << it.key() << i;
    }
}

void TestHistoryStore::migratesEveryEarlierVersion()
{
    QFETCH(int, version);
    QFETCH(int, variant);
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    earlierVersions().value(version).at(variant).second(m_path);
    {
        RawConnection raw(m_path);
        QCOMPARE(raw.value("PRAGMA user_version").toInt(), version);
    }
    HistoryStore store(m_path);
    QCOMPARE(store.open(), HistoryStore::State::Open);
    {
        RawConnection raw(m_path);
        QCOMPARE(raw.value("PRAGMA user_version").toInt(), HistoryStore::schemaVersion());
        // Version 4: every present session has its bucket.
        QCOMPARE(
            raw.value("SELECT count(*) FROM sessions WHERE removed_at IS NULL AND bucket IS NULL").toInt(),
            0);
        // Version 3: pruning finds old addresses through an index.
        QCOMPARE(raw.value("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = "
                           "'session_ips_by_last_seen'")
                     .toInt(),
                 1);
        if (version >= 2) // the master key remembered before is still there
            QCOMPARE(raw.value("SELECT count(*) FROM master_keys").toInt(), 1);
    }
    QVERIFY(store.recordRefresh(alice, {device("A", "Phone", 1, "192.0.2.1")}, t0).ok);
    const QStringList recorded = ids(store.sessions(alice));
    QVERIFY(recorded.contains("A"));
    QCOMPARE(ids(store.presentDevices(alice)), QStringList{"A"});
    // A second open finds nothing to migrate.
    store.close();
    QCOMPARE(store.open(), HistoryStore::State::Open);
    QCOMPARE(ids(store.sessions(alice)), recorded);
}

void TestHistoryStore::migratedSessionsCompareAsRecorded()
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    versionThreeWithTwoAccounts(m_path);
    HistoryStore store(m_path);
    QCOMPARE(store.open(), HistoryStore::State::Open);
    const HistoryAccount bob{alice.baseUrl, "@bob:example.org"};
    const QList<Device> aliceNow = {device("A", "Phone"), device("B", "Laptop", 5, "192.0.2.7")};
    const QList<Device> bobNow = {device("A", "", std::nullopt, "2001:db8::1")};

    // Version 4 compares by bucket: the buckets and digests it filled in say the sessions are as stored.
    RawConnection raw(m_path);
    const qint64 dataVersion = raw.value("PRAGMA data_version").toLongLong();
    for (const auto& [account, devices] : {std::pair(alice, aliceNow), std::pair(bob, bobNow)}) {
        const HistoryChanges same = store.recordRefresh(account, devices, t0);
        QVERIFY(same.ok);
        QVERIFY(!same.baseline);
        QVERIFY2(!same.wrote, qPrintable(account.userId));
    }
    QCOMPARE(raw.value("PRAGMA data_version").toLongLong(), dataVersion);
    QCOMPARE(raw.value("SELECT count(*) FROM sessions WHERE removed_at IS NULL AND bucket IS NULL").toInt(),
             0);

    // And a change to any of them is seen.
    const HistoryChanges gone = store.recordRefresh(alice, {aliceNow.at(0)}, t0);
    QCOMPARE(gone.disappeared, QStringList{"B"});
    const HistoryChanges renamed =
        store.recordRefresh(bob, {device("A", "Tablet", std::nullopt, "2001:db8::1")}, t0);
    QCOMPARE(renamed.renamed, QStringList{"A"});
    QVERIFY(renamed.appeared.isEmpty());
    QVERIFY(!store.recordRefresh(bob, {device("A", "Tablet", std::nullopt, "2001:db8::1")}, t0).wrote);
}

void TestHistoryStore::everyEarlierVersionHasAFixture()
{
    const auto versions = earlierVersions();
    for (int v = 0; v < HistoryStore::schemaVersion(); ++v)
        QVERIFY2(versions.contains(v) && !versions.value(v).isEmpty(),
                 qPrintable(QString("no fixture for %1").arg(v)));
}

void TestHistoryStore::firstMasterKeyIsAcceptedWhenFirstSeen()
{
    HistoryStore store(m_path);
    store.open();
    QVERIFY(store.acceptedMasterKey(alice).isEmpty());
    QCOMPARE(store.rememberMasterKey(alice, "KEY1", t0), t0);
    QCOMPARE(store.acceptedMasterKey(alice), QString("KEY1"));
    // Seen again later: the first sight stays, nothing changes.
    QCOMPARE(store.rememberMasterKey(alice, "KEY1", t0.addDays(1)), t0);
    // Another account has an identity of its own.
    const HistoryAccount bob{alice.baseUrl, "@bob:example.org"};
    QVERIFY(store.acceptedMasterKey(bob).isEmpty());
    QVERIFY(store.forgetAccount(alice));
    QVERIFY(store.acceptedMasterKey(alice).isEmpty());
}

void TestHistoryStore::differentMasterKeyWaitsUntilAccepted()
{
    HistoryStore store(m_path);
    store.open();
    store.rememberMasterKey(alice, "KEY1", t0);
    QCOMPARE(store.rememberMasterKey(alice, "KEY2", t0.addDays(2)), t0.addDays(2));
    QCOMPARE(store.acceptedMasterKey(alice), QString("KEY1"));
    QCOMPARE(store.rememberMasterKey(alice, "KEY2", t0.addDays(3)), t0.addDays(2));
    QVERIFY(store.acceptMasterKey(alice, "KEY2", t0.addDays(4)));
    QCOMPARE(store.acceptedMasterKey(alice), QString("KEY2"));
    // Kept across opens: it is remembered next to the history.
    store.close();
    HistoryStore again(m_path);
    again.open();
    QCOMPARE(again.acceptedMasterKey(alice), QString("KEY2"));
}

void TestHistoryStore::masterKeysNeverMakeARefreshLessThanABaseline()
{
    HistoryStore store(m_path);
    store.open();
    store.rememberMasterKey(alice, "KEY1", t0);
    QVERIFY(store.isBaseline(alice));
    const HistoryChanges changes = store.recordRefresh(alice, {device("A")}, t0);
    QVERIFY(changes.ok);
    QCOMPARE(ids(store.sessions(alice)), QStringList{"A"});
    QVERIFY(changes.baseline);
}

void TestHistoryStore::brokenFileIsReportedAndLeftAlone_data()
{
    QTest::addColumn<Broken>("broken");
    QTest::addColumn<HistoryStore::State>("expected");
    QTest::newRow("garbage bytes") << Broken::Garbage << HistoryStore::State::Corrupt;
    QTest::newRow("another program's SQLite database") << Broken::Foreign << HistoryStore::State::Corrupt;
    QTest::newRow("from a newer Gatehouse") << Broken::TooNew << HistoryStore::State::TooNew;
    QTest::newRow("damaged pages") << Broken::Damaged << HistoryStore::State::Corrupt;
    QTest::newRow("a folder in its place") << Broken::Folder << HistoryStore::State::Unreadable;
    QTest::newRow("its folder is a file") << Broken::ParentIsAFile << HistoryStore::State::Unreadable;
    QTest::newRow("no permission to read") << Broken::NoPermission << HistoryStore::State::Unreadable;
}

void TestHistoryStore::brokenFileIsReportedAndLeftAlone()
{
    QFETCH(Broken, broken);
    QFETCH(HistoryStore::State, expected);
    QString path = m_path;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    switch (broken) {
    case Broken::Garbage: {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("=cmd|' /C calc'!A0\n").repeated(500));
        break;
    }
    case Broken::Foreign: {
        RawConnection raw(path);
        QVERIFY(raw.exec("CREATE TABLE photos (id INTEGER PRIMARY KEY, title TEXT)"));
        QVERIFY(raw.exec("INSERT INTO photos (title) VALUES ('holiday')"));
        break;
    }
    case Broken::TooNew: {
        {
            HistoryStore store(path);
            QCOMPARE(store.open(), HistoryStore::State::Open);
            store.recordRefresh(alice, {device("A")}, t0);
        }
        RawConnection raw(path);
        QVERIFY(raw.exec(QString("PRAGMA user_version = %1").arg(HistoryStore::schemaVersion() + 1)));
        break;
    }
    case Broken::Damaged: {
        {
            HistoryStore store(path);
            QCOMPARE(store.open(), HistoryStore::State::Open);
            store.recordRefresh(alice, manyDevices(500), t0);
        } // the last connection closed: everything is in the main file, the WAL is gone
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 pageSize = 4096;
        QVERIFY(file.size() > 4 * pageSize);
        file.seek(pageSize); // page 1 (the header and schema) stays; every other page is noise
        file.write(QByteArray(file.size() - pageSize, char(0xA5)));
        break;
    }
    case Broken::Folder:
        QVERIFY(QDir().mkpath(path));
        break;
    case Broken::ParentIsAFile: {
        QFile file(QFileInfo(path).absolutePath() + "/not-a-folder");
        QVERIFY(file.open(QIODevice::WriteOnly));
        path = file.fileName() + "/history.sqlite";
        break;
    }
    case Broken::NoPermission: {
#ifdef Q_OS_UNIX
        if (geteuid() == 0)
            QSKIP("root reads every file; the folder and parent cases cover unreadable paths");
        {
            HistoryStore store(path);
            QCOMPARE(store.open(), HistoryStore::State::Open);
            store.recordRefresh(alice, {device("A")}, t0);
        }
        QVERIFY(QFile::setPermissions(path, QFile::Permissions()));
#else
        QSKIP("file modes are a Unix matter");
#endif
        break;
    }
    }
    const QByteArray before = fileHash(path);
    const QStringList filesBefore = QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files);

    HistoryStore store(path, 200);
    const HistoryStore::State opened = store.open();
    // A damaged page may only show when it is read: the first read reports it.
    const HistoryChanges changes = store.recordRefresh(alice, {device("A"), device("B")}, t0.addSecs(60));
    QVERIFY(!changes.ok);
    QVERIFY(store.sessions(alice).isEmpty());
    QVERIFY(!store.markSignedOutByGatehouse(alice, {"A"}, t0));
    QCOMPARE(store.state(), expected);
    if (broken != Broken::Damaged)
        QCOMPARE(opened, expected);
    QVERIFY(!store.isOpen());
    QVERIFY2(store.errorText().contains(QDir::toNativeSeparators(path)), qPrintable(store.errorText()));

    // Left exactly as it was: same bytes, no new files beside it.
    QCOMPARE(fileHash(path), before);
    QCOMPARE(QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files), filesBefore);
#ifdef Q_OS_UNIX
    if (broken == Broken::NoPermission)
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
#endif
}

void TestHistoryStore::lockedFileIsReportedAndOpensOnceFree()
{
    {
        HistoryStore store(m_path);
        QCOMPARE(store.open(), HistoryStore::State::Open);
        store.recordRefresh(alice, {device("A")}, t0);
    }
    const QByteArray before = fileHash(m_path);
    HistoryStore store(m_path, 200);
    {
        // Another program holds the file exclusively for longer than the busy timeout.
        RawConnection other(m_path);
        QVERIFY(other.exec("PRAGMA locking_mode = EXCLUSIVE"));
        QVERIFY(other.exec("BEGIN EXCLUSIVE"));
        QCOMPARE(store.open(), HistoryStore::State::Locked);
        QVERIFY(!store.errorText().isEmpty());
        QVERIFY(store.sessions(alice).isEmpty());
        QVERIFY(other.exec("ROLLBACK"));
    }
    QCOMPARE(fileHash(m_path), before);
    QCOMPARE(store.open(), HistoryStore::State::Open);
    QCOMPARE(ids(store.sessions(alice)), QStringList{"A"});
}

void TestHistoryStore::moveAsideKeepsTheOldFileAndStartsANewOne()
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile garbage(m_path);
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write("not a database, but someone's only copy of something");
    garbage.close();
    const QByteArray before = fileHash(m_path);

    HistoryStore store(m_path);
    QCOMPARE(store.open(), HistoryStore::State::Corrupt);
    QCOMPARE(store.moveAsideAndStartNew(t0), HistoryStore::State::Open);
    const QString aside = QFileInfo(m_path).absolutePath() + "/history-moved-aside-20261206T014225Z.sqlite";
    QCOMPARE(store.movedAsidePath(), aside);
    QCOMPARE(fileHash(aside), before);
    QVERIFY(store.recordRefresh(alice, {device("A")}, t0).ok);
    QCOMPARE(ids(store.sessions(alice)), QStringList{"A"});

    // A second move on the same second never overwrites the first.
    QCOMPARE(store.moveAsideAndStartNew(t0), HistoryStore::State::Open);
    QCOMPARE(store.movedAsidePath(),
             QFileInfo(m_path).absolutePath() + "/history-moved-aside-20261206T014225Z-2.sqlite");
    QCOMPARE(fileHash(aside), before);
    QVERIFY(store.sessions(alice).isEmpty());
}

// prepareRecording reads ahead what the first recording compares with (while the window is built); the
// recording then says exactly what it would have said without it.
// A refresh is compared bucket by bucket (app/history/SessionBuckets.h): whatever mix of sessions appears,
// disappears, is renamed or moves, the changes are exactly those, and the digests written with them make the
// same list, compared again through another connection, no change at all.
void TestHistoryStore::changesAreFoundInEveryBucket()
{
    HistoryStore store(m_path);
    QCOMPARE(store.open(), HistoryStore::State::Open);
    QRandomGenerator random(20261206);
    QMap<QString, Device> present;
    for (const Device& d : manyDevices(600))
        present.insert(d.id, d);
    QVERIFY(store.recordRefresh(alice, present.values(), t0).baseline);

    int nextId = 600;
    for (int round = 1; round <= 20; ++round) {
        QMap<QString, Device> next = present;
        QStringList appeared, disappeared, renamed;
        for (const QString& id : present.keys()) {
            switch (random.bounded(40)) {
            case 0:
                next.remove(id);
                disappeared.append(id);
                break;
            case 1:
                next[id].displayName = QString("Renamed %1 in round %2").arg(id).arg(round);
                renamed.append(id);
                break;
            case 2:
                next[id].lastSeenTs = *next[id].lastSeenTs + 1;
                break;
            default:
                break;
            }
        }
        for (int i = random.bounded(30); i > 0; --i) {
            const Device fresh = device(QString("NEW%1").arg(nextId++), "New", 1, "192.0.2.9");
            next.insert(fresh.id, fresh);
            appeared.append(fresh.id);
        }
        QList<Device> listed = next.values();
        std::shuffle(listed.begin(), listed.end(), random);

        const HistoryChanges changes = store.recordRefresh(alice, listed, t0.addSecs(round));
        QVERIFY(changes.ok);
        const auto sorted = [](QStringList list) {
            list.sort();
            return list;
        };
        QCOMPARE(sorted(changes.appeared), sorted(appeared));
        QCOMPARE(sorted(changes.disappeared), sorted(disappeared));
        QCOMPARE(sorted(changes.renamed), sorted(renamed));
        present = next;

        HistoryStore other(m_path);
        QCOMPARE(other.open(), HistoryStore::State::Open);
        QVERIFY2(!other.recordRefresh(alice, listed, t0.addSecs(round)).wrote,
                 qPrintable(QString::number(round)));
    }
    QStringList stored = ids(store.presentDevices(alice));
    stored.sort();
    QCOMPARE(stored, present.keys());
}

void TestHistoryStore::bucketWithAWrongDigestIsReadBack()
{
    HistoryStore store(m_path);
    QCOMPARE(store.open(), HistoryStore::State::Open);
    const QList<Device> devices = manyDevices(300);
    QVERIFY(store.recordRefresh(alice, devices, t0).ok);
    {
        RawConnection raw(m_path);
        QVERIFY(raw.exec("UPDATE present_digests SET digest = x'00' WHERE bucket < 100"));
        QVERIFY(raw.exec("DELETE FROM present_digests WHERE bucket >= 200"));
    }
    // Those buckets are read back and found unchanged: nothing is written.
    const HistoryChanges same = store.recordRefresh(alice, devices, t0.addSecs(1));
    QVERIFY(same.ok);
    QVERIFY(!same.wrote);
    // A change in one of them is found, and writes its digests again.
    QList<Device> moved = devices;
    const qsizetype inWrongBucket =
        std::find_if(moved.cbegin(), moved.cend(),
                     [](const Device& d) { return SessionBuckets::bucketOf(d.id) >= 200; }) -
        moved.cbegin();
    QVERIFY(inWrongBucket < moved.size());
    moved[inWrongBucket].displayName = "Renamed";
    moved.removeFirst();
    const HistoryChanges changes = store.recordRefresh(alice, moved, t0.addSecs(2));
    QCOMPARE(changes.renamed, QStringList{devices.at(inWrongBucket).id});
    QCOMPARE(changes.disappeared, QStringList{devices.first().id});
    QVERIFY(!store.recordRefresh(alice, moved, t0.addSecs(3)).wrote);
}

void TestHistoryStore::recordingReadAheadGivesTheSameChanges()
{
    HistoryStore store(m_path);
    QCOMPARE(store.open(), HistoryStore::State::Open);
    QVERIFY(
        store.recordRefresh(alice, {device("A", "Phone", 1, "192.0.2.1"), device("B", "Laptop", 1)}, t0).ok);

    store.prepareRecording(alice.baseUrl); // the one account on that server
    const HistoryChanges changes = store.recordRefresh(
        alice, {device("A", "Old phone", 2, "192.0.2.9"), device("C", "Tablet")}, t0.addSecs(60));
    QVERIFY(changes.ok);
    QVERIFY(changes.wrote);
    QCOMPARE(changes.appeared, QStringList{"C"});
    QCOMPARE(changes.disappeared, QStringList{"B"});
    QCOMPARE(ids(store.sessions(alice)).size(), 3);

    // Another account on the same server: whose list comes next is not known, nothing is read ahead, and
    // recording still works.
    const HistoryAccount bob{alice.baseUrl, "@bob:example.org"};
    QVERIFY(store.recordRefresh(bob, {device("X")}, t0).ok);
    store.prepareRecording(alice.baseUrl);
    QVERIFY(
        store.recordRefresh(alice, {device("A", "Old phone", 2, "192.0.2.9"), device("C", "Tablet")}, t0).ok);
    // Read ahead for one account, recorded for the other: read again.
    store.prepareRecording(alice.baseUrl, alice.userId);
    const HistoryChanges bobs = store.recordRefresh(bob, {device("X"), device("Y")}, t0.addSecs(120));
    QVERIFY(bobs.ok);
    QCOMPARE(bobs.appeared, QStringList{"Y"});
}

// What was read ahead is stale once another connection (the command line, say) wrote: the recording reads
// again instead of recording a session twice or missing a change.
void TestHistoryStore::recordingReadAheadIsDroppedAfterAnotherWrite()
{
    HistoryStore window(m_path);
    QCOMPARE(window.open(), HistoryStore::State::Open);
    QVERIFY(window.recordRefresh(alice, {device("A", "Phone")}, t0).ok);
    window.prepareRecording(alice.baseUrl, alice.userId);

    HistoryStore commandLine(m_path);
    QCOMPARE(commandLine.open(), HistoryStore::State::Open);
    const HistoryChanges first =
        commandLine.recordRefresh(alice, {device("A", "Phone"), device("N")}, t0.addSecs(1));
    QCOMPARE(first.appeared, QStringList{"N"});

    const HistoryChanges second =
        window.recordRefresh(alice, {device("A", "Phone"), device("N")}, t0.addSecs(2));
    QVERIFY2(second.ok, qPrintable(window.errorText()));
    QVERIFY(second.appeared.isEmpty());
    QVERIFY(!second.wrote);
    QCOMPARE(ids(window.sessions(alice)), (QStringList{"A", "N"}));
}

void TestHistoryStore::twoStoresWriteAtOnce()
{
    // The window and the command line: two connections to one file, each in its own thread, recording the
    // same account (the same growing list) and one account each, at the same time.
    const HistoryAccount windowOnly{"https://window.example", "@w:window.example"};
    const HistoryAccount cliOnly{"https://cli.example", "@c:cli.example"};
    constexpr int rounds = 40;
    const auto run = [this](const HistoryAccount& own, QString* failure) {
        HistoryStore store(m_path);
        if (store.open() != HistoryStore::State::Open) {
            *failure = "open: " + store.errorText();
            return;
        }
        QList<Device> shared;
        for (int round = 0; round < rounds; ++round) {
            shared.append(device(QString("S%1").arg(round), "shared", round, "192.0.2.1"));
            const QDateTime now = t0.addSecs(round);
            if (!store.recordRefresh(alice, shared, now).ok ||
                !store.recordRefresh(own, manyDevices(round + 1, QString("10.%1.").arg(round)), now).ok) {
                *failure = QString("round %1: %2").arg(round).arg(store.errorText());
                return;
            }
        }
    };
    QString windowFailure, cliFailure;
    std::thread window(run, windowOnly, &windowFailure);
    std::thread cli(run, cliOnly, &cliFailure);
    window.join();
    cli.join();
    QVERIFY2(windowFailure.isEmpty(), qPrintable(windowFailure));
    QVERIFY2(cliFailure.isEmpty(), qPrintable(cliFailure));

    HistoryStore store(m_path);
    QCOMPARE(store.open(), HistoryStore::State::Open);
    QCOMPARE(store.presentDevices(alice).size(), rounds);
    for (const HistoryAccount& own : {windowOnly, cliOnly}) {
        QCOMPARE(store.presentDevices(own), manyDevices(rounds, QString("10.%1.").arg(rounds - 1)));
        QCOMPARE(store.sessions(own).size(), rounds);
    }
    RawConnection raw(m_path);
    QCOMPARE(raw.value("PRAGMA integrity_check").toString(), QString("ok"));
}

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_HistoryStore.moc"
