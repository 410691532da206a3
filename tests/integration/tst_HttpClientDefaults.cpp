// docs/protocol.md "Network defaults" over real HTTP on loopback: the transfer deadline, the body cap (told
// and streamed), the bounded 429 back-off, checked redirects (at most 5, never to an unsafe address, the
// token kept at home) and unsafe URLs refused before any request.
#include "Await.h"
#include "TestServer.h"
#include "matrix/MatrixError.h"
#include "network/HttpClient.h"

#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace gatehouse;
using namespace gatehouse::test;

Q_DECLARE_METATYPE(Error::Kind)

namespace {

std::optional<HttpResult> fetch(HttpClient& http, const HttpRequest& request)
{
    return await<HttpResponse>([&http, &request](const QObject* context, auto done) {
        http.send(request, context, std::move(done));
    });
}

std::optional<HttpResult> fetch(HttpClient& http, const QString& url, const QString& token = {})
{
    return fetch(http, HttpRequest::get(QUrl(url), token));
}

QByteArray headerOf(const QHttpServerRequest& request, const QByteArray& lowerCaseName)
{
    const auto headers = request.headers();
    for (const auto& [name, value] : headers) {
        if (name.toLower() == lowerCaseName)
            return value;
    }
    return {};
}

// `path` answers 429 `times` times (with these headers and body), then 200 {"ok":true}.
void rateLimit(TestServer& server, const QString& path, int times, const QByteArray& retryAfter,
               const QByteArray& body = R"({"errcode":"M_LIMIT_EXCEEDED","error":"Too many requests"})")
{
    auto served = std::make_shared<int>(0);
    server->setOverride(
        path, [served, times, retryAfter, body](const QHttpServerRequest&, QHttpServerResponder& responder) {
            const bool limited = times < 0 || (*served)++ < times;
            const QByteArray answer = limited ? body : QByteArray(R"({"ok":true})");
            responder.writeStatusLine(limited ? QHttpServerResponder::StatusCode::TooManyRequests
                                              : QHttpServerResponder::StatusCode::Ok);
            responder.writeHeader("Content-Type", "application/json");
            responder.writeHeader("Content-Length", QByteArray::number(answer.size()));
            if (limited && !retryAfter.isNull())
                responder.writeHeader("Retry-After", retryAfter);
            responder.writeBody(answer);
            return true;
        });
}

void redirect(TestServer& server, const QString& path, const QByteArray& location, int status = 302)
{
    server.answer(path, status, {}, "text/plain", {{"Location", location}});
}

// Records the Authorization header of every request to `path` and answers 200.
std::shared_ptr<QList<QByteArray>> recordAuthorization(TestServer& server, const QString& path)
{
    auto seen = std::make_shared<QList<QByteArray>>();
    server->setOverride(path, [seen](const QHttpServerRequest& request, QHttpServerResponder& responder) {
        seen->append(headerOf(request, "authorization"));
        const QByteArray body = "{}";
        responder.writeStatusLine(QHttpServerResponder::StatusCode::Ok);
        responder.writeHeader("Content-Type", "application/json");
        responder.writeHeader("Content-Length", QByteArray::number(body.size()));
        responder.writeBody(body);
        return true;
    });
    return seen;
}

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

class TestHttpClientDefaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersAnOrdinaryRequest();
    void timesOutWhenTheServerNeverAnswers();
    void timesOutWhenTheBodyNeverEnds();
    void refusesABodyOverTheCapByContentLength();
    void refusesAStreamedBodyOverTheCapWithoutWaitingForItsEnd();
    void refusesAChunkedBodyOverTheCap();
    void acceptsABodyExactlyAtTheCap();
    void retriesAfterRateLimit_data();
    void retriesAfterRateLimit();
    void givesUpAfterTheBoundedRetries();
    void givesUpAtOnceWhenAskedToWaitTooLong_data();
    void givesUpAtOnceWhenAskedToWaitTooLong();
    void returnsA429AsItIsWhenRetryingIsOff();
    void followsUpToFiveRedirects_data();
    void followsUpToFiveRedirects();
    void refusesUnsafeRedirects_data();
    void refusesUnsafeRedirects();
    void keepsTheTokenOnItsOrigin();
    void dropsTheTokenOnARedirectToAnotherOrigin_data();
    void dropsTheTokenOnARedirectToAnotherOrigin();
    void refusesUnsafeUrlsBeforeAnyRequest_data();
    void refusesUnsafeUrlsBeforeAnyRequest();
    void reportsARefusedConnection();
    void neverAnswersADestroyedContext();
};

