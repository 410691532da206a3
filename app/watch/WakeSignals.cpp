#include "watch/WakeSignals.h"

#include <QCoreApplication>
#include <QNetworkInformation>

#ifdef GATEHOUSE_HAVE_DBUS
#include <QDBusConnection>
#endif

#ifdef Q_OS_WIN
#include <QAbstractNativeEventFilter>
#include <qt_windows.h>
#endif

namespace gatehouse {

#ifdef Q_OS_WIN
// WM_POWERBROADCAST reaches every top-level window, Qt's own hidden ones included.
class PowerEventFilter : public QAbstractNativeEventFilter
{
public:
    explicit PowerEventFilter(WakeSignals* target)
        : m_target(target)
    {}
    bool nativeEventFilter(const QByteArray& eventType, void* message, qintptr* result) override
    {
        Q_UNUSED(result)
        if (eventType != "windows_generic_MSG")
            return false;
        const MSG* msg = static_cast<const MSG*>(message);
        if (msg->message == WM_POWERBROADCAST &&
            (msg->wParam == PBT_APMRESUMEAUTOMATIC || msg->wParam == PBT_APMRESUMESUSPEND))
            QMetaObject::invokeMethod(m_target, &WakeSignals::wokeUp, Qt::QueuedConnection);
        return false;
    }

private:
    WakeSignals* m_target;
};
#else
class PowerEventFilter
{};
#endif

SystemWakeSignals::SystemWakeSignals(QObject* parent)
    : WakeSignals(parent)
{
#ifdef GATEHOUSE_HAVE_DBUS
    // logind announces sleep with true and the wake-up with false.
    QDBusConnection bus = QDBusConnection::systemBus();
    if (bus.isConnected()) {
        m_watchesSleep =
            bus.connect(QStringLiteral("org.freedesktop.login1"), QStringLiteral("/org/freedesktop/login1"),
                        QStringLiteral("org.freedesktop.login1.Manager"), QStringLiteral("PrepareForSleep"),
                        this, SLOT(onPrepareForSleep(bool)));
    }
#endif
#ifdef Q_OS_WIN
    m_powerFilter = new PowerEventFilter(this);
    QCoreApplication::instance()->installNativeEventFilter(m_powerFilter);
    m_watchesSleep = true;
#endif
    watchNetwork();
}

#ifdef Q_OS_WIN
SystemWakeSignals::~SystemWakeSignals()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeNativeEventFilter(m_powerFilter);
    delete m_powerFilter;
}
#else
SystemWakeSignals::~SystemWakeSignals() = default;
#endif

void SystemWakeSignals::onPrepareForSleep(bool goingToSleep)
{
    if (!goingToSleep)
        Q_EMIT wokeUp();
}

void SystemWakeSignals::watchNetwork()
{
    // Not every system has a backend (a bare container has none): then only the schedule and wake-ups count.
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return;
    QNetworkInformation* information = QNetworkInformation::instance();
    if (!information)
        return;
    m_watchesNetwork = true;
    m_wasOnline = information->reachability() == QNetworkInformation::Reachability::Online;
    connect(information, &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability reachability) {
                const bool online = reachability == QNetworkInformation::Reachability::Online;
                if (online && !m_wasOnline)
                    Q_EMIT networkBack();
                m_wasOnline = online;
            });
}

} // namespace gatehouse
