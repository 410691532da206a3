#pragma once

#include "matrix/Device.h"

#include <QList>

namespace gatehouse {

// The order of the session table and of --list: this session first, then the newest activity, unknown
// times last, ties by device ID.
class DeviceOrder
{
public:
    static bool comesBefore(const Device& left, const Device& right, const QString& currentDeviceId);
    static QList<Device> sorted(QList<Device> devices, const QString& currentDeviceId);
};

} // namespace gatehouse
