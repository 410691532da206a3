#pragma once

#include "network/Result.h"

#include <QCoreApplication>
#include <QString>

namespace gatehouse {

// What the browser brought back to the loopback listener (docs/protocol.md "Signing in"): `state` plus
// either `code` or `error` with an optional `error_description`. `state` is compared before anything else.
struct AuthorizationCallback
{
    Q_DECLARE_TR_FUNCTIONS(AuthorizationCallback)

public:
    QString state;
    QString code;
    QString error;
    QString errorDescription; // untrusted
    bool hasState = false;

    // From the query of the callback request ("code=...&state=..."), percent-decoded; '+' is a space.
    static AuthorizationCallback fromQuery(const QString& query);

    // The code when `state` matches and the server sent one; otherwise an Error saying what happened:
    // a state mismatch (Kind::InvalidResponse, errcode "state_mismatch"), the server's `error`
    // (Kind::Http with the OAuth error code, e.g. access_denied), or a callback without a code.
    Result<QString> check(const QString& expectedState) const;
};

} // namespace gatehouse
