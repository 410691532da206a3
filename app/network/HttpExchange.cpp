#include "network/HttpExchange.h"

#include "log/Log.h"
#include "network/HttpFailure.h"
#include "network/RetryAfter.h"
#include "network/UrlSafety.h"
#include "text/UntrustedText.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QScopeGuard>
#include <QSet>
#include <QSslConfiguration>

namespace gatehouse {

namespace {

bool sameOrigin(const QUrl& a, const QUrl& b)
{
    return HttpRequest::originOf(a) == HttpRequest::originOf(b);
}

// The token may go to this URL: the request names no origins for it, or the URL's origin is one of them.
bool tokenBelongsTo(const HttpRequest& request, const QUrl& url)
{
    return request.tokenOrigins.isEmpty() || request.tokenOrigins.contains(HttpRequest::originOf(url));
}

// Qt reports HTTP error statuses as NetworkErrors too; those are answers, the rest are transport failures.
bool isHttpLevelError(QNetworkReply::NetworkError error)
{
    const int code = static_cast<int>(error);
    return error == QNetworkReply::NoError || (code >= 201 && code <= 299) ||
           error == QNetworkReply::ProtocolInvalidOperationError || (code >= 401 && code <= 499);
}

} // namespace

HttpExchange::HttpExchange(HttpClient* client, const HttpRequest& request, const QObject* context,
                           std::function<void(const HttpResult&)> done)
    : QObject(client)
    , m_client(client)
    , m_original(request)
    , m_current(request)
    , m_context(context)
    , m_hasContext(context != nullptr)
    , m_done(std::move(done))
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &HttpExchange::onDeadline);
}

HttpExchange::~HttpExchange()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QString HttpExchange::hostForMessages() const
{
    return m_current.url.host();
}

void HttpExchange::start()
{
    m_client->exchangeStarted();
    const UrlSafety::Verdict verdict = UrlSafety::check(m_current.url.toString(QUrl::FullyEncoded));
    if (verdict != UrlSafety::Verdict::Safe) {
        const Error error = Error::make(Error::Kind::UnsafeUrl,
                                        UrlSafety::explain(verdict, Error::tr("The address"),
                                                           m_current.url.toString(QUrl::FullyEncoded)));
        QMetaObject::invokeMethod(
            this, [this, error] { finish(error); }, Qt::QueuedConnection);
        return;
    }
    if (!m_current.bearerToken.isEmpty() && !tokenBelongsTo(m_current, m_current.url)) {
        // A token is only ever sent to the server (and OAuth endpoints) it was issued by.
        const Error error = Error::make(
            Error::Kind::UnsafeUrl,
            Error::tr("The sign-in of one server was about to be sent to %1; the request was refused.")
                .arg(UntrustedText::forMessage(HttpRequest::originOf(m_current.url))));
        QMetaObject::invokeMethod(
            this, [this, error] { finish(error); }, Qt::QueuedConnection);
        return;
    }
    startDeadline();
    sendAttempt();
}

void HttpExchange::sendAttempt()
{
    QNetworkRequest request(m_current.url);
    request.setHeader(QNetworkRequest::UserAgentHeader, m_client->userAgent());
    request.setRawHeader("Accept", "application/json");
    if (!m_current.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_current.contentType);
    if (!m_current.bearerToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_current.bearerToken.toUtf8());
    for (const auto& [name, value] : std::as_const(m_current.headers))
        request.setRawHeader(name, value);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    if (!m_current.keepConnection)
        request.setAttribute(QNetworkRequest::ConnectionCacheExpiryTimeoutSecondsAttribute, 0);
    if (!m_client->extraCaCertificates().isEmpty() && m_current.url.scheme() == u"https") {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_client->extraCaCertificates());
        request.setSslConfiguration(tls);
    }

    m_buffer.clear();
    m_elapsed.start();
    qCDebug(lcHttp).noquote() << "->" << m_current.method << m_current.url.toString(QUrl::RemoveQuery);
    if (m_current.method == "GET")
        m_reply = m_client->networkAccessManager()->get(request);
    else
        m_reply =
            m_client->networkAccessManager()->sendCustomRequest(request, m_current.method, m_current.body);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &HttpExchange::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpExchange::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpExchange::onFinished);
}

void HttpExchange::startDeadline()
{
    // One deadline for the whole attempt, redirects included, so no chain of hops can outlast it.
    if (m_client->timeoutMs() > 0)
        m_deadline.start(m_client->timeoutMs());
}

