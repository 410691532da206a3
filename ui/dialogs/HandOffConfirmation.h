#pragma once

#include "account/AccountAction.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace gatehouse {

// Before a destructive hand-off (sign out, deactivate, cross-signing reset) the app says, in its own
// words, what will open in the browser and what to do there.
class HandOffConfirmation
{
    Q_DECLARE_TR_FUNCTIONS(HandOffConfirmation)

public:
    struct Request
    {
        AccountAction action;
        QString sessionName;          // untrusted; for device_delete
        QString deviceId;             // untrusted; for device_delete
        QString pageHost;             // where the browser will go
        bool bareAccountPage = false; // deactivation without a direct link
        int sessionCount = 1;         // device_delete for several sessions, one page each
    };

    static bool needed(AccountAction action) { return AccountActionNames::isDestructive(action); }
    // Shows the question; true when the person chose to continue.
    static bool ask(QWidget* parent, const Request& request);
    // The words of the question, for tests.
    static QString title(const Request& request);
    static QString text(const Request& request);
    static QString details(const Request& request);
};

} // namespace gatehouse
