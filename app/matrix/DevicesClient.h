#pragma once

#include "matrix/ClientInformation.h"
#include "matrix/Device.h"
#include "matrix/KeysQueryResponse.h"
#include "matrix/Whoami.h"
#include "network/HttpClient.h"
#include "network/Result.h"

#include <QObject>

#include <functional>
#include <memory>

namespace gatehouse {

class TokenSource;

// The authenticated Client-Server API calls about this account's devices. A 401 M_UNKNOWN_TOKEN is met by
// one refresh (when the token source can refresh) and one retry; anything else is returned as it is.
// `done` is not called when `context` or the client itself is gone by the time the answer arrives.
class DevicesClient : public QObject
{
    Q_OBJECT

public:
    DevicesClient(HttpClient* http, QString baseUrl, std::shared_ptr<TokenSource> tokens,
                  QObject* parent = nullptr);

    const QString& baseUrl() const { return m_baseUrl; }
    std::shared_ptr<TokenSource> tokens() const { return m_tokens; }

    // `keepConnection` false: the connection closes once idle (HttpRequest::keepConnection; a watcher's
    // poll).
    void whoami(const QObject* context, std::function<void(const Result<Whoami>&)> done,
                bool keepConnection = true);
    void devices(const QObject* context, std::function<void(const Result<QList<Device>>&)> done,
                 bool keepConnection = true);
    // One POST /keys/query for `userId`'s own sessions, and one filtered /sync for the client information
    // of every session: never one request per session.
    void keysQuery(const QString& userId, const QObject* context,
                   std::function<void(const Result<KeysQueryResponse>&)> done);
    void clientInformation(const QObject* context,
                           std::function<void(const Result<QHash<QString, ClientInformation>>&)> done);

    // Any authenticated request against the homeserver; `path` starts with /_matrix/.
    void send(HttpRequest request, const QObject* context, std::function<void(const HttpResult&)> done);
    QUrl endpoint(const QString& path) const { return QUrl(m_baseUrl + path); }
    static QString encodePathSegment(const QString& segment);

private:
    void sendOnce(HttpRequest request, bool mayRefresh, const QObject* context,
                  std::function<void(const HttpResult&)> done);

    HttpClient* m_http;
    QString m_baseUrl;
    std::shared_ptr<TokenSource> m_tokens;
};

} // namespace gatehouse
