#pragma once

#include "auth/TokenSource.h"
#include "network/Error.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QObject;

namespace gatehouse {

class AccountManager;

// The account Gatehouse starts with: a homeserver with the token from GATEHOUSE_ACCESS_TOKEN, the saved
// account asked for, the last used saved account, or a server started in this process (the demo). Which
// one the options ask for is decided where the application is put together (ui/LaunchChoice).
// `problem` says why there is none.
struct LaunchAccount
{
    Q_DECLARE_TR_FUNCTIONS(LaunchAccount)

public:
    static constexpr const char* TokenVariable = "GATEHOUSE_ACCESS_TOKEN";

    QString homeserver; // a base URL, a server name or a Matrix ID
    std::shared_ptr<TokenSource> tokens;
    bool isDemo = false; // a server that lives only as long as this run
    QString savedUserId; // the remembered account used, as AccountManager::referenceFor() names it
    std::optional<Error> problem;

    bool isReady() const { return !problem && tokens; }

    // `homeserver` with the token from the environment; else the saved account `savedUserId` (on
    // `accountServer` when given: two servers may have the same user ID), or when that is empty the last
    // used one; else "not signed in". `accounts` may be null.
    static LaunchAccount choose(const QString& homeserver, const QString& savedUserId,
                                const QString& accountServer, AccountManager* accounts = nullptr);
    // A server this process runs, with its token (the demo).
    static LaunchAccount inProcess(const QString& baseUrl, const QString& token);
    static LaunchAccount failed(const Error& problem);
};

// Chooses the account a command starts with; `parent` owns whatever the choice starts (a demo server).
using LaunchChooser = std::function<LaunchAccount(QObject* parent, AccountManager* accounts)>;

} // namespace gatehouse
