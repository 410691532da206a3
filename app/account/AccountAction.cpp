#include "account/AccountAction.h"

namespace gatehouse {

const QList<AccountAction>& AccountActionNames::all()
{
    static const QList<AccountAction> actions = {
        AccountAction::Profile,      AccountAction::DevicesList,       AccountAction::DeviceView,
        AccountAction::DeviceDelete, AccountAction::AccountDeactivate, AccountAction::CrossSigningReset,
    };
    return actions;
}

const QStringList& AccountActionNames::spellings(AccountAction action)
{
    static const QStringList profile = {QStringLiteral("org.matrix.profile"), QStringLiteral("profile")};
    static const QStringList devicesList = {QStringLiteral("org.matrix.devices_list"),
                                            QStringLiteral("org.matrix.sessions_list"),
                                            QStringLiteral("sessions_list")};
    static const QStringList deviceView = {QStringLiteral("org.matrix.device_view"),
                                           QStringLiteral("org.matrix.session_view"),
                                           QStringLiteral("session_view")};
    static const QStringList deviceDelete = {QStringLiteral("org.matrix.device_delete"),
                                             QStringLiteral("org.matrix.session_end"),
                                             QStringLiteral("session_end")};
    static const QStringList accountDeactivate = {QStringLiteral("org.matrix.account_deactivate")};
    static const QStringList crossSigningReset = {QStringLiteral("org.matrix.cross_signing_reset")};
    switch (action) {
    case AccountAction::Profile:
        return profile;
    case AccountAction::DevicesList:
        return devicesList;
    case AccountAction::DeviceView:
        return deviceView;
    case AccountAction::DeviceDelete:
        return deviceDelete;
    case AccountAction::AccountDeactivate:
        return accountDeactivate;
    case AccountAction::CrossSigningReset:
        return crossSigningReset;
    }
    Q_UNREACHABLE();
}

QString AccountActionNames::shortName(AccountAction action)
{
    return stableName(action).mid(int(sizeof("org.matrix.")) - 1);
}

std::optional<AccountAction> AccountActionNames::fromName(const QString& name)
{
    for (const AccountAction action : all()) {
        if (spellings(action).contains(name) || shortName(action) == name)
            return action;
    }
    return std::nullopt;
}

} // namespace gatehouse
