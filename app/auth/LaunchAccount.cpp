#include "auth/LaunchAccount.h"

#include "cli/CommandLine.h"
#include "demo/DemoHomeserver.h"
#include "log/SecretRedactor.h"

namespace gatehouse {

LaunchAccount LaunchAccount::fromCommandLine(const CommandLine& commandLine, QObject* parent)
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
        SecretRedactor::addSecret(server->accessToken());
        launch.demoServer = server;
        launch.homeserver = server->baseUrl();
        launch.tokens = std::make_shared<StaticTokenSource>(server->accessToken());
        return launch;
    }
    if (!commandLine.homeserver.isEmpty()) {
        const QString token = qEnvironmentVariable(TokenVariable).trimmed();
        launch.homeserver = commandLine.homeserver;
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
    launch.problem =
        Error::make(Error::Kind::NoToken,
                    tr("Not signed in. Use --homeserver URL with the access token in %1, or --demo to try "
                       "Gatehouse with a demo server.")
                        .arg(QLatin1String(TokenVariable)));
    return launch;
}

} // namespace gatehouse
