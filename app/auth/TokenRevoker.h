#pragma once

#include "auth/SavedAccount.h"
#include "auth/TokenPair.h"
#include "network/Error.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

class QObject;

namespace gatehouse {

class HttpClient;

// Ends a sign-in on the server. OAuth: RFC 7009 revocation of the refresh token and the access token,
// always with client_id (RFC 7009). Classic: POST /_matrix/client/v3/logout. An already invalid
// token counts as ended.
class TokenRevoker
{
    Q_DECLARE_TR_FUNCTIONS(TokenRevoker)

public:
    static void revoke(HttpClient* http, const SavedAccount& account, const TokenPair& tokens,
                       const QObject* context, std::function<void(const std::optional<Error>&)> done);
};

} // namespace gatehouse
