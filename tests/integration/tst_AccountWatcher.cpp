// Watching an account (app/watch/AccountWatcher) against the demo homeserver on loopback: the baseline rule,
// new and reused sessions, sessions that go away, back-off and recovery, a poll at once on wake-up or when
// the network comes back, one signed_out on a revoked sign-in, one timer between polls and no connection
// kept open. Polls are driven by pollNow() or the wake signals; the interval is long enough that the timer
// never fires here.
#include "TestServer.h"

#include "auth/TokenSource.h"
#include "history/HistoryStore.h"
#include "matrix/AccountSession.h"
#include "matrix/MetadataService.h"
#include "network/HttpClient.h"
#include "watch/AccountWatcher.h"
#include "watch/WakeSignals.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace gatehouse;
using namespace gatehouse::test;

namespace {

const QString DevicesPath = QStringLiteral("/_matrix/client/v3/devices");
constexpr qint64 LongIntervalMs = 600'000;

struct Fixture
{
    explicit Fixture(bool withStore = true)
        : metadata(&http)
    {
        if (withStore) {
            store = std::make_unique<HistoryStore>(dir.filePath("history.sqlite"));
            store->open();
        }
        session = new AccountSession(&http, &metadata, server.baseUrl(),
                                     std::make_shared<StaticTokenSource>(server.token()));
        makeWatcher();
    }
    ~Fixture()
    {
        delete watcher;
        delete session;
    }

    void makeWatcher()
    {
        delete watcher;
        watcher = new AccountWatcher(session, store.get());
        watcher->setIntervalMs(LongIntervalMs);
        watcher->setRandomSource([] { return 0.5; }); // no jitter
        watcher->setWakeSignals(&wake);
        events = std::make_unique<QSignalSpy>(watcher, &AccountWatcher::eventOccurred);
        polls = std::make_unique<QSignalSpy>(watcher, &AccountWatcher::pollFinished);
    }

    // Starts (or polls now) and waits for that poll to finish.
    bool poll()
    {
        const qsizetype before = polls->size();
        if (watcher->state() == AccountWatcher::State::Stopped)
            watcher->start();
        else
            watcher->pollNow();
        return QTest::qWaitFor([&] { return polls->size() > before; }, 20'000);
    }

    QList<WatchEvent> takeEvents()
    {
        QList<WatchEvent> result;
        for (const QList<QVariant>& arguments : std::as_const(*events))
            result.append(arguments.at(0).value<WatchEvent>());
        events->clear();
        return result;
    }

    HistoryAccount account() { return {server.baseUrl(), server->account().userId()}; }

    QTemporaryDir dir;
    TestServer server;
    HttpClient http;
    MetadataService metadata;
    std::unique_ptr<HistoryStore> store;
    AccountSession* session = nullptr;
    WakeSignals wake;
    AccountWatcher* watcher = nullptr;
    std::unique_ptr<QSignalSpy> events;
    std::unique_ptr<QSignalSpy> polls;
};

} // namespace

Q_DECLARE_METATYPE(gatehouse::WatchEvent)

class TestAccountWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<WatchEvent>(); }
    void firstPollWithoutHistoryIsABaseline();
    void firstPollWithoutAStoreIsAnInMemoryBaseline();
    void newSessionIsReported();
    void newSessionIsReportedWithoutAStore();
    void firstPollComparesWithTheHistory();
    void reusedDeviceIdAfterDisappearanceIsNew();
    void sessionEndedByGatehouseIsToldApartFromOneThatVanished();
    void pollsOnlyTheDeviceList();
    void failureBacksOffThenRecovers();
    void backOffStopsAtAnHour();
    void wakeUpPollsAtOnce();
    void networkBackPollsAtOnce();
    void pollNowDuringAPollPollsOnceMore();
    void revokedSignInIsReportedOnceAndStops();
    void oneTimerBetweenPolls();
    void connectionClosesAfterEachPoll();
    void stopDisarmsTheTimer();
};

void TestAccountWatcher::firstPollWithoutHistoryIsABaseline()
{
    Fixture f;
    QVERIFY(f.poll());
    QVERIFY(f.takeEvents().isEmpty());
    QVERIFY(f.store->hasHistory(f.account()));
    QCOMPARE(f.watcher->userId(), f.server->account().userId());
}

