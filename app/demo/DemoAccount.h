#pragma once

#include "matrix/Device.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace gatehouse {

// The state behind the demo homeserver: one user, their sessions, and which access token belongs to which
// session. Tokens are random per run; nothing is stored on disk.
class DemoAccount
{
public:
    explicit DemoAccount(const QString& userId = QStringLiteral("@alice:localhost"));

    // A dozen realistic sessions (count <= 12) or `count` generated ones; the first is this session.
    void populate(int count, const QDateTime& now);

    const QString& userId() const { return m_userId; }
    const QList<Device>& devices() const { return m_devices; }
    const Device* device(const QString& id) const;
    bool removeDevice(const QString& id); // also invalidates its tokens
    bool renameDevice(const QString& id, const QString& name);
    Device& addDevice(const QString& id, const QString& name);
    // A new sign-in as one looks in real life: a fresh device ID, a client's name, an address, active now
    // (`gatehouse --demo-server --new-session-every SECONDS`).
    Device& addRealisticSession(const QDateTime& now);
    void touch(const QString& id, const QString& ip, const QDateTime& now);

    // Issues a new access token for a device.
    QString issueToken(const QString& deviceId);
    void revokeToken(const QString& token);
    // Accepts a token issued elsewhere (an external OAuth server) for a device.
    void adoptToken(const QString& token, const QString& deviceId) { m_tokens.insert(token, deviceId); }
    // The device a token belongs to, or empty when the token is unknown.
    QString deviceForToken(const QString& token) const { return m_tokens.value(token); }
    QString currentDeviceId() const { return m_devices.isEmpty() ? QString() : m_devices.first().id; }

    static QString randomDeviceId();
    static QString randomToken(const QString& prefix);

private:
    QString m_userId;
    QList<Device> m_devices;
    QHash<QString, QString> m_tokens; // token -> device ID
};

} // namespace gatehouse
