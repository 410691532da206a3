#pragma once

#include "auth/SavedAccount.h"
#include "auth/TokenPair.h"
#include "auth/TokenSource.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QLockFile;

namespace gatehouse {

class HttpClient;
class SecretStore;

// The tokens of a remembered account. They are read from the keychain on first use (prepare()); a rejected
// access token is refreshed once, with refreshes serialised inside this process (one request, every
// caller waits for it) and between processes (a lock file next to the settings; whoever gets the lock
// first refreshes, the others find the new pair in the keychain). The new pair is stored before it is
// used. A 4xx from the token endpoint means signed out; a 5xx or a network error means "try later".
class SavedTokenSource : public QObject, public TokenSource
{
    Q_OBJECT

public:
    static constexpr int LockWaitMs = 30'000;

    SavedTokenSource(SavedAccount account, HttpClient* http, SecretStore* secrets,
                     std::optional<TokenPair> tokens = std::nullopt, QObject* parent = nullptr);
    ~SavedTokenSource() override;

    const SavedAccount& account() const { return m_account; }
    TokenPair tokens() const { return m_tokens; }
    bool isSignedOut() const { return m_signedOut; }

    QString accessToken() const override { return m_tokens.accessToken; }
    // The account's homeserver and its OAuth token and revocation endpoints.
    QStringList origins() const override;
    bool canRefresh() const override { return !m_signedOut && m_tokens.canRefresh(); }
    void prepare(const QObject* context, std::function<void(const std::optional<Error>&)> done) override;
    void refresh(const QObject* context, std::function<void(const std::optional<Error>&)> done) override;

    // The keychain key of an account, and the lock file that serialises its refreshes: both follow
    // SavedAccount::key(), so the same user ID on another server never shares them.
    static QString secretKey(const SavedAccount& account);
    static QString lockPath(const SavedAccount& account);

Q_SIGNALS:
    void signedOut(const gatehouse::Error& error);

private:
    void readLegacy(const QObject* context, std::function<void(const std::optional<Error>&)> done,
                    const Error& missing);
    void adopt(const TokenPair& pair);
    void tryLock(int attempt);
    void refreshLocked();
    void finishRefresh(const std::optional<Error>& result);

    SavedAccount m_account;
    HttpClient* m_http;
    QPointer<SecretStore> m_secrets;
    TokenPair m_tokens;
    bool m_loaded = false;
    bool m_signedOut = false;
    std::unique_ptr<QLockFile> m_lock;
    QString m_rejectedToken;
    QList<std::function<void(const std::optional<Error>&)>> m_waiting;
};

} // namespace gatehouse
