// Turning what a person typed into a homeserver base URL, over real HTTP on loopback:
// /.well-known/matrix/client with its IGNORE / FAIL_PROMPT / FAIL_ERROR outcomes, then /versions
// (spec "Server Discovery"). Loopback hosts are asked over http (ServerDiscovery::schemeFor); a base URL with
// a scheme is used as it is.
#include "Await.h"
#include "TestServer.h"
#include "matrix/HomeserverAddress.h"
#include "matrix/ServerDiscovery.h"
#include "network/HttpClient.h"

#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;

Q_DECLARE_METATYPE(Error::Kind)

namespace {

const QString WellKnownPath = QStringLiteral("/.well-known/matrix/client");
const QString VersionsPath = QStringLiteral("/_matrix/client/versions");

std::optional<Result<QString>> discover(const QString& typed)
{
    HttpClient http;
    ServerDiscovery discovery(&http);
    return await<QString>([&discovery, &typed](const QObject* context, auto done) {
        discovery.discover(HomeserverAddress::parse(typed), context, std::move(done));
    });
}

QString serverName(const TestServer& server)
{
    return QString(server.baseUrl()).remove("http://");
}

QByteArray wellKnownFor(const QString& baseUrl)
{
    return R"({"m.homeserver":{"base_url":")" + baseUrl.toUtf8() + R"("}})";
}

} // namespace

class TestServerDiscovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usesPlainHttpOnlyForThisComputer_data();
    void usesPlainHttpOnlyForThisComputer();
    void findsTheBaseUrlThroughWellKnown_data();
    void findsTheBaseUrlThroughWellKnown();
    void followsWellKnownToAnotherServer();
    void acceptsABaseUrlWithATrailingSlash();
    void fallsBackToTheServerItselfWithoutWellKnown();
    void failsWithAPromptOnAnUnreadableWellKnown_data();
    void failsWithAPromptOnAnUnreadableWellKnown();
    void failsWithAnErrorWhenBaseUrlIsNotAUrl_data();
    void failsWithAnErrorWhenBaseUrlIsNotAUrl();
    void refusesAnUnsafeBaseUrlFromWellKnown_data();
    void refusesAnUnsafeBaseUrlFromWellKnown();
    void refusesAWellKnownRedirectToAnUnsafeAddress();
    void failsWhenVersionsFails_data();
    void failsWhenVersionsFails();
    void usesABaseUrlWithASchemeAsItIs_data();
    void usesABaseUrlWithASchemeAsItIs();
    void refusesAnUnsafeBaseUrlTypedByThePerson_data();
    void refusesAnUnsafeBaseUrlTypedByThePerson();
    void rejectsWhatIsNotAnAddress_data();
    void rejectsWhatIsNotAnAddress();
    void answerToADiscoveryThatIsGoneGoesNowhere();
};

void TestServerDiscovery::usesPlainHttpOnlyForThisComputer_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("scheme");
    QTest::newRow("127.0.0.1") << "127.0.0.1"
                               << "http";
    QTest::newRow("127.1.2.3") << "127.1.2.3"
                               << "http";
    QTest::newRow("localhost") << "localhost"
                               << "http";
    QTest::newRow("[::1]") << "[::1]"
                           << "http";
    QTest::newRow("example.org") << "example.org"
                                 << "https";
    QTest::newRow("localhost.example.org") << "localhost.example.org"
                                           << "https";
    QTest::newRow("192.168.1.1") << "192.168.1.1"
                                 << "https";
}

void TestServerDiscovery::usesPlainHttpOnlyForThisComputer()
{
    QFETCH(QString, host);
    QFETCH(QString, scheme);
    QCOMPARE(ServerDiscovery::schemeFor(host), scheme);
}

void TestServerDiscovery::findsTheBaseUrlThroughWellKnown_data()
{
    QTest::addColumn<QString>("typed"); // %1 is the server name with its port
    QTest::newRow("user ID") << "@alice:%1";
    QTest::newRow("server name") << "%1";
    QTest::newRow("server name with blanks around it") << "  %1 ";
}

void TestServerDiscovery::findsTheBaseUrlThroughWellKnown()
{
    QFETCH(QString, typed);

    TestServer server;
    const auto result = discover(typed.arg(serverName(server)));
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().fullText()));
    QCOMPARE(result->value(), server.baseUrl());
    QCOMPARE(server->requestLog(), (QStringList{"GET " + WellKnownPath, "GET " + VersionsPath}));
}

