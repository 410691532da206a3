#pragma once

#include "account/HandOffRequest.h"

#include <QString>

#include <optional>

namespace gatehouse {

// Every question Gatehouse asks the person, and the few things it must tell them at once. The window answers
// with dialogs (DialogPrompts in ui/); tests answer without any, as they record URLs through UrlOpener.
class AccountPrompts
{
public:
    virtual ~AccountPrompts() = default;

    // Before a hand-off that changes the account (sign-out, deactivation, cross-signing reset).
    virtual bool confirmHandOff(const HandOffRequest& request) = 0;
    // Before Gatehouse itself signs `count` sessions out on a classic server.
    virtual bool confirmNativeSignOut(int count) = 0;
    // The password of `userId` for a classic sign-out; nullopt when the person cancels. `retry` after a
    // wrong one.
    virtual std::optional<QString> askPassword(const QString& userId, bool retry) = 0;
    // A confirmation step on the server's web page; false when the person cancels.
    virtual bool confirmFallback(const QString& url, bool opened) = 0;
    // The new name of a session; nullopt when the person cancels.
    virtual std::optional<QString> askSessionName(const QString& currentName) = 0;
    // Ending Gatehouse's own session of a saved account.
    virtual bool confirmAccountSignOut(const QString& userId) = 0;
    // Signing out of a saved account that has a local history: true keeps the history, false forgets it.
    virtual bool askKeepHistory(const QString& userId) = 0;
    // After the first sign-in to an account: tell the person when a new session signs in to it? True for
    // "Watch in the background", false for "Not now" (README, "Watching for new sign-ins").
    virtual bool askWatchInBackground(const QString& userId) = 0;
    // "Select sessions inactive for more than N days"; nullopt when the person cancels.
    virtual std::optional<int> askInactiveDays(int suggested) = 0;

    virtual void showProblem(const QString& text) = 0;
    // No browser could be opened: show the address to open by hand.
    virtual void showBrowserFailure(const QString& url) = 0;
    // A clean-up run has ended.
    virtual void showSummary(const QString& title, const QString& text) = 0;
};

} // namespace gatehouse
