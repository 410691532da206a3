// Every exit code of the command line (issue "Gatehouse core", "The command line"), running the built
// gatehouse against an in-process demo server: 0 done, 2 bad usage, 3 not advertised / no account page,
// 4 network or server error, 5 no token or a rejected one, 6 an unsafe URL refused (before 3), 7 no browser
// (the URL on stdout). Every error is one line on stderr.
#include "E2e.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;

namespace {

const QString WhoamiPath = QStringLiteral("/_matrix/client/v3/account/whoami");
const QString DevicesPath = QStringLiteral("/_matrix/client/v3/devices");
const QString StablePath = QStringLiteral("/_matrix/client/v1/auth_metadata");

quint16 closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace

class TestExitCodes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exitsZeroWhenDone_data();
    void exitsZeroWhenDone();
    void printsTheMostPreferredSpellingTheServerListed_data();
    void printsTheMostPreferredSpellingTheServerListed();
    void helpAndVersionNeedNoAccount_data();
    void helpAndVersionNeedNoAccount();
    void demoNeedsNoToken_data();
    void demoNeedsNoToken();
    void exitsTwoOnBadUsage_data();
    void exitsTwoOnBadUsage();
    void exitsTwoWithoutAHomeserver_data();
    void exitsTwoWithoutAHomeserver();
    void exitsThreeWhenNotAdvertised_data();
    void exitsThreeWhenNotAdvertised();
    void exitsFourOnServerErrors_data();
    void exitsFourOnServerErrors();
    void exitsFourWhenNothingListens();
    void exitsFiveWithoutAToken_data();
    void exitsFiveWithoutAToken();
    void exitsFiveWhenTheTokenIsRejected_data();
    void exitsFiveWhenTheTokenIsRejected();
    void exitsSixForAnUnsafeHomeserverBeforeAnyRequest_data();
    void exitsSixForAnUnsafeHomeserverBeforeAnyRequest();
    void exitsSixForAnUnsafeHomeserverNamedByWellKnown();
    void exitsSixForAnUnsafeAccountPage_data();
    void exitsSixForAnUnsafeAccountPage();
    void exitsSevenWithoutABrowser_data();
    void exitsSevenWithoutABrowser();
    void exitsSevenWithoutADisplay();
};

void TestExitCodes::exitsZeroWhenDone_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected"); // exact stdout, %1 the base URL; empty: anything

    QTest::newRow("--list") << QStringList{"--list"} << QString();
    QTest::newRow("--list --json") << QStringList{"--list", "--json"} << QString();
    QTest::newRow("profile") << QStringList{"--open", "profile", "--print-url"}
                             << "%1/account/?action=org.matrix.profile\n";
    QTest::newRow("org.matrix.devices_list")
        << QStringList{"--open", "org.matrix.devices_list", "--print-url"}
        << "%1/account/?action=org.matrix.devices_list\n";
    QTest::newRow("device_view --device")
        << QStringList{"--open", "device_view", "--device", "GATEHOUSE0", "--print-url"}
        << "%1/account/?action=org.matrix.device_view&device_id=GATEHOUSE0\n";
    QTest::newRow("device_delete --device with characters to encode")
        << QStringList{"--open", "device_delete", "--device", "a b+c/d~e*f", "--print-url"}
        << "%1/account/?action=org.matrix.device_delete&device_id=a%20b%2Bc%2Fd~e%2Af\n";
    QTest::newRow("device_view of a device not in the list")
        << QStringList{"--open", "device_view", "--device", "NOSUCHDEVICE", "--print-url"}
        << "%1/account/?action=org.matrix.device_view&device_id=NOSUCHDEVICE\n";
    QTest::newRow("account_deactivate") << QStringList{"--open", "account_deactivate", "--print-url"}
                                        << "%1/account/?action=org.matrix.account_deactivate\n";
    QTest::newRow("cross_signing_reset") << QStringList{"--open", "cross_signing_reset", "--print-url"}
                                         << "%1/account/?action=org.matrix.cross_signing_reset\n";
    QTest::newRow("older name session_end")
        << QStringList{"--open", "session_end", "--device", "X1", "--print-url"}
        << "%1/account/?action=org.matrix.device_delete&device_id=X1\n";
    QTest::newRow("account page") << QStringList{"--open", "account", "--print-url"} << "%1/account/\n";
    QTest::newRow("--print-url before --open")
        << QStringList{"--print-url", "--open", "profile"} << "%1/account/?action=org.matrix.profile\n";
}

