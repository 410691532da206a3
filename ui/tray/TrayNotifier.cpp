#include "tray/TrayNotifier.h"

#include "tray/WatchTray.h"

namespace gatehouse {

TrayNotifier::TrayNotifier(QObject* parent)
    : Notifier(parent)
{}

void TrayNotifier::setTray(WatchTray* tray)
{
    m_tray = tray;
    connect(m_tray, &WatchTray::messageClicked, this, &TrayNotifier::onMessageClicked);
}

void TrayNotifier::show(const SignInAlert& alert)
{
    m_last = alert;
    if (m_tray)
        m_tray->showAlert(alert);
}

void TrayNotifier::onMessageClicked()
{
    if (m_last)
        Q_EMIT actionInvoked(*m_last, Action::Review);
}

} // namespace gatehouse
