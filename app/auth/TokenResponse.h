#pragma once

#include "auth/TokenPair.h"
#include "network/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace gatehouse {

// A token endpoint's answer (spec "OAuth 2.0 API", RFC 6749 5.1) or a classic /login or /refresh answer.
struct TokenResponse
{
    Q_DECLARE_TR_FUNCTIONS(TokenResponse)

public:
    // How a failed token request ends: the grant is gone (any 4xx: signed out), or it may work later
    // (5xx, network, rate limit), or the device grant is still waiting for the person.
    enum class Failure
    {
        SignedOut,
        TryLater,
        Pending,  // authorization_pending
        SlowDown, // slow_down
    };

    TokenPair tokens;
    QString scope;    // OAuth: the granted scope
    QString userId;   // classic login
    QString deviceId; // classic login

    // OAuth 2.0 JSON: access_token (required), token_type Bearer in any letter case, expires_in,
    // refresh_token, scope. Non-2xx answers become Errors with the OAuth `error` as errcode.
    static Result<TokenResponse> fromOAuth(int status, const QByteArray& body, const QString& host,
                                           const QDateTime& now);
    // Matrix JSON: user_id, access_token, device_id (required for login), refresh_token, expires_in_ms.
    static Result<TokenResponse> fromMatrix(int status, const QByteArray& body, const QString& host,
                                            const QDateTime& now, bool requireIdentity);

    // What a failed token request means; `error` comes from the functions above or from the network.
    static Failure classify(const Error& error);
};

} // namespace gatehouse