void TestServerDiscovery::followsWellKnownToAnotherServer()
{
    TestServer named;
    TestServer homeserver;
    named.answer(WellKnownPath, 200, wellKnownFor(homeserver.baseUrl()));

    const auto result = discover("@alice:" + serverName(named));
    QVERIFY(result);
    QVERIFY(result->ok());
    QCOMPARE(result->value(), homeserver.baseUrl());
    QCOMPARE(named->requestLog(), QStringList{"GET " + WellKnownPath});
    QCOMPARE(homeserver->requestLog(), QStringList{"GET " + VersionsPath});
}

void TestServerDiscovery::acceptsABaseUrlWithATrailingSlash()
{
    TestServer server;
    server.answer(WellKnownPath, 200, wellKnownFor(server.baseUrl() + "/"));
    const auto result = discover(serverName(server));
    QVERIFY(result && result->ok());
    QCOMPARE(result->value(), server.baseUrl());
    QCOMPARE(server->requestCount(VersionsPath), 1);
}

void TestServerDiscovery::fallsBackToTheServerItselfWithoutWellKnown()
{
    TestServer server;
    server.answer(WellKnownPath, 404, "Not Found", "text/plain");
    const auto result = discover("@alice:" + serverName(server));
    QVERIFY(result);
    QVERIFY(result->ok());
    QCOMPARE(result->value(), server.baseUrl());
    QCOMPARE(server->requestLog(), (QStringList{"GET " + WellKnownPath, "GET " + VersionsPath}));
}

void TestServerDiscovery::failsWithAPromptOnAnUnreadableWellKnown_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("not JSON") << 200 << QByteArray("<html>welcome</html>");
    QTest::newRow("empty body") << 200 << QByteArray();
    QTest::newRow("JSON array") << 200 << QByteArray("[]");
    QTest::newRow("no m.homeserver") << 200 << QByteArray(R"({"m.identity_server":{}})");
    QTest::newRow("base_url a number") << 200 << QByteArray(R"({"m.homeserver":{"base_url":8008}})");
    QTest::newRow("500") << 500 << QByteArray("{}");
    QTest::newRow("403") << 403 << QByteArray(R"({"errcode":"M_FORBIDDEN"})");
}

void TestServerDiscovery::failsWithAPromptOnAnUnreadableWellKnown()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);

    TestServer server;
    server.answer(WellKnownPath, status, body);
    const auto result = discover("@alice:" + serverName(server));
    QVERIFY(result);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind, Error::Kind::Discovery);
    // FAIL_PROMPT: the person is asked for the homeserver address.
    QVERIFY2(result->error().message.contains("Enter the homeserver address"),
             qPrintable(result->error().message));
    QCOMPARE(server->requestLog(), QStringList{"GET " + WellKnownPath});
}

void TestServerDiscovery::failsWithAnErrorWhenBaseUrlIsNotAUrl_data()
{
    QTest::addColumn<QByteArray>("baseUrl");
    QTest::newRow("no scheme") << QByteArray("matrix.example.org");
    QTest::newRow("no host") << QByteArray("https://");
    QTest::newRow("words") << QByteArray("not a url");
}

void TestServerDiscovery::failsWithAnErrorWhenBaseUrlIsNotAUrl()
{
    QFETCH(QByteArray, baseUrl);

    TestServer server;
    server.answer(WellKnownPath, 200, R"({"m.homeserver":{"base_url":")" + baseUrl + R"("}})");
    const auto result = discover(serverName(server));
    QVERIFY(result);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind, Error::Kind::Discovery);
    QVERIFY2(!result->error().message.contains("Enter the homeserver address"),
             qPrintable(result->error().message));
    QCOMPARE(server->requestLog(), QStringList{"GET " + WellKnownPath});
}

void TestServerDiscovery::refusesAnUnsafeBaseUrlFromWellKnown_data()
{
    QTest::addColumn<QByteArray>("baseUrl");
    QTest::newRow("plain http to another computer") << QByteArray("http://matrix.example.org");
    QTest::newRow("userinfo") << QByteArray("https://user:pw@matrix.example.org");
    QTest::newRow("javascript") << QByteArray("javascript://matrix.example.org/%0aalert(1)");
}

void TestServerDiscovery::refusesAnUnsafeBaseUrlFromWellKnown()
{
    QFETCH(QByteArray, baseUrl);

    TestServer server;
    server.answer(WellKnownPath, 200, R"({"m.homeserver":{"base_url":")" + baseUrl + R"("}})");
    const auto result = discover(serverName(server));
    QVERIFY(result);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind, Error::Kind::UnsafeUrl);
    QCOMPARE(server->requestLog(), QStringList{"GET " + WellKnownPath});
}

