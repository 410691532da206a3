// One window per user (app/instance/SingleInstance): a later start reaches the first over a local socket
// and asks it to raise its window; with nobody listening it gets no answer and listens itself.
#include "instance/SingleInstance.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace gatehouse;

class TestSingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondStartAsksTheFirstToRaiseItsWindow();
    void withNobodyListeningTheStartOpensItsOwnWindow();
    void theTestVariableReplacesThePerUserName();
    void theNameIsPerUser();
};

namespace {

QString uniqueName()
{
    return QStringLiteral("gatehouse-test-") + QUuid::createUuid().toString(QUuid::Id128);
}

} // namespace

void TestSingleInstance::secondStartAsksTheFirstToRaiseItsWindow()
{
    const QString name = uniqueName();
    SingleInstance first(name);
    QVERIFY(first.listen());
    QSignalSpy raised(&first, &SingleInstance::raiseRequested);
    SingleInstance second(name);
    QVERIFY(second.askRunningToRaise());
    QTRY_COMPARE_WITH_TIMEOUT(raised.count(), 1, 10'000);
    QVERIFY(second.askRunningToRaise());
    QTRY_COMPARE_WITH_TIMEOUT(raised.count(), 2, 10'000);
}

void TestSingleInstance::withNobodyListeningTheStartOpensItsOwnWindow()
{
    const QString name = uniqueName();
    {
        SingleInstance gone(name);
        QVERIFY(!gone.askRunningToRaise());
        QVERIFY(gone.listen());
    }
    // The first instance has ended: the next start gets no answer and listens in its place.
    SingleInstance next(name);
    QVERIFY(!next.askRunningToRaise());
    QVERIFY(next.listen());
}

void TestSingleInstance::theTestVariableReplacesThePerUserName()
{
    qputenv("GATEHOUSE_TEST_INSTANCE_NAME", "gatehouse-test-named");
    QCOMPARE(SingleInstance::defaultName(), QStringLiteral("gatehouse-test-named"));
    QCOMPARE(SingleInstance().name(), QStringLiteral("gatehouse-test-named"));
    qunsetenv("GATEHOUSE_TEST_INSTANCE_NAME");
}

void TestSingleInstance::theNameIsPerUser()
{
    qunsetenv("GATEHOUSE_TEST_INSTANCE_NAME");
    const QString mine = SingleInstance::defaultName();
    QVERIFY(mine.startsWith(QStringLiteral("gatehouse-")));
    QCOMPARE(SingleInstance::defaultName(), mine);
    const QByteArray home = qgetenv("HOME");
    qputenv("HOME", "/home/someone-else");
    QVERIFY(SingleInstance::defaultName() != mine);
    qputenv("HOME", home);
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_SingleInstance.moc"