void TestHttpClientDefaults::answersAnOrdinaryRequest()
{
    TestServer server;
    HttpClient http;
    const auto result = fetch(http, server.baseUrl() + "/_matrix/client/versions");
    QVERIFY(result);
    QVERIFY(result->ok());
    QCOMPARE(result->value().status, 200);
    QVERIFY(result->value().body.contains("versions"));
    QCOMPARE(result->value().header("content-type"), "application/json");
    QCOMPARE(http.requestsInFlight(), 0);
}

void TestHttpClientDefaults::timesOutWhenTheServerNeverAnswers()
{
    TestServer server;
    server.neverAnswer("/slow");
    HttpClient http;
    http.setTimeoutMs(300);
    const auto result = fetch(http, server.baseUrl() + "/slow");
    QVERIFY(result);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind, Error::Kind::Timeout);
    QVERIFY(!result->error().message.isEmpty());
    QCOMPARE(http.requestsInFlight(), 0);
}

void TestHttpClientDefaults::timesOutWhenTheBodyNeverEnds()
{
    // The deadline covers the whole transfer, not just the first byte.
    TestServer server;
    server->setOverride("/trickle", [](const QHttpServerRequest&, QHttpServerResponder& responder) {
        responder.writeStatusLine(QHttpServerResponder::StatusCode::Ok);
        responder.writeHeader("Content-Type", "application/json");
        responder.writeHeader("Content-Length", "1000");
        responder.writeBody("{\"devices\":[");
        return true; // the other 988 bytes never come
    });
    HttpClient http;
    http.setTimeoutMs(300);
    const auto result = fetch(http, server.baseUrl() + "/trickle");
    QVERIFY(result);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind, Error::Kind::Timeout);
}

void TestHttpClientDefaults::refusesABodyOverTheCapByContentLength()
{
    TestServer server;
    server.answer("/big", 200, QByteArray(5000, 'x'), "text/plain");
    HttpClient http;
    http.setMaxBodyBytes(1000);
    const auto result = fetch(http, server.baseUrl() + "/big");
    QVERIFY(result);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind, Error::Kind::TooLarge);
}

void TestHttpClientDefaults::refusesAStreamedBodyOverTheCapWithoutWaitingForItsEnd()
{
    // A chunked body that goes over the cap and then never ends: the cap must stop it while it streams
    // (the deadline is far away, so a Timeout here would mean the body was read to its end first).
    TestServer server;
    server->setOverride("/stream", [](const QHttpServerRequest&, QHttpServerResponder& responder) {
        responder.writeStatusLine(QHttpServerResponder::StatusCode::Ok);
        responder.writeHeader("Content-Type", "application/json");
        responder.writeHeader("Transfer-Encoding", "chunked");
        const QByteArray chunk(4000, 'x');
        responder.writeBody(QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n");
        return true; // no terminating chunk: the connection stays open
    });
    HttpClient http;
    http.setMaxBodyBytes(1000);
    http.setTimeoutMs(AnswerTimeoutMs);
    const auto result = fetch(http, server.baseUrl() + "/stream");
    QVERIFY(result);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind, Error::Kind::TooLarge);
}

void TestHttpClientDefaults::refusesAChunkedBodyOverTheCap()
{
    // Many small chunks, properly terminated, without a Content-Length.
    TestServer server;
    server->setOverride("/chunks", [](const QHttpServerRequest&, QHttpServerResponder& responder) {
        responder.writeStatusLine(QHttpServerResponder::StatusCode::Ok);
        responder.writeHeader("Content-Type", "application/json");
        responder.writeHeader("Transfer-Encoding", "chunked");
        QByteArray body;
        for (int i = 0; i < 50; ++i)
            body += "64\r\n" + QByteArray(100, 'y') + "\r\n";
        body += "0\r\n\r\n";
        responder.writeBody(body);
        return true;
    });
    HttpClient http;
    http.setMaxBodyBytes(1000);
    const auto result = fetch(http, server.baseUrl() + "/chunks");
    QVERIFY(result);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind, Error::Kind::TooLarge);

    // The same answer fits under a larger cap, so the framing itself is sound.
    http.setMaxBodyBytes(5000);
    const auto fits = fetch(http, server.baseUrl() + "/chunks");
    QVERIFY(fits);
    QVERIFY(fits->ok());
    QCOMPARE(fits->value().body, QByteArray(5000, 'y'));
}

void TestHttpClientDefaults::acceptsABodyExactlyAtTheCap()
{
    TestServer server;
    server.answer("/exact", 200, QByteArray(1000, 'z'), "text/plain");
    HttpClient http;
    http.setMaxBodyBytes(1000);
    const auto result = fetch(http, server.baseUrl() + "/exact");
    QVERIFY(result);
    QVERIFY(result->ok());
    QCOMPARE(result->value().body.size(), 1000);
}

