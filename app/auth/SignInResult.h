#pragma once

#include "auth/SavedAccount.h"
#include "auth/TokenPair.h"

namespace gatehouse {

struct AuthMetadata;

// What a finished sign-in hands over: the account to remember and its tokens for the keychain.
struct SignInResult
{
    SavedAccount account;
    TokenPair tokens;

    // An OAuth 2.0 sign-in (browser or code) once whoami has named `userId` for the `deviceId` asked for.
    static SignInResult oauth(const QString& baseUrl, const AuthMetadata& metadata, const QString& clientId,
                              const QString& deviceId, const QString& userId, const TokenPair& tokens);
};

} // namespace gatehouse
