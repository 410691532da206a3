#pragma once

#include "account/AccountAction.h"
#include "account/AccountPage.h"
#include "matrix/Device.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace gatehouse {

struct AccountSnapshot;

// What a row of the session table offers: its buttons, its menu and its keys.
enum class RowAction
{
    View,    // device_view hand-off
    SignOut, // device_delete hand-off, or Gatehouse's own sign-out on a classic server (never this session)
};

// The one answer to "what can be done with this session, this selection, this account". The row buttons,
// the row menu, the Session and Account menus, the keys, "Sign Out Selected", the clean-up run and the
// command line all ask it; nothing else decides. Built from one snapshot; a default-built value (nothing
// loaded) offers nothing.
class SessionActions
{
    Q_DECLARE_TR_FUNCTIONS(SessionActions)

public:
    // The window offers deactivation through the bare account page when the action is not advertised (the
    // spec sends people there); the command line stays strict and offers only what is advertised.
    enum class FrontEnd
    {
        Window,
        CommandLine
    };
    // What the account page situation is, most important first; the window says each in its banner.
    enum class PageState
    {
        MetadataError,     // the metadata could not be read: no account actions
        Classic,           // no OAuth 2.0 API: Gatehouse signs sessions out itself
        NoPage,            // OAuth, but no account page named
        UnsafePage,        // the page's address is refused
        NothingAdvertised, // a page, but no action listed: only the bare page
        Actions,           // a page with advertised actions
    };
    // How sessions are signed out.
    enum class SignOut
    {
        NotOffered,
        AccountPage, // one device_delete page per session (a guided queue for several)
        Native,      // POST /delete_devices with user-interactive auth (classic servers)
    };

    SessionActions() = default;
    explicit SessionActions(const AccountSnapshot& snapshot, FrontEnd frontEnd = FrontEnd::Window);

    bool hasAccount() const { return m_loaded; }
    FrontEnd frontEnd() const { return m_frontEnd; }
    const AccountPage& page() const { return m_page; }
    QString currentDeviceId() const { return m_currentDeviceId; }

    // The account.
    PageState pageState() const;
    bool offersAccountAction(AccountAction action) const; // header buttons and the Account menu
    QList<AccountAction> offeredAccountActions() const;   // advertised on a safe page, in table order
    bool offersAccountPage() const;                       // "Open Account Page"
    bool offersDeactivation() const;                      // "Deactivate Account…"
    bool deactivatesThroughBarePage() const;              // offered, but the action is not advertised
    SignOut signOut() const { return m_signOut; }
    bool signsOutNatively() const { return m_signOut == SignOut::Native; }
    // Hand-offs that change the account are explained in the app before anything opens.
    static bool needsConfirmation(AccountAction action);
    // Only a hand-off that ends a session marks its row "Waiting for browser"; viewing marks nothing.
    static bool marksWaiting(AccountAction action);

    // One session.
    QList<RowAction> forSession(const QString& deviceId) const;
    bool offers(const QString& deviceId, RowAction action) const
    {
        return forSession(deviceId).contains(action);
    }
    bool canRename(const QString& deviceId) const { return m_loaded && !deviceId.isEmpty(); }
    bool canCopyIp(const Device& device) const { return device.lastSeenIp.has_value(); }
    bool canDismissWaiting(bool waiting) const { return m_loaded && waiting; }
    // Why a row action is not offered (a status-bar sentence); empty when it is.
    QString whyNot(const QString& deviceId, RowAction action) const;
    static AccountAction accountActionFor(RowAction action);

    // A selection.
    bool offersBulkSignOut() const { return m_signOut != SignOut::NotOffered; } // "Sign Out Selected"
    // The sessions of `deviceIds` that a sign-out may include, in order: listed now, never this session.
    QStringList signOutSelection(const QStringList& deviceIds, const QList<Device>& listed) const;
    // What Delete or "Sign out…" on a row signs out natively: the selection when it holds the row, else
    // the row alone.
    QStringList nativeSignOutTargets(const QString& deviceId, const QStringList& selection) const;

    // Inactive sessions: not seen for more than `days` days. Never this session; a session with no recorded
    // activity is not inactive either (nothing says how old it is).
    static bool isInactive(const std::optional<qint64>& lastSeenTs, bool isCurrent, int days, qint64 nowMs);
    bool isInactive(const Device& device, int days, const QDateTime& now) const;
    // The inactive sessions of `devices`, in the table's order.
    QList<Device> inactiveSessions(const QList<Device>& devices, int days, const QDateTime& now) const;

private:
    bool m_loaded = false;
    FrontEnd m_frontEnd = FrontEnd::Window;
    AccountPage m_page;
    AdvertisedActions m_offered; // m_page.offered(), asked for every painted row
    QString m_currentDeviceId;
    bool m_usesOAuth = false;
    bool m_metadataError = false;
    SignOut m_signOut = SignOut::NotOffered;
};

} // namespace gatehouse
