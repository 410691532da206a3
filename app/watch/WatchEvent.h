#pragma once

#include "history/HistorySession.h"
#include "matrix/Device.h"
#include "network/Error.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace gatehouse {

// One thing the watcher noticed about a watched account (README, "Watching").
struct WatchEvent
{
    enum class Kind
    {
        SessionAdded,   // a device ID the history never saw, or one that had disappeared and came back
        SessionRemoved, // gone from the list; `removedHow` says whether Gatehouse ended it
        SignedOut,      // the token was rejected and could not be renewed: watching stops
        Error,          // this poll failed; watching goes on with back-off
    };

    Kind kind = Kind::Error;
    QDateTime time; // UTC, when Gatehouse noticed it
    QString userId;
    QString baseUrl;
    std::optional<Device> device; // the session, for SessionAdded and SessionRemoved
    bool cameBack = false;        // SessionAdded: the device ID had been seen before and disappeared
    HistorySession::RemovedHow removedHow = HistorySession::RemovedHow::NotRemoved;
    QString message; // translated, for SignedOut and Error
    Error error;     // what went wrong, for SignedOut and Error

    // "session_added", "session_removed", "signed_out", "error" (the --watch --json names).
    static QString kindName(Kind kind);
};

} // namespace gatehouse