void TestExitCodes::exitsZeroWhenDone()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);

    TestServer server;
    const GatehouseRun run = runAgainst(server, arguments);
    GATEHOUSE_VERIFY_EXIT(run, 0);
    QVERIFY2(run.err.isEmpty(), describe(run).constData());
    if (expected.isEmpty())
        QVERIFY(!run.out.isEmpty());
    else
        QCOMPARE(QString::fromUtf8(run.out), QString(expected).replace("%1", server.baseUrl()));
}

void TestExitCodes::printsTheMostPreferredSpellingTheServerListed_data()
{
    QTest::addColumn<QStringList>("listed");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("action");

    const QStringList older = {"session_view", "sessions_list", "profile", "session_end"};
    QTest::newRow("profile") << older << QStringList{"--open", "profile"} << "profile";
    QTest::newRow("devices_list") << older << QStringList{"--open", "devices_list"} << "sessions_list";
    QTest::newRow("device_view") << older << QStringList{"--open", "org.matrix.device_view", "--device", "D"}
                                 << "session_view&device_id=D";
    QTest::newRow("device_delete") << older << QStringList{"--open", "device_delete", "--device", "D"}
                                   << "session_end&device_id=D";
    const QStringList mixed = {"org.matrix.session_view", "session_view", "org.matrix.sessions_list"};
    QTest::newRow("org.matrix.session_view beats session_view")
        << mixed << QStringList{"--open", "device_view", "--device", "D"}
        << "org.matrix.session_view&device_id=D";
    QTest::newRow("org.matrix.sessions_list")
        << mixed << QStringList{"--open", "sessions_list"} << "org.matrix.sessions_list";
}

void TestExitCodes::printsTheMostPreferredSpellingTheServerListed()
{
    QFETCH(QStringList, listed);
    QFETCH(QStringList, arguments);
    QFETCH(QString, action);

    TestServer server;
    server->setActions(listed);
    const GatehouseRun run = runAgainst(server, arguments + QStringList{"--print-url"});
    GATEHOUSE_VERIFY_EXIT(run, 0);
    QCOMPARE(QString::fromUtf8(run.out), server.baseUrl() + "/account/?action=" + action + "\n");
}

void TestExitCodes::helpAndVersionNeedNoAccount_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("contains");
    QTest::newRow("--help") << QStringList{"--help"} << "--list";
    QTest::newRow("-h") << QStringList{"-h"} << "--print-url";
    QTest::newRow("--version") << QStringList{"--version"} << "Gatehouse ";
}

void TestExitCodes::helpAndVersionNeedNoAccount()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, contains);

    const GatehouseRun run = GatehouseProcess::run(arguments, e2eEnvironment());
    GATEHOUSE_VERIFY_EXIT(run, 0);
    QVERIFY2(QString::fromUtf8(run.out).contains(contains), describe(run).constData());
    QVERIFY(run.err.isEmpty());
}

void TestExitCodes::demoNeedsNoToken_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("--demo --list") << QStringList{"--demo", "--list"};
    QTest::newRow("--demo --list --json") << QStringList{"--demo", "--list", "--json"};
    QTest::newRow("--demo --open profile --print-url")
        << QStringList{"--demo", "--open", "profile", "--print-url"};
}

void TestExitCodes::demoNeedsNoToken()
{
    QFETCH(QStringList, arguments);
    const GatehouseRun run = GatehouseProcess::run(arguments, e2eEnvironment());
    GATEHOUSE_VERIFY_EXIT(run, 0);
    QVERIFY(!run.out.isEmpty());
    QVERIFY2(run.err.isEmpty(), describe(run).constData());
}