void TestServerDiscovery::refusesAWellKnownRedirectToAnUnsafeAddress()
{
    // A refused redirect is a refusal (exit 6), not an unreadable discovery file (exit 4).
    TestServer server;
    server.answer(WellKnownPath, 302, "", "text/plain",
                  {{"Location", "http://matrix.example.org/.well-known/matrix/client"}});
    const auto result = discover(serverName(server));
    QVERIFY(result);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind, Error::Kind::InsecureRedirect);
    QCOMPARE(server->requestLog(), QStringList{"GET " + WellKnownPath});
}

void TestServerDiscovery::failsWhenVersionsFails_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("500") << 500 << QByteArray(R"({"errcode":"M_UNKNOWN"})");
    QTest::newRow("404") << 404 << QByteArray(R"({"errcode":"M_UNRECOGNIZED"})");
    QTest::newRow("not JSON") << 200 << QByteArray("<html>It works!</html>");
    QTest::newRow("versions not a list") << 200 << QByteArray(R"({"versions":"v1.11"})");
}

void TestServerDiscovery::failsWhenVersionsFails()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);

    TestServer server;
    server.answer(VersionsPath, status, body);
    const auto result = discover("@alice:" + serverName(server));
    QVERIFY(result);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind, Error::Kind::Discovery);
    QCOMPARE(server->requestCount(VersionsPath), 1);
}

void TestServerDiscovery::usesABaseUrlWithASchemeAsItIs_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QString>("expectedSuffix");
    QTest::newRow("bare") << ""
                          << "";
    QTest::newRow("trailing slash") << "/"
                                    << "";
    QTest::newRow("with a path") << "/matrix/"
                                 << "/matrix";
}

void TestServerDiscovery::usesABaseUrlWithASchemeAsItIs()
{
    QFETCH(QString, suffix);
    QFETCH(QString, expectedSuffix);

    TestServer server;
    // Even a well-known that points elsewhere is not asked for.
    server.answer(WellKnownPath, 200, wellKnownFor("https://elsewhere.example.org"));
    const auto result = discover(server.baseUrl() + suffix);
    QVERIFY(result);
    QVERIFY(result->ok());
    QCOMPARE(result->value(), server.baseUrl() + expectedSuffix);
    QCOMPARE(server->requestCount(WellKnownPath), 0);
}

void TestServerDiscovery::refusesAnUnsafeBaseUrlTypedByThePerson_data()
{
    QTest::addColumn<QString>("typed"); // %1 is the server name with its port
    QTest::newRow("plain http to another computer") << "http://example.org";
    QTest::newRow("userinfo on loopback") << "http://user:pw@%1";
    QTest::newRow("ftp") << "ftp://%1";
}

void TestServerDiscovery::refusesAnUnsafeBaseUrlTypedByThePerson()
{
    QFETCH(QString, typed);

    TestServer server;
    const auto result = discover(typed.contains("%1") ? typed.arg(serverName(server)) : typed);
    QVERIFY(result);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind, Error::Kind::UnsafeUrl);
    QVERIFY(server->requestLog().isEmpty());
}

void TestServerDiscovery::rejectsWhatIsNotAnAddress_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("empty") << "";
    QTest::newRow("user ID without server") << "@alice";
    QTest::newRow("user ID with an empty server") << "@alice:";
    QTest::newRow("spaces in the server name") << "@alice:exa mple.org";
    QTest::newRow("path in a server name") << "example.org/matrix";
}

void TestServerDiscovery::rejectsWhatIsNotAnAddress()
{
    QFETCH(QString, typed);
    const auto result = discover(typed);
    QVERIFY(result);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind, Error::Kind::Discovery);
    QVERIFY(!result->error().message.isEmpty());
}

// The sign-in was abandoned (its session, and the discovery with it, deleted) while .well-known was being
// asked: the answer is dropped, and /versions is not asked.
void TestServerDiscovery::answerToADiscoveryThatIsGoneGoesNowhere()
{
    TestServer server;
    server.answer(WellKnownPath, 404, "Not Found", "text/plain");
    HttpClient http;
    QObject context;
    bool called = false;
    auto* discovery = new ServerDiscovery(&http);
    discovery->discover(HomeserverAddress::parse("@alice:" + serverName(server)), &context,
                        [&called](const Result<QString>&) { called = true; });
    QVERIFY(http.hasRequestsInFlight());
    delete discovery;
    QTRY_VERIFY_WITH_TIMEOUT(!http.hasRequestsInFlight(), 30'000);
    QCoreApplication::processEvents();
    QVERIFY(!called);
    QCOMPARE(server->requestLog(), QStringList{"GET " + WellKnownPath});
}

QTEST_GUILESS_MAIN(TestServerDiscovery)
#include "tst_ServerDiscovery.moc"
