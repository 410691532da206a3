// Attacks on the binding between a secret and its server, each performed against servers on loopback
// (docs/threat-model.md): a token sent to another origin, a secret body re-sent by a 307 to another origin,
// a local process answering the OAuth loopback listener, a device-code answer that misleads, and DNS
// rebinding against the demo homeserver.
#include "FinishedSpy.h"
#include "HostileSupport.h"

#include "auth/DeviceCodeSignIn.h"
#include "auth/LoopbackRedirectListener.h"
#include "auth/PasswordSignIn.h"
#include "matrix/AuthMetadata.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;

class TestServerBinding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aTokenIsNeverSentToAnotherOrigin();
    void aTokenIsDroppedWhenARedirectLeavesItsOrigins();
    void aPasswordIsNeverResentToAnotherOrigin();
    void aSecretBodyNeverFollowsARedirectToAnotherOrigin_data();
    void aSecretBodyNeverFollowsARedirectToAnotherOrigin();
    void aSecretBodyFollowsASameOriginRedirect();
    void aLocalProcessCannotEndTheOAuthSignIn_data();
    void aLocalProcessCannotEndTheOAuthSignIn();
    void aMisleadingDeviceCodeIsRefusedBeforePolling_data();
    void aMisleadingDeviceCodeIsRefusedBeforePolling();
    void theDemoServerAnswersOnlyItsOwnHost_data();
    void theDemoServerAnswersOnlyItsOwnHost();
    void theDemoServersSecretsCannotBePredicted();
};