void TestAccountWatcher::firstPollWithoutAStoreIsAnInMemoryBaseline()
{
    Fixture f(false);
    QVERIFY(f.poll());
    QVERIFY(f.takeEvents().isEmpty());
    QVERIFY(f.poll());
    QVERIFY(f.takeEvents().isEmpty());
}

void TestAccountWatcher::newSessionIsReported()
{
    Fixture f;
    QVERIFY(f.poll());
    f.server->account().addDevice("NEWPHONE", "Element on iPhone");
    f.server->account().touch("NEWPHONE", "203.0.113.9", QDateTime::currentDateTimeUtc());
    QVERIFY(f.poll());
    const QList<WatchEvent> events = f.takeEvents();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].kind, WatchEvent::Kind::SessionAdded);
    QCOMPARE(events[0].device->id, "NEWPHONE");
    QCOMPARE(events[0].device->displayName, std::optional<QString>("Element on iPhone"));
    QCOMPARE(events[0].device->lastSeenIp, std::optional<QString>("203.0.113.9"));
    QCOMPARE(events[0].userId, f.server->account().userId());
    QCOMPARE(events[0].baseUrl, f.server.baseUrl());
    QVERIFY(!events[0].cameBack);
    QCOMPARE(events[0].time.timeSpec(), Qt::UTC);
    // Seen once: the next poll reports nothing.
    QVERIFY(f.poll());
    QVERIFY(f.takeEvents().isEmpty());
}

void TestAccountWatcher::newSessionIsReportedWithoutAStore()
{
    Fixture f(false);
    QVERIFY(f.poll());
    f.server->account().addDevice("NEWLAPTOP", "Firefox on Windows");
    QVERIFY(f.poll());
    const QList<WatchEvent> events = f.takeEvents();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].kind, WatchEvent::Kind::SessionAdded);
    QCOMPARE(events[0].device->id, "NEWLAPTOP");
}

void TestAccountWatcher::firstPollComparesWithTheHistory()
{
    Fixture f;
    // An earlier run recorded the list; a session signed in while nothing watched.
    QVERIFY(
        f.store->recordRefresh(f.account(), f.server->account().devices(), QDateTime::currentDateTimeUtc())
            .ok);
    const QString gone = f.server->account().devices().at(2).id;
    QVERIFY(f.server->account().removeDevice(gone));
    f.server->account().addDevice("WHILEAWAY", "Chrome on Linux");
    QVERIFY(f.poll());
    const QList<WatchEvent> events = f.takeEvents();
    QCOMPARE(events.size(), 2);
    QCOMPARE(events[0].kind, WatchEvent::Kind::SessionRemoved);
    QCOMPARE(events[0].device->id, gone);
    QVERIFY(events[0].device->displayName.has_value()); // the details come from the history
    QCOMPARE(events[1].kind, WatchEvent::Kind::SessionAdded);
    QCOMPARE(events[1].device->id, "WHILEAWAY");
}

void TestAccountWatcher::reusedDeviceIdAfterDisappearanceIsNew()
{
    Fixture f;
    QVERIFY(f.poll());
    const Device reused = f.server->account().devices().at(3);
    QVERIFY(f.server->account().removeDevice(reused.id));
    QVERIFY(f.poll());
    QList<WatchEvent> events = f.takeEvents();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].kind, WatchEvent::Kind::SessionRemoved);
    QCOMPARE(events[0].removedHow, HistorySession::RemovedHow::Vanished);
    QCOMPARE(events[0].device, std::optional<Device>(reused));

    f.server->account().addDevice(reused.id, "Someone else's laptop");
    QVERIFY(f.poll());
    events = f.takeEvents();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].kind, WatchEvent::Kind::SessionAdded);
    QCOMPARE(events[0].device->id, reused.id);
    QVERIFY(events[0].cameBack);
}

