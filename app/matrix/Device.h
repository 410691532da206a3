#pragma once

#include "network/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace gatehouse {

// One entry of GET /_matrix/client/v3/devices. Every field but the ID may be missing or null (Synapse
// sends null), and all of them are untrusted text.
struct Device
{
    Q_DECLARE_TR_FUNCTIONS(Device)

public:
    QString id;
    std::optional<QString> displayName;
    std::optional<QString> lastSeenIp;
    std::optional<qint64> lastSeenTs; // milliseconds since the epoch, as served

    bool operator==(const Device&) const = default;

    // {"devices": [...]}: entries without a non-empty string device_id are skipped; fields of the wrong type
    // count as absent. A body that is not JSON, or has no "devices" list, is an InvalidResponse error.
    static Result<QList<Device>> listFromJson(const QByteArray& body);
    // The same, always through QJsonDocument: what listFromJson() does when DeviceListParser leaves an
    // answer to it (and what the tests compare that parser with).
    static Result<QList<Device>> listFromJsonDocument(const QByteArray& body);
};

} // namespace gatehouse
