#include "matrix/DevicesClient.h"

#include "auth/TokenSource.h"
#include "log/Log.h"
#include "matrix/MatrixError.h"
#include "matrix/UiaChallenge.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

namespace gatehouse {

namespace {

// Reading an answer of megabytes (10,000 sessions' keys or client information) takes tens of milliseconds:
// it is read on the thread pool, so the window stays responsive, and `done` is called back on this
// thread, unless `context` (when given) or `owner` is gone by then.
template <typename T>
void readOffThread(QObject* owner, const QObject* context, const QByteArray& body,
                   std::function<Result<T>(const QByteArray&)> read,
                   std::function<void(const Result<T>&)> done)
{
    auto* watcher = new QFutureWatcher<std::optional<Result<T>>>(owner);
    const QPointer<const QObject> guard(context);
    const bool hasContext = context != nullptr;
    QObject::connect(watcher, &QFutureWatcherBase::finished, owner, [watcher, guard, hasContext, done] {
        watcher->deleteLater();
        const std::optional<Result<T>> result =
            watcher->future().resultCount() > 0 ? watcher->result() : std::nullopt;
        if (result && (!hasContext || guard))
            done(*result);
    });
    watcher->setFuture(QtConcurrent::run([body, read] { return std::optional<Result<T>>(read(body)); }));
}

} // namespace

DevicesClient::DevicesClient(HttpClient* http, QString baseUrl, std::shared_ptr<TokenSource> tokens,
                             QObject* parent)
    : QObject(parent)
    , m_http(http)
    , m_baseUrl(std::move(baseUrl))
    , m_tokens(std::move(tokens))
{}

QString DevicesClient::encodePathSegment(const QString& segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

void DevicesClient::send(HttpRequest request, const QObject* context,
                         std::function<void(const HttpResult&)> done)
{
    sendOnce(std::move(request), m_tokens && m_tokens->canRefresh(), context, std::move(done));
}

void DevicesClient::sendOnce(HttpRequest request, bool mayRefresh, const QObject* context,
                             std::function<void(const HttpResult&)> done)
{
    if (!m_tokens || m_tokens->accessToken().isEmpty()) {
        done(Error::make(Error::Kind::NoToken, tr("There is no access token to sign in with.")));
        return;
    }
    request.bearerToken = m_tokens->accessToken();
    // The token goes only to the server (and OAuth endpoints) of the account it belongs to.
    request.tokenOrigins = m_tokens->origins();
    if (request.tokenOrigins.isEmpty())
        request.tokenOrigins = {HttpRequest::originOf(QUrl(m_baseUrl))};
    // The account's session may end while the request is under way (another account was chosen): its
    // answer then goes nowhere, as when `context` is gone.
    const QPointer<DevicesClient> self(this);
    m_http->send(request, context,
                 [this, self, request, mayRefresh, context, done](const HttpResult& result) {
                     if (!self)
                         return;
                     // A 401 with `flows` asks for user-interactive auth; it says nothing about the token.
                     if (result && result->status == 401 && mayRefresh &&
                         failureOf(result, request.url.host(), &MatrixError::readBody)->kind ==
                             Error::Kind::TokenRejected &&
                         !UiaChallenge::parse(result->body)) {
                         if (m_tokens->accessToken() != request.bearerToken) {
                             // Another request already renewed the token while this one was under way.
                             sendOnce(request, false, context, done);
                             return;
                         }
                         qCDebug(lcAuth) << "access token rejected; refreshing once";
                         m_tokens->refresh(this, [this, request, context, done,
                                                  result](const std::optional<Error>& failure) {
                             if (failure) {
                                 done(*failure);
                                 return;
                             }
                             sendOnce(request, false, context, done);
                         });
                         return;
                     }
                     done(result);
                 });
}

void DevicesClient::whoami(const QObject* context, std::function<void(const Result<Whoami>&)> done,
                           bool keepConnection)
{
    const QUrl url = endpoint(QStringLiteral("/_matrix/client/v3/account/whoami"));
    HttpRequest request = HttpRequest::get(url);
    request.keepConnection = keepConnection;
    send(std::move(request), context, [url, done](const HttpResult& result) {
        if (const auto failure = failureOf(result, url.host(), &MatrixError::readBody)) {
            done(*failure);
            return;
        }
        done(Whoami::fromJson(result->body));
    });
}

void DevicesClient::devices(const QObject* context, std::function<void(const Result<QList<Device>>&)> done,
                            bool keepConnection)
{
    const QUrl url = endpoint(QStringLiteral("/_matrix/client/v3/devices"));
    HttpRequest request = HttpRequest::get(url);
    request.keepConnection = keepConnection;
    send(std::move(request), context, [url, done](const HttpResult& result) {
        if (const auto failure = failureOf(result, url.host(), &MatrixError::readBody)) {
            done(*failure);
            return;
        }
        done(Device::listFromJson(result->body));
    });
}

void DevicesClient::keysQuery(const QString& userId, const QObject* context,
                              std::function<void(const Result<KeysQueryResponse>&)> done)
{
    const QUrl url = endpoint(QStringLiteral("/_matrix/client/v3/keys/query"));
    send(HttpRequest::json("POST", url, KeysQueryResponse::requestBody(userId)), context,
         [this, url, userId, context, done](const HttpResult& result) {
             if (const auto failure = failureOf(result, url.host(), &MatrixError::readBody)) {
                 done(*failure);
                 return;
             }
             readOffThread<KeysQueryResponse>(
                 this, context, result->body,
                 [userId](const QByteArray& body) { return KeysQueryResponse::fromJson(body, userId); },
                 done);
         });
}

void DevicesClient::clientInformation(
    const QObject* context, std::function<void(const Result<QHash<QString, ClientInformation>>&)> done)
{
    const QUrl url = ClientInformation::syncUrl(m_baseUrl);
    send(HttpRequest::get(url), context, [this, url, context, done](const HttpResult& result) {
        if (const auto failure = failureOf(result, url.host(), &MatrixError::readBody)) {
            done(*failure);
            return;
        }
        readOffThread<QHash<QString, ClientInformation>>(this, context, result->body,
                                                         &ClientInformation::fromSync, done);
    });
}

} // namespace gatehouse