void TestAccountWatcher::sessionEndedByGatehouseIsToldApartFromOneThatVanished()
{
    Fixture f;
    QVERIFY(f.poll());
    const QString ended = f.server->account().devices().at(1).id;
    const QString vanished = f.server->account().devices().at(2).id;
    QVERIFY(f.store->markSignedOutByGatehouse(f.account(), {ended}, QDateTime::currentDateTimeUtc()));
    QVERIFY(f.server->account().removeDevice(ended));
    QVERIFY(f.server->account().removeDevice(vanished));
    QVERIFY(f.poll());
    const QList<WatchEvent> events = f.takeEvents();
    QCOMPARE(events.size(), 2);
    QHash<QString, HistorySession::RemovedHow> how;
    for (const WatchEvent& event : events) {
        QCOMPARE(event.kind, WatchEvent::Kind::SessionRemoved);
        how.insert(event.device->id, event.removedHow);
    }
    QCOMPARE(how.value(ended), HistorySession::RemovedHow::SignedOutByGatehouse);
    QCOMPARE(how.value(vanished), HistorySession::RemovedHow::Vanished);
}

void TestAccountWatcher::pollsOnlyTheDeviceList()
{
    Fixture f;
    QVERIFY(f.poll());
    f.server->resetStatistics();
    QVERIFY(f.poll());
    QVERIFY(f.poll());
    QCOMPARE(f.server->requestLog(), QStringList({"GET " + DevicesPath, "GET " + DevicesPath}));
}

void TestAccountWatcher::failureBacksOffThenRecovers()
{
    Fixture f;
    QVERIFY(f.poll());
    QCOMPARE(f.watcher->nextDelayMs(), LongIntervalMs);

    f.server.answer(DevicesPath, 502, "{}");
    QVERIFY(f.poll());
    QList<WatchEvent> events = f.takeEvents();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].kind, WatchEvent::Kind::Error);
    QVERIFY(!events[0].message.isEmpty());
    QCOMPARE(f.watcher->state(), AccountWatcher::State::BackingOff);
    QCOMPARE(f.watcher->failures(), 1);
    QCOMPARE(f.watcher->nextDelayMs(), 2 * LongIntervalMs);
    QVERIFY(!f.watcher->lastProblem().isEmpty());
    QVERIFY(f.poll());
    QCOMPARE(f.watcher->nextDelayMs(), 4 * LongIntervalMs);
    f.takeEvents();

    f.server->setOverride(DevicesPath, {});
    QVERIFY(f.poll());
    QVERIFY(f.takeEvents().isEmpty());
    QCOMPARE(f.watcher->state(), AccountWatcher::State::Waiting);
    QCOMPARE(f.watcher->failures(), 0);
    QCOMPARE(f.watcher->nextDelayMs(), LongIntervalMs);
    QVERIFY(f.watcher->lastProblem().isEmpty());
}

