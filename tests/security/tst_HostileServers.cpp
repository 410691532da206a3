// A homeserver that misbehaves at the socket and TLS level, on loopback: every case ends with a clear
// Error (never a crash, a hang, or part of a body taken as the whole) and within the deadline.
// Plain status-code behaviour of the defaults (a silent server, the size cap, 429, redirect counts, the
// token across origins) is in tests/integration; here the server lies, trickles, drops and impersonates.
#include "HostileSupport.h"

#include "auth/TokenSource.h"
#include "matrix/DevicesClient.h"

#include <QSignalSpy>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;

namespace {

const QString Path = QStringLiteral("/_matrix/client/v3/devices");
const QByteArray DeviceList = R"({"devices":[{"device_id":"AAAA"},{"device_id":"BBBB"}]})";

QByteArray head(const QByteArray& statusAndHeaders)
{
    return "HTTP/1.1 " + statusAndHeaders + "\r\n\r\n";
}

// The session list as the app loads it, through DevicesClient: a list or an error, never half a list.
std::optional<Result<QList<Device>>> loadDevices(HttpClient& http, const QString& baseUrl)
{
    DevicesClient client(&http, baseUrl, std::make_shared<StaticTokenSource>(QStringLiteral("token")));
    std::optional<Result<QList<Device>>> result;
    client.devices(nullptr, [&](const Result<QList<Device>>& r) { result = r; });
    (void)QTest::qWaitFor([&] { return result.has_value(); }, 30'000);
    return result;
}

QByteArray deflated(const QByteArray& data)
{
    // qCompress writes a 4-byte length and then a zlib stream, which is what HTTP calls "deflate".
    return qCompress(data, 9).mid(4);
}

} // namespace

class TestHostileServers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Slow and endless servers: the whole transfer must end by the deadline.
    void tricklingBodyEndsAtTheDeadline();
    void tricklingHeadersEndAtTheDeadline();
    void endlessChunkedBodyEndsAtTheDeadline();
    // Lies about the body.
    void connectionDroppedMidBodyIsAnError_data();
    void connectionDroppedMidBodyIsAnError();
    void droppedDeviceListIsAnErrorNotAShortList();
    void contentLengthLongerThanTheBodyNeverCompletes();
    void contentLengthShorterThanTheBodyGivesNoPartialList();
    void malformedContentLengthNeverPassesOffPartialData_data();
    void malformedContentLengthNeverPassesOffPartialData();
    void undeclaredEndlessBodyStopsAtTheCap();
    void compressionBombStopsAtTheCap();
    void notHttpAtAllIsAnError_data();
    void notHttpAtAllIsAnError();
    // TLS: a test CA is trusted explicitly; nothing is ever ignored.
    void trustedTestCertificateWorks_data();
    void trustedTestCertificateWorks();
    void untrustedCertificatesFailWithATlsError_data();
    void untrustedCertificatesFailWithATlsError();
    void plainHttpToATlsServerIsAnError();
    void httpsToAPlainServerIsATlsOrNetworkError();
    void httpsNeverRedirectsToHttp();
    void redirectToAnUntrustedHttpsServerFails();
    void tooManyRedirectsOverTlsStop();
    // 429 with hostile values: bounded attempts, no busy loop, no long sleep.
    void endless429StopsAfterTheBoundedRetries();
    void absurdRetryAfterFailsAtOnce_data();
    void absurdRetryAfterFailsAtOnce();
};

void TestHostileServers::tricklingBodyEndsAtTheDeadline()
{
    TestServer server;
    trickle(server.server(), Path,
            head("200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000000") + "{", ' ');
    HttpClient http;
    http.setTimeoutMs(500);
    const auto result = fetch(http, server.baseUrl() + Path);
    QVERIFY(result);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind, Error::Kind::Timeout);
    QVERIFY(result->error().message.contains(QStringLiteral("127.0.0.1")));
}

