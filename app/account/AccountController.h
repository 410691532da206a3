#pragma once

#include "account/AccountAction.h"
#include "account/AccountPage.h"
#include "account/HandOffRequest.h"
#include "account/SessionActions.h"
#include "account/WaitingRefreshSchedule.h"
#include "matrix/AccountSnapshot.h"
#include "network/Error.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <optional>
#include <variant>

namespace gatehouse {

class AccountPrompts;
class AccountSession;
class CleanupRun;
class HistoryStore;
class SessionRecognition;
class UrlOpener;
struct Recognition;

// Everything Gatehouse does with one account, for any front end and without widgets: the session and its
// latest snapshot, when to load it again, the hand-offs to the browser and the rows they leave waiting,
// renaming, Gatehouse's own sign-out on classic servers, and the clean-up run. What may be done is asked of
// actions() (SessionActions); questions go through AccountPrompts, URLs through UrlOpener.
class AccountController : public QObject
{
    Q_OBJECT

public:
    AccountController(UrlOpener* opener, AccountPrompts* prompts, QObject* parent = nullptr);
    ~AccountController() override;

    void setPrompts(AccountPrompts* prompts) { m_prompts = prompts; }
    AccountPrompts* prompts() const { return m_prompts; }

    // Shows this account from now on and loads it; takes ownership of the session. A saved account whose
    // token is rejected forgets its list (it will not come back without signing in again).
    void setSession(AccountSession* session, bool savedAccount);
    void clearSession();
    AccountSession* session() const { return m_session; }
    const std::optional<AccountSnapshot>& snapshot() const { return m_snapshot; }
    const SessionActions& actions() const { return m_actions; }
    bool isLoading() const { return m_loading; }

    // Each session's encryption state and app, filled in after the snapshot (recognitionChanged()).
    const Recognition& recognition() const;
    SessionRecognition* sessionRecognition() const { return m_recognition; }
    // The history the account's identity (master key) is remembered in; not owned, may be null.
    void setIdentityStore(HistoryStore* store);
    // The person accepts the account's new identity (after "Your account's identity changed").
    void acceptIdentity();

    // The waiting marks: rows handed to the browser for a sign-out, until they go or are dismissed.
    bool isWaiting(const QString& deviceId) const { return m_waiting.contains(deviceId); }
    bool hasWaiting() const { return !m_waiting.isEmpty(); }
    // When the list is loaded again while a row waits (tests make it quick).
    void setWaitingSchedule(const WaitingRefreshSchedule& schedule) { m_schedule = schedule; }
    const WaitingRefreshSchedule& waitingSchedule() const { return m_schedule; }
    bool waitingRefreshScheduled() const { return m_waitingTimer.isActive(); }

    // The clean-up run under way (null when none), and what an earlier one left.
    CleanupRun* cleanup() const { return m_cleanup; }
    QStringList leftover() const { return m_leftover; }
    bool canSignOutSelected(const QStringList& deviceIds) const;
    QString lastSummary() const { return m_lastSummary; }
    // Every session that may be signed out together: all but this one (empty before the first load).
    QStringList sessionIdsExceptThisOne() const;
    // The sessions inactive for more than `days` days at `now`, in the table's order.
    QStringList inactiveSessionIds(int days, const QDateTime& now) const;

public Q_SLOTS:
    void refresh();
    // The window became active again: back from the browser, which gives no callback, so look again.
    void windowActivated();
    bool openAccountAction(gatehouse::AccountAction action);
    bool openAccountPage();
    bool openDeactivation();
    // A row's button, menu entry or key. `selection` is what else is selected: a native sign-out takes it.
    void runRowAction(const QString& deviceId, gatehouse::RowAction action,
                      const QStringList& selection = QStringList());
    void dismissWaiting(const QString& deviceId);
    void rename(const QString& deviceId);
    // Signs out several sessions: natively on a classic server, else a guided clean-up run.
    void signOutSessions(const QStringList& requested, bool askFirst = true);
    void continueLeftover();
    void discardLeftover();

Q_SIGNALS:
    void loadStarted(bool firstLoad);
    // A new snapshot is in (snapshot(), actions()); `first` for the first one of this session.
    void snapshotChanged(bool first);
    // After snapshotChanged and everything the new list settled (waiting marks, the clean-up run).
    void loaded();
    // The load failed; snapshot() still holds the last list when there is one to keep showing.
    void loadFailed(const gatehouse::Error& error);
    // The encryption states, the apps or the identity changed (recognition()); after snapshotChanged.
    void recognitionChanged();
    void statusChanged(const QString& text);
    void waitingChanged(const QString& deviceId, bool waiting);
    void cleanupChanged(); // started, ended
    void leftoverFound(int count);
    void sessionRenamed(const QString& deviceId);
    void sessionsSignedOut(const QStringList& deviceIds);

private:
    void apply(const AccountSnapshot& snapshot);
    void fail(const Error& error);
    QString pageHost() const;
    const Device* device(const QString& deviceId) const;
    bool handOff(const std::variant<QString, AccountPage::Refusal>& url,
                 const std::optional<HandOffRequest>& confirmation, std::optional<AccountAction> action,
                 const std::optional<QString>& deviceId);
    void setWaiting(const QString& deviceId, bool waiting);
    void scheduleWaitingRefresh();
    void signOutNatively(const QStringList& deviceIds);
    void onCleanupChanged();
    void onCleanupFinished();
    void say(const QString& text) { Q_EMIT statusChanged(text); }

    UrlOpener* m_opener;
    AccountPrompts* m_prompts;
    AccountSession* m_session = nullptr;
    bool m_savedAccount = false;
    quint64 m_generation = 0; // a load answered after the session changed is dropped
    std::optional<AccountSnapshot> m_snapshot;
    SessionActions m_actions;
    bool m_loading = false;
    bool m_refreshOnActivate = false;
    QSet<QString> m_waiting;
    WaitingRefreshSchedule m_schedule;
    QTimer m_waitingTimer;
    QElapsedTimer m_waitingSince; // since the last sign-out hand-off
    CleanupRun* m_cleanup = nullptr;
    QStringList m_leftover;
    QString m_lastSummary;
    SessionRecognition* m_recognition;
};

} // namespace gatehouse
