#pragma once

#include "matrix/Device.h"

#include <QDateTime>
#include <QList>

namespace gatehouse {

// The sessions not seen for more than a number of days, never including this session, in the table's
// order. Sessions with no recorded activity are not counted as inactive: nothing says how old they are.
class InactiveSessions
{
public:
    static QList<Device> find(const QList<Device>& devices, const QString& currentDeviceId, int days,
                              const QDateTime& now);
};

} // namespace gatehouse
