#include "history/HistorySession.h"

namespace gatehouse {

Device HistorySession::device() const
{
    Device d;
    d.id = deviceId;
    d.displayName = displayName;
    d.lastSeenIp = lastSeenIp;
    d.lastSeenTs = lastSeenTs;
    return d;
}

QString HistorySession::removedHowName(RemovedHow how)
{
    switch (how) {
    case RemovedHow::SignedOutByGatehouse:
        return QStringLiteral("signed_out_by_gatehouse");
    case RemovedHow::Vanished:
        return QStringLiteral("vanished");
    case RemovedHow::NotRemoved:
        break;
    }
    return {};
}

std::optional<HistorySession::RemovedHow> HistorySession::removedHowFromName(const QString& name)
{
    if (name.isEmpty())
        return RemovedHow::NotRemoved;
    if (name == QLatin1String("signed_out_by_gatehouse"))
        return RemovedHow::SignedOutByGatehouse;
    if (name == QLatin1String("vanished"))
        return RemovedHow::Vanished;
    return std::nullopt;
}

} // namespace gatehouse
