#include "auth/SignInResult.h"

#include "matrix/AuthMetadata.h"

namespace gatehouse {

SignInResult SignInResult::oauth(const QString& baseUrl, const AuthMetadata& metadata,
                                 const QString& clientId, const QString& deviceId, const QString& userId,
                                 const TokenPair& tokens)
{
    SignInResult result;
    result.account.userId = userId;
    result.account.homeserver = baseUrl;
    result.account.kind = SavedAccount::Kind::OAuth;
    result.account.deviceId = deviceId;
    result.account.issuer = metadata.issuer;
    result.account.clientId = clientId;
    result.account.tokenEndpoint = metadata.tokenEndpoint;
    result.account.revocationEndpoint = metadata.revocationEndpoint;
    result.tokens = tokens;
    return result;
}

} // namespace gatehouse
