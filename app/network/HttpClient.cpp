#include "network/HttpClient.h"

#include "gatehouse_version.h"
#include "network/HttpExchange.h"
#include "network/LoopbackAwareProxyFactory.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QUrlQuery>

namespace gatehouse {

HttpRequest HttpRequest::get(const QUrl& url, const QString& token)
{
    HttpRequest request;
    request.url = url;
    request.bearerToken = token;
    return request;
}

HttpRequest HttpRequest::json(const QByteArray& method, const QUrl& url, const QByteArray& body,
                              const QString& token)
{
    HttpRequest request;
    request.method = method;
    request.url = url;
    request.body = body;
    request.contentType = "application/json";
    request.bearerToken = token;
    return request;
}

HttpRequest HttpRequest::form(const QUrl& url, const QList<QPair<QString, QString>>& fields)
{
    HttpRequest request;
    request.method = "POST";
    request.url = url;
    QByteArray body;
    for (const auto& [name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    request.body = body;
    request.contentType = "application/x-www-form-urlencoded";
    return request;
}

QString HttpRequest::originOf(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    QString host = url.host(QUrl::EncodeUnicode).toLower();
    if (scheme.isEmpty() || host.isEmpty())
        return QString();
    if (host.contains(u':'))
        host = u'[' + host + u']';
    const int defaultPort = scheme == u"https" ? 443 : scheme == u"http" ? 80 : -1;
    const int port = url.port(defaultPort);
    return scheme + u"://" + host + (port != defaultPort ? u':' + QString::number(port) : QString());
}

HttpClient::HttpClient(QObject* parent)
    : QObject(parent)
    , m_manager(new QNetworkAccessManager(this))
{
    m_manager->setProxyFactory(new LoopbackAwareProxyFactory);
    // Redirects are followed by HttpExchange itself, so each hop is checked and the token stays home.
    m_manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_manager->setAutoDeleteReplies(false);
}

HttpClient::~HttpClient() = default;

void HttpClient::setRateLimitPolicy(int retries, qint64 maxWaitMs)
{
    m_rateLimitRetries = qMax(0, retries);
    m_rateLimitMaxWaitMs = qMax<qint64>(0, maxWaitMs);
}

void HttpClient::addCaCertificates(const QList<QSslCertificate>& certificates)
{
    m_extraCaCertificates += certificates;
}

void HttpClient::configureFromEnvironment(HttpClient& client)
{
    bool ok = false;
    const int timeout = qEnvironmentVariableIntValue("GATEHOUSE_TIMEOUT_MS", &ok);
    if (ok && timeout > 0)
        client.setTimeoutMs(timeout);
}

QByteArray HttpClient::userAgent() const
{
    return QByteArrayLiteral("Gatehouse/" GATEHOUSE_VERSION " (Qt ") + qVersion() + ')';
}

void HttpClient::send(const HttpRequest& request, const QObject* context,
                      std::function<void(const HttpResult&)> done)
{
    auto* exchange = new HttpExchange(this, request, context, std::move(done));
    exchange->start();
}

void HttpClient::exchangeStarted()
{
    ++m_inFlight;
    Q_EMIT inFlightChanged(m_inFlight);
}

void HttpClient::exchangeFinished()
{
    --m_inFlight;
    Q_EMIT inFlightChanged(m_inFlight);
}

bool HttpClient::hasRequestsInFlight() const
{
    return !findChildren<HttpExchange*>(Qt::FindDirectChildrenOnly).isEmpty();
}

void HttpClient::abandonAll()
{
    // An exchange aborts its reply when destroyed and hands it to deleteLater(); the deferred deletions are
    // delivered here, since no event loop will run to deliver them.
    qDeleteAll(findChildren<HttpExchange*>(Qt::FindDirectChildrenOnly));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

} // namespace gatehouse
