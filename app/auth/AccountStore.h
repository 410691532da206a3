#pragma once

#include "auth/SavedAccount.h"

#include <QList>
#include <QString>

#include <optional>

namespace gatehouse {

// The remembered accounts (QSettings, group "accounts") and which one was used last. Only the non-secret
// fields of SavedAccount are written; tokens stay in the keychain.
class AccountStore
{
public:
    static QList<SavedAccount> accounts();
    static std::optional<SavedAccount> find(const QString& userId);
    // Adds or replaces the account with this user ID.
    static void save(const SavedAccount& account);
    static void remove(const QString& userId);

    static QString lastUsed();
    static void setLastUsed(const QString& userId);
};

} // namespace gatehouse
