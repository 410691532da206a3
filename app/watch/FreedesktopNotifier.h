#pragma once

#include "watch/Notifier.h"

#include <QHash>
#include <QStringList>

#include <functional>
#include <optional>

namespace gatehouse {

// Sign-in alerts through the freedesktop notification service (org.freedesktop.Notifications on the session
// bus) with the actions Review, Sign Out… and It Was Me. When the service is missing or has no "actions"
// capability, the fallback shows the alert instead (the tray icon's message; a click there means Review).
class FreedesktopNotifier : public Notifier
{
    Q_OBJECT

public:
    using Fallback = std::function<void(const SignInAlert& alert)>;

    explicit FreedesktopNotifier(QObject* parent = nullptr);

    void setFallback(Fallback fallback) { m_fallback = std::move(fallback); }
    void show(const SignInAlert& alert) override;

    // Whether the service is there and offers actions (asked once, then remembered).
    bool serviceHasActions();
    // The label of the Review action: "Review", or "Clean Up…" and "Open Gatehouse" for those alerts.
    static QString reviewLabel(const SignInAlert& alert);
    // How many alerts are shown and can still be acted on.
    int pendingCount() const { return int(m_shown.size()); }

Q_SIGNALS:
    // After the service gave the alert its ID (tests wait for it).
    void delivered(uint id);

private Q_SLOTS:
    void onActionInvoked(uint id, const QString& key);
    void onNotificationClosed(uint id, uint reason);

private:
    std::optional<QStringList> m_capabilities;
    QHash<uint, SignInAlert> m_shown;
    Fallback m_fallback;
    bool m_connected = false;
};

} // namespace gatehouse