void TestAccountWatcher::backOffStopsAtAnHour()
{
    WatchSchedule schedule(300'000, [] { return 0.5; });
    const QList<qint64> expected{300'000, 600'000, 1'200'000, 2'400'000, 3'600'000, 3'600'000};
    for (const qint64 delay : expected) {
        QCOMPARE(schedule.nextDelayMs(), delay);
        schedule.recordFailure();
    }
    schedule.recordSuccess();
    QCOMPARE(schedule.nextDelayMs(), 300'000);
    // The jitter stays within 5 % either way.
    QCOMPARE(WatchSchedule(300'000, [] { return 0.0; }).nextDelayMs(), 285'000);
    QCOMPARE(WatchSchedule(300'000, [] { return 0.999999; }).nextDelayMs() / 1000, 314);
}

void TestAccountWatcher::wakeUpPollsAtOnce()
{
    Fixture f;
    QVERIFY(f.poll());
    f.server->resetStatistics();
    const qsizetype before = f.polls->size();
    Q_EMIT f.wake.wokeUp();
    QTRY_VERIFY_WITH_TIMEOUT(f.polls->size() > before, 20'000);
    QCOMPARE(f.server->requestCount(DevicesPath), 1);
}

void TestAccountWatcher::networkBackPollsAtOnce()
{
    Fixture f;
    f.server.answer(DevicesPath, 503, "{}");
    QVERIFY(f.poll());
    QCOMPARE(f.watcher->state(), AccountWatcher::State::BackingOff);
    f.server->setOverride(DevicesPath, {});
    const qsizetype before = f.polls->size();
    Q_EMIT f.wake.networkBack();
    QTRY_VERIFY_WITH_TIMEOUT(f.polls->size() > before, 20'000);
    QCOMPARE(f.watcher->state(), AccountWatcher::State::Waiting);
    QCOMPARE(f.watcher->failures(), 0);
}

void TestAccountWatcher::pollNowDuringAPollPollsOnceMore()
{
    Fixture f;
    QVERIFY(f.poll());
    f.server->resetStatistics();
    const qsizetype before = f.polls->size();
    f.watcher->pollNow();
    QCOMPARE(f.watcher->state(), AccountWatcher::State::Polling);
    f.watcher->pollNow();
    f.watcher->pollNow();
    QTRY_VERIFY_WITH_TIMEOUT(f.polls->size() >= before + 2, 20'000);
    QTRY_COMPARE_WITH_TIMEOUT(f.watcher->state(), AccountWatcher::State::Waiting, 20'000);
    QCOMPARE(f.server->requestCount(DevicesPath), 2);
}

void TestAccountWatcher::revokedSignInIsReportedOnceAndStops()
{
    Fixture f;
    QVERIFY(f.poll());
    f.server->account().revokeToken(f.server.token());
    QVERIFY(f.poll());
    const QList<WatchEvent> events = f.takeEvents();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].kind, WatchEvent::Kind::SignedOut);
    QVERIFY(!events[0].message.isEmpty());
    QCOMPARE(f.watcher->state(), AccountWatcher::State::SignedOut);
    QVERIFY(!f.watcher->isTimerActive());
    // Nothing more: no poll, no second event.
    f.server->resetStatistics();
    f.watcher->pollNow();
    Q_EMIT f.wake.wokeUp();
    f.watcher->start();
    QCOMPARE(f.watcher->state(), AccountWatcher::State::SignedOut);
    QCOMPARE(f.server->requestCount(DevicesPath), 0);
    QVERIFY(f.takeEvents().isEmpty());
}

void TestAccountWatcher::oneTimerBetweenPolls()
{
    Fixture f;
    QVERIFY(f.poll());
    QVERIFY(f.poll());
    QCOMPARE(f.watcher->state(), AccountWatcher::State::Waiting);
    int active = 0;
    const QList<QTimer*> timers = f.watcher->findChildren<QTimer*>();
    for (const QTimer* timer : timers)
        active += timer->isActive() ? 1 : 0;
    QCOMPARE(active, 1);
    QVERIFY(f.watcher->isTimerActive());
}

void TestAccountWatcher::connectionClosesAfterEachPoll()
{
    // Polls are minutes apart: a connection kept alive would be closed by Qt two minutes later, a wake-up
    // between polls. Each poll's connection closes once the poll is done instead.
    Fixture f;
    QVERIFY(f.poll());
    QVERIFY(QTest::qWaitFor([&] { return f.server->openConnections() == 0; }, 20'000));
    const int afterFirst = f.server->connectionsSeen();
    QVERIFY(afterFirst >= 1);
    QVERIFY(f.poll());
    QVERIFY(QTest::qWaitFor([&] { return f.server->openConnections() == 0; }, 20'000));
    QVERIFY(f.server->connectionsSeen() > afterFirst);
}

void TestAccountWatcher::stopDisarmsTheTimer()
{
    Fixture f;
    QVERIFY(f.poll());
    f.watcher->stop();
    QCOMPARE(f.watcher->state(), AccountWatcher::State::Stopped);
    QVERIFY(!f.watcher->isTimerActive());
    Q_EMIT f.wake.wokeUp(); // paused: a wake-up does not poll
    QCOMPARE(f.watcher->state(), AccountWatcher::State::Stopped);
    QVERIFY(f.poll()); // start() resumes with a poll
    QCOMPARE(f.watcher->state(), AccountWatcher::State::Waiting);
}

QTEST_GUILESS_MAIN(TestAccountWatcher)
#include "tst_AccountWatcher.moc"
