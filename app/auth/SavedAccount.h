#pragma once

#include <QString>

namespace gatehouse {

// What is remembered about a signed-in account outside the keychain: nothing secret. How it signed in
// decides how it refreshes and signs out (OAuth revocation or classic /logout).
struct SavedAccount
{
    enum class Kind
    {
        OAuth,
        Classic
    };

    QString userId;
    QString homeserver; // the base URL
    Kind kind = Kind::OAuth;
    QString deviceId;
    // OAuth only: the client registered for this account and the endpoints it uses.
    QString issuer;
    QString clientId;
    QString tokenEndpoint;
    QString revocationEndpoint;

    bool isOAuth() const { return kind == Kind::OAuth; }
    bool isValid() const { return !userId.isEmpty() && !homeserver.isEmpty(); }
};

} // namespace gatehouse
