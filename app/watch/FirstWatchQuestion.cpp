#include "watch/FirstWatchQuestion.h"

#include "account/AccountPrompts.h"
#include "auth/SavedAccount.h"
#include "settings/AppSettings.h"

namespace gatehouse {

bool FirstWatchQuestion::askOnce(AccountPrompts& prompts, const SavedAccount& account)
{
    const QString key = account.key();
    if (AppSettings::watchAccount(key).has_value())
        return false;
    AppSettings::setWatchAccount(key, prompts.askWatchInBackground(account.userId));
    return true;
}

} // namespace gatehouse