void TestExitCodes::exitsTwoOnBadUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown option") << QStringList{"--list", "--bogus"};
    QTest::newRow("unknown action") << QStringList{"--open", "frobnicate", "--print-url"};
    QTest::newRow("action in the wrong case") << QStringList{"--open", "Profile", "--print-url"};
    QTest::newRow("--open without an action") << QStringList{"--open"};
    QTest::newRow("device_view without --device") << QStringList{"--open", "device_view", "--print-url"};
    QTest::newRow("device_delete with an empty --device")
        << QStringList{"--open", "device_delete", "--device", "", "--print-url"};
    QTest::newRow("--device not allowed for profile")
        << QStringList{"--open", "profile", "--device", "X", "--print-url"};
    QTest::newRow("--device not allowed for account")
        << QStringList{"--open", "account", "--device", "X", "--print-url"};
    QTest::newRow("--device without --open") << QStringList{"--list", "--device", "X"};
    QTest::newRow("--json alone") << QStringList{"--json"};
    QTest::newRow("--json with --open") << QStringList{"--open", "profile", "--json"};
    QTest::newRow("--print-url alone") << QStringList{"--print-url"};
    QTest::newRow("two commands") << QStringList{"--list", "--open", "profile"};
    QTest::newRow("a stray argument") << QStringList{"--list", "extra"};
    QTest::newRow("demo tuning without the demo") << QStringList{"--list", "--devices", "3"};
}

void TestExitCodes::exitsTwoOnBadUsage()
{
    QFETCH(QStringList, arguments);

    TestServer server;
    const GatehouseRun run = runAgainst(server, arguments);
    GATEHOUSE_VERIFY_EXIT(run, 2);
    QVERIFY2(run.out.isEmpty(), describe(run).constData());
    QVERIFY2(isOneErrorLine(run.err), describe(run).constData());
    QVERIFY2(server->requestLog().isEmpty(), "bad usage is found before any request");
}

void TestExitCodes::exitsTwoWithoutAHomeserver_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("--homeserver ''") << QStringList{"--homeserver", "", "--list"};
    QTest::newRow("--homeserver blank") << QStringList{"--homeserver", "  ", "--list"};
    QTest::newRow("--homeserver=") << QStringList{"--list", "--homeserver="};
    QTest::newRow("--homeserver last, no value") << QStringList{"--list", "--homeserver"};
    QTest::newRow("--homeserver then an option") << QStringList{"--homeserver", "--list"};
    QTest::newRow("--account ''") << QStringList{"--account", "", "--list"};
}

void TestExitCodes::exitsTwoWithoutAHomeserver()
{
    // A token is set, so only the missing value can be the problem (not "not signed in", exit 5).
    QFETCH(QStringList, arguments);
    const GatehouseRun run =
        GatehouseProcess::run(arguments, e2eEnvironment({{TokenVariable, "some-token"}}));
    GATEHOUSE_VERIFY_EXIT(run, 2);
    QVERIFY2(run.out.isEmpty(), describe(run).constData());
    QVERIFY2(isOneErrorLine(run.err), describe(run).constData());
}

