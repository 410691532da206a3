#pragma once

#include "auth/LaunchAccount.h"

#include <QCoreApplication>

class QObject;

namespace gatehouse {

class AccountManager;
struct CommandLine;
struct DemoOptions;

// What this run starts with, chosen from the options where the application is put together: the demo
// homeserver (--demo), or LaunchAccount::choose() with --homeserver and --account.
class LaunchChoice
{
    Q_DECLARE_TR_FUNCTIONS(LaunchChoice)

public:
    // `parent` owns a demo server; `accounts` (may be null) provides the remembered accounts.
    static LaunchAccount fromCommandLine(const CommandLine& commandLine, QObject* parent,
                                         AccountManager* accounts = nullptr);
    static LaunchAccount startDemo(const DemoOptions& options, QObject* parent);
};

} // namespace gatehouse
