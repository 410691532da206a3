#include "auth/TokenRevoker.h"

#include "log/Log.h"
#include "matrix/MatrixError.h"
#include "network/HttpClient.h"

#include <memory>

namespace gatehouse {

void TokenRevoker::revoke(HttpClient* http, const SavedAccount& account, const TokenPair& tokens,
                          const QObject* context, std::function<void(const std::optional<Error>&)> done)
{
    const auto wrap = [account](const std::optional<Error>& problem) -> std::optional<Error> {
        if (!problem)
            return std::nullopt;
        Error error = *problem;
        error.message = tr("Gatehouse forgot %1, but the server could not be told to end the session: %2")
                            .arg(account.userId, problem->message);
        return error;
    };
    if (!account.isOAuth()) {
        const QUrl url(account.homeserver + u"/_matrix/client/v3/logout");
        qCDebug(lcAuth) << "signing out with /logout";
        HttpRequest logout = HttpRequest::json("POST", url, "{}", tokens.accessToken);
        logout.tokenOrigins = {HttpRequest::originOf(QUrl(account.homeserver))};
        http->send(logout, context, [url, wrap, done](const HttpResult& result) {
            const std::optional<Error> problem = failureOf(result, url.host(), &MatrixError::readBody);
            // An unknown token is already signed out.
            const bool signedOutAlready = problem && problem->kind == Error::Kind::TokenRejected;
            done(signedOutAlready ? std::nullopt : wrap(problem));
        });
        return;
    }
    if (account.revocationEndpoint.isEmpty()) {
        done(wrap(Error::make(Error::Kind::InvalidResponse,
                              tr("the server does not list a revocation endpoint."))));
        return;
    }
    const QUrl url(account.revocationEndpoint);
    QList<QPair<QString, QString>> toRevoke;
    if (!tokens.refreshToken.isEmpty())
        toRevoke.append({tokens.refreshToken, QStringLiteral("refresh_token")});
    toRevoke.append({tokens.accessToken, QStringLiteral("access_token")});
    auto remaining = std::make_shared<int>(int(toRevoke.size()));
    auto firstProblem = std::make_shared<std::optional<Error>>();
    qCDebug(lcAuth) << "revoking" << toRevoke.size() << "tokens";
    for (const auto& [token, hint] : toRevoke) {
        HttpRequest request = HttpRequest::form(url, {{QStringLiteral("token"), token},
                                                      {QStringLiteral("token_type_hint"), hint},
                                                      {QStringLiteral("client_id"), account.clientId}});
        request.bodyHasSecret = true;
        http->send(request, context, [url, remaining, firstProblem, wrap, done](const HttpResult& result) {
            const std::optional<Error> problem = failureOf(result, url.host(), &MatrixError::readBody);
            if (problem && !*firstProblem)
                *firstProblem = problem;
            if (--*remaining == 0)
                done(wrap(*firstProblem));
        });
    }
}

} // namespace gatehouse
