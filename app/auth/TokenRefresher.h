#pragma once

#include "auth/SavedAccount.h"
#include "auth/TokenPair.h"
#include "network/Result.h"

#include <QCoreApplication>

#include <functional>

class QObject;

namespace gatehouse {

class HttpClient;

// One refresh request: the OAuth refresh grant at the token endpoint (with client_id), or classic
// POST /_matrix/client/v3/refresh. The answer is the new pair (the old refresh token is kept when the
// server sends none) or the Error, which TokenResponse::classify() turns into "signed out" or "try later".
class TokenRefresher
{
    Q_DECLARE_TR_FUNCTIONS(TokenRefresher)

public:
    static void refresh(HttpClient* http, const SavedAccount& account, const TokenPair& current,
                        const QObject* context, std::function<void(const Result<TokenPair>&)> done);
};

} // namespace gatehouse
