#pragma once

#include "auth/SavedAccount.h"

#include <QList>
#include <QString>

#include <optional>

namespace gatehouse {

// The remembered accounts (QSettings, group "accounts") and which one was used last. Only the non-secret
// fields of SavedAccount are written; tokens stay in the keychain. Accounts are named by their key (the
// canonical base URL and the user ID, SavedAccount::key()): one server's account never replaces another's.
// Entries written before that rule (keyed by the user ID alone) are migrated on first use, nothing lost.
class AccountStore
{
public:
    static QList<SavedAccount> accounts();
    static std::optional<SavedAccount> find(const QString& key);
    // Adds or replaces the account with this key.
    static void save(const SavedAccount& account);
    static void remove(const QString& key);

    // The key of the account used last (empty when none).
    static QString lastUsed();
    static void setLastUsed(const QString& key);

    // The entry's keychain secret has moved to its new key: the old one is no longer looked at.
    static void clearLegacySecretKey(const QString& key);
};

} // namespace gatehouse
