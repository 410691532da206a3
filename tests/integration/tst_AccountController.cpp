// AccountController against the demo homeserver on loopback: which hand-offs mark a row, the gentle refresh
// while a row waits (no window, no activation), renaming through the prompts, and the clean-up run that both
// front ends share. Questions are answered by RecordingPrompts, URLs recorded by RecordingUrlOpener.
#include "RecordingPrompts.h"
#include "RecordingUrlOpener.h"
#include "TestServer.h"

#include "account/AccountController.h"
#include "auth/TokenSource.h"
#include "cleanup/CleanupRun.h"
#include "cleanup/SignOutQueueStore.h"
#include "matrix/AccountSession.h"
#include "matrix/MetadataService.h"
#include "network/HttpClient.h"

#include <QSignalSpy>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;

namespace {

struct Fixture
{
    explicit Fixture(const DemoOptions& options = DemoOptions())
        : server(options)
        , metadata(&http)
        , controller(&opener, &prompts)
    {}

    bool load()
    {
        QSignalSpy loaded(&controller, &AccountController::loaded);
        controller.setSession(new AccountSession(&http, &metadata, server.baseUrl(),
                                                 std::make_shared<StaticTokenSource>(server.token())),
                              false);
        return loaded.wait(20'000);
    }
    QString other() { return server->account().devices().at(1).id; }

    TestServer server;
    HttpClient http;
    MetadataService metadata;
    RecordingUrlOpener opener;
    RecordingPrompts prompts;
    AccountController controller;
};

} // namespace

Q_DECLARE_METATYPE(std::optional<int>)

class TestAccountController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void waitingScheduleIsGentleThenStops_data();
    void waitingScheduleIsGentleThenStops();
    void viewingMarksNothing();
    void signOutMarksTheRowUntilItGoesWithoutComingBack();
    void theScheduleRunsOut();
    void dismissingTheMarkStopsTheSchedule();
    void renameAsksThroughThePrompts();
    void stoppedCleanUpLeavesTheRestForEitherFrontEnd();
};

