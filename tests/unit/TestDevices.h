#pragma once

// Sessions for the model and printer tests, seen relative to one fixed "now".
#include "matrix/AccountSnapshot.h"
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

// A loaded account whose account page advertises `actions` (an OAuth server), or a classic server.
inline AccountSnapshot snapshotOffering(const std::optional<QStringList>& actions,
                                        const QString& currentDeviceId, bool oauth = true,
                                        QList<Device> devices = {})
{
    AccountSnapshot snapshot;
    snapshot.baseUrl = QStringLiteral("https://matrix.example.org");
    snapshot.userId = QStringLiteral("@alice:example.org");
    snapshot.deviceId = currentDeviceId;
    snapshot.devices = std::move(devices);
    if (oauth) {
        snapshot.metadata.route = MetadataRoute::Stable;
        AuthMetadata metadata;
        metadata.issuer = QStringLiteral("https://auth.example.org/");
        metadata.accountManagementUri = QStringLiteral("https://auth.example.org/account");
        metadata.accountManagementActions = actions;
        snapshot.metadata.metadata = metadata;
    }
    return snapshot;
}

} // namespace gatehouse::testing