void TestHttpClientDefaults::retriesAfterRateLimit_data()
{
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("Retry-After: 0") << QByteArray("0")
                                    << QByteArray(R"({"errcode":"M_LIMIT_EXCEEDED","error":"slow down"})");
    QTest::newRow("retry_after_ms: 0 in the body")
        << QByteArray() << QByteArray(R"({"errcode":"M_LIMIT_EXCEEDED","retry_after_ms":0})");
    QTest::newRow("Retry-After date in the past")
        << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << QByteArray("{}");
}

void TestHttpClientDefaults::retriesAfterRateLimit()
{
    QFETCH(QByteArray, retryAfter);
    QFETCH(QByteArray, body);

    TestServer server;
    rateLimit(server, "/limited", 2, retryAfter.isEmpty() ? QByteArray() : retryAfter, body);
    HttpClient http;
    http.setRateLimitPolicy(3, 10'000);
    const auto result = fetch(http, server.baseUrl() + "/limited");
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().fullText()));
    QCOMPARE(result->value().status, 200);
    QCOMPARE(server->requestCount("/limited"), 3);
}

void TestHttpClientDefaults::givesUpAfterTheBoundedRetries()
{
    TestServer server;
    rateLimit(server, "/limited", -1, "0");
    HttpClient http;
    http.setErrorBodyReader(&MatrixError::readBody);
    http.setRateLimitPolicy(2, 10'000);
    const auto result = fetch(http, server.baseUrl() + "/limited");
    QVERIFY(result);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind, Error::Kind::RateLimited);
    QCOMPARE(result->error().httpStatus, 429);
    QCOMPARE(result->error().errcode, "M_LIMIT_EXCEEDED");
    QCOMPARE(server->requestCount("/limited"), 3); // the first attempt and two retries
}

void TestHttpClientDefaults::givesUpAtOnceWhenAskedToWaitTooLong_data()
{
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("Retry-After: 3600") << QByteArray("3600") << QByteArray("{}");
    QTest::newRow("Retry-After date far ahead")
        << QByteArray("Fri, 01 Jan 2100 00:00:00 GMT") << QByteArray("{}");
    QTest::newRow("retry_after_ms far ahead")
        << QByteArray() << QByteArray(R"({"errcode":"M_LIMIT_EXCEEDED","retry_after_ms":3600000})");
}

void TestHttpClientDefaults::givesUpAtOnceWhenAskedToWaitTooLong()
{
    QFETCH(QByteArray, retryAfter);
    QFETCH(QByteArray, body);

    TestServer server;
    rateLimit(server, "/limited", -1, retryAfter.isEmpty() ? QByteArray() : retryAfter, body);
    HttpClient http;
    http.setRateLimitPolicy(3, 10'000);
    const auto result = fetch(http, server.baseUrl() + "/limited");
    QVERIFY(result);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind, Error::Kind::RateLimited);
    QCOMPARE(server->requestCount("/limited"), 1);
}

void TestHttpClientDefaults::returnsA429AsItIsWhenRetryingIsOff()
{
    TestServer server;
    rateLimit(server, "/limited", -1, "0");
    HttpClient http;
    HttpRequest request = HttpRequest::get(QUrl(server.baseUrl() + "/limited"));
    request.retryOnRateLimit = false;
    const auto result = fetch(http, request);
    QVERIFY(result);
    QVERIFY(result->ok());
    QCOMPARE(result->value().status, 429);
    QCOMPARE(server->requestCount("/limited"), 1);
}

void TestHttpClientDefaults::followsUpToFiveRedirects_data()
{
    QTest::addColumn<int>("hops");
    QTest::addColumn<bool>("succeeds");
    QTest::newRow("1") << 1 << true;
    QTest::newRow("5") << 5 << true;
    QTest::newRow("6") << 6 << false;
    QTest::newRow("10") << 10 << false;
}

void TestHttpClientDefaults::followsUpToFiveRedirects()
{
    QFETCH(int, hops);
    QFETCH(bool, succeeds);

    TestServer server;
    const QList<int> statuses = {301, 302, 303, 307, 308};
    for (int i = 0; i < hops; ++i)
        redirect(server, QString("/hop/%1").arg(i), QString("/hop/%1").arg(i + 1).toUtf8(),
                 statuses[i % statuses.size()]);
    server.answer(QString("/hop/%1").arg(hops), 200, R"({"arrived":true})");

    HttpClient http;
    const auto result = fetch(http, server.baseUrl() + "/hop/0");
    QVERIFY(result);
    if (succeeds) {
        QVERIFY(result->ok());
        QCOMPARE(result->value().status, 200);
        QCOMPARE(result->value().url.path(), QString("/hop/%1").arg(hops));
        QCOMPARE(server->requestLog().size(), hops + 1);
    } else {
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind, Error::Kind::TooManyRedirects);
        // Five redirects followed, the sixth refused: six requests in all.
        QCOMPARE(server->requestLog().size(), HttpClient::MaxRedirects + 1);
    }
}

