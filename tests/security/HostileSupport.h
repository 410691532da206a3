// Helpers for the security tests: synchronous requests through the real HttpClient, raw-socket answers for
// misbehaving servers, and the test-only TLS material.
#pragma once

#include "TestServer.h"

#include "network/HttpClient.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <optional>

namespace gatehouse::test {

// Sends one request and turns the event loop until its single answer (at most `waitMs`).
inline std::optional<HttpResult> fetch(HttpClient& http, const HttpRequest& request, int waitMs = 30'000)
{
    std::optional<HttpResult> result;
    int answers = 0;
    http.send(request, nullptr, [&](const HttpResult& r) {
        ++answers;
        result = r;
    });
    (void)QTest::qWaitFor([&] { return result.has_value(); }, waitMs);
    if (answers > 1)
        qFatal("HttpClient answered one request %d times", answers);
    return result;
}

inline std::optional<HttpResult> fetch(HttpClient& http, const QString& url, const QString& token = {})
{
    return fetch(http, HttpRequest::get(QUrl(url), token));
}

// `path` on `server` answers with these raw bytes (status line, headers and all) and then, as asked, keeps
// the connection open, closes it politely (FIN) or resets it (RST).
enum class AfterWriting
{
    KeepOpen,
    Close,
    Reset
};
inline void answerRaw(TestHomeserver& server, const QString& path, const QByteArray& bytes,
                      AfterWriting after = AfterWriting::Close)
{
    server.setOverride(path, [bytes, after](const QHttpServerRequest&, QHttpServerResponder& responder) {
        QPointer<QTcpSocket> socket = responder.socket();
        socket->write(bytes);
        socket->flush();
        if (after == AfterWriting::Close)
            socket->disconnectFromHost();
        else if (after == AfterWriting::Reset)
            socket->abort();
        return true;
    });
}

// `path` answers with `head` and then one more byte of `filler` every `intervalMs`, for ever (bounded by
// `maxTicks`, and stopping as soon as the client goes away).
inline void trickle(TestHomeserver& server, const QString& path, const QByteArray& head, char filler,
                    int intervalMs = 20, int maxTicks = 5'000)
{
    server.setOverride(path, [head, filler, intervalMs, maxTicks](const QHttpServerRequest&,
                                                                  QHttpServerResponder& responder) {
        QPointer<QTcpSocket> socket = responder.socket();
        socket->write(head);
        auto* timer = new QTimer(socket);
        auto ticks = std::make_shared<int>(0);
        QObject::connect(timer, &QTimer::timeout, socket, [socket, timer, filler, ticks, maxTicks] {
            if (!socket || socket->state() != QAbstractSocket::ConnectedState || ++*ticks > maxTicks) {
                timer->stop();
                return;
            }
            socket->write(QByteArray(1, filler));
        });
        timer->start(intervalMs);
        return true;
    });
}

// A JSON object as a server would send it.
inline QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

inline QByteArray readTestFile(const QString& name)
{
    QFile file(QStringLiteral(GATEHOUSE_SECURITY_CERTS) + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test file %s", qPrintable(file.fileName()));
    return file.readAll();
}

inline QSslCertificate testCertificate(const QString& name)
{
    return QSslCertificate(readTestFile(name + QStringLiteral(".pem")), QSsl::Pem);
}

inline QSslKey testKey(const QString& name)
{
    return QSslKey(readTestFile(name + QStringLiteral(".key")), QSsl::Ec, QSsl::Pem);
}

// The test CA that stands in for a real one; trusted only where a test adds it.
inline QList<QSslCertificate> testCa()
{
    return {testCertificate(QStringLiteral("ca"))};
}

// A demo homeserver that speaks only TLS, with the named certificate; its https base URL.
struct TlsServer
{
    explicit TlsServer(const QString& certificate)
    {
        server->useTls(testCertificate(certificate), testKey(certificate));
        if (!server->start())
            qFatal("the TLS test server could not listen");
    }
    QString baseUrl(const QString& host = QStringLiteral("127.0.0.1")) const
    {
        QString url = server->baseUrl();
        url.replace(QStringLiteral("https://127.0.0.1"), QStringLiteral("https://") + host);
        return url;
    }
    std::unique_ptr<TestHomeserver> server = std::make_unique<TestHomeserver>();
};

} // namespace gatehouse::test

namespace gatehouse::test {

// A loopback listener that only counts: any connection at all, and the first bytes sent on it. Used as the
// target a leaked fetch would reach (an <img> in a device name) and as the proxy every non-loopback
// request goes through in the URL tests, so a request that escaped a check never leaves the machine and
// is still seen.
class ConnectionProbe : public QTcpServer
{
public:
    ConnectionProbe()
    {
        if (!listen(QHostAddress::LocalHost, 0))
            qFatal("the probe could not listen");
        QObject::connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = nextPendingConnection()) {
                ++connections;
                QObject::connect(socket, &QTcpSocket::readyRead, this,
                                 [this, socket] { received += socket->readAll(); });
            }
        });
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(serverPort()); }
    // Routes the proxy settings of this process (read per request by Qt) through the probe.
    void becomeTheSystemProxy() const
    {
        for (const char* name :
             {"http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"})
            qputenv(name, url().toUtf8());
        qunsetenv("no_proxy");
        qunsetenv("NO_PROXY");
    }

    int connections = 0;
    QByteArray received;
};

} // namespace gatehouse::test