namespace {

// One raw HTTP/1.1 request on a fresh connection; the status code of the answer (0: none).
int rawStatus(quint16 port, const QByteArray& request)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    if (!socket.waitForConnected(5'000))
        return 0;
    socket.write(request);
    QByteArray answer;
    (void)QTest::qWaitFor(
        [&] {
            answer += socket.readAll();
            return answer.contains("\r\n") || socket.state() != QAbstractSocket::ConnectedState;
        },
        10'000);
    answer += socket.readAll();
    const QList<QByteArray> statusLine = answer.left(answer.indexOf("\r\n")).split(' ');
    return statusLine.size() >= 2 ? statusLine.at(1).toInt() : 0;
}

quint16 portOf(const QString& baseUrl)
{
    return quint16(QUrl(baseUrl).port());
}

} // namespace

void TestServerBinding::aTokenIsNeverSentToAnotherOrigin()
{
    TestServer home;
    TestServer other;
    HttpClient http;
    const QString path = QStringLiteral("/_matrix/client/v3/account/whoami");
    HttpRequest request = HttpRequest::get(QUrl(other.baseUrl() + path), home.token());
    request.tokenOrigins = {HttpRequest::originOf(QUrl(home.baseUrl()))};
    const auto result = fetch(http, request);
    QVERIFY(result && !*result);
    QCOMPARE(result->error().kind, Error::Kind::UnsafeUrl);
    QCOMPARE(other->requestCount(path), 0);

    // To its own origin it goes as always.
    request.url = QUrl(home.baseUrl() + path);
    const auto own = fetch(http, request);
    QVERIFY(own && *own);
    QCOMPARE((*own)->status, 200);
}

void TestServerBinding::aTokenIsDroppedWhenARedirectLeavesItsOrigins()
{
    TestServer home;
    TestServer other;
    HttpClient http;
    const QString path = QStringLiteral("/_matrix/client/v3/account/whoami");
    home.answer(QStringLiteral("/moved"), 307, QByteArray(), "text/plain",
                {{"Location", (other.baseUrl() + path).toUtf8()}});
    HttpRequest request = HttpRequest::get(QUrl(home.baseUrl() + QStringLiteral("/moved")), home.token());
    request.tokenOrigins = {HttpRequest::originOf(QUrl(home.baseUrl()))};
    const auto result = fetch(http, request);
    QVERIFY(result && *result);
    QCOMPARE(other->requestCount(path), 1);
    QCOMPARE((*result)->status, 401); // it arrived without the token
}

void TestServerBinding::aPasswordIsNeverResentToAnotherOrigin()
{
    TestServer home;
    TestServer thief;
    const QString login = QStringLiteral("/_matrix/client/v3/login");
    home.answer(login, 307, QByteArray(), "text/plain", {{"Location", (thief.baseUrl() + login).toUtf8()}});
    HttpClient http;
    PasswordSignIn signIn(&http);
    FinishedSpy<SignInResult> finished(&signIn);
    signIn.start(home.baseUrl(), QStringLiteral("alice"), QStringLiteral("correct horse"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20'000);
    QCOMPARE(finished.successes(), 0);
    QCOMPARE(finished.firstError().kind, Error::Kind::InsecureRedirect);
    QCOMPARE(thief->requestCount(login), 0);
}

void TestServerBinding::aSecretBodyNeverFollowsARedirectToAnotherOrigin_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("307") << 307;
    QTest::newRow("308") << 308;
    QTest::newRow("303 (body dropped, still refused)") << 303;
    QTest::newRow("302") << 302;
}

void TestServerBinding::aSecretBodyNeverFollowsARedirectToAnotherOrigin()
{
    QFETCH(int, status);
    TestServer home;
    TestServer thief;
    const QString token = QStringLiteral("/oauth/token");
    home.answer(token, status, QByteArray(), "text/plain",
                {{"Location", (thief.baseUrl() + token).toUtf8()}});
    HttpRequest request = HttpRequest::form(QUrl(home.baseUrl() + token),
                                            {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                             {QStringLiteral("refresh_token"), QStringLiteral("r-secret")}});
    request.bodyHasSecret = true;
    HttpClient http;
    const auto result = fetch(http, request);
    QVERIFY(result && !*result);
    QCOMPARE(result->error().kind, Error::Kind::InsecureRedirect);
    QCOMPARE(thief->requestCount(token), 0);
}

void TestServerBinding::aSecretBodyFollowsASameOriginRedirect()
{
    TestServer home;
    home.answer(QStringLiteral("/old-login"), 308, QByteArray(), "text/plain",
                {{"Location", (home.baseUrl() + QStringLiteral("/_matrix/client/v3/login")).toUtf8()}});
    HttpRequest request =
        HttpRequest::json("POST", QUrl(home.baseUrl() + QStringLiteral("/old-login")), "{}");
    request.bodyHasSecret = true;
    HttpClient http;
    const auto result = fetch(http, request);
    QVERIFY(result && *result);
    QCOMPARE((*result)->url, QUrl(home.baseUrl() + QStringLiteral("/_matrix/client/v3/login")));
    QCOMPARE(home->requestCount(QStringLiteral("/_matrix/client/v3/login")), 1);
}

void TestServerBinding::aLocalProcessCannotEndTheOAuthSignIn_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::newRow("no state") << QByteArray("GET /callback?code=stolen HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                              << 400;
    QTest::newRow("wrong state")
        << QByteArray("GET /callback?code=x&state=guess HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n") << 400;
    QTest::newRow("an error without the state")
        << QByteArray("GET /callback?error=access_denied HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n") << 400;
    QTest::newRow("another path") << QByteArray("GET /other?state=s-1 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                                  << 404;
    QTest::newRow("another method") << QByteArray(
                                           "POST /callback?state=s-1 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                                    << 405;
}

void TestServerBinding::aLocalProcessCannotEndTheOAuthSignIn()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    LoopbackRedirectListener listener;
    QVERIFY(listener.listen());
    listener.setExpectedState(QStringLiteral("s-1"));
    QSignalSpy received(&listener, &LoopbackRedirectListener::callbackReceived);

    // The attacker: any local process can connect to the port.
    QCOMPARE(rawStatus(listener.port(), request), status);
    QCOMPARE(received.count(), 0);
    QVERIFY(listener.isListening());

    // The browser with the right answer still gets through, and only it ends the listener.
    QCOMPARE(rawStatus(listener.port(), "GET /callback?code=c&state=s-1 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"),
             200);
    QCOMPARE(received.count(), 1);
    QVERIFY(received.first().first().toString().contains(u"code=c"));
    QVERIFY(!listener.isListening());
}

void TestServerBinding::aMisleadingDeviceCodeIsRefusedBeforePolling_data()
{
    QTest::addColumn<QString>("userCode");
    QTest::addColumn<QString>("verification");
    QTest::addColumn<QString>("complete");
    const QString page = QStringLiteral("https://example.org/device");
    QTest::newRow("bidi controls in the code") << QStringLiteral("ABCD\u202EFGH") << page << QString();
    QTest::newRow("non-ASCII code") << QStringLiteral("АВСD-EFGH") << page << QString();
    QTest::newRow("a newline") << QStringLiteral("ABCD\nSend your password to evil.example") << page
                               << QString();
    QTest::newRow("too long") << QString(65, u'A') << page << QString();
    QTest::newRow("unsafe page") << QStringLiteral("ABCD-EFGH")
                                 << QStringLiteral("http://evil.example/device") << QString();
    QTest::newRow("unsafe complete page")
        << QStringLiteral("ABCD-EFGH") << page << QStringLiteral("javascript:alert(1)");
}

void TestServerBinding::aMisleadingDeviceCodeIsRefusedBeforePolling()
{
    QFETCH(QString, userCode);
    QFETCH(QString, verification);
    QFETCH(QString, complete);
    TestServer server;
    QJsonObject answer{{QStringLiteral("device_code"), QStringLiteral("dc-123456")},
                       {QStringLiteral("user_code"), userCode},
                       {QStringLiteral("verification_uri"), verification},
                       {QStringLiteral("expires_in"), 600},
                       {QStringLiteral("interval"), 1}};
    if (!complete.isEmpty())
        answer.insert(QStringLiteral("verification_uri_complete"), complete);
    server.answer(QStringLiteral("/oauth/device"), 200, json(answer));
    HttpClient http;
    DeviceCodeSignIn signIn(&http);
    FinishedSpy<SignInResult> finished(&signIn);
    QSignalSpy shown(&signIn, &DeviceCodeSignIn::codeReady);
    signIn.start(server.baseUrl(),
                 AuthMetadata::parse(QJsonDocument(server->authMetadata()).toJson()).value());
    QTRY_COMPARE_WITH_TIMEOUT(finished.failures(), 1, 20'000);
    QCOMPARE(shown.count(), 0);
    QCOMPARE(server->requestCount(QStringLiteral("/oauth/token")), 0);
}

void TestServerBinding::theDemoServerAnswersOnlyItsOwnHost_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("status");
    QTest::newRow("127.0.0.1:PORT") << QStringLiteral("127.0.0.1:PORT") << 200;
    QTest::newRow("localhost:PORT") << QStringLiteral("localhost:PORT") << 200;
    QTest::newRow("[::1]:PORT") << QStringLiteral("[::1]:PORT") << 200;
    QTest::newRow("a rebound name") << QStringLiteral("attacker.example:PORT") << 421;
    QTest::newRow("another port") << QStringLiteral("127.0.0.1:1") << 421;
    QTest::newRow("no port") << QStringLiteral("127.0.0.1") << 421;
    QTest::newRow("no Host") << QString() << 421;
}

void TestServerBinding::theDemoServerAnswersOnlyItsOwnHost()
{
    QFETCH(QString, host);
    QFETCH(int, status);
    TestServer server;
    const quint16 port = portOf(server.baseUrl());
    host.replace(QStringLiteral("PORT"), QString::number(port));
    const QString device = server->account().devices().first().id;
    const QByteArray path = "/_matrix/client/v3/devices/" + QUrl::toPercentEncoding(device);
    const QByteArray headers = (host.isNull() ? QByteArray() : "Host: " + host.toLatin1() + "\r\n") +
                               "Authorization: Bearer " + server.token().toUtf8() + "\r\n";
    // A rename: a request with a side effect, as a rebinding page would send it.
    const QByteArray body = R"({"display_name":"renamed by a web page"})";
    const int answered = rawStatus(port, "PUT " + path + " HTTP/1.1\r\n" + headers +
                                             "Content-Type: application/json\r\nContent-Length: " +
                                             QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QCOMPARE(answered, status);
    const bool renamed = server->account().device(device)->displayName.value_or(QString()) ==
                         QStringLiteral("renamed by a web page");
    QCOMPARE(renamed, status == 200);
    if (status == 421)
        QCOMPARE(server->requestCount(QString::fromLatin1(path)), 0);
}

void TestServerBinding::theDemoServersSecretsCannotBePredicted()
{
    // QRandomGenerator::global() is a Mersenne Twister: whoever knows its state (a few hundred public
    // outputs, such as the account page's form tokens, reveal it) knows what it draws next. The attacker
    // here has the state outright, a copy of the generator taken just before the server starts, and
    // looks for the server's access token among the next few thousand draws.
    QRandomGenerator attacker(*QRandomGenerator::global());
    TestServer server;
    const QString token = server.token();
    QList<quint32> stream(4096);
    attacker.fillRange(stream.data(), stream.size());
    for (qsizetype i = 0; i + 1 < stream.size(); ++i) {
        const quint64 lowFirst = quint64(stream.at(i)) | (quint64(stream.at(i + 1)) << 32);
        const quint64 highFirst = quint64(stream.at(i + 1)) | (quint64(stream.at(i)) << 32);
        for (const quint64 draw : {lowFirst, highFirst})
            QVERIFY2(!token.contains(QString::number(draw, 36)),
                     "the demo token was predicted from the generator");
    }
}

QTEST_GUILESS_MAIN(TestServerBinding)
#include "tst_ServerBinding.moc"
