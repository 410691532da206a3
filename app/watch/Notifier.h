#pragma once

#include "watch/SignInAlert.h"

#include <QObject>

#include <optional>

namespace gatehouse {

// Shows sign-in alerts and reports what the person chose on them. The freedesktop implementation talks
// D-Bus; the window's tray icon is the fallback; tests record.
class Notifier : public QObject
{
    Q_OBJECT

public:
    enum class Action
    {
        Review,  // open the window on that session with its details
        SignOut, // the usual confirmation, then the hand-off or the native sign-out
        ItWasMe, // recorded as acknowledged in the history
    };

    using QObject::QObject;

    virtual void show(const SignInAlert& alert) = 0;

    // "review", "sign-out", "it-was-me": the action keys sent to the notification service.
    static QString actionKey(Action action);
    static std::optional<Action> actionFromKey(const QString& key);

Q_SIGNALS:
    void actionInvoked(const gatehouse::SignInAlert& alert, gatehouse::Notifier::Action action);
};

} // namespace gatehouse