void HttpExchange::onMetaData()
{
    // Two Content-Length values that disagree leave the end of the body unknown (RFC 9112 6.3): an error,
    // never the shorter body taken as the whole.
    QSet<QByteArray> lengths;
    for (const auto& [name, value] : m_reply->rawHeaderPairs()) {
        if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
            for (const QByteArray& part : value.split(','))
                lengths.insert(part.trimmed());
        }
    }
    if (lengths.size() > 1) {
        abortWith(Error::make(Error::Kind::InvalidResponse,
                              Error::tr("The answer from %1 gives conflicting lengths and was not read.")
                                  .arg(hostForMessages())));
        return;
    }
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_client->maxBodyBytes())
        abortWith(Error::make(Error::Kind::TooLarge,
                              Error::tr("The answer from %1 is larger than %2 MiB and was not read.")
                                  .arg(hostForMessages())
                                  .arg(m_client->maxBodyBytes() / (1024 * 1024))));
}

void HttpExchange::onReadyRead()
{
    m_buffer += m_reply->readAll();
    if (m_buffer.size() > m_client->maxBodyBytes())
        abortWith(Error::make(Error::Kind::TooLarge,
                              Error::tr("The answer from %1 is larger than %2 MiB and was not read.")
                                  .arg(hostForMessages())
                                  .arg(m_client->maxBodyBytes() / (1024 * 1024))));
}

void HttpExchange::onDeadline()
{
    abortWith(Error::make(Error::Kind::Timeout, Error::tr("%1 did not answer within %2 seconds.")
                                                    .arg(hostForMessages())
                                                    .arg(m_client->timeoutMs() / 1000.0, 0, 'g', 3)));
}

void HttpExchange::abortWith(const Error& error)
{
    if (!m_reply || m_aborting)
        return;
    m_aborting = true;
    m_abortError = error;
    m_reply->abort(); // emits finished, handled below
}

Error HttpExchange::transportError() const
{
    const QString host = hostForMessages();
    switch (m_reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return Error::make(Error::Kind::Network,
                           Error::tr("Could not connect to %1: the connection was refused.").arg(host));
    case QNetworkReply::HostNotFoundError:
        return Error::make(Error::Kind::Network, Error::tr("The server %1 could not be found.").arg(host));
    case QNetworkReply::RemoteHostClosedError:
        return Error::make(Error::Kind::Network,
                           Error::tr("%1 closed the connection before the answer was complete.").arg(host));
    case QNetworkReply::TimeoutError:
        return Error::make(Error::Kind::Timeout, Error::tr("The connection to %1 timed out.").arg(host));
    case QNetworkReply::SslHandshakeFailedError:
        return Error::make(Error::Kind::Tls, Error::tr("The secure connection to %1 could not be trusted: %2")
                                                 .arg(host, m_reply->errorString()));
    case QNetworkReply::TooManyRedirectsError:
        return Error::make(Error::Kind::TooManyRedirects,
                           Error::tr("%1 redirected too many times.").arg(host));
    default:
        if (static_cast<int>(m_reply->error()) >= 101 && static_cast<int>(m_reply->error()) <= 199)
            return Error::make(
                Error::Kind::Network,
                Error::tr("The proxy could not reach %1: %2").arg(host, m_reply->errorString()));
        return Error::make(Error::Kind::Network,
                           Error::tr("The request to %1 failed: %2").arg(host, m_reply->errorString()));
    }
}

void HttpExchange::onFinished()
{
    QNetworkReply* reply = m_reply;
    reply->deleteLater();
    // transportError() still reads m_reply; it is cleared when this function returns, unless a redirect
    // has already put the next hop's reply there.
    const auto clearReply = qScopeGuard([this, reply] {
        if (m_reply == reply)
            m_reply = nullptr;
    });

    if (m_abortError) {
        qCDebug(lcHttp).noquote() << "<-" << m_current.method << m_current.url.toString(QUrl::RemoveQuery)
                                  << "aborted:" << m_abortError->message;
        finish(*m_abortError);
        return;
    }
    // An error code stands for the server's answer only when that answer is an error status. With a 2xx or
    // 3xx status it means the body itself failed (Qt's decompression-bomb check ends the reply that way,
    // with an empty body), which must not pass for a complete answer.
    const QVariant statusCode = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusCode.isValid() || !isHttpLevelError(reply->error()) ||
        (reply->error() != QNetworkReply::NoError && statusCode.toInt() < 400)) {
        const Error error = transportError();
        qCDebug(lcHttp).noquote() << "<-" << m_current.method << m_current.url.toString(QUrl::RemoveQuery)
                                  << "failed:" << error.message;
        finish(error);
        return;
    }

    m_buffer += reply->readAll();
    HttpResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = m_buffer;
    response.url = m_current.url;
    for (const auto& [name, value] : reply->rawHeaderPairs())
        response.headers.insert(name.toLower(), value);
    qCDebug(lcHttp).noquote() << "<-" << response.status << m_current.method
                              << m_current.url.toString(QUrl::RemoveQuery) << response.body.size() << "bytes"
                              << m_elapsed.elapsed() << "ms";
    if (m_buffer.size() > m_client->maxBodyBytes()) {
        finish(Error::make(Error::Kind::TooLarge,
                           Error::tr("The answer from %1 is larger than %2 MiB and was not read.")
                               .arg(hostForMessages())
                               .arg(m_client->maxBodyBytes() / (1024 * 1024))));
        return;
    }

    const bool isRedirect = response.status == 301 || response.status == 302 || response.status == 303 ||
                            response.status == 307 || response.status == 308;
    if (isRedirect && reply->attribute(QNetworkRequest::RedirectionTargetAttribute).isValid()) {
        const QUrl target =
            m_current.url.resolved(reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl());
        followRedirect(target, response.status);
        return;
    }
    if (response.status == 429 && m_current.retryOnRateLimit) {
        retryAfterRateLimit(response);
        return;
    }
    finish(response);
}

