#include "auth/LaunchAccount.h"

#include "auth/AccountManager.h"
#include "auth/SavedTokenSource.h"
#include "log/SecretRedactor.h"
#include "security/ProcessHardening.h"

namespace gatehouse {

LaunchAccount LaunchAccount::inProcess(const QString& baseUrl, const QString& token)
{
    SecretRedactor::addToken(token);
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
                                    const QString& accountServer, AccountManager* accounts)
{
    LaunchAccount launch;
    if (!homeserver.isEmpty()) {
        const QString token = ProcessHardening::environmentToken();
        launch.homeserver = homeserver;
        if (token.isEmpty()) {
            launch.problem =
                Error::make(Error::Kind::NoToken,
                            tr("No access token: put it in the environment variable %1 (tokens are never "
                               "taken as arguments).")
                                .arg(QLatin1String(TokenVariable)));
            return launch;
        }
        SecretRedactor::addToken(token);
        launch.tokens = std::make_shared<StaticTokenSource>(token);
        return launch;
    }
    if (accounts && !savedUserId.isEmpty()) {
        const Result<SavedAccount> account = accounts->choose(savedUserId, accountServer);
        if (!account) {
            launch.problem = account.error();
            return launch;
        }
        launch.homeserver = account->homeserver;
        launch.savedUserId = accounts->referenceFor(account.value());
        launch.tokens = accounts->tokenSource(account->key());
        return launch;
    }
    if (accounts) {
        const QList<SavedAccount> saved = accounts->accounts();
        std::optional<SavedAccount> account = accounts->find(accounts->lastUsed());
        if (!account && saved.size() == 1)
            account = saved.constFirst();
        if (account) {
            launch.homeserver = account->homeserver;
            launch.savedUserId = accounts->referenceFor(*account);
            launch.tokens = accounts->tokenSource(account->key());
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
