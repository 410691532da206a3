// One resident Gatehouse per person (README, "Watching for new sign-ins"), with the built binary: a saved
// account set to be watched (in a private keyring, started by with-private-keyring.sh) against a demo server
// on loopback. `gatehouse --background` watches it with no window and holds the single instance, so a plain
// `gatehouse` started next exits 0 and the resident process opens its window (the window's load asks for the
// encryption keys, which watching never does); a second `--background` exits 0 at once; the plain window
// watches too. The test-only GATEHOUSE_TEST_INSTANCE_NAME keeps it away from a real Gatehouse.
#include "E2e.h"
#include "TestServer.h"

#include "auth/AccountManager.h"
#include "auth/SignInResult.h"
#include "network/HttpClient.h"
#include "settings/AppSettings.h"

#include <QLocalSocket>
#include <QProcess>
#include <QSettings>
#include <QTest>
#include <QUuid>

using namespace gatehouse;
using namespace gatehouse::test;

namespace {

const QString DevicesPath = QStringLiteral("/_matrix/client/v3/devices");
const QString KeysPath = QStringLiteral("/_matrix/client/v3/keys/query");

} // namespace

class TestResidentProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void plainStartOpensTheWindowOfTheBackgroundProcess();
    void secondBackgroundStartLeavesItToTheResidentOne();
    void plainWindowWatchesTheAccountsSetToBeWatched();

private:
    QProcessEnvironment environment() const;
    bool startResident(const QStringList& arguments);
    bool listening() const;

    std::unique_ptr<TestServer> m_server;
    HttpClient* m_http = nullptr;
    QString m_name;
    QProcess* m_resident = nullptr;
};

void TestResidentProcess::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "run through tests/keychain/with-private-keyring.sh (ctest does)");
    QCoreApplication::setOrganizationName(QStringLiteral("Gatehouse"));
    QCoreApplication::setApplicationName(QStringLiteral("Gatehouse"));
    QSettings().clear();
    m_http = new HttpClient(this);
    m_server = std::make_unique<TestServer>();
    // Saved as a sign-in saves it, and set to be watched.
    AccountManager accounts(m_http);
    SignInResult result;
    result.account.homeserver = m_server->baseUrl();
    result.account.userId = QStringLiteral("@alice:localhost");
    result.account.deviceId = m_server->server().account().currentDeviceId();
    result.account.kind = SavedAccount::Kind::Classic;
    result.tokens.accessToken = m_server->token();
    std::optional<QString> problem;
    accounts.add(result, this, [&problem](const QString& text) { problem = text; });
    QVERIFY(QTest::qWaitFor([&] { return problem.has_value(); }, 20'000));
    QVERIFY2(problem->isEmpty(), qPrintable(*problem));
    accounts.setLastUsed(accounts.referenceFor(result.account));
    AppSettings::setWatchAccount(result.account.key(), true);
    QSettings().sync();
}

void TestResidentProcess::init()
{
    m_name = QStringLiteral("gatehouse-test-") + QUuid::createUuid().toString(QUuid::Id128);
    (*m_server)->resetStatistics();
}

void TestResidentProcess::cleanup()
{
    if (m_resident) {
        m_resident->terminate();
        QVERIFY(QTest::qWaitFor([&] { return m_resident->state() == QProcess::NotRunning; }, 10'000));
        QCOMPARE(m_resident->exitCode(), 0);
        delete m_resident;
        m_resident = nullptr;
    }
}

QProcessEnvironment TestResidentProcess::environment() const
{
    return e2eEnvironment({
        {QStringLiteral("XDG_CONFIG_HOME"), qEnvironmentVariable("XDG_CONFIG_HOME")},
        {QStringLiteral("XDG_DATA_HOME"), qEnvironmentVariable("XDG_DATA_HOME")},
        {QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS")},
        {QStringLiteral("GATEHOUSE_TEST_INSTANCE_NAME"), m_name},
        {QStringLiteral("GATEHOUSE_TEST_WATCH_INTERVAL_MS"), QStringLiteral("200")},
    });
}

bool TestResidentProcess::listening() const
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    return socket.waitForConnected(200);
}

bool TestResidentProcess::startResident(const QStringList& arguments)
{
    m_resident = new QProcess;
    m_resident->setProcessEnvironment(environment());
    m_resident->start(GatehouseProcess::binary(), arguments);
    if (!m_resident->waitForStarted(10'000))
        return false;
    // Up once it answers later starts and has checked the account a few times.
    return QTest::qWaitFor([this] { return listening() && (*m_server)->requestCount(DevicesPath) >= 3; },
                           30'000);
}

void TestResidentProcess::plainStartOpensTheWindowOfTheBackgroundProcess()
{
    QVERIFY2(startResident({"--background"}), m_resident->readAllStandardError().constData());
    QCOMPARE((*m_server)->requestCount(KeysPath), 0); // no window yet
    const GatehouseRun second = GatehouseProcess::run({}, environment());
    GATEHOUSE_VERIFY_EXIT(second, 0);
    QCOMPARE((*m_server)->requestCount(KeysPath), 0); // the second start loaded nothing itself
    QVERIFY2(QTest::qWaitFor([&] { return (*m_server)->requestCount(KeysPath) >= 1; }, 30'000),
             m_resident->readAllStandardError().constData());
    QCOMPARE(m_resident->state(), QProcess::Running);
}

void TestResidentProcess::secondBackgroundStartLeavesItToTheResidentOne()
{
    QVERIFY2(startResident({"--background"}), m_resident->readAllStandardError().constData());
    const GatehouseRun second = GatehouseProcess::run({"--background"}, environment());
    GATEHOUSE_VERIFY_EXIT(second, 0);
    QCOMPARE(m_resident->state(), QProcess::Running);
}

void TestResidentProcess::plainWindowWatchesTheAccountsSetToBeWatched()
{
    // The window loads the list once; every further /devices request is the watcher's.
    QVERIFY2(startResident({}), m_resident->readAllStandardError().constData());
    QVERIFY(QTest::qWaitFor([&] { return (*m_server)->requestCount(DevicesPath) >= 6; }, 30'000));
    const GatehouseRun background = GatehouseProcess::run({"--background"}, environment());
    GATEHOUSE_VERIFY_EXIT(background, 0);
    QCOMPARE(m_resident->state(), QProcess::Running);
}

QTEST_GUILESS_MAIN(TestResidentProcess)
#include "tst_ResidentProcess.moc"
