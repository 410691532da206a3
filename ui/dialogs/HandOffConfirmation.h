#pragma once

#include "account/AccountAction.h"
#include "account/HandOffRequest.h"

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
    using Request = HandOffRequest; // what the question is about (app/account)

    static bool needed(AccountAction action) { return AccountActionNames::isDestructive(action); }
    // Shows the question; true when the person chose to continue.
    static bool ask(QWidget* parent, const Request& request);
    // The words of the question, for tests.
    static QString title(const Request& request);
    static QString text(const Request& request);
    static QString details(const Request& request);
};

} // namespace gatehouse
