#pragma once

#include "auth/SavedAccount.h"
#include "auth/SignInResult.h"
#include "network/Error.h"

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
class AccountManager : public QObject
{
    Q_OBJECT

public:
    explicit AccountManager(HttpClient* http, QObject* parent = nullptr);
    ~AccountManager() override;

    QList<SavedAccount> accounts() const;
    std::optional<SavedAccount> find(const QString& userId) const;
    QString lastUsed() const;
    void setLastUsed(const QString& userId);
    bool isRemembered(const QString& userId) const;

    // Sign-ins to this homeserver (the in-process demo server) are kept in memory only.
    void setEphemeralHomeserver(const QString& baseUrl) { m_ephemeralHomeserver = baseUrl; }

    // Stores the tokens in the keychain, then the account in the settings; `done` gets a message when the
    // account could only be kept in memory.
    void add(const SignInResult& result, const QObject* context,
             std::function<void(const QString& problem)> done);

    // One token source per account and process, so refreshes are shared by everything that uses it.
    std::shared_ptr<SavedTokenSource> tokenSource(const QString& userId);

    // Revokes the tokens, then forgets the account (keychain, settings, memory). Forgetting happens even
    // when the server could not be reached; `done` then gets the problem to tell the person.
    void signOut(const QString& userId, const QObject* context,
                 std::function<void(const std::optional<Error>&)> done);

    SecretStore* secrets() const { return m_secrets; }

Q_SIGNALS:
    void accountsChanged();

private:
    void forget(const QString& userId, std::function<void()> then);

    HttpClient* m_http;
    SecretStore* m_secrets;
    QString m_ephemeralHomeserver;
    QList<SavedAccount> m_inMemory;
    QHash<QString, std::shared_ptr<SavedTokenSource>> m_sources;
};

} // namespace gatehouse
