#pragma once

#include "watch/WatchEvent.h"

#include <QCoreApplication>
#include <QString>

namespace gatehouse {

// One line per watch event for `gatehouse --watch` (README, "Watching from the command line").
class WatchEventPrinter
{
    Q_DECLARE_TR_FUNCTIONS(WatchEventPrinter)

public:
    // {"event", "time", "user_id", "base_url", "device_id", "display_name", "last_seen_ip", "last_seen_ts",
    // "message"}: every key present, null where it does not apply; compact, with a newline.
    static QString json(const WatchEvent& event);
    // The time, then one translated sentence; server text stripped of control characters; with a newline.
    static QString text(const WatchEvent& event);
    // The sentence alone (also the notification fallback's wording).
    static QString sentence(const WatchEvent& event);
};

} // namespace gatehouse
