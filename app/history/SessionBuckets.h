#pragma once

#include "matrix/Device.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringView>

namespace gatehouse {

// The sessions of one refresh in buckets by device ID, each bucket with a digest of what the history
// records about its sessions (device ID, name, last_seen_ts, last_seen_ip). The history keeps the digests
// of the sessions it holds as present; a refresh compares its own with them and reads back and compares
// only the sessions of the buckets that differ, so a refresh of 10,000 sessions where a few moved reads a
// few dozen rows, not 10,000 (README, "Performance").
//
// Equal digests mean equal sessions: a digest is a BLAKE2b-256 hash of the bucket's sessions in device ID
// order, each field length-prefixed, so no name or address a server or another session chooses can make
// a changed bucket look unchanged. Different digests only cost reading that bucket back.
class SessionBuckets
{
public:
    // Part of the history's schema: a different count needs a migration that fills the buckets again.
    static constexpr int Count = 256;

    // The bucket of a device ID: fixed for ever (it is stored with each session), the same on every
    // platform.
    static int bucketOf(QStringView deviceId);

    // Sessions with an empty ID are left out, and a repeated ID counts once, its first entry, as in the
    // history's own comparison.
    explicit SessionBuckets(const QList<Device>& devices);

    // The digest of each bucket that holds a session.
    const QHash<int, QByteArray>& digests() const { return m_digests; }
    // The buckets whose digest differs from `stored` (a bucket missing on either side differs).
    QSet<int> differingFrom(const QHash<int, QByteArray>& stored) const;
    // The sessions in those buckets, in the order of the list (repeats included).
    QList<Device> devicesIn(const QSet<int>& buckets) const;

private:
    QList<Device> m_devices;
    QList<int> m_bucket; // per entry of m_devices; -1 for one left out
    QHash<int, QByteArray> m_digests;
};

} // namespace gatehouse
