#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace gatehouse {

// The account-management actions of MSC4191 (docs/protocol.md "Which actions exist"), in table order.
enum class AccountAction
{
    Profile,
    DevicesList,
    DeviceView,
    DeviceDelete,
    AccountDeactivate,
    CrossSigningReset,
};

class AccountActionNames
{
public:
    static const QList<AccountAction>& all();

    // Every spelling a server may list, most preferred first; the first is the stable spec name.
    static const QStringList& spellings(AccountAction action);
    static QString stableName(AccountAction action) { return spellings(action).first(); }
    // "device_view" for org.matrix.device_view: the name used in settings and messages.
    static QString shortName(AccountAction action);

    static bool takesDevice(AccountAction action)
    {
        return action == AccountAction::DeviceView || action == AccountAction::DeviceDelete;
    }
    // Actions that change the account: the app says what will open before it opens it.
    static bool isDestructive(AccountAction action)
    {
        return action == AccountAction::DeviceDelete || action == AccountAction::AccountDeactivate ||
               action == AccountAction::CrossSigningReset;
    }

    // For --open: a stable name with or without "org.matrix.", or any older spelling. Case-sensitive.
    static std::optional<AccountAction> fromName(const QString& name);
};

} // namespace gatehouse
