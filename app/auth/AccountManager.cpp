#include "auth/AccountManager.h"

#include "auth/AccountStore.h"
#include "auth/SavedTokenSource.h"
#include "auth/SecretStore.h"
#include "auth/TokenRevoker.h"
#include "log/Log.h"

namespace gatehouse {

AccountManager::AccountManager(HttpClient* http, QObject* parent)
    : QObject(parent)
    , m_http(http)
    , m_secrets(new SecretStore(this))
{}

AccountManager::~AccountManager() = default;

QList<SavedAccount> AccountManager::accounts() const
{
    QList<SavedAccount> all = AccountStore::accounts();
    for (const SavedAccount& account : m_inMemory) {
        all.removeIf([&account](const SavedAccount& other) { return other.userId == account.userId; });
        all.append(account);
    }
    return all;
}

std::optional<SavedAccount> AccountManager::find(const QString& userId) const
{
    const QList<SavedAccount> all = accounts();
    for (const SavedAccount& account : all) {
        if (account.userId == userId)
            return account;
    }
    return std::nullopt;
}

QString AccountManager::lastUsed() const
{
    return AccountStore::lastUsed();
}

void AccountManager::setLastUsed(const QString& userId)
{
    if (isRemembered(userId))
        AccountStore::setLastUsed(userId);
}

bool AccountManager::isRemembered(const QString& userId) const
{
    return AccountStore::find(userId).has_value();
}

void AccountManager::add(const SignInResult& result, const QObject* context,
                         std::function<void(const QString& problem)> done)
{
    result.tokens.registerSecrets();
    const SavedAccount account = result.account;
    // A newer sign-in of the same account replaces the older one and its token source.
    m_sources.remove(account.userId);
    m_inMemory.removeIf([&account](const SavedAccount& other) { return other.userId == account.userId; });
    m_sources.insert(account.userId,
                     std::make_shared<SavedTokenSource>(account, m_http, m_secrets, result.tokens));
    if (!m_ephemeralHomeserver.isEmpty() && account.homeserver == m_ephemeralHomeserver) {
        m_inMemory.append(account);
        Q_EMIT accountsChanged();
        done(QString());
        return;
    }
    m_secrets->write(SavedTokenSource::secretKey(account.userId), result.tokens.toJson(), context,
                     [this, account, done](const SecretStore::WriteOutcome& outcome) {
                         if (outcome.persisted) {
                             AccountStore::save(account);
                             AccountStore::setLastUsed(account.userId);
                         } else {
                             AccountStore::remove(account.userId);
                             m_inMemory.append(account);
                         }
                         Q_EMIT accountsChanged();
                         done(outcome.problem);
                     });
}

std::shared_ptr<SavedTokenSource> AccountManager::tokenSource(const QString& userId)
{
    if (const auto existing = m_sources.constFind(userId); existing != m_sources.constEnd())
        return existing.value();
    const std::optional<SavedAccount> account = find(userId);
    if (!account)
        return nullptr;
    auto source = std::make_shared<SavedTokenSource>(*account, m_http, m_secrets);
    m_sources.insert(userId, source);
    return source;
}

void AccountManager::signOut(const QString& userId, const QObject* context,
                             std::function<void(const std::optional<Error>&)> done)
{
    const std::shared_ptr<SavedTokenSource> source = tokenSource(userId);
    if (!source) {
        done(std::nullopt);
        return;
    }
    source->prepare(this, [this, source, userId, context, done](const std::optional<Error>& problem) {
        const auto finish = [this, userId, done](const std::optional<Error>& revokeProblem) {
            forget(userId, [done, revokeProblem] { done(revokeProblem); });
        };
        if (problem || source->tokens().isEmpty()) {
            finish(std::nullopt); // nothing to revoke: just forget it
            return;
        }
        TokenRevoker::revoke(m_http, source->account(), source->tokens(), context ? context : this, finish);
    });
}

void AccountManager::forget(const QString& userId, std::function<void()> then)
{
    m_sources.remove(userId);
    m_inMemory.removeIf([&userId](const SavedAccount& account) { return account.userId == userId; });
    AccountStore::remove(userId);
    m_secrets->remove(SavedTokenSource::secretKey(userId), this,
                      [this, then](const std::optional<Error>& problem) {
                          if (problem)
                              qCWarning(lcAuth).noquote() << problem->message;
                          Q_EMIT accountsChanged();
                          then();
                      });
}

} // namespace gatehouse
