#pragma once

#include "account/AccountAction.h"

#include <QHash>
#include <QStringList>

#include <optional>

namespace gatehouse {

// Which actions a server advertises in account_management_actions_supported, and the spelling to use for
// each. An action is advertised only when one of its spellings is listed exactly; there is no fallback to
// an unlisted name, so an absent or empty list advertises nothing.
class AdvertisedActions
{
public:
    AdvertisedActions() = default;
    explicit AdvertisedActions(const std::optional<QStringList>& listed);

    bool has(AccountAction action) const { return m_spelling.contains(action); }
    // The most preferred spelling the server listed; empty when not advertised.
    QString spelling(AccountAction action) const { return m_spelling.value(action); }
    // Advertised actions in the table order of docs/protocol.md "Which actions exist".
    QList<AccountAction> actions() const;
    bool isEmpty() const { return m_spelling.isEmpty(); }

private:
    QHash<AccountAction, QString> m_spelling;
};

} // namespace gatehouse
