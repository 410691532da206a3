#pragma once

#include "watch/Notifier.h"

#include <optional>

namespace gatehouse {

class WatchTray;

// Alerts as the tray icon's own message (QSystemTrayIcon::showMessage): the notifications on Windows, and the
// fallback on Linux where the notification service is missing or has no actions. The message has no buttons:
// a click on it is Review of the alert last shown.
class TrayNotifier : public Notifier
{
    Q_OBJECT

public:
    explicit TrayNotifier(QObject* parent = nullptr);

    // The icon whose message shows the alerts (the tray is built after the notifier it reports to).
    void setTray(WatchTray* tray);

    void show(const SignInAlert& alert) override;
    // What a click on the message does (connected to WatchTray::messageClicked).
    void onMessageClicked();

private:
    WatchTray* m_tray = nullptr;
    std::optional<SignInAlert> m_last;
};

} // namespace gatehouse
