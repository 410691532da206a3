#include "TestNotificationServer.h"

#include <QDBusConnection>

namespace gatehouse::test {

namespace {
const QString Service = QStringLiteral("org.freedesktop.Notifications");
const QString Path = QStringLiteral("/org/freedesktop/Notifications");
} // namespace

TestNotificationServer::TestNotificationServer(QStringList capabilities, QObject* parent)
    : QObject(parent)
    , m_capabilities(std::move(capabilities))
{}

TestNotificationServer::~TestNotificationServer()
{
    if (m_registered) {
        QDBusConnection bus = QDBusConnection::sessionBus();
        bus.unregisterObject(Path);
        bus.unregisterService(Service);
    }
}

bool TestNotificationServer::registerOnBus()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return false;
    if (!bus.registerObject(
            Path, this, QDBusConnection::ExportScriptableSlots | QDBusConnection::ExportScriptableSignals))
        return false;
    m_registered = bus.registerService(Service);
    return m_registered;
}

void TestNotificationServer::invoke(uint id, const QString& key)
{
    Q_EMIT ActionInvoked(id, key);
    Q_EMIT NotificationClosed(id, 2); // dismissed by the user
}

QStringList TestNotificationServer::GetCapabilities()
{
    return m_capabilities;
}

uint TestNotificationServer::Notify(const QString& appName, uint replacesId, const QString& appIcon,
                                    const QString& summary, const QString& body, const QStringList& actions,
                                    const QVariantMap& hints, int expireTimeout)
{
    Q_UNUSED(replacesId)
    Q_UNUSED(appIcon)
    Q_UNUSED(expireTimeout)
    const uint id = m_nextId++;
    m_shown.append({id, appName, summary, body, actions, hints});
    return id;
}

void TestNotificationServer::CloseNotification(uint id)
{
    Q_EMIT NotificationClosed(id, 3);
}

QString TestNotificationServer::GetServerInformation(QString& vendor, QString& version, QString& specVersion)
{
    vendor = QStringLiteral("Gatehouse tests");
    version = QStringLiteral("1");
    specVersion = QStringLiteral("1.2");
    return QStringLiteral("TestNotificationServer");
}

} // namespace gatehouse::test
