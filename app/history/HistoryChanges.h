#pragma once

#include <QStringList>

namespace gatehouse {

// What one recorded refresh changed in the history, by device ID.
struct HistoryChanges
{
    bool ok = false;       // false: nothing was recorded (HistoryStore::errorText() says why)
    bool baseline = false; // the first look at this account: everything was recorded, nothing counts as new
    // New sessions (README, "History"): a device ID the account's history never saw, or one that
    // had disappeared and came back (also listed in cameBack). Empty on a baseline.
    QStringList appeared;
    QStringList cameBack;
    QStringList disappeared;
    QStringList renamed;
    QStringList newIp;     // a present session used an address it had not used before
    int activityMoved = 0; // present sessions whose last_seen_ts or last_seen_ip moved
    bool wrote = false;    // whether anything was written (false when nothing changed)
};

} // namespace gatehouse
