#include "history/SessionBuckets.h"

#include "crypto/Blake2b.h"

#include <QtEndian>

#include <algorithm>
#include <array>
#include <cstring>
#include <numeric>
#include <optional>

namespace gatehouse {

namespace {

// Every field is tagged or length-prefixed, so no two lists of sessions serialise to the same bytes. A
// missing value (or a null string, which the store keeps as NULL) and an empty one differ. Written into a
// buffer sized beforehand: appending byte by byte was half the cost of a digest.
bool present(const std::optional<QString>& text)
{
    return text && !text->isNull();
}

qsizetype textBytes(QStringView text)
{
    return qsizetype(sizeof(quint64)) + text.size() * qsizetype(sizeof(char16_t));
}

qsizetype serialisedBytes(const Device& device)
{
    return textBytes(device.id) + 1 + (present(device.displayName) ? textBytes(*device.displayName) : 0) + 1 +
           (device.lastSeenTs ? qsizetype(sizeof(quint64)) : 0) + 1 +
           (present(device.lastSeenIp) ? textBytes(*device.lastSeenIp) : 0);
}

char* writeNumber(char* out, quint64 value)
{
    qToLittleEndian(value, out);
    return out + sizeof(quint64);
}

char* writeText(char* out, QStringView text)
{
    out = writeNumber(out, quint64(text.size()));
    const size_t bytes = size_t(text.size()) * sizeof(char16_t);
    std::memcpy(out, text.utf16(), bytes);
    return out + bytes;
}

char* writeOptionalText(char* out, const std::optional<QString>& text)
{
    *out++ = present(text) ? 1 : 0;
    return present(text) ? writeText(out, *text) : out;
}

char* writeSession(char* out, const Device& device)
{
    out = writeText(out, device.id);
    out = writeOptionalText(out, device.displayName);
    *out++ = device.lastSeenTs ? 1 : 0;
    if (device.lastSeenTs)
        out = writeNumber(out, quint64(*device.lastSeenTs));
    return writeOptionalText(out, device.lastSeenIp);
}

} // namespace

int SessionBuckets::bucketOf(QStringView deviceId)
{
    // FNV-1a over the UTF-16 code units: spreads random and sequential IDs alike, and needs no seed.
    quint32 hash = 2166136261u;
    for (const QChar c : deviceId) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return int(hash % Count);
}

SessionBuckets::SessionBuckets(const QList<Device>& devices)
    : m_devices(devices)
{
    // The entries by bucket (counted out, in list order), then by device ID within each bucket; a repeated
    // ID keeps its entries in list order, so the first comes first.
    m_bucket.resize(devices.size());
    std::array<qsizetype, Count + 1> bucketStart{};
    for (qsizetype i = 0; i < devices.size(); ++i) {
        m_bucket[i] = devices.at(i).id.isEmpty() ? -1 : bucketOf(devices.at(i).id);
        if (m_bucket[i] >= 0)
            ++bucketStart[m_bucket[i] + 1];
    }
    std::partial_sum(bucketStart.begin(), bucketStart.end(), bucketStart.begin());
    QList<qsizetype> order(bucketStart[Count]);
    std::array<qsizetype, Count> next{};
    std::copy_n(bucketStart.begin(), Count, next.begin());
    for (qsizetype i = 0; i < devices.size(); ++i) {
        if (m_bucket[i] >= 0)
            order[next[m_bucket[i]]++] = i;
    }
    // Sorted, so a repeated ID follows the entry it repeats; only the first counts.
    const auto repeats = [&](qsizetype at, qsizetype bucketBegin) {
        return at > bucketBegin && m_devices.at(order[at]).id == m_devices.at(order[at - 1]).id;
    };
    QByteArray serialised;
    for (int bucket = 0; bucket < Count; ++bucket) {
        const qsizetype begin = bucketStart[bucket];
        const qsizetype end = bucketStart[bucket + 1];
        if (begin == end)
            continue;
        std::stable_sort(order.begin() + begin, order.begin() + end, [this](qsizetype a, qsizetype b) {
            return m_devices.at(a).id < m_devices.at(b).id;
        });
        qsizetype bytes = 0;
        for (qsizetype at = begin; at < end; ++at) {
            if (!repeats(at, begin))
                bytes += serialisedBytes(m_devices.at(order[at]));
        }
        serialised.resize(bytes);
        char* out = serialised.data();
        for (qsizetype at = begin; at < end; ++at) {
            if (!repeats(at, begin))
                out = writeSession(out, m_devices.at(order[at]));
        }
        Q_ASSERT(out == serialised.data() + bytes);
        m_digests.insert(bucket, Blake2b::digest(serialised));
    }
}

QSet<int> SessionBuckets::differingFrom(const QHash<int, QByteArray>& stored) const
{
    QSet<int> differing;
    for (auto it = m_digests.cbegin(); it != m_digests.cend(); ++it) {
        if (stored.value(it.key()) != it.value())
            differing.insert(it.key());
    }
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (!m_digests.contains(it.key()))
            differing.insert(it.key());
    }
    return differing;
}

QList<Device> SessionBuckets::devicesIn(const QSet<int>& buckets) const
{
    QList<Device> in;
    for (qsizetype i = 0; i < m_devices.size(); ++i) {
        if (m_bucket[i] >= 0 && buckets.contains(m_bucket[i]))
            in.append(m_devices.at(i));
    }
    return in;
}

} // namespace gatehouse
