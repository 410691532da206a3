#include "auth/LaunchAccount.h"

#include "auth/AccountManager.h"
#include "auth/SavedTokenSource.h"
#include "cli/CommandLine.h"
#include "demo/DemoHomeserver.h"
#include "log/SecretRedactor.h"
#include "security/ProcessHardening.h"

namespace gatehouse {

LaunchAccount LaunchAccount::fromCommandLine(const CommandLine& commandLine, QObject* parent,
                                             AccountManager* accounts)
{
    LaunchAccount launch;
    if (commandLine.demo) {
        auto* server = new DemoHomeserver(commandLine.demoOptions, parent);
        if (!server->start()) {
            launch.problem = Error::make(
                Error::Kind::Network,
                tr("The demo homeserver could not listen on port %1.").arg(commandLine.demoOptions.port));
            delete server;
            return launch;
        }
        SecretRedactor::addToken(server->accessToken());
        launch.demoServer = server;
        launch.homeserver = server->baseUrl();
        launch.tokens = std::make_shared<StaticTokenSource>(server->accessToken());
        return launch;
    }
    if (!commandLine.homeserver.isEmpty()) {
        const QString token = ProcessHardening::environmentToken();
        launch.homeserver = commandLine.homeserver;
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
    if (accounts && !commandLine.account.isEmpty()) {
        const Result<SavedAccount> account = accounts->choose(commandLine.account, commandLine.accountServer);
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
