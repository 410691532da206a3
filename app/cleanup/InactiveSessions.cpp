#include "cleanup/InactiveSessions.h"

#include "model/DeviceOrder.h"
#include "model/RelativeTime.h"

namespace gatehouse {

QList<Device> InactiveSessions::find(const QList<Device>& devices, const QString& currentDeviceId, int days,
                                     const QDateTime& now)
{
    QList<Device> inactive;
    for (const Device& device : DeviceOrder::sorted(devices, currentDeviceId)) {
        if (device.id != currentDeviceId && device.lastSeenTs &&
            RelativeTime::daysBetween(*device.lastSeenTs, now) > days)
            inactive.append(device);
    }
    return inactive;
}

} // namespace gatehouse
