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
        all.removeIf([&account](const SavedAccount& other) { return other.key() == account.key(); });
        all.append(account);
    }
    return all;
}

QList<SavedAccount> AccountManager::withUserId(const QString& userId) const
{
    QList<SavedAccount> matching = accounts();
    matching.removeIf([&userId](const SavedAccount& account) { return account.userId != userId; });
    return matching;
}

std::optional<SavedAccount> AccountManager::find(const QString& reference) const
{
    const QList<SavedAccount> all = accounts();
    for (const SavedAccount& account : all) {
        if (account.key() == reference)
            return account;
    }
    // A bare user ID: the one account with it, or the last used of several (see the class comment).
    const QList<SavedAccount> matching = withUserId(reference);
    if (matching.size() == 1)
        return matching.constFirst();
    const QString last = AccountStore::lastUsed();
    for (const SavedAccount& account : matching) {
        if (account.key() == last)
            return account;
    }
    return std::nullopt;
}

Result<SavedAccount> AccountManager::choose(const QString& userId, const QString& server) const
{
    QList<SavedAccount> matching = withUserId(userId);
    if (!server.isEmpty()) {
        const QString wanted = CanonicalBaseUrl::of(server.contains(u"://") ? server : u"https://" + server);
        matching.removeIf([&wanted](const SavedAccount& account) { return account.homeserver != wanted; });
    }
    if (matching.size() == 1)
        return matching.constFirst();
    QStringList names;
    if (matching.size() > 1) {
        for (const SavedAccount& account : std::as_const(matching))
            names.append(account.homeserver);
        Error error =
            Error::make(Error::Kind::NoToken, tr("Several saved accounts are %1, on %2. Choose one with "
                                                 "--account-server URL.")
                                                  .arg(userId, names.join(QStringLiteral(", "))));
        error.errcode = QString::fromLatin1(AmbiguousAccount);
        return error;
    }
    const QList<SavedAccount> all = accounts();
    for (const SavedAccount& account : all)
        names.append(tr("%1 on %2").arg(account.userId, account.homeserver));
    const QString wanted = server.isEmpty() ? userId : tr("%1 on %2").arg(userId, server);
    return Error::make(
        Error::Kind::NoToken,
        names.isEmpty()
            ? tr("There is no saved account %1. Sign in with the Gatehouse window first.").arg(wanted)
            : tr("There is no saved account %1. Saved accounts: %2.")
                  .arg(wanted, names.join(QStringLiteral(", "))));
}

QString AccountManager::referenceFor(const SavedAccount& account) const
{
    return withUserId(account.userId).size() > 1 ? account.key() : account.userId;
}

QString AccountManager::lastUsed() const
{
    return AccountStore::lastUsed();
}

void AccountManager::setLastUsed(const QString& reference)
{
    if (const std::optional<SavedAccount> account = find(reference); account && isRemembered(account->key()))
        AccountStore::setLastUsed(account->key());
}

bool AccountManager::isRemembered(const QString& reference) const
{
    const std::optional<SavedAccount> account = find(reference);
    return account && AccountStore::find(account->key()).has_value();
}

void AccountManager::add(const SignInResult& result, const QObject* context,
                         std::function<void(const QString& problem)> done)
{
    result.tokens.registerSecrets();
    SavedAccount account = result.account;
    account.homeserver = CanonicalBaseUrl::of(account.homeserver);
    account.legacySecretKey.clear();
    const QString key = account.key();
    // A newer sign-in of the same account (same server, same user) replaces the older one and its token
    // source; an account with the same user ID on another server is another account and stays.
    const std::optional<SavedAccount> previous = AccountStore::find(key);
    m_sources.remove(key);
    m_inMemory.removeIf([&key](const SavedAccount& other) { return other.key() == key; });
    m_sources.insert(key, std::make_shared<SavedTokenSource>(account, m_http, m_secrets, result.tokens));
    if (!m_ephemeralHomeserver.isEmpty() &&
        account.homeserver == CanonicalBaseUrl::of(m_ephemeralHomeserver)) {
        m_inMemory.append(account);
        Q_EMIT accountsChanged();
        done(QString());
        return;
    }
    if (previous && !previous->legacySecretKey.isEmpty())
        m_secrets->remove(previous->legacySecretKey, this, [](const std::optional<Error>&) {});
    m_secrets->write(SavedTokenSource::secretKey(account), result.tokens.toJson(), context,
                     [this, account, done](const SecretStore::WriteOutcome& outcome) {
                         if (outcome.persisted) {
                             AccountStore::save(account);
                             AccountStore::setLastUsed(account.key());
                         } else {
                             AccountStore::remove(account.key());
                             m_inMemory.append(account);
                         }
                         Q_EMIT accountsChanged();
                         done(outcome.problem);
                     });
}

std::shared_ptr<SavedTokenSource> AccountManager::tokenSource(const QString& reference)
{
    const std::optional<SavedAccount> account = find(reference);
    if (!account)
        return nullptr;
    if (const auto existing = m_sources.constFind(account->key()); existing != m_sources.constEnd())
        return existing.value();
    auto source = std::make_shared<SavedTokenSource>(*account, m_http, m_secrets);
    m_sources.insert(account->key(), source);
    return source;
}

void AccountManager::signOut(const QString& reference, const QObject* context,
                             std::function<void(const std::optional<Error>&)> done)
{
    const std::shared_ptr<SavedTokenSource> source = tokenSource(reference);
    if (!source) {
        done(std::nullopt);
        return;
    }
    source->prepare(this, [this, source, context, done](const std::optional<Error>& problem) {
        const SavedAccount account = source->account();
        const auto finish = [this, account, done](const std::optional<Error>& revokeProblem) {
            forget(account, [done, revokeProblem] { done(revokeProblem); });
        };
        if (problem || source->tokens().isEmpty()) {
            finish(std::nullopt); // nothing to revoke: just forget it
            return;
        }
        TokenRevoker::revoke(m_http, source->account(), source->tokens(), context ? context : this, finish);
    });
}

void AccountManager::forget(const SavedAccount& account, std::function<void()> then)
{
    const QString key = account.key();
    m_sources.remove(key);
    m_inMemory.removeIf([&key](const SavedAccount& other) { return other.key() == key; });
    AccountStore::remove(key);
    if (!account.legacySecretKey.isEmpty())
        m_secrets->remove(account.legacySecretKey, this, [](const std::optional<Error>&) {});
    m_secrets->remove(SavedTokenSource::secretKey(account), this,
                      [this, then](const std::optional<Error>& problem) {
                          if (problem)
                              qCWarning(lcAuth).noquote() << problem->message;
                          Q_EMIT accountsChanged();
                          then();
                      });
}

} // namespace gatehouse
