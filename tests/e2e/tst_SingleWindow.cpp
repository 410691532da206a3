// One window per user: the built binary started as the plain window while another instance listens (this
// test, standing in for the first window) asks it to raise its window and exits 0; the demo window runs as
// its own process. The test-only GATEHOUSE_TEST_INSTANCE_NAME keeps it away from a real window.
#include "E2e.h"
#include "instance/SingleInstance.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace gatehouse;
using namespace gatehouse::test;

class TestSingleWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void secondWindowRaisesTheFirstAndExitsZero();
    void demoWindowRunsAsItsOwnProcess();

private:
    QString m_name;
    QProcessEnvironment environment() const
    {
        return e2eEnvironment({{QStringLiteral("GATEHOUSE_TEST_INSTANCE_NAME"), m_name},
                               {QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                                QStringLiteral("unix:path=/nonexistent/gatehouse-no-session-bus")}});
    }
};

void TestSingleWindow::init()
{
    m_name = QStringLiteral("gatehouse-test-") + QUuid::createUuid().toString(QUuid::Id128);
}

void TestSingleWindow::secondWindowRaisesTheFirstAndExitsZero()
{
    SingleInstance first(m_name);
    QVERIFY(first.listen());
    QSignalSpy raised(&first, &SingleInstance::raiseRequested);
    const GatehouseRun run = GatehouseProcess::run({}, environment());
    QVERIFY2(run.finished && run.exitCode == 0, describe(run).constData());
    QTRY_COMPARE_WITH_TIMEOUT(raised.count(), 1, 10'000);
}

void TestSingleWindow::demoWindowRunsAsItsOwnProcess()
{
    SingleInstance first(m_name);
    QVERIFY(first.listen());
    QSignalSpy raised(&first, &SingleInstance::raiseRequested);
    const GatehouseRun run = GatehouseProcess::run({"--demo", "--quit-when-loaded"}, environment());
    QVERIFY2(run.finished && run.exitCode == 0, describe(run).constData());
    QCOMPARE(raised.count(), 0);
}

QTEST_GUILESS_MAIN(TestSingleWindow)
#include "tst_SingleWindow.moc"
