#include "watch/NotifierChoice.h"

#include "tray/TrayNotifier.h"
#include "watch/FreedesktopNotifier.h"

namespace gatehouse {

NotifierChoice::Kind NotifierChoice::forThisSystem()
{
#ifdef Q_OS_WIN
    return kindFor(true);
#else
    return kindFor(false);
#endif
}

Notifier* NotifierChoice::make(Kind kind, TrayNotifier* tray, QObject* parent)
{
    if (kind == Kind::Tray)
        return tray;
    auto* notifier = new FreedesktopNotifier(parent);
    notifier->setFallback([tray](const SignInAlert& alert) { tray->show(alert); });
    // A click on the fallback's message is answered as the service's actions are.
    QObject::connect(tray, &Notifier::actionInvoked, notifier, &Notifier::actionInvoked);
    return notifier;
}

} // namespace gatehouse
