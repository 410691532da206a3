// The keys and client information in the account's one round trip (AccountLoader, AccountSession,
// AccountController): both requests go out with whoami, the device list and the metadata when the user ID
// is known (right after whoami otherwise), exactly once per load, never once per session; the list arrives
// first and the states fill in; a failed keys request makes every state unknown and is asked again with
// the next refresh; the account's identity is remembered in the history store and a new one waits to be
// accepted.
#include "RecordingPrompts.h"
#include "RecordingUrlOpener.h"
#include "TestServer.h"

#include "account/AccountController.h"
#include "account/Recognition.h"
#include "auth/TokenSource.h"
#include "demo/DemoKeys.h"
#include "history/HistoryStore.h"
#include "matrix/AccountSession.h"
#include "matrix/MetadataService.h"
#include "network/HttpClient.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;

namespace {

const QString KeysPath = QStringLiteral("/_matrix/client/v3/keys/query");
const QString SyncPath = QStringLiteral("/_matrix/client/v3/sync");
const QString DevicesPath = QStringLiteral("/_matrix/client/v3/devices");
constexpr int WaitMs = 20'000;

struct Fixture
{
    Fixture()
        : metadata(&http)
        , controller(&opener, &prompts)
    {
        // Every event in the order it came: the list first, the states after.
        QObject::connect(&controller, &AccountController::snapshotChanged, &controller,
                         [this] { events.append(QStringLiteral("snapshot")); });
        QObject::connect(&controller, &AccountController::recognitionChanged, &controller, [this] {
            if (controller.recognition().answered)
                events.append(QStringLiteral("recognition"));
        });
    }

    AccountSession* session()
    {
        return new AccountSession(&http, &metadata, server.baseUrl(),
                                  std::make_shared<StaticTokenSource>(server.token()));
    }
    bool recognized(int count = 1)
    {
        return QTest::qWaitFor([this, count] { return events.count(QStringLiteral("recognition")) >= count; },
                               WaitMs);
    }
    EncryptionState stateAt(qsizetype index)
    {
        return controller.recognition().encryption(server->account().devices().at(index).id);
    }
    static qsizetype indexOf(DemoKeys::Kind kind)
    {
        for (qsizetype i = 0; i < 12; ++i) {
            if (DemoKeys::kindAt(i) == kind)
                return i;
        }
        return -1;
    }

    TestServer server;
    HttpClient http;
    MetadataService metadata;
    RecordingUrlOpener opener;
    RecordingPrompts prompts;
    AccountController controller;
    QStringList events;
};

} // namespace

class TestAccountRecognition : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownUserSendsEverythingAtOnce();
    void unknownUserAsksForTheKeysAfterWhoami();
    void listComesFirstThenTheStates();
    void prefetchBringsTheRecognitionToTheLoadThatTakesIt_data();
    void prefetchBringsTheRecognitionToTheLoadThatTakesIt();
    void oneKeysQueryAndOneSyncPerLoad();
    void failedKeysRequestMeansUnknownUntilTheNextRefresh();
    void firstIdentityIsRememberedAndAChangeWaitsForAcceptance();
    void withoutAStoreTheKeySeenIsTaken();
};

void TestAccountRecognition::knownUserSendsEverythingAtOnce()
{
    TestServer server;
    server->setLatencyMs(500); // long enough for all five to be under way together on a busy machine
    HttpClient http;
    MetadataService metadata(&http);
    AccountSession session(&http, &metadata, server.baseUrl(),
                           std::make_shared<StaticTokenSource>(server.token()));
    session.setKnownUserId(server->account().userId());
    bool snapshot = false;
    std::optional<RecognitionAnswer> answer;
    QObject context;
    session.load(
        &context, [&snapshot](const Result<AccountSnapshot>& result) { snapshot = result.ok(); },
        [&answer](const RecognitionAnswer& recognition) { answer = recognition; });
    QVERIFY(QTest::qWaitFor([&answer] { return answer.has_value(); }, WaitMs));
    QVERIFY(snapshot);
    QVERIFY(answer->keys && answer->keys->ok());
    QVERIFY(answer->clients && answer->clients->ok());
    QCOMPARE(server->requestCount(KeysPath), 1);
    QCOMPARE(server->requestCount(SyncPath), 1);
    // whoami, devices, metadata, keys and sync were all waiting for their answers at the same moment.
    QCOMPARE(server->maxInFlight(), 5);
}

