#pragma once

#include "network/Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QStringList>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace gatehouse {

struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    QByteArray body;
    QByteArray contentType;
    QString bearerToken; // sent only to the origin of `url`, never across a redirect to another origin
    // The origins ("https://host[:port]", see originOf()) the bearer token belongs to: the account's
    // homeserver and its OAuth endpoints. When set, a request with the token to any other origin is
    // refused before it is sent, and a redirect elsewhere goes on without the token.
    QStringList tokenOrigins;
    // The body carries a secret (a password, an OAuth code and verifier, a refresh token, a token being
    // revoked): a redirect to another origin is refused instead of re-sending it there.
    bool bodyHasSecret = false;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool retryOnRateLimit = true;
    // False for a request that the next one follows only minutes later (a watcher's poll): the connection
    // closes as soon as it is idle, instead of Qt closing it two minutes later, which would wake the process
    // between polls (README, "Performance").
    bool keepConnection = true;

    static HttpRequest get(const QUrl& url, const QString& token = {});
    static HttpRequest json(const QByteArray& method, const QUrl& url, const QByteArray& body,
                            const QString& token = {});
    static HttpRequest form(const QUrl& url, const QList<QPair<QString, QString>>& fields);

    // scheme://host[:port] in lower case, without a default port; empty when the URL has no host.
    static QString originOf(const QUrl& url);
};

struct HttpResponse
{
    int status = 0;
    QByteArray body;
    QUrl url;                              // after redirects
    QHash<QByteArray, QByteArray> headers; // names in lower case

    QByteArray header(const QByteArray& lowerCaseName) const { return headers.value(lowerCaseName); }
    bool isSuccess() const { return status >= 200 && status < 300; }
};

using HttpResult = Result<HttpResponse>;

struct ErrorBody;
using ErrorBodyReader = ErrorBody (*)(const QByteArray& body);

// The single owner of the QNetworkAccessManager. Every request goes through send(), which applies
// docs/protocol.md "Network defaults": a transfer deadline, a body cap, redirects that never downgrade,
// TLS errors never ignored, the system proxy, and a bounded back-off on 429.
class HttpClient : public QObject
{
    Q_OBJECT

public:
    // Whether a request has not ended yet (answered, failed or timed out).
    bool hasRequestsInFlight() const;
    // The program is quitting: every request still under way is cut off, its callback never called, and
    // what Qt allocated for it is freed now rather than left to an event loop that will not run again.
    void abandonAll();
    static constexpr int DefaultTimeoutMs = 30'000;
    static constexpr qint64 DefaultMaxBodyBytes = 16 * 1024 * 1024;
    static constexpr int MaxRedirects = 5;

    explicit HttpClient(QObject* parent = nullptr);
    ~HttpClient() override;

    // The whole transfer of one attempt must finish within this time, not just stay active.
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    qint64 maxBodyBytes() const { return m_maxBodyBytes; }
    // 429 handling: at most `retries` more attempts, each waiting what the server asks if that is at most
    // `maxWaitMs`; longer requests fail at once with a message that says how long.
    void setRateLimitPolicy(int retries, qint64 maxWaitMs);
    int rateLimitRetries() const { return m_rateLimitRetries; }
    qint64 rateLimitMaxWaitMs() const { return m_rateLimitMaxWaitMs; }
    // Trust these certificates in addition to the system's (a test CA; never a way to skip verification).
    void addCaCertificates(const QList<QSslCertificate>& certificates);
    QList<QSslCertificate> extraCaCertificates() const { return m_extraCaCertificates; }

    // How the protocol spoken through this client reads its error bodies (see failureOf()); used when the
    // client itself turns an answer into an Error (a 429 still refused after the back-off).
    void setErrorBodyReader(ErrorBodyReader reader) { m_errorBodyReader = reader; }
    ErrorBodyReader errorBodyReader() const { return m_errorBodyReader; }

    // GATEHOUSE_TIMEOUT_MS, when set, replaces the 30 s deadline (tests of servers that never answer).
    static void configureFromEnvironment(HttpClient& client);

    QNetworkAccessManager* networkAccessManager() const { return m_manager; }
    QByteArray userAgent() const;

    // Calls `done` exactly once, unless `context` is destroyed first (then never).
    void send(const HttpRequest& request, const QObject* context,
              std::function<void(const HttpResult&)> done);

    int requestsInFlight() const { return m_inFlight; }

Q_SIGNALS:
    void inFlightChanged(int count);

private:
    friend class HttpExchange;
    void exchangeStarted();
    void exchangeFinished();

    QNetworkAccessManager* m_manager;
    int m_timeoutMs = DefaultTimeoutMs;
    qint64 m_maxBodyBytes = DefaultMaxBodyBytes;
    int m_rateLimitRetries = 3;
    qint64 m_rateLimitMaxWaitMs = 10'000;
    QList<QSslCertificate> m_extraCaCertificates;
    ErrorBodyReader m_errorBodyReader = nullptr;
    int m_inFlight = 0;
};

} // namespace gatehouse
