#pragma once

// Sessions for the model and printer tests, seen relative to one fixed "now".
#include "matrix/Device.h"

#include <QDateTime>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace gatehouse::testing {

inline const QDateTime referenceNow(QDate(2026, 1, 1), QTime(12, 0), QTimeZone::utc());
constexpr qint64 dayMs = 24LL * 3600 * 1000;

inline qint64 daysAgo(double days)
{
    return referenceNow.toMSecsSinceEpoch() - qint64(days * dayMs);
}

inline Device makeDevice(const QString& id, std::optional<QString> name = std::nullopt,
                         std::optional<qint64> ts = std::nullopt, std::optional<QString> ip = std::nullopt)
{
    Device d;
    d.id = id;
    d.displayName = std::move(name);
    d.lastSeenTs = ts;
    d.lastSeenIp = std::move(ip);
    return d;
}

inline QStringList idsOf(const QList<Device>& devices)
{
    QStringList ids;
    for (const Device& d : devices)
        ids.append(d.id);
    return ids;
}

} // namespace gatehouse::testing
