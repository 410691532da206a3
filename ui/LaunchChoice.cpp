#include "LaunchChoice.h"

#include "cli/CommandLine.h"
#include "demo/DemoHomeserver.h"

namespace gatehouse {

LaunchAccount LaunchChoice::startDemo(const DemoOptions& options, QObject* parent)
{
    auto* server = new DemoHomeserver(options, parent);
    if (!server->start()) {
        delete server;
        return LaunchAccount::failed(Error::make(
            Error::Kind::Network, tr("The demo homeserver could not listen on port %1.").arg(options.port)));
    }
    return LaunchAccount::inProcess(server->baseUrl(), server->accessToken());
}

LaunchAccount LaunchChoice::fromCommandLine(const CommandLine& commandLine, QObject* parent,
                                            AccountManager* accounts)
{
    if (commandLine.demo)
        return startDemo(commandLine.demoOptions, parent);
    return LaunchAccount::choose(commandLine.homeserver, commandLine.account, commandLine.accountServer,
                                 accounts);
}

} // namespace gatehouse
