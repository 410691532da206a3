#pragma once

#include "matrix/ClientInformation.h"
#include "matrix/Device.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace gatehouse {

// Sessions that are possibly the same device signed in twice: they carry the same app (client information
// name) and the same session name. A hint, never a rule; sessions without a name or app are left out.
class SameDeviceHints
{
public:
    // Device ID -> the IDs of the other sessions that look the same, in the list's order.
    static QHash<QString, QStringList> find(const QList<Device>& devices,
                                            const QHash<QString, ClientInformation>& clients);
};

} // namespace gatehouse
