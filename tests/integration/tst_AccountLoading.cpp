// Loading an account once its base URL is known (AccountLoader) and from what a person typed
// (AccountSession): whoami, the device list and the metadata asked for at the same moment; a rejected
// token reported before anything else; device entries without a device_id skipped; untrusted names kept
// as plain data; unreadable metadata beside a good device list kept apart in metadataError.
#include "Await.h"
#include "TestServer.h"
#include "auth/TokenSource.h"
#include "matrix/AccountLoader.h"
#include "matrix/AccountSession.h"
#include "matrix/DevicesClient.h"
#include "matrix/MetadataService.h"
#include "network/HttpClient.h"

#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;

Q_DECLARE_METATYPE(Error::Kind)

namespace {

const QString WhoamiPath = QStringLiteral("/_matrix/client/v3/account/whoami");
const QString DevicesPath = QStringLiteral("/_matrix/client/v3/devices");
const QString StablePath = QStringLiteral("/_matrix/client/v1/auth_metadata");

// One load through AccountLoader against `server` with `token`.
std::optional<Result<AccountSnapshot>> loadWith(TestServer& server, const QString& token)
{
    HttpClient http;
    MetadataService metadata(&http);
    DevicesClient client(&http, server.baseUrl(), std::make_shared<StaticTokenSource>(token));
    AccountLoader loader(&client, &metadata);
    return await<AccountSnapshot>(
        [&loader](const QObject* context, auto done) { loader.load(context, std::move(done)); });
}

std::optional<Result<AccountSnapshot>> load(TestServer& server)
{
    return loadWith(server, server.token());
}

QString describe(const std::optional<Result<AccountSnapshot>>& result)
{
    if (!result)
        return QStringLiteral("no answer");
    return result->ok() ? QStringLiteral("ok") : result->error().fullText();
}

} // namespace

class TestAccountLoading : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsWhoamiDevicesAndMetadata();
    void asksForAllThreeAtOnce();
    void reportsARejectedTokenBeforeAnythingElse_data();
    void reportsARejectedTokenBeforeAnythingElse();
    void reportsOtherFailuresOfWhoamiAndDevices_data();
    void reportsOtherFailuresOfWhoamiAndDevices();
    void skipsDeviceEntriesWithoutADeviceId();
    void keepsUntrustedNamesAsData();
    void keepsInvalidMetadataApartFromAGoodDeviceList_data();
    void keepsInvalidMetadataApartFromAGoodDeviceList();
    void loadsAClassicServer();
    void sessionDiscoversThenLoads_data();
    void sessionDiscoversThenLoads();
    void sessionReportsAFailedDiscovery();
    void sessionWithoutATokenMakesNoAuthenticatedRequest();
    void answersToAClientThatIsGoneGoNowhere();
};

void TestAccountLoading::loadsWhoamiDevicesAndMetadata()
{
    TestServer server;
    const auto result = load(server);
    QVERIFY2(result && result->ok(), qPrintable(describe(result)));
    const AccountSnapshot& snapshot = result->value();
    QCOMPARE(snapshot.baseUrl, server.baseUrl());
    QCOMPARE(snapshot.userId, server->account().userId());
    QCOMPARE(snapshot.deviceId, server->account().currentDeviceId());
    QCOMPARE(snapshot.devices.size(), 12);
    QVERIFY(snapshot.usesOAuth());
    QCOMPARE(snapshot.metadata.route, MetadataRoute::Stable);
    QVERIFY(!snapshot.metadataError);
    QVERIFY(snapshot.loadedAt.isValid());
    // Null fields of the demo's last session come back as absent values.
    const auto unnamed = std::find_if(snapshot.devices.cbegin(), snapshot.devices.cend(),
                                      [](const Device& device) { return !device.displayName; });
    QVERIFY(unnamed != snapshot.devices.cend());
    QVERIFY(!unnamed->lastSeenIp);
    QVERIFY(!unnamed->lastSeenTs);
}