void TestHostileServers::tricklingHeadersEndAtTheDeadline()
{
    TestServer server;
    // The header section never ends: one more byte of a header value every tick.
    trickle(server.server(), Path, "HTTP/1.1 200 OK\r\nX-Slow: ", 'a');
    HttpClient http;
    http.setTimeoutMs(500);
    const auto result = fetch(http, server.baseUrl() + Path);
    QVERIFY(result);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind, Error::Kind::Timeout);
}

void TestHostileServers::endlessChunkedBodyEndsAtTheDeadline()
{
    TestServer server;
    server->setOverride(Path, [](const QHttpServerRequest&, QHttpServerResponder& responder) {
        QPointer<QTcpSocket> socket = responder.socket();
        socket->write(head("200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked"));
        auto* timer = new QTimer(socket);
        auto ticks = std::make_shared<int>(0);
        QObject::connect(timer, &QTimer::timeout, socket, [socket, timer, ticks] {
            if (!socket || socket->state() != QAbstractSocket::ConnectedState || ++*ticks > 5'000)
                return timer->stop();
            socket->write("1\r\n \r\n"); // a chunk of one space, never the last chunk
        });
        timer->start(10);
        return true;
    });
    HttpClient http;
    http.setTimeoutMs(500);
    const auto result = fetch(http, server.baseUrl() + Path);
    QVERIFY(result);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind, Error::Kind::Timeout);
}

void TestHostileServers::connectionDroppedMidBodyIsAnError_data()
{
    QTest::addColumn<int>("after");
    QTest::newRow("closed (FIN)") << int(AfterWriting::Close);
    QTest::newRow("reset (RST)") << int(AfterWriting::Reset);
}

