#pragma once

#include "matrix/CanonicalBaseUrl.h"

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
    // Set on an entry saved before accounts were bound to their server: the keychain entry it had then
    // ("account:" + user ID), moved to key() on first use.
    QString legacySecretKey;

    bool isOAuth() const { return kind == Kind::OAuth; }
    bool isValid() const { return !userId.isEmpty() && !homeserver.isEmpty(); }

    // An account is its homeserver and its user ID together: "<canonical base URL> <user ID>" names it in
    // the keychain, the settings, the refresh lock and every front end. The same user ID on another server
    // is another account.
    QString key() const { return keyOf(homeserver, userId); }
    static QString keyOf(const QString& homeserver, const QString& userId)
    {
        return CanonicalBaseUrl::of(homeserver) + u' ' + userId;
    }
    // The user ID in a key or a bare user ID (a Matrix ID has no spaces), for messages.
    static QString userIdOfReference(const QString& reference) { return reference.section(u' ', -1); }
};

} // namespace gatehouse
