#include "auth/SavedTokenSource.h"

#include "auth/AccountStore.h"
#include "auth/SecretStore.h"
#include "auth/TokenRefresher.h"
#include "auth/TokenResponse.h"
#include "log/Log.h"
#include "network/HttpClient.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLockFile>
#include <QStandardPaths>
#include <QTimer>

namespace gatehouse {

namespace {

constexpr int LockPollMs = 50;

} // namespace

SavedTokenSource::SavedTokenSource(SavedAccount account, HttpClient* http, SecretStore* secrets,
                                   std::optional<TokenPair> tokens, QObject* parent)
    : QObject(parent)
    , m_account(std::move(account))
    , m_http(http)
    , m_secrets(secrets)
{
    if (tokens) {
        m_tokens = *tokens;
        m_tokens.registerSecrets();
        m_loaded = true;
    }
}

SavedTokenSource::~SavedTokenSource() = default;

QString SavedTokenSource::secretKey(const SavedAccount& account)
{
    return QStringLiteral("account:") + account.key();
}

QString SavedTokenSource::lockPath(const SavedAccount& account)
{
    const QString directory =
        QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/locks");
    QDir().mkpath(directory);
    const QByteArray hash =
        QCryptographicHash::hash(account.key().toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
    return directory + u"/refresh-" + QString::fromLatin1(hash) + u".lock";
}

QStringList SavedTokenSource::origins() const
{
    QStringList origins;
    for (const QString& url : {m_account.homeserver, m_account.tokenEndpoint, m_account.revocationEndpoint}) {
        const QString origin = HttpRequest::originOf(QUrl(url));
        if (!origin.isEmpty() && !origins.contains(origin))
            origins.append(origin);
    }
    return origins;
}

void SavedTokenSource::prepare(const QObject* context, std::function<void(const std::optional<Error>&)> done)
{
    if (m_loaded) {
        done(std::nullopt);
        return;
    }
    if (!m_secrets) {
        done(Error::make(Error::Kind::NoToken, tr("There is no keychain to read the sign-in from.")));
        return;
    }
    m_secrets->read(secretKey(m_account), context, [this, context, done](const Result<QByteArray>& secret) {
        if (!secret && secret.error().errcode == QLatin1String(SecretStore::NotFound) &&
            !m_account.legacySecretKey.isEmpty()) {
            readLegacy(context, done, secret.error());
            return;
        }
        if (!secret) {
            Error error = secret.error();
            error.message = tr("Gatehouse has no saved sign-in for %1. Sign in again. (%2)")
                                .arg(m_account.userId, secret.error().message);
            done(error);
            return;
        }
        const std::optional<TokenPair> pair = TokenPair::fromJson(secret.value());
        if (!pair) {
            done(Error::make(
                Error::Kind::NoToken,
                tr("The saved sign-in for %1 is unreadable. Sign in again.").arg(m_account.userId)));
            return;
        }
        adopt(*pair);
        done(std::nullopt);
    });
}

void SavedTokenSource::adopt(const TokenPair& pair)
{
    m_tokens = pair;
    m_tokens.registerSecrets();
    m_loaded = true;
}

void SavedTokenSource::readLegacy(const QObject* context,
                                  std::function<void(const std::optional<Error>&)> done, const Error& missing)
{
    // An entry from before accounts were bound to their server: its secret is moved to the new key (and
    // only then removed from the old one), so nothing is lost and no other account can ever read it.
    const QString legacy = m_account.legacySecretKey;
    m_secrets->read(legacy, context, [this, legacy, done, missing](const Result<QByteArray>& secret) {
        const std::optional<TokenPair> pair = secret ? TokenPair::fromJson(secret.value()) : std::nullopt;
        if (!pair) {
            Error error = missing;
            error.message = tr("Gatehouse has no saved sign-in for %1. Sign in again. (%2)")
                                .arg(m_account.userId, missing.message);
            done(error);
            return;
        }
        adopt(*pair);
        m_secrets->write(secretKey(m_account), secret.value(), this,
                         [this, legacy](const SecretStore::WriteOutcome& outcome) {
                             if (!outcome.persisted || !m_secrets)
                                 return;
                             m_secrets->remove(legacy, this, [](const std::optional<Error>&) {});
                             AccountStore::clearLegacySecretKey(m_account.key());
                             m_account.legacySecretKey.clear();
                         });
        done(std::nullopt);
    });
}

void SavedTokenSource::refresh(const QObject* context, std::function<void(const std::optional<Error>&)> done)
{
    Q_UNUSED(context)
    if (m_signedOut || !m_tokens.canRefresh()) {
        done(Error::make(Error::Kind::TokenRejected,
                         tr("You were signed out of %1. Sign in again.").arg(m_account.userId)));
        return;
    }
    m_waiting.append(std::move(done));
    if (m_waiting.size() > 1)
        return; // a refresh is already under way; its result answers every caller
    m_rejectedToken = m_tokens.accessToken;
    m_lock = std::make_unique<QLockFile>(lockPath(m_account));
    m_lock->setStaleLockTime(2 * LockWaitMs);
    tryLock(0);
}

void SavedTokenSource::tryLock(int attempt)
{
    if (m_lock->tryLock(0)) {
        refreshLocked();
        return;
    }
    if (attempt * LockPollMs >= LockWaitMs) {
        finishRefresh(
            Error::make(Error::Kind::Network,
                        tr("Another Gatehouse is renewing the sign-in of %1 and did not finish; try "
                           "again later.")
                            .arg(m_account.userId)));
        return;
    }
    QTimer::singleShot(LockPollMs, this, [this, attempt] { tryLock(attempt + 1); });
}

void SavedTokenSource::refreshLocked()
{
    // Another process may have refreshed while this one waited: the keychain then holds a newer pair.
    const auto refreshNow = [this] {
        TokenRefresher::refresh(m_http, m_account, m_tokens, this, [this](const Result<TokenPair>& pair) {
            if (!pair) {
                const Error& failure = pair.error();
                if (TokenResponse::classify(failure) == TokenResponse::Failure::SignedOut) {
                    Error error = failure;
                    error.kind = Error::Kind::TokenRejected;
                    error.message =
                        tr("You were signed out of %1: the server no longer accepts this sign-in. Sign in "
                           "again.")
                            .arg(m_account.userId);
                    m_signedOut = true;
                    finishRefresh(error);
                    Q_EMIT signedOut(error);
                    return;
                }
                Error error = failure;
                if (error.kind == Error::Kind::TokenRejected)
                    error.kind = Error::Kind::Http;
                error.message = tr("The sign-in of %1 could not be renewed just now; try again later. %2")
                                    .arg(m_account.userId, failure.message);
                finishRefresh(error);
                return;
            }
            const TokenPair fresh = pair.value();
            if (!m_secrets) {
                m_tokens = fresh;
                finishRefresh(std::nullopt);
                return;
            }
            // Stored before use: if this process dies now, the next one still has a working pair.
            m_secrets->write(secretKey(m_account), fresh.toJson(), this,
                             [this, fresh](const SecretStore::WriteOutcome& outcome) {
                                 if (!outcome.persisted)
                                     qCWarning(lcAuth).noquote() << outcome.problem;
                                 m_tokens = fresh;
                                 finishRefresh(std::nullopt);
                             });
        });
    };
    if (!m_secrets) {
        refreshNow();
        return;
    }
    m_secrets->read(secretKey(m_account), this, [this, refreshNow](const Result<QByteArray>& secret) {
        if (secret) {
            const std::optional<TokenPair> stored = TokenPair::fromJson(secret.value());
            if (stored && stored->accessToken != m_rejectedToken) {
                qCDebug(lcAuth) << "another Gatehouse already renewed this sign-in";
                m_tokens = *stored;
                m_tokens.registerSecrets();
                finishRefresh(std::nullopt);
                return;
            }
        }
        refreshNow();
    });
}

void SavedTokenSource::finishRefresh(const std::optional<Error>& result)
{
    if (m_lock) {
        m_lock->unlock();
        m_lock.reset();
    }
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto& callback : waiting)
        callback(result);
}

} // namespace gatehouse
