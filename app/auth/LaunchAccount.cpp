#include "auth/LaunchAccount.h"

#include "auth/AccountManager.h"
#include "auth/SavedTokenSource.h"
#include "log/SecretRedactor.h"

namespace gatehouse {

LaunchAccount LaunchAccount::inProcess(const QString& baseUrl, const QString& token)
{
    SecretRedactor::addSecret(token);
    LaunchAccount launch;
    launch.isDemo = true;
    launch.homeserver = baseUrl;
    launch.tokens = std::make_shared<StaticTokenSource>(token);
    return launch;
}

LaunchAccount LaunchAccount::failed(const Error& problem)
{
    LaunchAccount launch;
    launch.problem = problem;
    return launch;
}

LaunchAccount LaunchAccount::choose(const QString& homeserver, const QString& savedUserId,
                                    AccountManager* accounts)
{
    LaunchAccount launch;
    if (!homeserver.isEmpty()) {
        const QString token = qEnvironmentVariable(TokenVariable).trimmed();
        launch.homeserver = homeserver;
        if (token.isEmpty()) {
            launch.problem =
                Error::make(Error::Kind::NoToken,
                            tr("No access token: put it in the environment variable %1 (tokens are never "
                               "taken as arguments).")
                                .arg(QLatin1String(TokenVariable)));
            return launch;
        }
        SecretRedactor::addSecret(token);
        launch.tokens = std::make_shared<StaticTokenSource>(token);
        return launch;
    }
    if (accounts) {
        const QList<SavedAccount> saved = accounts->accounts();
        QString userId = savedUserId;
        if (userId.isEmpty()) {
            userId = accounts->lastUsed();
            if (!accounts->find(userId) && saved.size() == 1)
                userId = saved.constFirst().userId;
        }
        if (const std::optional<SavedAccount> account = accounts->find(userId)) {
            launch.homeserver = account->homeserver;
            launch.savedUserId = account->userId;
            launch.tokens = accounts->tokenSource(account->userId);
            return launch;
        }
        if (!savedUserId.isEmpty()) {
            QStringList names;
            for (const SavedAccount& account : saved)
                names.append(account.userId);
            launch.problem = Error::make(
                Error::Kind::NoToken,
                names.isEmpty() ? tr("There is no saved account %1. Sign in with the Gatehouse window first.")
                                      .arg(savedUserId)
                                : tr("There is no saved account %1. Saved accounts: %2.")
                                      .arg(savedUserId, names.join(QStringLiteral(", "))));
            return launch;
        }
    }
    launch.problem = Error::make(
        Error::Kind::NoToken,
        tr("Not signed in. Sign in with the Gatehouse window, use --homeserver URL with the access "
           "token in %1, or --demo to try Gatehouse with a demo server.")
            .arg(QLatin1String(TokenVariable)));
    return launch;
}

} // namespace gatehouse
