#pragma once

#include "matrix/Device.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace gatehouse {

// One session as the history remembers it. A device ID that disappears and later comes back is a new
// session (device IDs can be reused), so one device ID may have several entries, at most one of them present.
// Times Gatehouse observed are UTC QDateTimes (invalid when unknown); last_seen_ts is the server's own, in
// milliseconds as served.
struct HistorySession
{
    enum class RemovedHow
    {
        NotRemoved,
        SignedOutByGatehouse, // through a hand-off, a native sign-out or the clean-up queue
        Vanished,             // gone from the list without Gatehouse having ended it
    };

    struct Ip
    {
        QString address;
        QDateTime firstSeen;
        // The last refresh at which the server reported this address with new activity (last_seen_ts or
        // last_seen_ip moved): a refresh where nothing moved writes nothing, so it does not advance this.
        QDateTime lastSeen;

        bool operator==(const Ip&) const = default;
    };

    struct Name
    {
        QString name;
        QDateTime firstSeen;

        bool operator==(const Name&) const = default;
    };

    QString deviceId;
    std::optional<QString> displayName; // the latest name
    QDateTime firstSeen;                // when Gatehouse first saw it
    std::optional<qint64> lastSeenTs;   // the server's, milliseconds since the epoch
    std::optional<QString> lastSeenIp;  // the server's
    QList<Ip> ips;                      // oldest first
    QList<Name> names;                  // oldest first; a name the server left out (null) is not listed
    QDateTime removedAt;                // invalid while the session is present
    RemovedHow removedHow = RemovedHow::NotRemoved;
    bool acknowledged = false; // the person has looked at it (the first look at an account counts as one)

    bool isPresent() const { return removedHow == RemovedHow::NotRemoved; }
    // The session as the device list shows it, for the list shown before the server answers.
    Device device() const;

    // "signed_out_by_gatehouse", "vanished", or an empty string while the session is present.
    static QString removedHowName(RemovedHow how);
    static std::optional<RemovedHow> removedHowFromName(const QString& name);
};

} // namespace gatehouse