void TestAccountRecognition::unknownUserAsksForTheKeysAfterWhoami()
{
    TestServer server;
    HttpClient http;
    MetadataService metadata(&http);
    AccountSession session(&http, &metadata, server.baseUrl(),
                           std::make_shared<StaticTokenSource>(server.token()));
    QVERIFY(session.knownUserId().isEmpty());
    std::optional<RecognitionAnswer> answer;
    QObject context;
    session.load(
        &context, [](const Result<AccountSnapshot>&) {},
        [&answer](const RecognitionAnswer& recognition) { answer = recognition; });
    QVERIFY(QTest::qWaitFor([&answer] { return answer.has_value(); }, WaitMs));
    QCOMPARE(answer->userId, server->account().userId());
    QVERIFY(answer->keys && answer->keys->ok());
    QCOMPARE(server->requestCount(KeysPath), 1);
    // The next load knows whom to ask for.
    QCOMPARE(session.knownUserId(), server->account().userId());
}

void TestAccountRecognition::prefetchBringsTheRecognitionToTheLoadThatTakesIt_data()
{
    QTest::addColumn<bool>("afterThePrefetch");
    QTest::newRow("asked while the prefetch is under way") << false;
    QTest::newRow("asked after the prefetch answered") << true;
}

void TestAccountRecognition::prefetchBringsTheRecognitionToTheLoadThatTakesIt()
{
    QFETCH(bool, afterThePrefetch);
    TestServer server;
    HttpClient http;
    MetadataService metadata(&http);
    AccountSession session(&http, &metadata, server.baseUrl(),
                           std::make_shared<StaticTokenSource>(server.token()));
    session.prefetch();
    if (afterThePrefetch)
        QVERIFY(QTest::qWaitFor([&server] { return server->requestCount(SyncPath) == 1; }, WaitMs));
    QStringList order;
    std::optional<RecognitionAnswer> answer;
    QObject context;
    session.load(
        &context, [&order](const Result<AccountSnapshot>&) { order.append(QStringLiteral("snapshot")); },
        [&order, &answer](const RecognitionAnswer& recognition) {
            order.append(QStringLiteral("recognition"));
            answer = recognition;
        });
    QVERIFY(QTest::qWaitFor([&answer] { return answer.has_value(); }, WaitMs));
    QCOMPARE(order, (QStringList{"snapshot", "recognition"}));
    QVERIFY(answer->keys && answer->keys->ok());
    QCOMPARE(server->requestCount(KeysPath), 1);
    QCOMPARE(server->requestCount(SyncPath), 1);
}

void TestAccountRecognition::listComesFirstThenTheStates()
{
    Fixture f;
    f.server->setLatencyMs(50);
    f.controller.setSession(f.session(), false);
    QVERIFY(f.recognized());
    QCOMPARE(f.events, (QStringList{"snapshot", "recognition"}));
    const Recognition& recognition = f.controller.recognition();
    QVERIFY(recognition.trust.keysKnown);
    QVERIFY(recognition.clientsKnown);
    QCOMPARE(f.stateAt(f.indexOf(DemoKeys::Kind::CrossSigned)), EncryptionState::CrossSigned);
    QCOMPARE(f.stateAt(f.indexOf(DemoKeys::Kind::NotCrossSigned)), EncryptionState::NotCrossSigned);
    QCOMPARE(f.stateAt(f.indexOf(DemoKeys::Kind::NoKeys)), EncryptionState::NoKeys);
    QCOMPARE(f.stateAt(f.indexOf(DemoKeys::Kind::BrokenSignature)), EncryptionState::InvalidKeys);
    QCOMPARE(recognition.client(f.server->account().currentDeviceId())->name,
             std::optional<QString>(QStringLiteral("Gatehouse")));
}