void TestAccountLoading::asksForAllThreeAtOnce()
{
    TestServer server;
    server->setLatencyMs(500); // long enough for all three to arrive even on a busy machine
    const auto result = load(server);
    QVERIFY2(result && result->ok(), qPrintable(describe(result)));
    QCOMPARE(server->requestCount(WhoamiPath), 1);
    QCOMPARE(server->requestCount(DevicesPath), 1);
    QCOMPARE(server->requestCount(StablePath), 1);
    // All three were waiting for their answers at the same moment.
    QCOMPARE(server->maxInFlight(), 3);
}

void TestAccountLoading::reportsARejectedTokenBeforeAnythingElse_data()
{
    QTest::addColumn<bool>("whoamiRejects");
    QTest::addColumn<bool>("devicesRejects");
    QTest::addColumn<bool>("metadataFails");
    QTest::newRow("both reject") << true << true << false;
    QTest::newRow("both reject, metadata fails") << true << true << true;
    QTest::newRow("whoami rejects, devices fails") << true << false << true;
    QTest::newRow("devices rejects, whoami fails") << false << true << true;
}

void TestAccountLoading::reportsARejectedTokenBeforeAnythingElse()
{
    QFETCH(bool, whoamiRejects);
    QFETCH(bool, devicesRejects);
    QFETCH(bool, metadataFails);

    TestServer server;
    const QByteArray rejected = R"({"errcode":"M_UNKNOWN_TOKEN","error":"Invalid access token passed."})";
    const QByteArray broken = R"({"errcode":"M_UNKNOWN","error":"Internal server error"})";
    server.answer(WhoamiPath, whoamiRejects ? 401 : 500, whoamiRejects ? rejected : broken);
    server.answer(DevicesPath, devicesRejects ? 401 : 500, devicesRejects ? rejected : broken);
    if (metadataFails)
        server.answer(StablePath, 500, broken);

    const auto result = load(server);
    QVERIFY(result);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind, Error::Kind::TokenRejected);
    QCOMPARE(result->error().httpStatus, 401);
}

void TestAccountLoading::reportsOtherFailuresOfWhoamiAndDevices_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Error::Kind>("kind");
    QTest::newRow("whoami 500") << WhoamiPath << 500 << QByteArray("{}") << Error::Kind::Http;
    QTest::newRow("whoami without user_id")
        << WhoamiPath << 200 << QByteArray(R"({"device_id":"X"})") << Error::Kind::InvalidResponse;
    QTest::newRow("devices 500") << DevicesPath << 500 << QByteArray("{}") << Error::Kind::Http;
    QTest::newRow("devices not JSON")
        << DevicesPath << 200 << QByteArray("<html/>") << Error::Kind::InvalidResponse;
    QTest::newRow("devices not a list")
        << DevicesPath << 200 << QByteArray(R"({"devices":{"A":{}}})") << Error::Kind::InvalidResponse;
    QTest::newRow("devices missing") << DevicesPath << 200 << QByteArray("{}")
                                     << Error::Kind::InvalidResponse;
    QTest::newRow("a 401 with another errcode is not a token problem")
        << DevicesPath << 401 << QByteArray(R"({"errcode":"M_FORBIDDEN"})") << Error::Kind::Http;
}

void TestAccountLoading::reportsOtherFailuresOfWhoamiAndDevices()
{
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(Error::Kind, kind);

    TestServer server;
    server.answer(path, status, body);
    const auto result = load(server);
    QVERIFY(result);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind, kind);
}

