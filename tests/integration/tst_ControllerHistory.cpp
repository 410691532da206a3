// AccountController with a history (README, "History"): every successful load is recorded, a load where
// nothing changed writes nothing, each way Gatehouse signs a session out is recorded as
// signed_out_by_gatehouse (and a dismissed or failed one is not), "New" rows until acknowledged, and the
// stored list of a saved account shown before its server answers.
#include "RecordingPrompts.h"
#include "RecordingUrlOpener.h"
#include "TestServer.h"

#include "account/AccountController.h"
#include "account/Recognition.h"
#include "auth/TokenSource.h"
#include "cleanup/CleanupRun.h"
#include "history/HistoryRecorder.h"
#include "history/HistoryStore.h"
#include "matrix/AccountSession.h"
#include "matrix/CanonicalBaseUrl.h"
#include "matrix/MetadataService.h"
#include "network/HttpClient.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;

namespace {

struct Fixture
{
    explicit Fixture(const DemoOptions& options = DemoOptions())
        : server(options)
        , metadata(&http)
        , history(dir.filePath(QStringLiteral("history.sqlite")))
        , controller(&opener, &prompts)
    {
        history.open();
        controller.setHistory(&history);
    }

    AccountSession* newSession()
    {
        return new AccountSession(&http, &metadata, server.baseUrl(),
                                  std::make_shared<StaticTokenSource>(server.token()));
    }
    bool load(bool saved = false)
    {
        QSignalSpy loaded(&controller, &AccountController::loaded);
        if (saved)
            controller.expectAccount(account());
        controller.setSession(newSession(), saved);
        return loaded.wait(20'000);
    }
    bool reload()
    {
        QSignalSpy loaded(&controller, &AccountController::loaded);
        controller.refresh();
        return loaded.wait(20'000);
    }
    // A saved account loaded, then loaded again with a session nobody has looked at ("NEWCOMER"); then the
    // server stops answering, as at a start while it cannot be reached. How many sessions it listed (-1: the
    // loads failed).
    qsizetype storedWithANewcomer()
    {
        if (!load(true))
            return -1;
        server->account().addDevice(QStringLiteral("NEWCOMER"), QStringLiteral("Someone's phone"));
        if (!reload())
            return -1;
        server.neverAnswer(QStringLiteral("/_matrix/client/v3/devices"));
        return controller.snapshot()->devices.size();
    }
    HistoryAccount account() { return {CanonicalBaseUrl::of(server.baseUrl()), server->account().userId()}; }
    QString other(int i = 1) { return server->account().devices().at(i).id; }
    HistorySession::RemovedHow removedHow(const QString& deviceId)
    {
        const QList<HistorySession> all = history.sessions(account());
        for (const HistorySession& session : all) {
            if (session.deviceId == deviceId)
                return session.removedHow;
        }
        return HistorySession::RemovedHow::NotRemoved;
    }

    QTemporaryDir dir;
    TestServer server;
    HttpClient http;
    MetadataService metadata;
    HistoryStore history;
    RecordingUrlOpener opener;
    RecordingPrompts prompts;
    AccountController controller;
};

} // namespace

class TestControllerHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyLoadIsRecorded();
    void anUnchangedLoadWritesNothing();
    void handOffSignOutIsRecordedAsGatehouses();
    void dismissedSignOutIsRecordedAsVanished();
    void cleanUpRunIsRecordedAsGatehouses();
    void nativeSignOutIsRecordedAsGatehouses();
    void newSessionsAreMarkedUntilAcknowledged();
    void savedAccountShowsItsStoredListBeforeTheServerAnswers();
    void storedListReadAheadByTheRecorderIsTheOneShown();
    void withoutHistoryNothingIsNew();
    // The window's way: loads recorded on the recorder's thread.
    void recorderWritesEachLoadAndTheMarksFollow();
    void acknowledgingDuringARecordingSticks();
    void signOutMarkWaitsForTheRecordingOfItsSession();
    void recorderFinishesItsJobsBeforeItGoes();
    void recorderPutsItsRecordingIntoTheFileItself();
};

void TestControllerHistory::everyLoadIsRecorded()
{
    Fixture f;
    QVERIFY(f.load());
    // The first look is written once the list is shown.
    QTRY_VERIFY_WITH_TIMEOUT(f.history.hasHistory(f.controller.historyAccount()), 10'000);
    QCOMPARE(f.history.presentDevices(f.account()).size(), f.server->account().devices().size());
    QVERIFY(f.controller.newSessions().isEmpty()); // the first look is the baseline
    QVERIFY(f.controller.lastUpdated().isValid());
}

void TestControllerHistory::anUnchangedLoadWritesNothing()
{
    Fixture f;
    // The same list at every load (the demo server would move this session's last_seen_ts each time).
    const QByteArray devices =
        R"({"devices":[{"device_id":")" + f.server->account().currentDeviceId().toUtf8() +
        R"(","display_name":"This one","last_seen_ts":1796521345123,"last_seen_ip":"10.0.0.1"},)"
        R"({"device_id":"OTHER","display_name":"Phone","last_seen_ts":1796521000000,)"
        R"("last_seen_ip":"10.0.0.2"}]})";
    f.server.answer(QStringLiteral("/_matrix/client/v3/devices"), 200, devices);
    QVERIFY(f.load());
    QTRY_COMPARE_WITH_TIMEOUT(f.history.presentDevices(f.account()).size(), 2, 10'000);
    // The first load also remembers the account's identity (its master key) once the keys are checked.
    QTRY_VERIFY_WITH_TIMEOUT(f.controller.recognition().answered, 10'000);
    const QDateTime changed = f.history.lastChangeAt(f.account());
    const QDateTime firstUpdate = f.controller.lastUpdated();
    const QString wal = f.history.path() + QStringLiteral("-wal");
    const qint64 walSize = QFileInfo(wal).size();
    QVERIFY(walSize > 0);
    QVERIFY(f.reload());
    QCOMPARE(f.history.lastChangeAt(f.account()), changed);
    QCOMPARE(QFileInfo(wal).size(), walSize);           // not a byte written
    QVERIFY(f.controller.lastUpdated() >= firstUpdate); // kept in the settings instead
}

void TestControllerHistory::handOffSignOutIsRecordedAsGatehouses()
{
    Fixture f;
    QVERIFY(f.load());
    const QString device = f.other();
    f.controller.runRowAction(device, RowAction::SignOut);
    QVERIFY(f.controller.isWaiting(device));
    QVERIFY(f.server->account().removeDevice(device));
    QVERIFY(f.reload());
    QCOMPARE(f.removedHow(device), HistorySession::RemovedHow::SignedOutByGatehouse);
}

void TestControllerHistory::dismissedSignOutIsRecordedAsVanished()
{
    Fixture f;
    QVERIFY(f.load());
    const QString device = f.other();
    f.controller.runRowAction(device, RowAction::SignOut);
    f.controller.dismissWaiting(device);
    QVERIFY(f.server->account().removeDevice(device)); // someone else, elsewhere
    QVERIFY(f.reload());
    QCOMPARE(f.removedHow(device), HistorySession::RemovedHow::Vanished);
}

void TestControllerHistory::cleanUpRunIsRecordedAsGatehouses()
{
    Fixture f;
    QVERIFY(f.load());
    const QString first = f.other(1);
    const QString second = f.other(2);
    f.controller.signOutSessions({first, second});
    QVERIFY(f.controller.cleanup());
    QVERIFY(f.server->account().removeDevice(first));
    QVERIFY(f.reload());
    f.controller.cleanup()->queue()->stop(); // the second was never confirmed
    QVERIFY(!f.controller.cleanup());
    QVERIFY(f.server->account().removeDevice(second)); // then gone some other way
    QVERIFY(f.reload());
    QCOMPARE(f.removedHow(first), HistorySession::RemovedHow::SignedOutByGatehouse);
    QCOMPARE(f.removedHow(second), HistorySession::RemovedHow::Vanished);
    CleanupRun::discardLeftover(*f.controller.snapshot());
}

void TestControllerHistory::nativeSignOutIsRecordedAsGatehouses()
{
    DemoOptions classic;
    classic.metadata = DemoOptions::Metadata::None;
    Fixture f(classic);
    QVERIFY(f.load());
    QVERIFY(f.controller.actions().signsOutNatively());
    const QString device = f.other();
    f.prompts.onPassword = [](bool retry) {
        return retry ? std::optional<QString>() : std::optional<QString>(QStringLiteral("demo-password"));
    };
    QSignalSpy signedOut(&f.controller, &AccountController::sessionsSignedOut);
    QSignalSpy loaded(&f.controller, &AccountController::loaded);
    f.controller.runRowAction(device, RowAction::SignOut);
    QVERIFY(signedOut.wait(20'000));
    QVERIFY(loaded.wait(20'000)); // the refresh after the sign-out
    QCOMPARE(f.removedHow(device), HistorySession::RemovedHow::SignedOutByGatehouse);
}

void TestControllerHistory::newSessionsAreMarkedUntilAcknowledged()
{
    Fixture f;
    QVERIFY(f.load());
    f.server->account().addDevice(QStringLiteral("NEWCOMER"), QStringLiteral("Someone's phone"));
    QSignalSpy changed(&f.controller, &AccountController::newSessionsChanged);
    QVERIFY(f.reload());
    QCOMPARE(changed.size(), 1);
    QVERIFY(f.controller.isNew(QStringLiteral("NEWCOMER")));
    QCOMPARE(f.controller.newSessions().size(), 1);
    f.controller.acknowledge(QStringLiteral("NEWCOMER"));
    QVERIFY(!f.controller.isNew(QStringLiteral("NEWCOMER")));
    QCOMPARE(changed.size(), 2);
    QVERIFY(f.history.newSessions(f.account()).isEmpty()); // remembered for the next start
}

void TestControllerHistory::savedAccountShowsItsStoredListBeforeTheServerAnswers()
{
    Fixture f;
    const qsizetype known = f.storedWithANewcomer();
    QVERIFY(known > 0);

    // The next start: the server does not answer at all.
    QSignalSpy stored(&f.controller, &AccountController::storedListShown);
    QSignalSpy started(&f.controller, &AccountController::loadStarted);
    f.controller.expectAccount(f.account());
    f.controller.setSession(f.newSession(), true);
    QCOMPARE(stored.size(), 1);
    QVERIFY(f.controller.showsStoredList());
    QVERIFY(!f.controller.snapshot());
    QCOMPARE(f.controller.storedDevices().size(), known);
    QVERIFY(f.controller.isNew(QStringLiteral("NEWCOMER"))); // not looked at yet
    QVERIFY(f.controller.lastUpdated().isValid());
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.first().at(0).toBool(), false); // no loading page: the list is there
}

// The launcher asks the recorder to read a saved account's stored list while the window is built
// (HistoryRecorder::readStoredList); the controller shows that list, and reads it itself for any other
// account.
void TestControllerHistory::storedListReadAheadByTheRecorderIsTheOneShown()
{
    Fixture f;
    const qsizetype known = f.storedWithANewcomer();
    QVERIFY(known > 0);

    HistoryRecorder recorder(f.history.path());
    f.controller.setHistoryRecorder(&recorder);
    recorder.readStoredList(f.account());
    recorder.waitForIdle();
    // Written after the read ahead: the list shown is the one read ahead, not read again.
    QList<gatehouse::Device> later = f.controller.snapshot()->devices;
    gatehouse::Device late;
    late.id = QStringLiteral("LATE");
    later.append(late);
    QVERIFY(f.history.recordRefresh(f.account(), later, QDateTime::currentDateTimeUtc()).wrote);

    QSignalSpy stored(&f.controller, &AccountController::storedListShown);
    f.controller.expectAccount(f.account());
    f.controller.setSession(f.newSession(), true);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(f.controller.storedDevices().size(), known);
    QVERIFY(f.controller.isNew(QStringLiteral("NEWCOMER")));

    // Asked for another account: this one is read here, with the late session.
    recorder.readStoredList({f.account().baseUrl, QStringLiteral("@someone-else:example.org")});
    f.controller.expectAccount(f.account());
    f.controller.setSession(f.newSession(), true);
    QCOMPARE(stored.size(), 2);
    QCOMPARE(f.controller.storedDevices().size(), known + 1);
    QVERIFY(!recorder.takeStoredList(f.account())); // taken (and dropped) by the controller
}

void TestControllerHistory::withoutHistoryNothingIsNew()
{
    Fixture f;
    f.controller.setHistory(nullptr);
    QVERIFY(f.load(true));
    f.server->account().addDevice(QStringLiteral("NEWCOMER"), QStringLiteral("Someone's phone"));
    QVERIFY(f.reload());
    QVERIFY(f.controller.newSessions().isEmpty());
    QVERIFY(!f.history.hasHistory(f.account()));
}

void TestControllerHistory::recorderWritesEachLoadAndTheMarksFollow()
{
    Fixture f;
    HistoryRecorder recorder(f.history.path());
    f.controller.setHistoryRecorder(&recorder);
    QVERIFY(f.load());
    recorder.waitForIdle();
    QCOMPARE(f.history.sessions(f.account()).size(), f.server->account().devices().size());

    f.server->account().addDevice(QStringLiteral("NEWCOMER"), QStringLiteral("Someone's phone"));
    QSignalSpy changed(&f.controller, &AccountController::newSessionsChanged);
    QVERIFY(f.reload());
    // The list is in before its recording: the mark arrives with it.
    QVERIFY(changed.wait(20'000));
    QVERIFY(f.controller.isNew(QStringLiteral("NEWCOMER")));
    QCOMPARE(f.history.newSessions(f.account()), QStringList{QStringLiteral("NEWCOMER")});
}

void TestControllerHistory::acknowledgingDuringARecordingSticks()
{
    Fixture f;
    HistoryRecorder recorder(f.history.path());
    f.controller.setHistoryRecorder(&recorder);
    QVERIFY(f.load());
    f.server->account().addDevice(QStringLiteral("NEWCOMER"), QStringLiteral("Someone's phone"));
    QVERIFY(f.reload());
    // Looked at before the recording's marks came back (as the window's first row can be).
    f.controller.acknowledge(QStringLiteral("NEWCOMER"));
    QTRY_VERIFY(!recorder.isBusy());
    QVERIFY(!f.controller.isNew(QStringLiteral("NEWCOMER")));
    QVERIFY(f.history.newSessions(f.account()).isEmpty());
}

void TestControllerHistory::signOutMarkWaitsForTheRecordingOfItsSession()
{
    Fixture f;
    HistoryRecorder recorder(f.history.path());
    f.controller.setHistoryRecorder(&recorder);
    QVERIFY(f.load());
    f.server->account().addDevice(QStringLiteral("NEWCOMER"), QStringLiteral("Someone's phone"));
    QVERIFY(f.reload());
    // Signed out by hand-off at once: the mark needs the row the recording is writing.
    f.controller.runRowAction(QStringLiteral("NEWCOMER"), RowAction::SignOut);
    QVERIFY(f.controller.isWaiting(QStringLiteral("NEWCOMER")));
    QVERIFY(f.server->account().removeDevice(QStringLiteral("NEWCOMER")));
    QVERIFY(f.reload());
    recorder.waitForIdle();
    QCOMPARE(f.removedHow(QStringLiteral("NEWCOMER")), HistorySession::RemovedHow::SignedOutByGatehouse);
}

void TestControllerHistory::recorderFinishesItsJobsBeforeItGoes()
{
    Fixture f;
    {
        HistoryRecorder recorder(f.history.path());
        f.controller.setHistoryRecorder(&recorder);
        QVERIFY(f.load());
        f.controller.setHistoryRecorder(nullptr);
    } // nothing waited for: the destructor does
    QCOMPARE(f.history.sessions(f.account()).size(), f.server->account().devices().size());
}

// The recorder copies what it wrote from SQLite's write-ahead log into the history file itself, on its own
// thread: otherwise the last connection to close would, and that is the window's, as Gatehouse exits.
void TestControllerHistory::recorderPutsItsRecordingIntoTheFileItself()
{
    Fixture f;
    HistoryRecorder recorder(f.history.path());
    f.controller.setHistoryRecorder(&recorder);
    QVERIFY(f.load());
    recorder.waitForIdle();
    // The file without its -wal and -shm: only what a checkpoint put there. Both connections are still open,
    // so neither has checkpointed on closing.
    const QString fileAlone = f.dir.filePath(QStringLiteral("file-alone.sqlite"));
    QVERIFY(QFile::copy(f.history.path(), fileAlone));
    HistoryStore copy(fileAlone);
    QCOMPARE(copy.open(), HistoryStore::State::Open);
    QCOMPARE(copy.sessions(f.account()).size(), f.server->account().devices().size());
}

QTEST_GUILESS_MAIN(TestControllerHistory)
#include "tst_ControllerHistory.moc"
