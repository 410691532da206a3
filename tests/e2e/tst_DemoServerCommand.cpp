// `gatehouse --demo-server [--port N] [--devices N] [--latency MS] [--metadata X] [--actions Y]` as its own
// process: one JSON line {"base_url", "access_token"} on stdout, every option in effect, and a clean stop
// (exit 0) on SIGTERM.
#include "E2e.h"
#include "history/HistoryStore.h"
#include "network/HttpClient.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;

namespace {

const QString StablePath = QStringLiteral("/_matrix/client/v1/auth_metadata");
const QString UnstablePath = QStringLiteral("/_matrix/client/unstable/org.matrix.msc2965/auth_metadata");
const QString IssuerPath = QStringLiteral("/_matrix/client/unstable/org.matrix.msc2965/auth_issuer");

QJsonObject listJson(const DemoServerProcess& demo, QByteArray* failure)
{
    const GatehouseRun run = GatehouseProcess::run({"--homeserver", demo.baseUrl(), "--list", "--json"},
                                                   e2eEnvironment({{TokenVariable, demo.token()}}));
    if (run.exitCode != 0) {
        *failure = describe(run);
        return {};
    }
    return QJsonDocument::fromJson(run.out).object();
}

// The status of GET <base><path>, asked from this process (0: no answer).
int statusOf(const QString& url, int timeoutMs = 20'000, Error::Kind* errorKind = nullptr)
{
    HttpClient http;
    http.setTimeoutMs(timeoutMs);
    std::optional<HttpResult> result;
    QObject context;
    http.send(HttpRequest::get(QUrl(url)), &context,
              [&result](const HttpResult& answer) { result = answer; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 30'000))
        return -1;
    if (!result)
        return -1;
    if (!result->ok()) {
        if (errorKind)
            *errorKind = result->error().kind;
        return 0;
    }
    return result->value().status;
}

// One request from this process; std::nullopt when nothing came back in time.
std::optional<HttpResult> ask(const HttpRequest& request)
{
    HttpClient http;
    std::optional<HttpResult> result;
    QObject context;
    http.send(request, &context, [&result](const HttpResult& answer) { result = answer; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 30'000))
        return std::nullopt;
    return result;
}

QStringList stringsOf(const QJsonArray& array)
{
    QStringList out;
    for (const QJsonValue& value : array)
        out.append(value.toString());
    return out;
}

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        return 0;
    return probe.serverPort(); // closed when probe goes away
}

} // namespace

class TestDemoServerCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printsOneJsonLineAndServesTheDefaults();
    void takesDevicesMetadataAndActions();
    void servesEveryMetadataRoute_data();
    void servesEveryMetadataRoute();
    void takesAListOfActions();
    void takesAPort();
    void takesALatency();
    void stopsCleanlyOnSigterm();
    void refusesBadOptions_data();
    void refusesBadOptions();
    void reportsAPortInUse();
    void leavesOutWhatASessionDoesNotHave();
    void registersWebAndNativeClients_data();
    void registersWebAndNativeClients();
    void listShowsEveryEncryptionStateAndTheApps();
    void listTableHasAnEncryptionColumn();
    void listSaysEveryStateUnknownWhenTheKeysFail();
    void listSaysWhenTheIdentityChanged();
};

void TestDemoServerCommand::printsOneJsonLineAndServesTheDefaults()
{
    DemoServerProcess demo;
    QVERIFY(demo.isRunning());
    QVERIFY2(demo.baseUrl().startsWith("http://127.0.0.1:"), qPrintable(demo.baseUrl()));
    QVERIFY(!demo.baseUrl().endsWith('/'));
    QVERIFY(!demo.token().isEmpty());

    QByteArray failure;
    const QJsonObject root = listJson(demo, &failure);
    QVERIFY2(!root.isEmpty(), failure.constData());
    QCOMPARE(root["server"].toObject()["base_url"].toString(), demo.baseUrl());
    QCOMPARE(root["server"].toObject()["oauth"].toBool(), true);
    QCOMPARE(root["devices"].toArray().size(), 12);
    QCOMPARE(root["account_management"].toObject()["uri"].toString(), demo.baseUrl() + "/account/");
    QCOMPARE(root["account_management"].toObject()["actions"].toArray().size(), 6);
    QVERIFY(demo.stop());
}

void TestDemoServerCommand::takesDevicesMetadataAndActions()
{
    DemoServerProcess demo({"--devices", "3", "--metadata", "unstable", "--actions", "mas"});
    QVERIFY(demo.isRunning());
    QByteArray failure;
    const QJsonObject root = listJson(demo, &failure);
    QVERIFY2(!root.isEmpty(), failure.constData());
    QCOMPARE(root["devices"].toArray().size(), 3);
    QCOMPARE(root["server"].toObject()["oauth"].toBool(), true);
    QCOMPARE(stringsOf(root["account_management"].toObject()["actions"].toArray()),
             (QStringList{"org.matrix.profile", "org.matrix.devices_list", "org.matrix.device_view",
                          "org.matrix.device_delete", "org.matrix.cross_signing_reset"}));
    QCOMPARE(statusOf(demo.baseUrl() + StablePath), 404);
    QCOMPARE(statusOf(demo.baseUrl() + UnstablePath), 200);
    QVERIFY(demo.stop());
}

void TestDemoServerCommand::servesEveryMetadataRoute_data()
{
    QTest::addColumn<QString>("metadata");
    QTest::addColumn<int>("stable");
    QTest::addColumn<int>("unstable");
    QTest::addColumn<int>("issuer");
    QTest::addColumn<bool>("oauth");
    QTest::newRow("stable") << "stable" << 200 << 404 << 404 << true;
    QTest::newRow("unstable") << "unstable" << 404 << 200 << 404 << true;
    QTest::newRow("issuer") << "issuer" << 404 << 404 << 200 << true;
    QTest::newRow("none") << "none" << 404 << 404 << 404 << false;
}

void TestDemoServerCommand::servesEveryMetadataRoute()
{
    QFETCH(QString, metadata);
    QFETCH(int, stable);
    QFETCH(int, unstable);
    QFETCH(int, issuer);
    QFETCH(bool, oauth);

    DemoServerProcess demo({"--metadata", metadata, "--devices", "2"});
    QVERIFY(demo.isRunning());
    QCOMPARE(statusOf(demo.baseUrl() + StablePath), stable);
    QCOMPARE(statusOf(demo.baseUrl() + UnstablePath), unstable);
    QCOMPARE(statusOf(demo.baseUrl() + IssuerPath), issuer);
    QByteArray failure;
    const QJsonObject root = listJson(demo, &failure);
    QVERIFY2(!root.isEmpty(), failure.constData());
    QCOMPARE(root["server"].toObject()["oauth"].toBool(), oauth);
    QCOMPARE(root["devices"].toArray().size(), 2);
    QVERIFY(demo.stop());
}

void TestDemoServerCommand::takesAListOfActions()
{
    for (const auto& [actions, expected] :
         {std::pair<QString, QStringList>{"none", {}},
          std::pair<QString, QStringList>{"session_end,org.matrix.profile,bogus",
                                          {"org.matrix.profile", "org.matrix.device_delete"}}}) {
        DemoServerProcess demo({"--actions", actions});
        QVERIFY(demo.isRunning());
        QByteArray failure;
        const QJsonObject root = listJson(demo, &failure);
        QVERIFY2(!root.isEmpty(), failure.constData());
        QCOMPARE(stringsOf(root["account_management"].toObject()["actions"].toArray()), expected);
        QVERIFY(demo.stop());
    }
}

void TestDemoServerCommand::takesAPort()
{
    const quint16 port = freePort();
    QVERIFY(port != 0);
    DemoServerProcess demo({"--port", QString::number(port)});
    QVERIFY(demo.isRunning());
    QCOMPARE(demo.baseUrl(), QString("http://127.0.0.1:%1").arg(port));
    QCOMPARE(statusOf(demo.baseUrl() + "/_matrix/client/versions"), 200);
    QVERIFY(demo.stop());
}

void TestDemoServerCommand::takesALatency()
{
    // Not a timing measurement: a client that gives up long before the demo's latency gets no answer,
    // one without a deadline that short gets it.
    DemoServerProcess slow({"--latency", "3000"});
    QVERIFY(slow.isRunning());
    Error::Kind kind = Error::Kind::Network;
    QCOMPARE(statusOf(slow.baseUrl() + "/_matrix/client/versions", 200, &kind), 0);
    QCOMPARE(kind, Error::Kind::Timeout);
    QVERIFY(slow.stop());

    DemoServerProcess quick({"--latency", "0"});
    QVERIFY(quick.isRunning());
    QCOMPARE(statusOf(quick.baseUrl() + "/_matrix/client/versions", 20'000), 200);
    QVERIFY(quick.stop());
}

void TestDemoServerCommand::stopsCleanlyOnSigterm()
{
    QProcess process;
    process.setProcessEnvironment(e2eEnvironment());
    process.start(GatehouseProcess::binary(), {"--demo-server", "--devices", "1"});
    QVERIFY(process.waitForStarted(10'000));
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 20'000);
    const QByteArray line = process.readLine();
    const QJsonDocument document = QJsonDocument::fromJson(line);
    QVERIFY2(document.isObject(), line.constData());
    QCOMPARE(document.object().keys(), (QStringList{"access_token", "base_url"}));
    QVERIFY(document.object()["base_url"].isString());
    QVERIFY(document.object()["access_token"].isString());

    process.terminate(); // SIGTERM
    QVERIFY(process.waitForFinished(20'000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(process.readAllStandardOutput(), QByteArray()); // nothing after the one line
    QCOMPARE(process.readAllStandardError(), QByteArray());
}

void TestDemoServerCommand::refusesBadOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown metadata route") << QStringList{"--metadata", "sideways"};
    QTest::newRow("no devices") << QStringList{"--devices", "0"};
    QTest::newRow("devices not a number") << QStringList{"--devices", "many"};
    QTest::newRow("negative latency") << QStringList{"--latency", "-5"};
    QTest::newRow("port out of range") << QStringList{"--port", "70000"};
    QTest::newRow("empty action list") << QStringList{"--actions", ","};
    QTest::newRow("with --homeserver") << QStringList{"--homeserver", "https://example.org"};
    QTest::newRow("with --demo") << QStringList{"--demo"};
}

void TestDemoServerCommand::refusesBadOptions()
{
    QFETCH(QStringList, arguments);
    const GatehouseRun run =
        GatehouseProcess::run(QStringList{"--demo-server"} + arguments, e2eEnvironment(), 20'000);
    GATEHOUSE_VERIFY_EXIT(run, 2);
    QVERIFY2(run.out.isEmpty(), describe(run).constData());
    QVERIFY2(isOneErrorLine(run.err), describe(run).constData());
}

void TestDemoServerCommand::reportsAPortInUse()
{
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost));
    const GatehouseRun run = GatehouseProcess::run(
        {"--demo-server", "--port", QString::number(taken.serverPort())}, e2eEnvironment(), 20'000);
    GATEHOUSE_VERIFY_EXIT(run, 4);
    QVERIFY2(run.out.isEmpty(), describe(run).constData());
    QVERIFY2(isOneErrorLine(run.err), describe(run).constData());
}

void TestDemoServerCommand::leavesOutWhatASessionDoesNotHave()
{
    // The spec's Device: display_name, last_seen_ip and last_seen_ts are absent when unknown, never null.
    DemoServerProcess demo;
    QVERIFY(demo.isRunning());
    const auto result =
        ask(HttpRequest::get(QUrl(demo.baseUrl() + "/_matrix/client/v3/devices"), demo.token()));
    QVERIFY(result && result->ok());
    QCOMPARE(result->value().status, 200);
    const QJsonArray devices = QJsonDocument::fromJson(result->value().body).object()["devices"].toArray();
    QVERIFY(!devices.isEmpty());
    QSet<QString> missing;
    for (const QJsonValue& device : devices) {
        for (const QString key : {"display_name", "last_seen_ip", "last_seen_ts"}) {
            const QJsonValue value = device.toObject().value(key);
            QVERIFY2(!value.isNull(),
                     qPrintable(key + " is null in " + QJsonDocument(device.toObject()).toJson()));
            if (value.isUndefined())
                missing.insert(key);
        }
    }
    // The demo's sample sessions include ones without a name, an address and a time.
    QCOMPARE(missing, (QSet<QString>{"display_name", "last_seen_ip", "last_seen_ts"}));
    QVERIFY(demo.stop());
}

void TestDemoServerCommand::registersWebAndNativeClients_data()
{
    QTest::addColumn<QJsonValue>("applicationType");
    QTest::addColumn<QString>("redirect");
    QTest::addColumn<int>("status");
    QTest::newRow("web") << QJsonValue("web") << "https://app.example.org/callback" << 201;
    QTest::newRow("absent: web") << QJsonValue(QJsonValue::Undefined) << "https://app.example.org/callback"
                                 << 201;
    QTest::newRow("web, a subdomain") << QJsonValue("web") << "https://login.app.example.org/cb" << 201;
    QTest::newRow("native") << QJsonValue("native") << "http://127.0.0.1/callback" << 201;
    QTest::newRow("web, redirect to another host") << QJsonValue("web") << "https://evil.example/cb" << 400;
    QTest::newRow("web, plain http redirect") << QJsonValue("web") << "http://app.example.org/cb" << 400;
    QTest::newRow("native, https redirect") << QJsonValue("native") << "https://app.example.org/cb" << 400;
    QTest::newRow("unknown type") << QJsonValue("desktop") << "http://127.0.0.1/callback" << 400;
}

void TestDemoServerCommand::registersWebAndNativeClients()
{
    QFETCH(QJsonValue, applicationType);
    QFETCH(QString, redirect);
    QFETCH(int, status);

    DemoServerProcess demo({"--devices", "1"});
    QVERIFY(demo.isRunning());
    const auto metadata = ask(HttpRequest::get(QUrl(demo.baseUrl() + StablePath)));
    QVERIFY(metadata && metadata->ok());
    const QString endpoint =
        QJsonDocument::fromJson(metadata->value().body).object()["registration_endpoint"].toString();
    QVERIFY(!endpoint.isEmpty());
    QJsonObject client{{"client_name", "A web app"},
                       {"client_uri", "https://app.example.org/"},
                       {"redirect_uris", QJsonArray{redirect}},
                       {"grant_types", QJsonArray{"authorization_code", "refresh_token"}},
                       {"response_types", QJsonArray{"code"}},
                       {"token_endpoint_auth_method", "none"}};
    if (!applicationType.isUndefined())
        client.insert("application_type", applicationType);
    const auto result = ask(HttpRequest::json("POST", QUrl(endpoint), QJsonDocument(client).toJson()));
    QVERIFY(result && result->ok());
    QVERIFY2(result->value().status == status, result->value().body.constData());
    if (status == 201)
        QVERIFY(!QJsonDocument::fromJson(result->value().body).object()["client_id"].toString().isEmpty());
    QVERIFY(demo.stop());
}

void TestDemoServerCommand::listShowsEveryEncryptionStateAndTheApps()
{
    DemoServerProcess demo;
    QVERIFY(demo.isRunning());
    QByteArray failure;
    const QJsonObject root = listJson(demo, &failure);
    QVERIFY2(!root.isEmpty(), failure.constData());
    QCOMPARE(root["identity_changed"].toBool(true), false);
    QSet<QString> states;
    int withClient = 0;
    for (const QJsonValue& value : root["devices"].toArray()) {
        const QJsonObject device = value.toObject();
        states.insert(device["encryption"].toString());
        if (device["client"].isNull())
            continue;
        ++withClient;
        const QJsonObject client = device["client"].toObject();
        QVERIFY(client["name"].isString());
        QVERIFY(client["version"].isString() || client["version"].isNull());
        QVERIFY(client["url"].isString() || client["url"].isNull()); // null for a missing field
        if (device["current"].toBool())
            QCOMPARE(client["name"].toString(), QStringLiteral("Gatehouse"));
    }
    // The demo serves every state the keys can give (unknown is for a failed request).
    QCOMPARE(states, (QSet<QString>{"cross_signed", "not_cross_signed", "no_keys", "invalid_keys"}));
    QVERIFY(withClient > 6);
    QVERIFY(withClient < 12);
}

void TestDemoServerCommand::listTableHasAnEncryptionColumn()
{
    DemoServerProcess demo;
    QVERIFY(demo.isRunning());
    const GatehouseRun run = GatehouseProcess::run({"--homeserver", demo.baseUrl(), "--list"},
                                                   e2eEnvironment({{TokenVariable, demo.token()}}));
    GATEHOUSE_VERIFY_EXIT(run, 0);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.contains(QStringLiteral("ENCRYPTION")), run.out.constData());
    for (const char* words :
         {"Signed by your identity", "Not signed by your identity", "No encryption", "Keys do not check out"})
        QVERIFY2(out.contains(QString::fromUtf8(words)), words);
}

void TestDemoServerCommand::listSaysEveryStateUnknownWhenTheKeysFail()
{
    TestServer server;
    server.answer(QStringLiteral("/_matrix/client/v3/keys/query"), 500,
                  R"({"errcode":"M_UNKNOWN","error":"Internal server error"})");
    const GatehouseRun run = runAgainst(server, {"--list", "--json"});
    GATEHOUSE_VERIFY_EXIT(run, 0);
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(root["devices"].toArray().size(), 12);
    for (const QJsonValue& value : root["devices"].toArray())
        QCOMPARE(value.toObject()["encryption"].toString(), QStringLiteral("unknown"));
    // One keys request and one sync per run, never one per session.
    QCOMPARE(server->requestCount(QStringLiteral("/_matrix/client/v3/keys/query")), 1);
    QCOMPARE(server->requestCount(QStringLiteral("/_matrix/client/v3/sync")), 1);
}

void TestDemoServerCommand::listSaysWhenTheIdentityChanged()
{
    QTemporaryDir data;
    TestServer server;
    const QMap<QString, QString> extra{{QStringLiteral("XDG_DATA_HOME"), data.path()},
                                       {QLatin1String(TokenVariable), server.token()}};
    GatehouseRun run = runAgainst(server, {"--list", "--json"}, extra);
    GATEHOUSE_VERIFY_EXIT(run, 0);
    QCOMPARE(QJsonDocument::fromJson(run.out).object()["identity_changed"].toBool(true), false);
    // The same key again: no change.
    run = runAgainst(server, {"--list", "--json"}, extra);
    QCOMPARE(QJsonDocument::fromJson(run.out).object()["identity_changed"].toBool(true), false);

    // Another key is the accepted one, as if the identity had been reset since.
    QDirIterator files(data.path(), {QStringLiteral("history.sqlite")}, QDir::Files,
                       QDirIterator::Subdirectories);
    QVERIFY(files.hasNext());
    {
        HistoryStore store(files.next());
        QCOMPARE(store.open(), HistoryStore::State::Open);
        const HistoryAccount account{server.baseUrl(), server->account().userId()};
        QVERIFY(!store.acceptedMasterKey(account).isEmpty());
        QVERIFY(store.acceptMasterKey(account, QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"),
                                      QDateTime::currentDateTimeUtc()));
    }
    run = runAgainst(server, {"--list", "--json"}, extra);
    GATEHOUSE_VERIFY_EXIT(run, 0);
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(root["identity_changed"].toBool(false), true);
    for (const QJsonValue& value : root["devices"].toArray())
        QVERIFY(value.toObject()["encryption"].toString() != QStringLiteral("cross_signed"));
}

QTEST_GUILESS_MAIN(TestDemoServerCommand)
#include "tst_DemoServerCommand.moc"