void TestAccountLoading::skipsDeviceEntriesWithoutADeviceId()
{
    TestServer server;
    server.answer(DevicesPath, 200, R"({"devices":[
        {"device_id":"AAA","display_name":"First","last_seen_ip":"192.0.2.1","last_seen_ts":1700000000000},
        {"display_name":"No ID at all"},
        {"device_id":null,"display_name":"Null ID"},
        {"device_id":42,"display_name":"Numeric ID"},
        {"device_id":["x"]},
        "just a string",
        17,
        null,
        {"device_id":"BBB","display_name":null,"last_seen_ip":7,"last_seen_ts":"yesterday","extra":{"x":1}},
        {"device_id":"CCC"}
    ]})");

    const auto result = load(server);
    QVERIFY2(result && result->ok(), qPrintable(describe(result)));
    const QList<Device>& devices = result->value().devices;
    QCOMPARE(devices.size(), 3);
    QCOMPARE(devices[0].id, "AAA");
    QCOMPARE(devices[0].displayName, std::optional<QString>("First"));
    QCOMPARE(devices[0].lastSeenIp, std::optional<QString>("192.0.2.1"));
    QCOMPARE(devices[0].lastSeenTs, std::optional<qint64>(1700000000000));
    QCOMPARE(devices[1].id, "BBB");
    QVERIFY(!devices[1].displayName);
    QVERIFY(!devices[1].lastSeenIp);
    QVERIFY(!devices[1].lastSeenTs);
    QCOMPARE(devices[2].id, "CCC");
}

void TestAccountLoading::keepsUntrustedNamesAsData()
{
    TestServer server;
    const QString port = QString::number(QUrl(server.baseUrl()).port());
    const QString html =
        "<img src=\"http://127.0.0.1:" + port + "/tracker.png\"><b>bold</b> & <script>x</script>";
    // NOLINTNEXTLINE(misc-misleading-bidirectional): what a hostile server sends, on purpose
    const QString bidi = QString::fromUtf8("evil\u202Egnp.exe\u2066 \u200F\u061C end");
    const QString control = QString::fromUtf8("bell\x07 tab\t newline\n esc\x1b[31m red");
    const QList<Device> before = server->account().devices();
    QVERIFY(server->account().renameDevice(before[1].id, html));
    QVERIFY(server->account().renameDevice(before[2].id, bidi));
    QVERIFY(server->account().renameDevice(before[3].id, control));

    const auto result = load(server);
    QVERIFY2(result && result->ok(), qPrintable(describe(result)));
    const auto nameOf = [&result](const QString& id) {
        for (const Device& device : result->value().devices) {
            if (device.id == id)
                return device.displayName.value_or("(absent)");
        }
        return QString("(missing)");
    };
    QCOMPARE(nameOf(before[1].id), html);
    QCOMPARE(nameOf(before[2].id), bidi);
    QCOMPARE(nameOf(before[3].id), control);
    QCOMPARE(server->requestCount("/tracker.png"), 0);
}

void TestAccountLoading::keepsInvalidMetadataApartFromAGoodDeviceList_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Error::Kind>("kind");
    QTest::newRow("issuer a number") << 200 << QByteArray(R"({"issuer":1})") << Error::Kind::InvalidResponse;
    QTest::newRow("not JSON") << 200 << QByteArray("oops") << Error::Kind::InvalidResponse;
    QTest::newRow("bare 404") << 404 << QByteArray("Not Found") << Error::Kind::Http;
}

void TestAccountLoading::keepsInvalidMetadataApartFromAGoodDeviceList()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(Error::Kind, kind);

    TestServer server;
    server.answer(StablePath, status, body);
    const auto result = load(server);
    QVERIFY2(result && result->ok(), qPrintable(describe(result)));
    const AccountSnapshot& snapshot = result->value();
    QVERIFY(snapshot.metadataError);
    QCOMPARE(snapshot.metadataError->kind, kind);
    QCOMPARE(snapshot.devices.size(), 12);
    QCOMPARE(snapshot.userId, server->account().userId());
    // Nothing about the account page is made up from the failed metadata.
    QVERIFY(!snapshot.usesOAuth());
    QVERIFY(!snapshot.accountPage().exists());
}

void TestAccountLoading::loadsAClassicServer()
{
    DemoOptions options;
    options.metadata = DemoOptions::Metadata::None;
    TestServer server(options);
    const auto result = load(server);
    QVERIFY2(result && result->ok(), qPrintable(describe(result)));
    QVERIFY(!result->value().usesOAuth());
    QVERIFY(!result->value().metadataError);
    QVERIFY(!result->value().accountPage().exists());
    QCOMPARE(result->value().devices.size(), 12);
}

