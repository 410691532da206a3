#pragma once

#include "auth/Pkce.h"

#include <QString>
#include <QUrl>

namespace gatehouse {

// One attempt of the authorization code grant (spec "Authorization code flow"): a fresh device ID,
// and the URL the browser opens.
struct AuthorizationRequest
{
    static constexpr int DeviceIdLength = 12; // the spec asks for at least 10 unreserved characters
    static constexpr int StateLength = 32;

    QString clientId;
    QString redirectUri; // http://127.0.0.1:<port>/callback
    QString deviceId;
    QString state;
    Pkce pkce;
    bool createAccount = false; // prompt=create

    // New random device ID, state and PKCE verifier.
    static AuthorizationRequest create(const QString& clientId, const QString& redirectUri,
                                       bool createAccount = false);

    // urn:matrix:client:api:* urn:matrix:client:device:<deviceId> (the stable scopes, MSC2967).
    static QString scopeFor(const QString& deviceId);
    // The device ID in a granted scope string, or empty.
    static QString deviceIdInScope(const QString& scope);

    // The authorization endpoint with response_type=code, client_id, redirect_uri, scope, state,
    // response_mode=query, code_challenge, code_challenge_method=S256 and, when asked, prompt=create. Any
    // query the endpoint already has is kept.
    QUrl url(const QString& authorizationEndpoint) const;
};

} // namespace gatehouse
