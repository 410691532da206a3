#pragma once

#include <QObject>
#include <QStringList>
#include <QVariantMap>

namespace gatehouse::test {

// A small org.freedesktop.Notifications service on the session bus (a private one: the test runs under
// dbus-run-session): records what it is asked to show and emits ActionInvoked for the action a test
// chooses, as a notification daemon does when the person clicks a button.
class TestNotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Shown
    {
        uint id = 0;
        QString appName;
        QString summary;
        QString body;
        QStringList actions; // key, label, key, label, ...
        QVariantMap hints;
    };

    explicit TestNotificationServer(QStringList capabilities = {QStringLiteral("actions"),
                                                                QStringLiteral("body")},
                                    QObject* parent = nullptr);
    ~TestNotificationServer() override;

    // Takes the service name on the session bus; false when there is no bus or the name is taken.
    bool registerOnBus();
    const QList<Shown>& shown() const { return m_shown; }
    // What the person does: clicks the action `key` of notification `id` (then the notification closes).
    void invoke(uint id, const QString& key);

public Q_SLOTS:
    Q_SCRIPTABLE QStringList GetCapabilities();
    Q_SCRIPTABLE uint Notify(const QString& appName, uint replacesId, const QString& appIcon,
                             const QString& summary, const QString& body, const QStringList& actions,
                             const QVariantMap& hints, int expireTimeout);
    Q_SCRIPTABLE void CloseNotification(uint id);
    Q_SCRIPTABLE QString GetServerInformation(QString& vendor, QString& version, QString& specVersion);

Q_SIGNALS:
    Q_SCRIPTABLE void ActionInvoked(uint id, const QString& actionKey);
    Q_SCRIPTABLE void NotificationClosed(uint id, uint reason);

private:
    QStringList m_capabilities;
    QList<Shown> m_shown;
    uint m_nextId = 1;
    bool m_registered = false;
};

} // namespace gatehouse::test
