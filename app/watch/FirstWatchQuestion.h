#pragma once

namespace gatehouse {

class AccountPrompts;
struct SavedAccount;

// After the first successful sign-in to an account, one question: watch it in the background? The answer
// (either way) is stored in AppSettings::watchAccount, so it is asked once per account.
class FirstWatchQuestion
{
public:
    // Asks unless an answer is stored for `account`; true when it asked.
    static bool askOnce(AccountPrompts& prompts, const SavedAccount& account);
};

} // namespace gatehouse