void TestExitCodes::exitsThreeWhenNotAdvertised_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QStringList>("arguments");

    QTest::newRow("mas lists no account_deactivate")
        << "mas" << QStringList{"--open", "account_deactivate", "--print-url"};
    QTest::newRow("mas, without --print-url")
        << "mas" << QStringList{"--open", "org.matrix.account_deactivate"};
    QTest::newRow("empty list: profile") << "none" << QStringList{"--open", "profile", "--print-url"};
    QTest::newRow("empty list: device_view")
        << "none" << QStringList{"--open", "device_view", "--device", "GATEHOUSE0", "--print-url"};
    QTest::newRow("list absent: devices_list")
        << "absent" << QStringList{"--open", "devices_list", "--print-url"};
    QTest::newRow("only unknown names") << "unknown" << QStringList{"--open", "profile", "--print-url"};
    QTest::newRow("names in the wrong case")
        << "wrongcase" << QStringList{"--open", "profile", "--print-url"};
    QTest::newRow("classic server: account page")
        << "classic" << QStringList{"--open", "account", "--print-url"};
    QTest::newRow("classic server: profile") << "classic" << QStringList{"--open", "profile", "--print-url"};
    QTest::newRow("no account_management_uri") << "nopage" << QStringList{"--open", "profile", "--print-url"};
    QTest::newRow("no account_management_uri: account page") << "nopage" << QStringList{"--open", "account"};
}

void TestExitCodes::exitsThreeWhenNotAdvertised()
{
    QFETCH(QString, setup);
    QFETCH(QStringList, arguments);

    TestServer server;
    if (setup == "mas")
        server->setActions(DemoOptions::masActions());
    else if (setup == "none")
        server->setActions(QStringList());
    else if (setup == "absent")
        server->setActions(std::nullopt);
    else if (setup == "unknown")
        server->setActions(QStringList{"org.matrix.frobnicate", "view_profile"});
    else if (setup == "wrongcase")
        server->setActions(QStringList{"ORG.MATRIX.PROFILE", "Profile"});
    else if (setup == "classic")
        server->setMetadataMode(DemoOptions::Metadata::None);
    else if (setup == "nopage") {
        QJsonObject metadata = server->authMetadata();
        metadata.remove("account_management_uri");
        server.answer(StablePath, 200, QJsonDocument(metadata).toJson());
    }

    const GatehouseRun run = runAgainst(server, arguments);
    GATEHOUSE_VERIFY_EXIT(run, 3);
    QVERIFY2(run.out.isEmpty(), describe(run).constData());
    QVERIFY2(isOneErrorLine(run.err), describe(run).constData());
}

void TestExitCodes::exitsFourOnServerErrors_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QStringList>("arguments");

    const QStringList list = {"--list"};
    const QStringList open = {"--open", "profile", "--print-url"};
    QTest::newRow("invalid metadata: --list") << "invalid metadata" << list;
    QTest::newRow("invalid metadata: --list --json") << "invalid metadata" << QStringList{"--list", "--json"};
    QTest::newRow("invalid metadata: --open") << "invalid metadata" << open;
    QTest::newRow("invalid metadata: --open account")
        << "invalid metadata" << QStringList{"--open", "account", "--print-url"};
    QTest::newRow("metadata behind a bare 404") << "bare 404" << open;
    QTest::newRow("metadata over the body cap") << "huge metadata" << list;
    QTest::newRow("devices not JSON") << "devices not JSON" << list;
    QTest::newRow("devices 500") << "devices 500" << list;
    QTest::newRow("429 forever") << "429" << list;
    QTest::newRow("429 forever on the metadata") << "429 metadata" << open;
    QTest::newRow("whoami never answers") << "silent" << list;
    QTest::newRow("metadata never answers") << "silent metadata" << open;
    QTest::newRow("discovery: /versions fails") << "discovery" << list;
    QTest::newRow("discovery: well-known not JSON") << "bad well-known" << list;
}

