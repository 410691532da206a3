// The demo homeserver's keys and client information, fetched for real over loopback and checked: one
// POST /keys/query and one filtered GET /sync give every encryption state (Unknown when the keys request
// fails) and the app behind most sessions.
#include "Await.h"
#include "TestServer.h"
#include "auth/TokenSource.h"
#include "crypto/DeviceTrustEvaluator.h"
#include "crypto/DeviceTrustVerifier.h"
#include "demo/DemoKeys.h"
#include "matrix/ClientInformation.h"
#include "matrix/DevicesClient.h"
#include "matrix/KeysQueryResponse.h"
#include "network/HttpClient.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace gatehouse;
using namespace gatehouse::test;

namespace {

const QString KeysPath = QStringLiteral("/_matrix/client/v3/keys/query");
const QString SyncPath = QStringLiteral("/_matrix/client/v3/sync");

struct Fetched
{
    std::optional<HttpResult> keys;
    std::optional<HttpResult> sync;
};

// Both requests at once, as the account load will send them.
Fetched fetchBoth(TestServer& server)
{
    HttpClient http;
    DevicesClient client(&http, server.baseUrl(), std::make_shared<StaticTokenSource>(server.token()));
    Fetched fetched;
    QObject context;
    const QString userId = server->account().userId();
    client.send(HttpRequest::json("POST", client.endpoint(KeysPath), KeysQueryResponse::requestBody(userId)),
                &context, [&fetched](const HttpResult& result) { fetched.keys = result; });
    client.send(HttpRequest::get(ClientInformation::syncUrl(server.baseUrl())), &context,
                [&fetched](const HttpResult& result) { fetched.sync = result; });
    const bool answered =
        QTest::qWaitFor([&fetched] { return fetched.keys && fetched.sync; }, AnswerTimeoutMs);
    Q_UNUSED(answered)
    return fetched;
}

} // namespace

class TestEncryptionStates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoShowsEveryStateWithOneRequestEach();
    void demoStatesFollowTheSessionsPlaces();
    void demoClientInformationThroughTheFilteredSync();
    void failedKeysRequestMeansUnknown();
};

void TestEncryptionStates::demoShowsEveryStateWithOneRequestEach()
{
    TestServer server;
    const Fetched fetched = fetchBoth(server);
    QVERIFY(fetched.keys && fetched.keys->ok() && fetched.keys->value().isSuccess());
    QCOMPARE(server->requestCount(KeysPath), 1);
    QCOMPARE(server->requestCount(SyncPath), 1);

    const QString userId = server->account().userId();
    const Result<KeysQueryResponse> keys = KeysQueryResponse::fromJson(fetched.keys->value().body, userId);
    QVERIFY2(keys, qPrintable(keys ? QString() : keys.error().message));

    // Off the calling thread, as the window will do it.
    DeviceTrustVerifier verifier;
    QSignalSpy spy(&verifier, &DeviceTrustVerifier::finished);
    verifier.verify(keys.value());
    QVERIFY(spy.wait(AnswerTimeoutMs));
    const auto report = spy.first().first().value<DeviceTrustReport>();
    QVERIFY(report.keysKnown);
    QVERIFY(report.selfSigningKeyValid);
    QVERIFY(!report.masterKey.isEmpty());

    QSet<QString> seen;
    for (const gatehouse::Device& device : server->account().devices())
        seen.insert(EncryptionStateNames::name(report.state(device.id)));
    seen.insert(EncryptionStateNames::name(
        DeviceTrustEvaluator::unknown().state(server->account().currentDeviceId())));
    QCOMPARE(seen.size(), EncryptionStateNames::all().size());
}

void TestEncryptionStates::demoStatesFollowTheSessionsPlaces()
{
    TestServer server;
    const Fetched fetched = fetchBoth(server);
    QVERIFY(fetched.keys && fetched.keys->ok());
    const QString userId = server->account().userId();
    const DeviceTrustReport report = DeviceTrustEvaluator::evaluate(
        KeysQueryResponse::fromJson(fetched.keys->value().body, userId).value());
    const QList<gatehouse::Device>& devices = server->account().devices();
    for (qsizetype i = 0; i < devices.size(); ++i) {
        EncryptionState expected = EncryptionState::CrossSigned;
        switch (DemoKeys::kindAt(i)) {
        case DemoKeys::Kind::NoKeys:
            expected = EncryptionState::NoKeys;
            break;
        case DemoKeys::Kind::NotCrossSigned:
            expected = EncryptionState::NotCrossSigned;
            break;
        case DemoKeys::Kind::BrokenSignature:
            expected = EncryptionState::InvalidKeys;
            break;
        case DemoKeys::Kind::CrossSigned:
            break;
        }
        QCOMPARE(EncryptionStateNames::name(report.state(devices.at(i).id)),
                 EncryptionStateNames::name(expected));
    }
    // The keys stay the same for the run: the identity does not change between loads.
    const Fetched again = fetchBoth(server);
    const DeviceTrustReport second = DeviceTrustEvaluator::evaluate(
        KeysQueryResponse::fromJson(again.keys->value().body, userId).value(), report.masterKey);
    QVERIFY(!second.identityChanged);
    QCOMPARE(second.states, report.states);
}

void TestEncryptionStates::demoClientInformationThroughTheFilteredSync()
{
    TestServer server;
    const Fetched fetched = fetchBoth(server);
    const QUrlQuery seenQuery(server->lastUrl(SyncPath));
    QVERIFY(fetched.sync && fetched.sync->ok() && fetched.sync->value().isSuccess());
    QCOMPARE(seenQuery.queryItemValue(QStringLiteral("timeout")), QStringLiteral("0"));
    QCOMPARE(seenQuery.queryItemValue(QStringLiteral("set_presence")), QStringLiteral("offline"));
    QVERIFY(seenQuery.queryItemValue(QStringLiteral("filter"), QUrl::FullyDecoded).startsWith(u'{'));

    const auto clients = ClientInformation::fromSync(fetched.sync->value().body);
    QVERIFY(clients);
    const QList<gatehouse::Device>& devices = server->account().devices();
    QVERIFY(clients->size() > devices.size() / 2);
    QVERIFY(clients->size() < devices.size());
    for (auto it = clients->cbegin(); it != clients->cend(); ++it)
        QVERIFY2(server->account().device(it.key()), qPrintable(it.key())); // the other account data is gone
    const ClientInformation own = clients->value(server->account().currentDeviceId());
    QCOMPARE(own.name, std::optional<QString>(QStringLiteral("Gatehouse")));
}

void TestEncryptionStates::failedKeysRequestMeansUnknown()
{
    TestServer server;
    server.answer(KeysPath, 500, R"({"errcode":"M_UNKNOWN","error":"Internal server error"})");
    const Fetched fetched = fetchBoth(server);
    QVERIFY(fetched.keys);
    QVERIFY(!fetched.keys->ok() || !fetched.keys->value().isSuccess());
    const DeviceTrustReport report = DeviceTrustEvaluator::unknown();
    for (const gatehouse::Device& device : server->account().devices())
        QCOMPARE(report.state(device.id), EncryptionState::Unknown);
    QCOMPARE(server->requestCount(KeysPath), 1);
}

QTEST_GUILESS_MAIN(TestEncryptionStates)
#include "tst_EncryptionStates.moc"
