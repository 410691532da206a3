#pragma once

#include <QStringList>

namespace gatehouse {

// Keeps what is left of a sign-out queue across restarts, per account (device IDs only; no secrets).
class SignOutQueueStore
{
public:
    static QStringList load(const QString& userId, const QString& baseUrl);
    static void save(const QString& userId, const QString& baseUrl, const QStringList& remainingDeviceIds);
    static void clear(const QString& userId, const QString& baseUrl) { save(userId, baseUrl, {}); }
};

} // namespace gatehouse
