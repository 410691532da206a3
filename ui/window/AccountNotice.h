#pragma once

#include "widgets/Banner.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace gatehouse {

struct AccountSnapshot;
class SessionActions;

// The words above the list for the account page situation SessionActions reports (nothing when the page
// offers actions).
class AccountNotice
{
    Q_DECLARE_TR_FUNCTIONS(AccountNotice)

public:
    struct Notice
    {
        Banner::Kind kind;
        QString text;
    };
    static std::optional<Notice> about(const AccountSnapshot& snapshot, const SessionActions& actions);
};

} // namespace gatehouse