void TestAccountController::waitingScheduleIsGentleThenStops_data()
{
    QTest::addColumn<qint64>("elapsedMs");
    QTest::addColumn<std::optional<int>>("delay");
    QTest::newRow("at once") << qint64(0) << std::optional<int>(10'000);
    QTest::newRow("first two minutes") << qint64(119'999) << std::optional<int>(10'000);
    QTest::newRow("after two minutes") << qint64(120'000) << std::optional<int>(60'000);
    QTest::newRow("before fifteen minutes") << qint64(899'999) << std::optional<int>(60'000);
    QTest::newRow("after fifteen minutes") << qint64(900'000) << std::optional<int>();
    QTest::newRow("an hour") << qint64(3'600'000) << std::optional<int>();
}

void TestAccountController::waitingScheduleIsGentleThenStops()
{
    QFETCH(qint64, elapsedMs);
    QFETCH(std::optional<int>, delay);
    QCOMPARE(WaitingRefreshSchedule().delayAfter(elapsedMs), delay);
}

void TestAccountController::viewingMarksNothing()
{
    Fixture f;
    QVERIFY(f.load());
    const QString device = f.other();
    QSignalSpy marks(&f.controller, &AccountController::waitingChanged);
    f.controller.runRowAction(device, RowAction::View);
    QCOMPARE(f.opener.opened.size(), 1);
    QVERIFY(f.opener.opened.first().contains("device_view"));
    QVERIFY(!f.controller.isWaiting(device));
    QVERIFY(marks.isEmpty());
    QVERIFY(!f.controller.waitingRefreshScheduled());
    // Coming back still looks again (the page may have changed something), and marks nothing either.
    QSignalSpy loaded(&f.controller, &AccountController::loaded);
    f.controller.windowActivated();
    QVERIFY(loaded.wait(20'000));
    QVERIFY(!f.controller.hasWaiting());
}

void TestAccountController::signOutMarksTheRowUntilItGoesWithoutComingBack()
{
    Fixture f;
    f.controller.setWaitingSchedule({20, 60'000, 20, 120'000});
    QVERIFY(f.load());
    const QString device = f.other();
    f.controller.runRowAction(device, RowAction::SignOut);
    QCOMPARE(f.prompts.handOffs.size(), 1);
    QVERIFY(f.opener.opened.first().contains("device_delete"));
    QVERIFY(f.controller.isWaiting(device));
    QVERIFY(f.controller.waitingRefreshScheduled());

    // Confirmed in a browser elsewhere; the window is never left nor entered again.
    QVERIFY(f.server->account().removeDevice(device));
    QSignalSpy cleared(&f.controller, &AccountController::waitingChanged);
    QTRY_VERIFY_WITH_TIMEOUT(!f.controller.isWaiting(device), 20'000);
    QCOMPARE(cleared.size(), 1);
    QCOMPARE(cleared.first().at(1).toBool(), false);
    QVERIFY(std::none_of(f.controller.snapshot()->devices.cbegin(), f.controller.snapshot()->devices.cend(),
                         [&device](const Device& d) { return d.id == device; }));
    QVERIFY(!f.controller.waitingRefreshScheduled());
}

void TestAccountController::theScheduleRunsOut()
{
    Fixture f;
    f.controller.setWaitingSchedule({10, 20, 10, 60});
    QVERIFY(f.load());
    f.controller.runRowAction(f.other(), RowAction::SignOut);
    QVERIFY(f.controller.waitingRefreshScheduled());
    QTRY_VERIFY_WITH_TIMEOUT(!f.controller.waitingRefreshScheduled(), 20'000);
    QVERIFY(f.controller.isWaiting(f.other())); // never confirmed: the mark stays until dismissed
}

void TestAccountController::dismissingTheMarkStopsTheSchedule()
{
    Fixture f;
    QVERIFY(f.load());
    f.controller.runRowAction(f.other(), RowAction::SignOut);
    QVERIFY(f.controller.waitingRefreshScheduled());
    QVERIFY(f.controller.actions().canDismissWaiting(f.controller.isWaiting(f.other())));
    f.controller.dismissWaiting(f.other());
    QVERIFY(!f.controller.hasWaiting());
    QVERIFY(!f.controller.waitingRefreshScheduled());
}

void TestAccountController::renameAsksThroughThePrompts()
{
    Fixture f;
    QVERIFY(f.load());
    const QString device = f.other();
    QStringList answers{QString(101, u'x'), QStringLiteral("Work laptop")};
    f.prompts.onSessionName = [&answers](const QString&) {
        return answers.isEmpty() ? std::optional<QString>() : std::optional<QString>(answers.takeFirst());
    };
    QSignalSpy renamed(&f.controller, &AccountController::sessionRenamed);
    f.controller.rename(device);
    QVERIFY(renamed.wait(20'000));
    QCOMPARE(f.prompts.problems.size(), 1); // the long name was refused before anything was sent
    QCOMPARE(*f.server->account().device(device)->displayName, QStringLiteral("Work laptop"));
}

void TestAccountController::stoppedCleanUpLeavesTheRestForEitherFrontEnd()
{
    Fixture f;
    QVERIFY(f.load());
    const AccountSnapshot snapshot = *f.controller.snapshot();
    const QList<Device> three = snapshot.devices.mid(1, 3);
    f.controller.signOutSessions({three[0].id, three[1].id, three[2].id});
    QVERIFY(f.controller.cleanup());
    QCOMPARE(f.prompts.handOffs.size(), 1);
    QCOMPARE(f.prompts.handOffs.first().sessionCount, 3);
    QVERIFY(f.controller.isWaiting(f.controller.cleanup()->queue()->current()->deviceId));
    f.controller.cleanup()->queue()->stop();
    QVERIFY(!f.controller.cleanup());
    QVERIFY(!f.controller.hasWaiting());
    QCOMPARE(f.prompts.summaries.size(), 1);
    // Nothing was confirmed: all three are offered again, to the window and to --sign-out-inactive alike.
    const QStringList left = SignOutQueueStore::load(snapshot.userId, snapshot.baseUrl);
    QCOMPARE(left.size(), 3);
    QCOMPARE(CleanupRun::leftover(snapshot), left);

    // A second run (as the command line makes it) keeps the store in step as it goes.
    CleanupRun run(snapshot, three.mid(1), &f.opener);
    run.start();
    QCOMPARE(SignOutQueueStore::load(snapshot.userId, snapshot.baseUrl).size(), 2);
    QVERIFY(f.server->account().removeDevice(three[1].id));
    run.observeDevices(f.server->account().devices());
    QCOMPARE(SignOutQueueStore::load(snapshot.userId, snapshot.baseUrl), QStringList{three[2].id});
    run.queue()->skip();
    QVERIFY(run.isFinished());
    QVERIFY(SignOutQueueStore::load(snapshot.userId, snapshot.baseUrl).isEmpty());
    CleanupRun::discardLeftover(snapshot);
}

QTEST_GUILESS_MAIN(TestAccountController)
#include "tst_AccountController.moc"
