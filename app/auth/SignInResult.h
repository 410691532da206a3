#pragma once

#include "auth/SavedAccount.h"
#include "auth/TokenPair.h"

namespace gatehouse {

// What a finished sign-in hands over: the account to remember and its tokens for the keychain.
struct SignInResult
{
    SavedAccount account;
    TokenPair tokens;
};

} // namespace gatehouse
