#include "watch/FreedesktopNotifier.h"

#include "gatehouse_version.h"
#include "log/Log.h"

#ifdef GATEHOUSE_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

namespace gatehouse {

namespace {

const QString Service = QStringLiteral("org.freedesktop.Notifications");
const QString Path = QStringLiteral("/org/freedesktop/Notifications");
const QString Interface = QStringLiteral("org.freedesktop.Notifications");

} // namespace

FreedesktopNotifier::FreedesktopNotifier(QObject* parent)
    : Notifier(parent)
{}

bool FreedesktopNotifier::serviceHasActions()
{
#ifdef GATEHOUSE_HAVE_DBUS
    if (!m_capabilities) {
        QDBusConnection bus = QDBusConnection::sessionBus();
        if (!bus.isConnected() || !bus.interface() || !bus.interface()->isServiceRegistered(Service).value())
            return false; // asked again next time: a notification daemon may start later
        const QDBusMessage reply = bus.call(
            QDBusMessage::createMethodCall(Service, Path, Interface, QStringLiteral("GetCapabilities")),
            QDBus::Block, 2000);
        if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
            return false;
        m_capabilities = reply.arguments().constFirst().toStringList();
    }
    return m_capabilities->contains(QStringLiteral("actions"));
#else
    return false;
#endif
}

QString FreedesktopNotifier::reviewLabel(const SignInAlert& alert)
{
    switch (alert.kind) {
    case SignInAlert::Kind::CleanUp:
        return tr("Clean Up…");
    case SignInAlert::Kind::Notice:
        return tr("Open Gatehouse");
    case SignInAlert::Kind::NewSessions:
    case SignInAlert::Kind::SignedOut:
    case SignInAlert::Kind::Disappeared:
        break;
    }
    return tr("Review");
}

void FreedesktopNotifier::show(const SignInAlert& alert)
{
#ifdef GATEHOUSE_HAVE_DBUS
    if (!serviceHasActions()) {
        if (m_fallback)
            m_fallback(alert);
        return;
    }
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!m_connected) {
        // Qt D-Bus signals connect by name and signature only (normalised signatures).
        // clang-format off
        bus.connect(Service, Path, Interface, QStringLiteral("ActionInvoked"), this,
                    SLOT(onActionInvoked(uint,QString)));
        bus.connect(Service, Path, Interface, QStringLiteral("NotificationClosed"), this,
                    SLOT(onNotificationClosed(uint,uint)));
        // clang-format on
        m_connected = true;
    }
    // "default" is a click on the notification itself (freedesktop notification spec): Review, too.
    QStringList actions{QStringLiteral("default"), reviewLabel(alert), actionKey(Action::Review),
                        reviewLabel(alert)};
    if (alert.offersSessionActions()) {
        actions << actionKey(Action::SignOut) << tr("Sign Out…") << actionKey(Action::ItWasMe)
                << tr("It Was Me");
    }
    // A server that reads markup in the body must not read it in a session's name.
    const bool markup = m_capabilities->contains(QStringLiteral("body-markup"));
    const QString body = markup ? alert.body.toHtmlEscaped() : alert.body;
    const QVariantMap hints{{QStringLiteral("desktop-entry"), QStringLiteral(GATEHOUSE_APP_ID)},
                            {QStringLiteral("urgency"), QVariant::fromValue(uchar(1))},
                            {QStringLiteral("category"), QStringLiteral("network")}};
    QDBusMessage call = QDBusMessage::createMethodCall(Service, Path, Interface, QStringLiteral("Notify"));
    call << QStringLiteral("Gatehouse") << uint(0) << QStringLiteral(GATEHOUSE_APP_ID) << alert.title << body
         << actions << hints << int(-1);
    auto* watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, alert] {
        watcher->deleteLater();
        const QDBusPendingReply<uint> reply = *watcher;
        if (reply.isError()) {
            qCWarning(lcApp) << "notification not delivered:" << reply.error().message();
            if (m_fallback)
                m_fallback(alert);
            return;
        }
        m_shown.insert(reply.value(), alert);
        Q_EMIT delivered(reply.value());
    });
#else
    if (m_fallback)
        m_fallback(alert);
#endif
}

void FreedesktopNotifier::onActionInvoked(uint id, const QString& key)
{
    const auto it = m_shown.constFind(id);
    if (it == m_shown.cend())
        return; // another program's notification
    const std::optional<Action> action = actionFromKey(key);
    if (action)
        Q_EMIT actionInvoked(it.value(), *action);
}

void FreedesktopNotifier::onNotificationClosed(uint id, uint reason)
{
    Q_UNUSED(reason)
    m_shown.remove(id);
}

} // namespace gatehouse