void TestExitCodes::exitsFourOnServerErrors()
{
    QFETCH(QString, setup);
    QFETCH(QStringList, arguments);

    TestServer server;
    QMap<QString, QString> environment;
    QString homeserver = server.baseUrl();
    const QByteArray limited = R"({"errcode":"M_LIMIT_EXCEEDED","error":"Too many requests"})";
    if (setup == "invalid metadata") {
        server.answer(StablePath, 200, R"({"issuer":"https://a.example/","account_management_uri":42})");
    } else if (setup == "bare 404") {
        server.answer(StablePath, 404, "Not Found", "text/plain");
    } else if (setup == "huge metadata") {
        // Valid metadata, padded over the 16 MiB cap.
        QByteArray metadata = QJsonDocument(server->authMetadata()).toJson(QJsonDocument::Compact);
        metadata.chop(1);
        server.answer(StablePath, 200,
                      metadata + R"(,"padding":")" + QByteArray(17 * 1024 * 1024, 'x') + "\"}");
    } else if (setup == "devices not JSON") {
        server.answer(DevicesPath, 200, "<html>devices</html>", "text/html");
    } else if (setup == "devices 500") {
        server.answer(DevicesPath, 500, R"({"errcode":"M_UNKNOWN","error":"Internal server error"})");
    } else if (setup == "429") {
        server.answer(WhoamiPath, 429, limited, "application/json", {{"Retry-After", "0"}});
    } else if (setup == "429 metadata") {
        server.answer(StablePath, 429, limited, "application/json", {{"Retry-After", "0"}});
    } else if (setup == "silent") {
        server.neverAnswer(WhoamiPath);
        environment.insert("GATEHOUSE_TIMEOUT_MS", "300");
    } else if (setup == "silent metadata") {
        server.neverAnswer(StablePath);
        environment.insert("GATEHOUSE_TIMEOUT_MS", "300");
    } else if (setup == "discovery") {
        server.answer("/_matrix/client/versions", 500, "{}");
        homeserver = "@alice:" + serverName(server);
    } else if (setup == "bad well-known") {
        server.answer("/.well-known/matrix/client", 200, "{not json", "text/plain");
        homeserver = serverName(server);
    }
    environment.insert(TokenVariable, server.token());

    const GatehouseRun run = GatehouseProcess::run(QStringList{"--homeserver", homeserver} + arguments,
                                                   e2eEnvironment(environment));
    GATEHOUSE_VERIFY_EXIT(run, 4);
    QVERIFY2(run.out.isEmpty(), describe(run).constData());
    QVERIFY2(isOneErrorLine(run.err), describe(run).constData());
    if (setup.startsWith("429"))
        QCOMPARE(server->requestCount(setup == "429" ? WhoamiPath : StablePath), 4); // 1 + 3 retries
}

void TestExitCodes::exitsFourWhenNothingListens()
{
    const quint16 port = closedPort();
    QVERIFY(port != 0);
    const GatehouseRun run =
        GatehouseProcess::run({"--homeserver", QString("http://127.0.0.1:%1").arg(port), "--list"},
                              e2eEnvironment({{TokenVariable, "some-token"}}));
    GATEHOUSE_VERIFY_EXIT(run, 4);
    QVERIFY2(isOneErrorLine(run.err), describe(run).constData());
}

void TestExitCodes::exitsFiveWithoutAToken_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("setToken");
    QTest::addColumn<QString>("token");
    QTest::newRow("--list, no variable") << QStringList{"--list"} << false << QString();
    QTest::newRow("--open, no variable")
        << QStringList{"--open", "profile", "--print-url"} << false << QString();
    QTest::newRow("empty variable") << QStringList{"--list"} << true << QString("");
    QTest::newRow("blank variable") << QStringList{"--list", "--json"} << true << QString("  \t ");
}

void TestExitCodes::exitsFiveWithoutAToken()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, setToken);
    QFETCH(QString, token);

    TestServer server;
    QMap<QString, QString> extra;
    if (setToken)
        extra.insert(TokenVariable, token);
    const GatehouseRun run = GatehouseProcess::run(QStringList{"--homeserver", server.baseUrl()} + arguments,
                                                   e2eEnvironment(extra));
    GATEHOUSE_VERIFY_EXIT(run, 5);
    QVERIFY2(run.out.isEmpty(), describe(run).constData());
    QVERIFY2(isOneErrorLine(run.err), describe(run).constData());
    QVERIFY(server->requestLog().isEmpty());

    // Not signed in anywhere at all.
    const GatehouseRun nowhere = GatehouseProcess::run(arguments, e2eEnvironment());
    GATEHOUSE_VERIFY_EXIT(nowhere, 5);
    QVERIFY2(isOneErrorLine(nowhere.err), describe(nowhere).constData());
}