void TestAccountRecognition::oneKeysQueryAndOneSyncPerLoad()
{
    Fixture f;
    f.server->account().populate(200, QDateTime::currentDateTimeUtc());
    f.controller.setSession(f.session(), false);
    QVERIFY(f.recognized());
    QCOMPARE(f.server->requestCount(KeysPath), 1);
    QCOMPARE(f.server->requestCount(SyncPath), 1);
    f.controller.refresh();
    QVERIFY(f.recognized(2));
    QCOMPARE(f.server->requestCount(DevicesPath), 2);
    QCOMPARE(f.server->requestCount(KeysPath), 2);
    QCOMPARE(f.server->requestCount(SyncPath), 2);
}

void TestAccountRecognition::failedKeysRequestMeansUnknownUntilTheNextRefresh()
{
    Fixture f;
    f.server.answer(KeysPath, 500, R"({"errcode":"M_UNKNOWN","error":"Internal server error"})");
    QSignalSpy status(&f.controller, &AccountController::statusChanged);
    f.controller.setSession(f.session(), false);
    QVERIFY(f.recognized());
    QVERIFY(f.controller.snapshot());
    QVERIFY(!f.controller.recognition().trust.keysKnown);
    for (const gatehouse::Device& device : f.controller.snapshot()->devices)
        QCOMPARE(f.controller.recognition().encryption(device.id), EncryptionState::Unknown);
    // Said, not hidden; the client information still came.
    QVERIFY(!status.isEmpty());
    QVERIFY(status.last().first().toString().contains(QStringLiteral("next refresh")));
    QVERIFY(f.controller.recognition().clientsKnown);

    f.controller.refresh();
    QVERIFY(f.recognized(2));
    QCOMPARE(f.server->requestCount(KeysPath), 2);
}

void TestAccountRecognition::firstIdentityIsRememberedAndAChangeWaitsForAcceptance()
{
    QTemporaryDir dir;
    HistoryStore store(dir.filePath(QStringLiteral("history.sqlite")));
    QCOMPARE(store.open(), HistoryStore::State::Open);
    Fixture f;
    const HistoryAccount account{f.server.baseUrl(), f.server->account().userId()};
    f.controller.setIdentityStore(&store);
    f.controller.setSession(f.session(), false);
    QVERIFY(f.recognized());
    QVERIFY(!f.controller.recognition().identityChanged);
    const QString seen = f.controller.recognition().trust.masterKey;
    QCOMPARE(store.acceptedMasterKey(account), seen);

    // Another key was accepted earlier: the one the server shows now is a change.
    const QDateTime earlier = QDateTime::currentDateTimeUtc().addDays(-30);
    store.forgetAccount(account);
    store.rememberMasterKey(account, QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"), earlier);
    f.controller.refresh();
    QVERIFY(f.recognized(2));
    const Recognition& changed = f.controller.recognition();
    QVERIFY(changed.identityChanged);
    QVERIFY(changed.identityChangedAt.isValid());
    // Nothing counts as signed by your identity until the person accepts the new one.
    for (const gatehouse::Device& device : f.controller.snapshot()->devices)
        QVERIFY(changed.encryption(device.id) != EncryptionState::CrossSigned);
    QCOMPARE(f.stateAt(f.indexOf(DemoKeys::Kind::CrossSigned)), EncryptionState::NotCrossSigned);

    f.controller.acceptIdentity();
    QVERIFY(f.recognized(3));
    QVERIFY(!f.controller.recognition().identityChanged);
    QCOMPARE(f.stateAt(f.indexOf(DemoKeys::Kind::CrossSigned)), EncryptionState::CrossSigned);
    QCOMPARE(store.acceptedMasterKey(account), seen);
}

void TestAccountRecognition::withoutAStoreTheKeySeenIsTaken()
{
    Fixture f;
    f.controller.setSession(f.session(), false);
    QVERIFY(f.recognized());
    QVERIFY(!f.controller.recognition().identityChanged);
    QCOMPARE(f.stateAt(f.indexOf(DemoKeys::Kind::CrossSigned)), EncryptionState::CrossSigned);
}

QTEST_GUILESS_MAIN(TestAccountRecognition)
#include "tst_AccountRecognition.moc"
