#include "account/AdvertisedActions.h"

namespace gatehouse {

AdvertisedActions::AdvertisedActions(const std::optional<QStringList>& listed)
{
    if (!listed)
        return;
    for (const AccountAction action : AccountActionNames::all()) {
        for (const QString& spelling : AccountActionNames::spellings(action)) {
            if (listed->contains(spelling, Qt::CaseSensitive)) {
                m_spelling.insert(action, spelling);
                break;
            }
        }
    }
}

QList<AccountAction> AdvertisedActions::actions() const
{
    QList<AccountAction> result;
    for (const AccountAction action : AccountActionNames::all()) {
        if (has(action))
            result.append(action);
    }
    return result;
}

} // namespace gatehouse
