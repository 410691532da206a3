#include "auth/TokenRefresher.h"

#include "auth/TokenResponse.h"
#include "log/Log.h"
#include "network/HttpClient.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace gatehouse {

namespace {

// Both token endpoints may leave the refresh token out of the answer: the old one then stays valid.
void finish(const Result<TokenResponse>& parsed, const QString& oldRefresh,
            const std::function<void(const Result<TokenPair>&)>& done)
{
    if (!parsed) {
        done(parsed.error());
        return;
    }
    TokenPair pair = parsed->tokens;
    if (pair.refreshToken.isEmpty())
        pair.refreshToken = oldRefresh;
    pair.registerSecrets();
    done(pair);
}

} // namespace

void TokenRefresher::refresh(HttpClient* http, const SavedAccount& account, const TokenPair& current,
                             const QObject* context, std::function<void(const Result<TokenPair>&)> done)
{
    const QString oldRefresh = current.refreshToken;
    if (account.isOAuth()) {
        const QUrl url(account.tokenEndpoint);
        HttpRequest request =
            HttpRequest::form(url, {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                    {QStringLiteral("refresh_token"), oldRefresh},
                                    {QStringLiteral("client_id"), account.clientId}});
        request.retryOnRateLimit = false;
        request.bodyHasSecret = true;
        qCDebug(lcAuth) << "refreshing the OAuth access token";
        http->send(request, context, [url, oldRefresh, done](const HttpResult& result) {
            if (!result) {
                done(result.error());
                return;
            }
            finish(TokenResponse::fromOAuth(result->status, result->body, url.host(),
                                            QDateTime::currentDateTimeUtc()),
                   oldRefresh, done);
        });
        return;
    }
    const QUrl url(account.homeserver + u"/_matrix/client/v3/refresh");
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("refresh_token"), oldRefresh}})
                                .toJson(QJsonDocument::Compact);
    HttpRequest request = HttpRequest::json("POST", url, body);
    request.retryOnRateLimit = false;
    request.bodyHasSecret = true;
    qCDebug(lcAuth) << "refreshing the classic access token";
    http->send(request, context, [url, oldRefresh, done](const HttpResult& result) {
        if (!result) {
            done(result.error());
            return;
        }
        finish(TokenResponse::fromMatrix(result->status, result->body, url.host(),
                                         QDateTime::currentDateTimeUtc(), false),
               oldRefresh, done);
    });
}

} // namespace gatehouse
