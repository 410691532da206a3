#pragma once

#include <QString>

namespace gatehouse {

// The key of everything the history holds: the account's canonical homeserver base URL and its user ID
// (README, "History"). The caller canonicalises both; the store compares them byte for byte, so
// two accounts never share a row.
struct HistoryAccount
{
    QString baseUrl;
    QString userId;

    bool operator==(const HistoryAccount&) const = default;
};

} // namespace gatehouse