void HttpExchange::followRedirect(const QUrl& target, int status)
{
    const QString targetText = target.toString(QUrl::FullyEncoded);
    if (++m_redirects > HttpClient::MaxRedirects) {
        finish(Error::make(Error::Kind::TooManyRedirects, Error::tr("%1 redirected more than %2 times.")
                                                              .arg(hostForMessages())
                                                              .arg(HttpClient::MaxRedirects)));
        return;
    }
    if (m_current.url.scheme() == u"https" && target.scheme() != u"https") {
        finish(
            Error::make(Error::Kind::InsecureRedirect,
                        Error::tr("%1 tried to redirect from a secure https address to an insecure one (%2); "
                                  "the redirect was refused.")
                            .arg(hostForMessages(), UntrustedText::forMessage(targetText))));
        return;
    }
    const UrlSafety::Verdict verdict = UrlSafety::check(targetText);
    if (verdict != UrlSafety::Verdict::Safe) {
        finish(
            Error::make(Error::Kind::InsecureRedirect,
                        UrlSafety::explain(verdict, Error::tr("A redirect from %1 to").arg(hostForMessages()),
                                           targetText)));
        return;
    }
    if (m_current.bodyHasSecret && !sameOrigin(m_current.url, target)) {
        // A 307/308 would re-send the password, code or token to whoever the redirect names.
        finish(Error::make(Error::Kind::InsecureRedirect,
                           Error::tr("%1 redirected a request that carries a secret to another server (%2); "
                                     "the redirect was refused and nothing was sent there.")
                               .arg(hostForMessages(), UntrustedText::forMessage(targetText))));
        return;
    }
    if (!sameOrigin(m_current.url, target) || !tokenBelongsTo(m_current, target))
        m_current.bearerToken.clear();
    if (status == 303 || ((status == 301 || status == 302) && m_current.method == "POST")) {
        m_current.method = "GET";
        m_current.body.clear();
        m_current.contentType.clear();
    }
    m_current.url = target;
    sendAttempt();
}

void HttpExchange::retryAfterRateLimit(const HttpResponse& response)
{
    const std::optional<qint64> asked =
        RetryAfter::delayMs(response.header("retry-after"), response.body, QDateTime::currentDateTimeUtc());
    const qint64 wait = asked.value_or(1000);
    if (m_rateLimitRetries >= m_client->rateLimitRetries() || wait > m_client->rateLimitMaxWaitMs()) {
        Error error = failureOf(response, hostForMessages(), m_client->errorBodyReader()).value();
        error.message =
            wait > m_client->rateLimitMaxWaitMs()
                ? Error::tr("%1 is limiting requests and asks to wait %2 seconds; try again later.")
                      .arg(hostForMessages())
                      .arg((wait + 999) / 1000)
                : Error::tr("%1 is still limiting requests after %2 retries; try again later.")
                      .arg(hostForMessages())
                      .arg(m_rateLimitRetries);
        finish(error);
        return;
    }
    ++m_rateLimitRetries;
    qCDebug(lcHttp).noquote() << "rate limited, retrying in" << wait << "ms";
    m_deadline.stop(); // waiting as asked is not the server being slow
    QTimer::singleShot(wait, this, [this] {
        startDeadline();
        sendAttempt();
    });
}

void HttpExchange::finish(const HttpResult& result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline.stop();
    m_client->exchangeFinished();
    if (!m_hasContext || m_context)
        m_done(result);
    deleteLater();
}

} // namespace gatehouse
