#pragma once

#include "account/AccountAction.h"
#include "account/AccountPage.h"
#include "account/HandOffRequest.h"
#include "account/SessionActions.h"
#include "account/WaitingRefreshSchedule.h"
#include "history/HistoryAccount.h"
#include "matrix/AccountSnapshot.h"
#include "network/Error.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <optional>
#include <variant>

namespace gatehouse {

class AccountPrompts;
class AccountSession;
class CleanupRun;
class HistoryRecorder;
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
    // The local history (README, "History"); not owned, null for none. Every successful load is recorded
    // in it, and sign-outs Gatehouse starts are marked so their disappearance says how.
    void setHistory(HistoryStore* history);
    HistoryStore* history() const { return m_history; }
    // Not owned; null for none. When set, each load is recorded through it, on its own thread, while the
    // window shows the list; the New marks follow when the recording is done (newSessionsChanged). The
    // history is still read, and marked, through setHistory()'s store.
    void setHistoryRecorder(HistoryRecorder* recorder);
    // The saved account the next setSession() shows, known before its server answers (base URL and user ID
    // from the saved account): its stored list is shown at once (instant start) when the history has one.
    void expectAccount(const HistoryAccount& account) { m_expected = account; }

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

    // The account as the history keys it (empty before anything is known).
    HistoryAccount historyAccount() const;
    // Shown from the history while the first load of this session is under way (instant start); the
    // first snapshot (or a rejected token) replaces it.
    bool showsStoredList() const { return m_stored.has_value(); }
    const QList<Device>& storedDevices() const;
    // When the list shown was last loaded successfully (invalid when never).
    QDateTime lastUpdated() const { return m_lastUpdated; }
    // Present sessions that are "New" (DESIGN "History": a device ID never seen, or back after it had
    // disappeared; never on the first look at an account) until the person has looked at them.
    bool isNew(const QString& deviceId) const { return m_new.contains(deviceId); }
    QSet<QString> newSessions() const { return m_new; }

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
    // The person has looked at this session (selected it, opened its details): it is no longer "New".
    void acknowledge(const QString& deviceId);
    // Writes the first look at an account now, if it is still waiting (it is written once the list shows),
    // and waits for a recording under way: what is read or marked next sees the last load.
    void recordBaseline();

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
    // The stored list of the expected account is ready to show (storedDevices()), before the first load.
    void storedListShown();
    // Which sessions are "New" changed (newSessions()).
    void newSessionsChanged();

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
    void record(const AccountSnapshot& snapshot, bool first);
    void recordNow(const AccountSnapshot& snapshot, bool first);
    void takeNewSessions(const QStringList& fresh);
    void showStored();
    void markSignOut(const QStringList& deviceIds);
    void clearSignOutMarks(const QStringList& deviceIds);

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
    HistoryStore* m_history = nullptr;
    QPointer<HistoryRecorder> m_recorder;
    QSet<QString> m_acknowledgedWhileRecording; // not to be marked New again by a recording under way
    std::optional<HistoryAccount> m_expected;
    std::optional<HistoryAccount> m_storedAccount;
    std::optional<QList<Device>> m_stored;
    QDateTime m_lastUpdated;
    QSet<QString> m_new;
    bool m_baselinePending = false;
};

} // namespace gatehouse