void TestExitCodes::exitsFiveWhenTheTokenIsRejected_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("setup");
    QTest::newRow("--list") << QStringList{"--list"} << "wrong token";
    QTest::newRow("--list --json") << QStringList{"--list", "--json"} << "wrong token";
    QTest::newRow("--open") << QStringList{"--open", "profile", "--print-url"} << "wrong token";
    QTest::newRow("--open account") << QStringList{"--open", "account"} << "wrong token";
    QTest::newRow("rejected although the metadata is invalid")
        << QStringList{"--open", "profile", "--print-url"} << "wrong token, invalid metadata";
    QTest::newRow("soft logout") << QStringList{"--list"} << "soft logout";
}

void TestExitCodes::exitsFiveWhenTheTokenIsRejected()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, setup);

    TestServer server;
    QString token = "syt_wrong_token_0123456789";
    if (setup.contains("invalid metadata"))
        server.answer(StablePath, 200, "[]");
    if (setup == "soft logout") {
        token = server.token();
        const QByteArray body = R"({"errcode":"M_UNKNOWN_TOKEN","error":"expired","soft_logout":true})";
        server.answer(WhoamiPath, 401, body);
        server.answer(DevicesPath, 401, body);
    }
    const GatehouseRun run = runAgainst(server, arguments, {{TokenVariable, token}});
    GATEHOUSE_VERIFY_EXIT(run, 5);
    QVERIFY2(run.out.isEmpty(), describe(run).constData());
    QVERIFY2(isOneErrorLine(run.err), describe(run).constData());
}

void TestExitCodes::exitsSixForAnUnsafeHomeserverBeforeAnyRequest_data()
{
    QTest::addColumn<QString>("homeserver"); // %1 is the demo server's name with its port
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("plain http to another computer: --list") << "http://example.org" << QStringList{"--list"};
    QTest::newRow("plain http to another computer: --open")
        << "http://example.org" << QStringList{"--open", "profile", "--print-url"};
    QTest::newRow("userinfo on loopback") << "http://user:pw@%1" << QStringList{"--list", "--json"};
    QTest::newRow("javascript") << "javascript://%1/" << QStringList{"--list"};
}

void TestExitCodes::exitsSixForAnUnsafeHomeserverBeforeAnyRequest()
{
    QFETCH(QString, homeserver);
    QFETCH(QStringList, arguments);

    TestServer server;
    const GatehouseRun run = GatehouseProcess::run(
        QStringList{"--homeserver", QString(homeserver).replace("%1", serverName(server))} + arguments,
        e2eEnvironment({{TokenVariable, server.token()}}));
    GATEHOUSE_VERIFY_EXIT(run, 6);
    QVERIFY2(run.out.isEmpty(), describe(run).constData());
    QVERIFY2(isOneErrorLine(run.err), describe(run).constData());
    QVERIFY(server->requestLog().isEmpty());
}

