#pragma once

#include "auth/TokenSource.h"
#include "network/Error.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

class QObject;

namespace gatehouse {

class AccountManager;
struct CommandLine;
class DemoHomeserver;

// The account Gatehouse starts with: the in-process demo server (--demo), --homeserver with the token
// from GATEHOUSE_ACCESS_TOKEN, the saved account named by --account, or the last used saved account.
// `problem` says why there is none.
struct LaunchAccount
{
    Q_DECLARE_TR_FUNCTIONS(LaunchAccount)

public:
    static constexpr const char* TokenVariable = "GATEHOUSE_ACCESS_TOKEN";

    QString homeserver; // a base URL, a server name or a Matrix ID
    std::shared_ptr<TokenSource> tokens;
    DemoHomeserver* demoServer = nullptr; // owned by the parent given to fromCommandLine()
    QString savedUserId; // the remembered account used, as AccountManager::referenceFor() names it
    std::optional<Error> problem;

    bool isReady() const { return !problem && tokens; }

    // `accounts` (may be null) provides the remembered accounts for --account and the last used one.
    static LaunchAccount fromCommandLine(const CommandLine& commandLine, QObject* parent,
                                         AccountManager* accounts = nullptr);
};

} // namespace gatehouse
