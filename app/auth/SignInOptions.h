#pragma once

#include "matrix/AuthMetadata.h"

#include <QString>

#include <optional>

namespace gatehouse {

// How a homeserver signs people in, as far as Gatehouse can use it.
struct SignInOptions
{
    QString baseUrl;
    QString serverName; // for messages: what the person typed, or the host
    QString userHint;   // the Matrix ID typed, if one was
    QString typed;      // exactly what was typed: decides which user ID is accepted (SignInIdentity)
    std::optional<AuthMetadata> oauth; // set on OAuth 2.0 servers
    bool browser = false;              // OAuth code grant in the browser
    bool createAccount = false;        // prompt=create listed
    bool code = false;                 // device_authorization_endpoint listed
    bool password = false;             // classic m.login.password (only when there is no OAuth)

    bool usesOAuth() const { return oauth.has_value(); }
    bool any() const { return browser || code || password; }
};

} // namespace gatehouse
