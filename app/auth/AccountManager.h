#pragma once

#include "auth/SavedAccount.h"
#include "auth/SignInResult.h"
#include "network/Error.h"
#include "network/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace gatehouse {

class HttpClient;
class SavedTokenSource;
class SecretStore;

// Every signed-in account of this user: the remembered ones (AccountStore + keychain) and those that live
// in memory only (no keychain, or an account on the in-process demo server, which is never remembered).
// Adds an account after a sign-in, hands out its token source, and signs out: revoke (OAuth, always with
// client_id) or /logout (classic), then forget.
//
// An account is named by its key (SavedAccount::key(): canonical base URL and user ID). The functions
// below that take an `account` string accept that key; a bare user ID is accepted too and names the one
// account with that ID, or, when several servers have it, the last used of them (never a guess among
// the others). Front ends should pass keys.
class AccountManager : public QObject
{
    Q_OBJECT

public:
    explicit AccountManager(HttpClient* http, QObject* parent = nullptr);
    ~AccountManager() override;

    QList<SavedAccount> accounts() const;
    std::optional<SavedAccount> find(const QString& reference) const;
    // The saved accounts with this user ID (several when several servers use it).
    QList<SavedAccount> withUserId(const QString& userId) const;
    // `--account USER_ID [--account-server URL]`: the saved account with this user ID, on this server when
    // one is given. When several servers have the user ID and none is given, the Error (errcode
    // AmbiguousAccount) names their homeservers; when none matches, it names the saved accounts.
    static constexpr const char* AmbiguousAccount = "gatehouse.ambiguous_account";
    Result<SavedAccount> choose(const QString& userId, const QString& server) const;

    // How front ends name this account: its user ID while no other saved account has it, else its key.
    QString referenceFor(const SavedAccount& account) const;

    QString lastUsed() const; // a key, or empty
    void setLastUsed(const QString& reference);
    bool isRemembered(const QString& reference) const;

    // Sign-ins to this homeserver (the in-process demo server) are kept in memory only.
    void setEphemeralHomeserver(const QString& baseUrl) { m_ephemeralHomeserver = baseUrl; }

    // Stores the tokens in the keychain, then the account in the settings; `done` gets a message when the
    // account could only be kept in memory.
    void add(const SignInResult& result, const QObject* context,
             std::function<void(const QString& problem)> done);

    // One token source per account and process, so refreshes are shared by everything that uses it.
    std::shared_ptr<SavedTokenSource> tokenSource(const QString& reference);

    // Revokes the tokens, then forgets the account (keychain, settings, memory). Forgetting happens even
    // when the server could not be reached; `done` then gets the problem to tell the person.
    void signOut(const QString& reference, const QObject* context,
                 std::function<void(const std::optional<Error>&)> done);

    SecretStore* secrets() const { return m_secrets; }

Q_SIGNALS:
    void accountsChanged();

private:
    void forget(const SavedAccount& account, std::function<void()> then);

    HttpClient* m_http;
    SecretStore* m_secrets;
    QString m_ephemeralHomeserver;
    QList<SavedAccount> m_inMemory;
    QHash<QString, std::shared_ptr<SavedTokenSource>> m_sources;
};

} // namespace gatehouse