void TestAccountLoading::sessionDiscoversThenLoads_data()
{
    QTest::addColumn<QString>("typed"); // %1 is the base URL, %2 the server name
    QTest::newRow("user ID") << "@alice:%2";
    QTest::newRow("server name") << "%2";
    QTest::newRow("base URL") << "%1/";
}

void TestAccountLoading::sessionDiscoversThenLoads()
{
    QFETCH(QString, typed);

    TestServer server;
    server->setLatencyMs(300);
    const QString homeserver = QString(typed)
                                   .replace("%1", server.baseUrl())
                                   .replace("%2", QString(server.baseUrl()).remove("http://"));
    HttpClient http;
    MetadataService metadata(&http);
    AccountSession session(&http, &metadata, homeserver, std::make_shared<StaticTokenSource>(server.token()));
    const auto first = await<AccountSnapshot>(
        [&session](const QObject* context, auto done) { session.load(context, std::move(done)); });
    QVERIFY2(first && first->ok(), qPrintable(describe(first)));
    QCOMPARE(first->value().baseUrl, server.baseUrl());
    QCOMPARE(session.baseUrl(), server.baseUrl());
    QVERIFY(session.devicesClient());
    // Discovery is over before the account is asked for; then the three go together.
    QCOMPARE(server->maxInFlight(), 3);

    // A second load does not discover again, and the metadata comes from the cache.
    const int wellKnownRequests = server->requestCount("/.well-known/matrix/client");
    const auto second = await<AccountSnapshot>(
        [&session](const QObject* context, auto done) { session.load(context, std::move(done)); });
    QVERIFY2(second && second->ok(), qPrintable(describe(second)));
    QCOMPARE(server->requestCount("/.well-known/matrix/client"), wellKnownRequests);
    QCOMPARE(server->requestCount("/_matrix/client/versions"), homeserver.contains("://") ? 0 : 1);
    QCOMPARE(server->requestCount(StablePath), 1);
    QCOMPARE(server->requestCount(WhoamiPath), 2);
    QCOMPARE(server->requestCount(DevicesPath), 2);
}

void TestAccountLoading::sessionReportsAFailedDiscovery()
{
    TestServer server;
    server.answer("/_matrix/client/versions", 502, "Bad Gateway", "text/plain");
    HttpClient http;
    MetadataService metadata(&http);
    AccountSession session(&http, &metadata, "@alice:" + QString(server.baseUrl()).remove("http://"),
                           std::make_shared<StaticTokenSource>(server.token()));
    const auto result = await<AccountSnapshot>(
        [&session](const QObject* context, auto done) { session.load(context, std::move(done)); });
    QVERIFY(result);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind, Error::Kind::Discovery);
    QCOMPARE(server->requestCount(WhoamiPath), 0);
    QVERIFY(!session.devicesClient());
}

void TestAccountLoading::sessionWithoutATokenMakesNoAuthenticatedRequest()
{
    TestServer server;
    const auto result = loadWith(server, QString());
    QVERIFY(result);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind, Error::Kind::NoToken);
    QCOMPARE(server->requestCount(WhoamiPath), 0);
    QCOMPARE(server->requestCount(DevicesPath), 0);
}

// Choosing another account ends the first one's session while its keys, client information and device list
// are still being fetched for a window that lives on: the answers arrive for a client that is gone, and are
// dropped (they once used it, and crashed).
void TestAccountLoading::answersToAClientThatIsGoneGoNowhere()
{
    TestServer server;
    HttpClient http;
    QObject context;
    int called = 0;
    auto* client =
        new DevicesClient(&http, server.baseUrl(), std::make_shared<StaticTokenSource>(server.token()));
    client->keysQuery(QStringLiteral("@alice:localhost"), &context, [&called](const auto&) { ++called; });
    client->clientInformation(&context, [&called](const auto&) { ++called; });
    client->devices(&context, [&called](const auto&) { ++called; });
    QVERIFY(http.hasRequestsInFlight());
    delete client;
    QTRY_VERIFY_WITH_TIMEOUT(!http.hasRequestsInFlight(), 30'000);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
    QCOMPARE(called, 0);
}

QTEST_GUILESS_MAIN(TestAccountLoading)
#include "tst_AccountLoading.moc"
