#pragma once

#include <QObject>

namespace gatehouse {

class Notifier;
class TrayNotifier;

// Which notifications this system gets (README, "Watching for new sign-ins"): on Windows the tray icon's
// message, a click opening Review; elsewhere the freedesktop notification service with its actions, falling
// back to the tray's message. Plain Qt either way, so both build and are tested on Linux.
class NotifierChoice
{
public:
    enum class Kind
    {
        Freedesktop, // org.freedesktop.Notifications, the tray's message as fallback
        Tray,        // QSystemTrayIcon::showMessage only
    };

    static Kind kindFor(bool windows) { return windows ? Kind::Tray : Kind::Freedesktop; }
    static Kind forThisSystem();
    // The notifier of `kind`, owned by `parent`. `tray` shows the tray's messages (both kinds use it).
    static Notifier* make(Kind kind, TrayNotifier* tray, QObject* parent);
};

} // namespace gatehouse
