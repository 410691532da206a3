// `gatehouse --background` (watching with no window): the built binary on the test's private session bus,
// the demo server adding a session every second, the test-only GATEHOUSE_TEST_WATCH_INTERVAL_MS hook for
// quick checks; the stand-in notification service (tests/support/TestNotificationServer) sees the alerts.
#include "GatehouseProcess.h"
#include "TestNotificationServer.h"

#include <QDBusConnection>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;

class TestBackgroundWatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void newSessionsArriveAsNotificationsAndSigtermExitsZero();
    void withoutASavedAccountItSaysSoAndExitsFive();
};

namespace {

QProcessEnvironment backgroundEnvironment(const QTemporaryDir& home)
{
    return GatehouseProcess::environment(
        {{"HOME", home.path()},
         {"XDG_CONFIG_HOME", home.filePath("config")},
         {"XDG_DATA_HOME", home.filePath("data")},
         {"XDG_RUNTIME_DIR", home.path()},
         {"DBUS_SESSION_BUS_ADDRESS", qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS")},
         {"GATEHOUSE_TEST_WATCH_INTERVAL_MS", "100"}});
}

} // namespace

void TestBackgroundWatch::initTestCase()
{
    if (!QDBusConnection::sessionBus().isConnected())
        QSKIP("no D-Bus session bus (run through tests/notifications/with-private-bus.sh)");
}

void TestBackgroundWatch::newSessionsArriveAsNotificationsAndSigtermExitsZero()
{
    TestNotificationServer service;
    QVERIFY(service.registerOnBus());
    QTemporaryDir home;
    QProcess process;
    process.setProcessEnvironment(backgroundEnvironment(home));
    process.start(GatehouseProcess::binary(), {"--background", "--demo", "--new-session-every", "1"});
    QVERIFY(process.waitForStarted(10'000));
    QVERIFY2(QTest::qWaitFor([&] { return !service.shown().isEmpty(); }, 30'000),
             process.readAllStandardError().constData());
    const auto& shown = service.shown().constFirst();
    QCOMPARE(shown.summary, QString("New sign-in to \u2068@alice:localhost\u2069"));
    QVERIFY(shown.actions.contains("it-was-me"));
    process.terminate();
    QVERIFY(QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 10'000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

void TestBackgroundWatch::withoutASavedAccountItSaysSoAndExitsFive()
{
    QTemporaryDir home;
    const GatehouseRun run = GatehouseProcess::run({"--background"}, backgroundEnvironment(home));
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 5);
    QVERIFY2(run.err.contains("no saved account"), run.err.constData());
}

QTEST_GUILESS_MAIN(TestBackgroundWatch)
#include "tst_BackgroundWatch.moc"