void TestExitCodes::exitsSixForAnUnsafeHomeserverNamedByWellKnown()
{
    TestServer server;
    server.answer("/.well-known/matrix/client", 200,
                  R"({"m.homeserver":{"base_url":"http://matrix.example.org"}})");
    const GatehouseRun run = GatehouseProcess::run({"--homeserver", "@alice:" + serverName(server), "--list"},
                                                   e2eEnvironment({{TokenVariable, server.token()}}));
    GATEHOUSE_VERIFY_EXIT(run, 6);
    QVERIFY2(isOneErrorLine(run.err), describe(run).constData());
    QCOMPARE(server->requestLog(), QStringList{"GET /.well-known/matrix/client"});
}

void TestExitCodes::exitsSixForAnUnsafeAccountPage_data()
{
    QTest::addColumn<QString>("accountUri"); // %1 is the demo server's name with its port
    QTest::addColumn<bool>("advertised");
    QTest::addColumn<QStringList>("arguments");
    const QStringList profile = {"--open", "profile", "--print-url"};
    QTest::newRow("http to another computer") << "http://example.org/account" << true << profile;
    QTest::newRow("http to another computer: account page")
        << "http://example.org/account" << true << QStringList{"--open", "account", "--print-url"};
    QTest::newRow("http to another computer: without --print-url")
        << "http://example.org/account" << true << QStringList{"--open", "profile"};
    QTest::newRow("userinfo") << "http://user:pw@%1/account/" << true << profile;
    QTest::newRow("userinfo over https")
        << "https://user@example.org/account/" << true
        << QStringList{"--open", "device_view", "--device", "X", "--print-url"};
    QTest::newRow("no host") << "https:///account" << true << profile;
    QTest::newRow("javascript") << "javascript:alert(document.cookie)" << true << profile;
    QTest::newRow("data") << "data:text/html,<script>alert(1)</script>" << true << profile;
    QTest::newRow("6 wins over 3: nothing advertised") << "http://example.org/account" << false << profile;
    QTest::newRow("6 wins over 3: account_deactivate not listed")
        << "http://example.org/account" << true << QStringList{"--open", "account_deactivate", "--print-url"};
}

void TestExitCodes::exitsSixForAnUnsafeAccountPage()
{
    QFETCH(QString, accountUri);
    QFETCH(bool, advertised);
    QFETCH(QStringList, arguments);

    TestServer server;
    server->setAccountUri(QString(accountUri).replace("%1", serverName(server)));
    server->setActions(advertised ? DemoOptions::masActions() : QStringList());
    const GatehouseRun run = runAgainst(server, arguments);
    GATEHOUSE_VERIFY_EXIT(run, 6);
    QVERIFY2(run.out.isEmpty(), describe(run).constData());
    QVERIFY2(isOneErrorLine(run.err), describe(run).constData());
}

void TestExitCodes::exitsSevenWithoutABrowser_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("profile") << QStringList{"--open", "profile"} << "%1/account/?action=org.matrix.profile\n";
    QTest::newRow("device_delete") << QStringList{"--open", "device_delete", "--device", "D 1"}
                                   << "%1/account/?action=org.matrix.device_delete&device_id=D%201\n";
    QTest::newRow("account page") << QStringList{"--open", "account"} << "%1/account/\n";
}

void TestExitCodes::exitsSevenWithoutABrowser()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);

    TestServer server;
    const GatehouseRun run = runAgainst(server, arguments, {{"QT_QPA_PLATFORM", "offscreen"}});
    GATEHOUSE_VERIFY_EXIT(run, 7);
    QCOMPARE(QString::fromUtf8(run.out), QString(expected).replace("%1", server.baseUrl()));
    QVERIFY2(isOneErrorLine(run.err), describe(run).constData());
    // Says why without --verbose: the offscreen platform has no display.
    QVERIFY2(run.err.contains("no display"), describe(run).constData());
}

void TestExitCodes::exitsSevenWithoutADisplay()
{
    // No DISPLAY, no WAYLAND_DISPLAY and no platform chosen: gatehouse picks offscreen itself instead of
    // aborting, and reports that no browser could be opened.
    TestServer server;
    QProcessEnvironment environment = e2eEnvironment({{TokenVariable, server.token()}});
    environment.remove("QT_QPA_PLATFORM");
    environment.remove("DISPLAY");
    environment.remove("WAYLAND_DISPLAY");
    const GatehouseRun run =
        GatehouseProcess::run({"--homeserver", server.baseUrl(), "--open", "devices_list"}, environment);
    GATEHOUSE_VERIFY_EXIT(run, 7);
    QCOMPARE(QString::fromUtf8(run.out), server.baseUrl() + "/account/?action=org.matrix.devices_list\n");
    QVERIFY2(isOneErrorLine(run.err), describe(run).constData());
    QVERIFY2(run.err.contains("no display"), describe(run).constData());
}

QTEST_GUILESS_MAIN(TestExitCodes)
#include "tst_ExitCodes.moc"