void TestHttpClientDefaults::refusesUnsafeRedirects_data()
{
    QTest::addColumn<QByteArray>("location");
    QTest::newRow("plain http to another computer") << QByteArray("http://example.org/next");
    QTest::newRow("plain http to an address") << QByteArray("http://192.0.2.1/next");
    QTest::newRow("userinfo on loopback") << QByteArray("http://user:pw@127.0.0.1:1/next");
    QTest::newRow("javascript") << QByteArray("javascript:alert(1)");
    QTest::newRow("file") << QByteArray("file:///etc/passwd");
    QTest::newRow("data") << QByteArray("data:text/plain,hi");
}

void TestHttpClientDefaults::refusesUnsafeRedirects()
{
    QFETCH(QByteArray, location);

    TestServer server;
    redirect(server, "/away", location);
    HttpClient http;
    const auto result = fetch(http, server.baseUrl() + "/away");
    QVERIFY(result);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind, Error::Kind::InsecureRedirect);
    QCOMPARE(server->requestLog().size(), 1);
}

void TestHttpClientDefaults::keepsTheTokenOnItsOrigin()
{
    TestServer server;
    redirect(server, "/start", "/landing");
    const auto seen = recordAuthorization(server, "/landing");
    HttpClient http;
    const auto result = fetch(http, server.baseUrl() + "/start", "secret-token-1");
    QVERIFY(result && result->ok());
    QCOMPARE(*seen, QList<QByteArray>{"Bearer secret-token-1"});
}

void TestHttpClientDefaults::dropsTheTokenOnARedirectToAnotherOrigin_data()
{
    QTest::addColumn<bool>("otherPort");
    QTest::newRow("another port") << true;
    QTest::newRow("another host name for the same port") << false;
}

void TestHttpClientDefaults::dropsTheTokenOnARedirectToAnotherOrigin()
{
    QFETCH(bool, otherPort);

    TestServer home;
    TestServer elsewhere;
    const QString target = otherPort ? elsewhere.baseUrl() + "/landing"
                                     : QString(home.baseUrl()).replace("127.0.0.1", "localhost") + "/landing";
    TestServer& landingServer = otherPort ? elsewhere : home;
    const auto seen = recordAuthorization(landingServer, "/landing");
    redirect(home, "/start", target.toUtf8());

    HttpClient http;
    const auto result = fetch(http, home.baseUrl() + "/start", "secret-token-2");
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().fullText()));
    QCOMPARE(seen->size(), 1);
    QCOMPARE(seen->constFirst(), QByteArray());
}

void TestHttpClientDefaults::refusesUnsafeUrlsBeforeAnyRequest_data()
{
    QTest::addColumn<QString>("url"); // %1 is the demo server's port
    QTest::newRow("userinfo on loopback") << "http://user:pw@127.0.0.1:%1/_matrix/client/versions";
    QTest::newRow("user only on loopback") << "http://user@127.0.0.1:%1/_matrix/client/versions";
    QTest::newRow("plain http to another computer") << "http://example.org/_matrix/client/versions";
    QTest::newRow("ftp") << "ftp://127.0.0.1:%1/";
    QTest::newRow("file") << "file:///etc/passwd";
}

void TestHttpClientDefaults::refusesUnsafeUrlsBeforeAnyRequest()
{
    QFETCH(QString, url);

    TestServer server;
    HttpClient http;
    const QString port = QString::number(QUrl(server.baseUrl()).port());
    const auto result = fetch(http, url.contains("%1") ? url.arg(port) : url, "secret-token-3");
    QVERIFY(result);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind, Error::Kind::UnsafeUrl);
    QVERIFY(server->requestLog().isEmpty());
    QCOMPARE(http.requestsInFlight(), 0);
}

void TestHttpClientDefaults::reportsARefusedConnection()
{
    const quint16 port = closedPort();
    QVERIFY(port != 0);
    HttpClient http;
    const auto result = fetch(http, QString("http://127.0.0.1:%1/").arg(port));
    QVERIFY(result);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind, Error::Kind::Network);
}

void TestHttpClientDefaults::neverAnswersADestroyedContext()
{
    TestServer server;
    server->setLatencyMs(50);
    HttpClient http;
    bool called = false;
    {
        QObject context;
        http.send(HttpRequest::get(QUrl(server.baseUrl() + "/_matrix/client/versions")), &context,
                  [&called](const HttpResult&) { called = true; });
    }
    QTRY_COMPARE_WITH_TIMEOUT(http.requestsInFlight(), 0, AnswerTimeoutMs);
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestHttpClientDefaults)
#include "tst_HttpClientDefaults.moc"