void TestHostileServers::connectionDroppedMidBodyIsAnError()
{
    QFETCH(int, after);
    TestServer server;
    answerRaw(server.server(), Path,
              head("200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                   QByteArray::number(DeviceList.size())) +
                  DeviceList.left(20),
              AfterWriting(after));
    HttpClient http;
    http.setTimeoutMs(10'000);
    const auto result = fetch(http, server.baseUrl() + Path);
    QVERIFY(result);
    QVERIFY2(!result->ok(), "20 of the promised bytes were taken as a complete answer");
    QCOMPARE(result->error().kind, Error::Kind::Network);
    QVERIFY(!result->error().message.isEmpty());
}

void TestHostileServers::droppedDeviceListIsAnErrorNotAShortList()
{
    TestServer server;
    // A complete JSON document of one device, cut from a longer promised body: valid JSON, but not the list.
    const QByteArray first = R"({"devices":[{"device_id":"AAAA"}]})";
    answerRaw(server.server(), Path,
              head("200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                   QByteArray::number(first.size() + 40)) +
                  first,
              AfterWriting::Close);
    HttpClient http;
    http.setTimeoutMs(10'000);
    const auto devices = loadDevices(http, server.baseUrl());
    QVERIFY(devices);
    QVERIFY2(!devices->ok(), "a cut-off answer was shown as the session list");
    QCOMPARE(devices->error().kind, Error::Kind::Network);
}

void TestHostileServers::contentLengthLongerThanTheBodyNeverCompletes()
{
    TestServer server;
    // The whole document, but 100 bytes fewer than announced, and the connection left open.
    answerRaw(server.server(), Path,
              head("200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                   QByteArray::number(DeviceList.size() + 100)) +
                  DeviceList,
              AfterWriting::KeepOpen);
    HttpClient http;
    http.setTimeoutMs(500);
    const auto result = fetch(http, server.baseUrl() + Path);
    QVERIFY(result);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind, Error::Kind::Timeout);
}

void TestHostileServers::contentLengthShorterThanTheBodyGivesNoPartialList()
{
    TestServer server;
    // Announces 30 bytes and sends 56: the client reads what was announced, which is not a whole document.
    answerRaw(server.server(), Path,
              head("200 OK\r\nContent-Type: application/json\r\nContent-Length: 30") + DeviceList,
              AfterWriting::KeepOpen);
    HttpClient http;
    http.setTimeoutMs(10'000);
    const auto devices = loadDevices(http, server.baseUrl());
    QVERIFY(devices);
    QVERIFY2(!devices->ok(), "the first 30 bytes were read as a session list");
    QCOMPARE(devices->error().kind, Error::Kind::InvalidResponse);
}

void TestHostileServers::malformedContentLengthNeverPassesOffPartialData_data()
{
    QTest::addColumn<QByteArray>("lengthHeaders");
    QTest::newRow("not a number") << QByteArray("Content-Length: lots");
    QTest::newRow("negative") << QByteArray("Content-Length: -1");
    QTest::newRow("overflows 64 bits") << QByteArray("Content-Length: 99999999999999999999999");
    QTest::newRow("two that disagree") << QByteArray("Content-Length: 10\r\nContent-Length: 56");
    QTest::newRow("with chunked") << QByteArray("Content-Length: 10\r\nTransfer-Encoding: chunked");
}

void TestHostileServers::malformedContentLengthNeverPassesOffPartialData()
{
    QFETCH(QByteArray, lengthHeaders);
    TestServer server;
    answerRaw(server.server(), Path,
              head("200 OK\r\nContent-Type: application/json\r\n" + lengthHeaders) + DeviceList,
              AfterWriting::Close);
    HttpClient http;
    http.setTimeoutMs(5'000);
    const auto result = fetch(http, server.baseUrl() + Path);
    QVERIFY(result);
    // Either a clear error, or exactly the bytes the server sent before it closed: never a piece of them.
    if (result->ok())
        QCOMPARE(result->value().body, DeviceList);
    else
        QVERIFY(!result->error().message.isEmpty());
}

void TestHostileServers::undeclaredEndlessBodyStopsAtTheCap()
{
    TestServer server;
    // No length, no chunking: the body runs until the server closes, which it never does; it writes 64 KiB
    // whenever the previous block has gone out (at most 64 MiB).
    server->setOverride(Path, [](const QHttpServerRequest&, QHttpServerResponder& responder) {
        QPointer<QTcpSocket> socket = responder.socket();
        socket->write(head("200 OK\r\nContent-Type: application/json\r\nConnection: close") + "[");
        auto written = std::make_shared<qint64>(0);
        const QByteArray block(64 * 1024, '1');
        QObject::connect(socket, &QTcpSocket::bytesWritten, socket, [socket, written, block] {
            if (socket && socket->bytesToWrite() == 0 && *written < 64 * 1024 * 1024) {
                *written += block.size();
                socket->write(block);
            }
        });
        return true;
    });
    HttpClient http;
    http.setMaxBodyBytes(1024 * 1024);
    http.setTimeoutMs(20'000);
    const auto result = fetch(http, server.baseUrl() + Path);
    QVERIFY(result);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind, Error::Kind::TooLarge);
}

void TestHostileServers::compressionBombStopsAtTheCap()
{
    TestServer server;
    // 64 MiB of spaces inside a JSON string, about 64 KiB on the wire.
    const QByteArray bomb = deflated("{\"devices\":\"" + QByteArray(64 * 1024 * 1024, ' ') + "\"}");
    answerRaw(
        server.server(), Path,
        head("200 OK\r\nContent-Type: application/json\r\nContent-Encoding: deflate\r\nContent-Length: " +
             QByteArray::number(bomb.size())) +
            bomb,
        AfterWriting::KeepOpen);
    HttpClient http;
    http.setMaxBodyBytes(1024 * 1024);
    http.setTimeoutMs(20'000);
    const auto result = fetch(http, server.baseUrl() + Path);
    QVERIFY(result);
    QVERIFY2(!result->ok(), "a 64 MiB decompressed body was accepted under a 1 MiB cap");
    // Qt's own decompression-bomb check may fire first (a network error); either way nothing was taken.
    QVERIFY(result->error().kind == Error::Kind::TooLarge || result->error().kind == Error::Kind::Network);
}

void TestHostileServers::notHttpAtAllIsAnError_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("another protocol") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n");
    QTest::newRow("binary") << QByteArray("\x00\xff\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 13);
    QTest::newRow("status line only") << QByteArray("HTTP/1.1 200");
    QTest::newRow("nothing") << QByteArray();
}

void TestHostileServers::notHttpAtAllIsAnError()
{
    QFETCH(QByteArray, bytes);
    TestServer server;
    answerRaw(server.server(), Path, bytes, AfterWriting::Close);
    HttpClient http;
    http.setTimeoutMs(5'000);
    const auto result = fetch(http, server.baseUrl() + Path);
    QVERIFY(result);
    QVERIFY(!result->ok());
    QVERIFY(!result->error().message.isEmpty());
}

void TestHostileServers::trustedTestCertificateWorks_data()
{
    QTest::addColumn<QString>("host");
    QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1");
    QTest::newRow("localhost") << QStringLiteral("localhost");
}

void TestHostileServers::trustedTestCertificateWorks()
{
    QFETCH(QString, host);
    TlsServer tls(QStringLiteral("localhost"));
    HttpClient http;
    http.addCaCertificates(testCa());
    const auto result = fetch(http, tls.baseUrl(host) + QStringLiteral("/_matrix/client/versions"));
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().message));
    QCOMPARE(result->value().status, 200);
    QVERIFY(result->value().body.contains("versions"));
}

void TestHostileServers::untrustedCertificatesFailWithATlsError_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<bool>("trustTestCa");
    QTest::newRow("self-signed") << QStringLiteral("self-signed") << true;
    QTest::newRow("for another host") << QStringLiteral("wrong-host") << true;
    QTest::newRow("expired") << QStringLiteral("expired") << true;
    QTest::newRow("issuer not trusted") << QStringLiteral("localhost") << false;
}

void TestHostileServers::untrustedCertificatesFailWithATlsError()
{
    QFETCH(QString, certificate);
    QFETCH(bool, trustTestCa);
    TlsServer tls(certificate);
    HttpClient http;
    if (trustTestCa)
        http.addCaCertificates(testCa());
    const auto result =
        fetch(http, HttpRequest::get(QUrl(tls.baseUrl() + Path), QStringLiteral("secret-token")));
    QVERIFY(result);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind, Error::Kind::Tls);
    QVERIFY(result->error().message.contains(QStringLiteral("could not be trusted")));
    QVERIFY(result->error().message.contains(QStringLiteral("127.0.0.1")));
    // The handshake failed first: no request, and so no token, reached the impostor.
    QVERIFY(tls.server->requestLog().isEmpty());
}

void TestHostileServers::plainHttpToATlsServerIsAnError()
{
    TlsServer tls(QStringLiteral("localhost"));
    HttpClient http;
    http.setTimeoutMs(5'000);
    http.addCaCertificates(testCa());
    QString plainUrl = tls.server->baseUrl() + Path;
    plainUrl.replace(QStringLiteral("https://"), QStringLiteral("http://")); // plain http to the TLS port
    const auto result = fetch(http, plainUrl);
    QVERIFY(result);
    QVERIFY(!result->ok());
    QVERIFY(!result->error().message.isEmpty());
}

void TestHostileServers::httpsToAPlainServerIsATlsOrNetworkError()
{
    TestServer plain;
    HttpClient http;
    http.setTimeoutMs(5'000);
    QString url = plain.baseUrl() + Path;
    url.replace(QStringLiteral("http://"), QStringLiteral("https://"));
    const auto result = fetch(http, url);
    QVERIFY(result);
    QVERIFY(!result->ok());
    QVERIFY(result->error().kind == Error::Kind::Tls || result->error().kind == Error::Kind::Network);
    QVERIFY(plain->requestLog().isEmpty());
}

void TestHostileServers::httpsNeverRedirectsToHttp()
{
    TlsServer tls(QStringLiteral("localhost"));
    TestServer plain; // loopback http is allowed on its own, but never as a step down from https
    plain.answer(Path, 200, DeviceList);
    tls.server->setOverride(Path, [&plain](const QHttpServerRequest&, QHttpServerResponder& responder) {
        responder.writeStatusLine(QHttpServerResponder::StatusCode::Found);
        responder.writeHeader("Location", (plain.baseUrl() + Path).toUtf8());
        responder.writeHeader("Content-Length", "0");
        responder.writeBody(QByteArray());
        return true;
    });
    HttpClient http;
    http.addCaCertificates(testCa());
    const auto result =
        fetch(http, HttpRequest::get(QUrl(tls.baseUrl() + Path), QStringLiteral("secret-token")));
    QVERIFY(result);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind, Error::Kind::InsecureRedirect);
    QVERIFY(result->error().message.contains(QStringLiteral("insecure")));
    QCOMPARE(plain->requestCount(Path), 0);
}

void TestHostileServers::redirectToAnUntrustedHttpsServerFails()
{
    TlsServer good(QStringLiteral("localhost"));
    TlsServer impostor(QStringLiteral("self-signed"));
    good.server->setOverride(Path, [&impostor](const QHttpServerRequest&, QHttpServerResponder& responder) {
        responder.writeStatusLine(QHttpServerResponder::StatusCode::TemporaryRedirect);
        responder.writeHeader("Location", (impostor.baseUrl(QStringLiteral("localhost")) + Path).toUtf8());
        responder.writeHeader("Content-Length", "0");
        responder.writeBody(QByteArray());
        return true;
    });
    HttpClient http;
    http.addCaCertificates(testCa());
    const auto result = fetch(http, good.baseUrl() + Path);
    QVERIFY(result);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind, Error::Kind::Tls);
    QVERIFY(impostor.server->requestLog().isEmpty());
}

void TestHostileServers::tooManyRedirectsOverTlsStop()
{
    TlsServer tls(QStringLiteral("localhost"));
    int hops = 0;
    tls.server->setOverride(Path, [&](const QHttpServerRequest&, QHttpServerResponder& responder) {
        ++hops;
        responder.writeStatusLine(QHttpServerResponder::StatusCode::Found);
        responder.writeHeader("Location", (tls.baseUrl() + Path).toUtf8()); // itself, for ever
        responder.writeHeader("Content-Length", "0");
        responder.writeBody(QByteArray());
        return true;
    });
    HttpClient http;
    http.addCaCertificates(testCa());
    const auto result = fetch(http, tls.baseUrl() + Path);
    QVERIFY(result);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind, Error::Kind::TooManyRedirects);
    QCOMPARE(hops, HttpClient::MaxRedirects + 1);
}

void TestHostileServers::endless429StopsAfterTheBoundedRetries()
{
    TestServer server;
    server.answer(Path, 429, R"({"errcode":"M_LIMIT_EXCEEDED","retry_after_ms":0})", "application/json",
                  {{"Retry-After", "0"}});
    HttpClient http;
    http.setRateLimitPolicy(3, 10'000);
    const auto result = fetch(http, server.baseUrl() + Path);
    QVERIFY(result);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind, Error::Kind::RateLimited);
    QCOMPARE(server->requestCount(Path), 4); // the first attempt and three retries, no more
}

void TestHostileServers::absurdRetryAfterFailsAtOnce_data()
{
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("overflowing seconds") << QByteArray("99999999999999999999999") << QByteArray("{}");
    QTest::newRow("huge seconds") << QByteArray("999999999") << QByteArray("{}");
    QTest::newRow("far-future date") << QByteArray("Fri, 31 Dec 9999 23:59:59 GMT") << QByteArray("{}");
    QTest::newRow("huge retry_after_ms") << QByteArray() << QByteArray(R"({"retry_after_ms":1e300})");
}

void TestHostileServers::absurdRetryAfterFailsAtOnce()
{
    QFETCH(QByteArray, retryAfter);
    QFETCH(QByteArray, body);
    TestServer server;
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!retryAfter.isEmpty())
        headers.append({"Retry-After", retryAfter});
    server.answer(Path, 429, body, "application/json", headers);
    HttpClient http;
    http.setRateLimitPolicy(3, 10'000);
    const auto result = fetch(http, server.baseUrl() + Path);
    QVERIFY(result);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind, Error::Kind::RateLimited);
    QVERIFY(result->error().message.contains(QStringLiteral("try again later")));
    QCOMPARE(server->requestCount(Path), 1); // no waiting for ever, and no retry either
}

QTEST_GUILESS_MAIN(TestHostileServers)
#include "tst_HostileServers.moc"
