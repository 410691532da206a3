#include "model/SameDeviceHints.h"

namespace gatehouse {

QHash<QString, QStringList> SameDeviceHints::find(const QList<Device>& devices,
                                                  const QHash<QString, ClientInformation>& clients)
{
    // Grouped by app and name, exactly as served (two spellings are two names).
    QHash<QString, QStringList> groups;
    for (const Device& device : devices) {
        const auto client = clients.constFind(device.id);
        if (client == clients.cend() || !client->name || client->name->isEmpty() || !device.displayName ||
            device.displayName->isEmpty())
            continue;
        groups[*client->name + QChar(0) + *device.displayName].append(device.id);
    }
    QHash<QString, QStringList> hints;
    for (const QStringList& ids : std::as_const(groups)) {
        if (ids.size() < 2)
            continue;
        for (const QString& id : ids) {
            QStringList others = ids;
            others.removeOne(id);
            hints.insert(id, others);
        }
    }
    return hints;
}

} // namespace gatehouse
