#include "model/DeviceOrder.h"

#include <algorithm>

namespace gatehouse {

bool DeviceOrder::comesBefore(const Device& left, const Device& right, const QString& currentDeviceId)
{
    const bool leftCurrent = left.id == currentDeviceId;
    const bool rightCurrent = right.id == currentDeviceId;
    if (leftCurrent != rightCurrent)
        return leftCurrent;
    if (left.lastSeenTs.has_value() != right.lastSeenTs.has_value())
        return left.lastSeenTs.has_value();
    if (left.lastSeenTs && *left.lastSeenTs != *right.lastSeenTs)
        return *left.lastSeenTs > *right.lastSeenTs;
    return left.id < right.id;
}

QList<Device> DeviceOrder::sorted(QList<Device> devices, const QString& currentDeviceId)
{
    std::stable_sort(devices.begin(), devices.end(), [&currentDeviceId](const Device& a, const Device& b) {
        return comesBefore(a, b, currentDeviceId);
    });
    return devices;
}

} // namespace gatehouse
