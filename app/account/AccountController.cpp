#include "account/AccountController.h"

#include "account/AccountPrompts.h"
#include "account/NativeSignOut.h"
#include "account/SessionRecognition.h"
#include "account/UrlOpener.h"
#include "auth/SavedAccount.h"
#include "cleanup/CleanupRun.h"
#include "history/HistoryRecorder.h"
#include "history/HistoryStore.h"
#include "matrix/AccountSession.h"
#include "matrix/CanonicalBaseUrl.h"
#include "matrix/SessionEditor.h"
#include "settings/AppSettings.h"
#include "text/SessionText.h"
#include "text/UntrustedText.h"

#include <QUrl>

namespace gatehouse {

AccountController::AccountController(UrlOpener* opener, AccountPrompts* prompts, QObject* parent)
    : QObject(parent)
    , m_opener(opener)
    , m_prompts(prompts)
    , m_recognition(new SessionRecognition(this))
{
    connect(m_recognition, &SessionRecognition::changed, this, [this] {
        const Recognition& now = m_recognition->current();
        if (now.answered && !now.trust.keysKnown && m_snapshot)
            say(tr("The encryption states are unknown: the keys could not be read (%1). Gatehouse asks again "
                   "with the next refresh.")
                    .arg(now.keysProblem));
        Q_EMIT recognitionChanged();
    });
    m_waitingTimer.setSingleShot(true);
    connect(&m_waitingTimer, &QTimer::timeout, this, [this] {
        refresh();
        scheduleWaitingRefresh();
    });
}

AccountController::~AccountController()
{
    recordBaseline();
}

void AccountController::setSession(AccountSession* session, bool savedAccount)
{
    recordBaseline();
    if (m_session && m_session != session)
        m_session->deleteLater();
    m_session = session;
    if (m_session)
        m_session->setParent(this);
    m_savedAccount = savedAccount;
    ++m_generation;
    m_snapshot.reset();
    m_actions = SessionActions();
    m_loading = false;
    m_recognition->reset();
    m_stored.reset();
    m_storedAccount = std::exchange(m_expected, std::nullopt);
    m_lastUpdated = QDateTime();
    m_new.clear();
    showStored();
    refresh();
}

void AccountController::showStored()
{
    if (!m_storedAccount)
        return;
    m_lastUpdated =
        AppSettings::lastRefreshAt(SavedAccount::keyOf(m_storedAccount->baseUrl, m_storedAccount->userId));
    if (!m_history || !m_history->isOpen())
        return;
    // Read beside the window's construction when the launcher asked for it; here otherwise.
    std::optional<StoredSessionList> stored =
        m_recorder ? m_recorder->takeStoredList(*m_storedAccount) : std::nullopt;
    if (!stored)
        stored = m_history->storedList(*m_storedAccount);
    if (!stored->hasHistory)
        return;
    m_stored = std::move(stored->devices);
    m_new = QSet<QString>(stored->newSessions.cbegin(), stored->newSessions.cend());
    Q_EMIT storedListShown();
}

const QList<Device>& AccountController::storedDevices() const
{
    static const QList<Device> none;
    return m_stored ? *m_stored : none;
}

HistoryAccount AccountController::historyAccount() const
{
    if (m_snapshot)
        return {CanonicalBaseUrl::of(m_snapshot->baseUrl), m_snapshot->userId};
    return m_storedAccount.value_or(HistoryAccount());
}

void AccountController::record(const AccountSnapshot& snapshot, bool first)
{
    const HistoryAccount account = historyAccount();
    m_lastUpdated = snapshot.loadedAt.isValid() ? snapshot.loadedAt : QDateTime::currentDateTimeUtc();
    // Kept in the settings, not the history: a refresh where nothing changed writes nothing there. Only a
    // saved account starts on its stored list and says when that was updated.
    if (m_savedAccount)
        AppSettings::setLastRefreshAt(SavedAccount::keyOf(account.baseUrl, account.userId), m_lastUpdated);
    if (!m_history || !m_history->isOpen())
        return;
    if (m_recorder) {
        // The recorder's thread compares and writes while this one shows the list.
        const bool readNew = first || !m_new.isEmpty();
        m_recorder->record(
            account, snapshot.devices, m_lastUpdated, readNew, this,
            [this, generation = m_generation](const HistoryChanges& changes, const QStringList& fresh) {
                if (generation == m_generation && changes.ok && (!fresh.isEmpty() || !m_new.isEmpty()))
                    takeNewSessions(fresh);
                if (!m_recorder->isBusy())
                    m_acknowledgedWhileRecording.clear();
            });
        return;
    }
    if (!m_history->hasHistory(account)) {
        // The first look at an account writes every session, which takes a while for thousands of them and
        // marks nothing as new: it waits until the list is on screen (README, "History").
        m_baselinePending = true;
        QTimer::singleShot(0, this, &AccountController::recordBaseline);
        return;
    }
    recordNow(snapshot, first);
}

void AccountController::setHistoryRecorder(HistoryRecorder* recorder)
{
    m_recorder = recorder;
}

void AccountController::recordBaseline()
{
    if (m_recorder && m_recorder->isBusy())
        m_recorder->waitForIdle();
    if (!std::exchange(m_baselinePending, false) || !m_snapshot || !m_history)
        return;
    recordNow(*m_snapshot, true);
}

void AccountController::recordNow(const AccountSnapshot& snapshot, bool first)
{
    const HistoryAccount account = historyAccount();
    const HistoryChanges changes = m_history->recordRefresh(account, snapshot.devices, m_lastUpdated);
    if (!changes.ok)
        return;
    if (first || !changes.appeared.isEmpty() || !m_new.isEmpty())
        takeNewSessions(m_history->newSessions(account));
}

void AccountController::takeNewSessions(const QStringList& fresh)
{
    QSet<QString> marked(fresh.cbegin(), fresh.cend());
    marked.subtract(m_acknowledgedWhileRecording);
    if (marked != m_new) {
        m_new = marked;
        Q_EMIT newSessionsChanged();
    }
}

void AccountController::acknowledge(const QString& deviceId)
{
    // A recording under way may be about to mark this session New: it is acknowledged in the history once
    // the recording is written, and left out of the marks that recording brings.
    const bool recording = m_recorder && m_recorder->isBusy();
    recordBaseline();
    if (recording)
        m_acknowledgedWhileRecording.insert(deviceId);
    if (!m_new.remove(deviceId) && !recording)
        return;
    if (m_history)
        m_history->acknowledge(historyAccount(), deviceId);
    Q_EMIT newSessionsChanged();
}

void AccountController::markSignOut(const QStringList& deviceIds)
{
    recordBaseline(); // a mark needs the session's row
    if (m_history && m_snapshot && !deviceIds.isEmpty())
        m_history->markSignedOutByGatehouse(historyAccount(), deviceIds, QDateTime::currentDateTimeUtc());
}

void AccountController::clearSignOutMarks(const QStringList& deviceIds)
{
    recordBaseline();
    if (m_history && m_snapshot && !deviceIds.isEmpty())
        m_history->clearSignOutMarks(historyAccount(), deviceIds);
}

void AccountController::clearSession()
{
    recordBaseline();
    if (m_session)
        m_session->deleteLater();
    m_session = nullptr;
    ++m_generation;
    m_snapshot.reset();
    m_actions = SessionActions();
    m_loading = false;
    m_recognition->reset();
}

const Recognition& AccountController::recognition() const
{
    return m_recognition->current();
}

void AccountController::setIdentityStore(HistoryStore* store)
{
    m_recognition->setHistoryStore(store);
}

void AccountController::setHistory(HistoryStore* history)
{
    m_history = history;
    setIdentityStore(history); // the identity is remembered next to the history
}

void AccountController::acceptIdentity()
{
    m_recognition->acceptIdentity();
    m_stored.reset();
    m_storedAccount.reset();
    m_new.clear();
}

void AccountController::refresh()
{
    if (!m_session || m_loading)
        return;
    m_loading = true;
    Q_EMIT loadStarted(!m_snapshot.has_value() && !m_stored.has_value());
    const quint64 generation = m_generation;
    m_session->load(
        this,
        [this, generation](const Result<AccountSnapshot>& result) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (result)
                apply(result.value());
            else
                fail(result.error());
        },
        // After the snapshot: the list is shown first, the states fill in.
        [this, generation](const RecognitionAnswer& answer) {
            if (generation != m_generation || !m_snapshot)
                return;
            m_recognition->apply(historyAccount(), answer);
        });
}

void AccountController::apply(const AccountSnapshot& snapshot)
{
    const bool first = !m_snapshot.has_value();
    m_snapshot = snapshot;
    m_actions = SessionActions(snapshot);
    m_stored.reset();
    record(snapshot, first);
    // A mark goes with its session (the list is indexed only when some row waits: most loads have none).
    if (!m_waiting.isEmpty()) {
        QSet<QString> present;
        present.reserve(snapshot.devices.size());
        for (const Device& device : snapshot.devices)
            present.insert(device.id);
        const QSet<QString> waiting = m_waiting;
        for (const QString& id : waiting) {
            if (!present.contains(id))
                setWaiting(id, false);
        }
    }
    m_refreshOnActivate = false; // waiting marks and a running clean-up keep asking on their own
    Q_EMIT snapshotChanged(first);
    if (m_cleanup) {
        m_cleanup->observeDevices(snapshot.devices);
    } else if (first) {
        m_leftover = CleanupRun::leftover(snapshot);
        if (m_leftover.isEmpty())
            CleanupRun::discardLeftover(snapshot);
        else if (m_actions.signOut() == SessionActions::SignOut::AccountPage)
            Q_EMIT leftoverFound(int(m_leftover.size()));
    }
    if (!hasWaiting())
        m_waitingTimer.stop();
    Q_EMIT loaded();
}

void AccountController::fail(const Error& error)
{
    // A saved account signed out elsewhere: its list is gone for good.
    if ((m_snapshot || m_stored) && error.kind == Error::Kind::TokenRejected && m_savedAccount) {
        m_snapshot.reset();
        m_stored.reset();
        m_actions = SessionActions();
    }
    Q_EMIT loadFailed(error);
}

void AccountController::windowActivated()
{
    if (m_refreshOnActivate || hasWaiting() || m_cleanup) {
        m_refreshOnActivate = false;
        refresh();
    }
}

QString AccountController::pageHost() const
{
    if (!m_snapshot)
        return {};
    const auto uri = m_actions.page().uri();
    return uri ? QUrl(*uri).host() : QString();
}

const Device* AccountController::device(const QString& deviceId) const
{
    if (!m_snapshot)
        return nullptr;
    for (const Device& device : m_snapshot->devices) {
        if (device.id == deviceId)
            return &device;
    }
    return nullptr;
}

bool AccountController::handOff(const std::variant<QString, AccountPage::Refusal>& url,
                                const std::optional<HandOffRequest>& confirmation,
                                std::optional<AccountAction> action, const std::optional<QString>& deviceId)
{
    if (const auto* refusal = std::get_if<AccountPage::Refusal>(&url)) {
        say(refusal->message);
        return false;
    }
    if (confirmation && !m_prompts->confirmHandOff(*confirmation))
        return false;
    const QString& target = std::get<QString>(url);
    if (!m_opener || !m_opener->open(target)) {
        say(tr("No browser could be opened."));
        m_prompts->showBrowserFailure(target);
        return false;
    }
    if (deviceId && action && SessionActions::marksWaiting(*action)) {
        markSignOut({*deviceId});
        setWaiting(*deviceId, true);
        m_waitingSince.start();
        scheduleWaitingRefresh();
    }
    m_refreshOnActivate = true;
    say(tr("Opened in your browser. The list updates when you come back to Gatehouse."));
    return true;
}

bool AccountController::openAccountAction(AccountAction action)
{
    if (!m_snapshot)
        return false;
    std::optional<HandOffRequest> confirmation;
    if (SessionActions::needsConfirmation(action))
        confirmation = HandOffRequest{action, {}, {}, pageHost(), false};
    return handOff(m_actions.page().urlFor(action), confirmation, action, std::nullopt);
}

bool AccountController::openAccountPage()
{
    if (!m_snapshot)
        return false;
    return handOff(m_actions.page().urlFor(std::nullopt), std::nullopt, std::nullopt, std::nullopt);
}

bool AccountController::openDeactivation()
{
    if (!m_snapshot)
        return false;
    return handOff(
        m_actions.page().deactivationUrl(),
        HandOffRequest{
            AccountAction::AccountDeactivate, {}, {}, pageHost(), m_actions.deactivatesThroughBarePage()},
        AccountAction::AccountDeactivate, std::nullopt);
}

void AccountController::runRowAction(const QString& deviceId, RowAction action, const QStringList& selection)
{
    const Device* row = device(deviceId);
    if (!row)
        return;
    if (!m_actions.offers(deviceId, action)) {
        say(m_actions.whyNot(deviceId, action));
        return;
    }
    if (action == RowAction::SignOut && m_actions.signsOutNatively()) {
        signOutNatively(m_actions.nativeSignOutTargets(deviceId, selection));
        return;
    }
    const Device session = *row;
    const AccountAction accountAction = SessionActions::accountActionFor(action);
    std::optional<HandOffRequest> confirmation;
    if (SessionActions::needsConfirmation(accountAction))
        confirmation = HandOffRequest{accountAction, session.displayName.value_or(SessionText::unnamed()),
                                      session.id, pageHost(), false};
    handOff(m_actions.page().urlFor(accountAction, session.id), confirmation, accountAction, session.id);
}

void AccountController::setWaiting(const QString& deviceId, bool waiting)
{
    if (waiting == m_waiting.contains(deviceId))
        return;
    if (waiting)
        m_waiting.insert(deviceId);
    else
        m_waiting.remove(deviceId);
    Q_EMIT waitingChanged(deviceId, waiting);
}

void AccountController::dismissWaiting(const QString& deviceId)
{
    if (isWaiting(deviceId))
        clearSignOutMarks({deviceId});
    setWaiting(deviceId, false);
    if (!hasWaiting())
        m_waitingTimer.stop();
}

void AccountController::scheduleWaitingRefresh()
{
    // Only while a row waits and the schedule has not run out; coming back to the window refreshes anyway.
    const std::optional<int> delay = hasWaiting() && m_waitingSince.isValid()
                                         ? m_schedule.delayAfter(m_waitingSince.elapsed())
                                         : std::nullopt;
    if (delay)
        m_waitingTimer.start(*delay);
    else
        m_waitingTimer.stop();
}

void AccountController::rename(const QString& deviceId)
{
    const Device* row = device(deviceId);
    if (!row || !m_session || !m_session->devicesClient() || !m_actions.canRename(deviceId))
        return;
    std::optional<QString> name = m_prompts->askSessionName(row->displayName.value_or(QString()));
    while (name && !SessionEditor::nameProblem(*name).isEmpty()) {
        // Said before anything is sent; the person can shorten the name and try again.
        const QString problem = SessionEditor::nameProblem(*name);
        say(problem);
        m_prompts->showProblem(problem);
        name = m_prompts->askSessionName(*name);
    }
    if (!name)
        return;
    auto* editor = new SessionEditor(m_session->devicesClient(), m_snapshot->usesOAuth(), this);
    say(tr("Renaming…"));
    editor->rename(deviceId, name->trimmed(), this,
                   [this, editor, deviceId](const std::optional<Error>& error) {
                       editor->deleteLater();
                       if (error) {
                           say(tr("The session could not be renamed: %1").arg(error->fullText()));
                           return;
                       }
                       say(tr("The session was renamed."));
                       Q_EMIT sessionRenamed(deviceId);
                       refresh();
                   });
}

void AccountController::signOutNatively(const QStringList& deviceIds)
{
    if (!m_actions.signsOutNatively() || deviceIds.isEmpty() || !m_session || !m_session->devicesClient())
        return;
    if (!m_prompts->confirmNativeSignOut(int(deviceIds.size())))
        return;
    auto* editor = new SessionEditor(m_session->devicesClient(), false, this);
    const QString userId = m_snapshot->userId;
    auto* flow = new NativeSignOut(editor, m_opener, userId, deviceIds, editor);
    flow->askPassword = [this, userId](bool retry) { return m_prompts->askPassword(userId, retry); };
    flow->confirmFallback = [this](const QString& url, bool opened) {
        return m_prompts->confirmFallback(url, opened);
    };
    say(tr("Signing out %n session(s)…", nullptr, int(deviceIds.size())));
    markSignOut(deviceIds);
    connect(flow, &NativeSignOut::finished, this,
            [this, editor, deviceIds](const std::optional<Error>& error) {
                editor->deleteLater();
                if (error) {
                    clearSignOutMarks(deviceIds);
                    say(error->kind == Error::Kind::Cancelled
                            ? error->message
                            : tr("The sessions could not be signed out: %1").arg(error->fullText()));
                    return;
                }
                say(tr("%n session(s) signed out.", nullptr, int(deviceIds.size())));
                Q_EMIT sessionsSignedOut(deviceIds);
                refresh();
            });
    flow->start();
}

bool AccountController::canSignOutSelected(const QStringList& deviceIds) const
{
    return m_actions.offersBulkSignOut() && !deviceIds.isEmpty() && !m_cleanup;
}

QStringList AccountController::sessionIdsExceptThisOne() const
{
    if (!m_snapshot)
        return {};
    QStringList all;
    for (const Device& device : m_snapshot->devices)
        all.append(device.id);
    return m_actions.signOutSelection(all, m_snapshot->devices);
}

QStringList AccountController::inactiveSessionIds(int days, const QDateTime& now) const
{
    QStringList ids;
    if (!m_snapshot)
        return ids;
    for (const Device& device : m_actions.inactiveSessions(m_snapshot->devices, days, now))
        ids.append(device.id);
    return ids;
}

void AccountController::signOutSessions(const QStringList& requested, bool askFirst)
{
    if (!m_snapshot || m_cleanup)
        return;
    const QStringList ids = m_actions.signOutSelection(requested, m_snapshot->devices);
    if (ids.isEmpty())
        return;
    if (m_actions.signsOutNatively()) {
        // A classic server signs out the whole selection at once, after one user-interactive auth.
        signOutNatively(ids);
        return;
    }
    if (m_actions.signOut() != SessionActions::SignOut::AccountPage) {
        say(tr("Your server's account page does not offer signing out sessions."));
        return;
    }
    QList<Device> devices;
    for (const QString& id : ids)
        devices.append(*device(id));
    const Device& first = devices.constFirst();
    const HandOffRequest request{AccountAction::DeviceDelete,
                                 first.displayName.value_or(SessionText::unnamed()),
                                 first.id,
                                 pageHost(),
                                 false,
                                 int(devices.size())};
    if (askFirst && !m_prompts->confirmHandOff(request))
        return;
    m_cleanup = new CleanupRun(*m_snapshot, devices, m_opener, this);
    connect(m_cleanup, &CleanupRun::checkRequested, this, &AccountController::refresh);
    connect(m_cleanup, &CleanupRun::openFailed, this,
            [this](const QString& url) { m_prompts->showBrowserFailure(url); });
    connect(m_cleanup, &CleanupRun::changed, this, &AccountController::onCleanupChanged);
    connect(m_cleanup, &CleanupRun::finished, this, &AccountController::onCleanupFinished);
    m_leftover.clear();
    markSignOut(ids);
    Q_EMIT cleanupChanged();
    m_cleanup->start();
}

void AccountController::onCleanupChanged()
{
    // The run may report changes while it finishes; ask the sender, not m_cleanup.
    const auto* run = qobject_cast<CleanupRun*>(sender());
    if (!run)
        return;
    if (const SignOutQueue::Item* current = run->queue()->current();
        current && current->state == SignOutQueue::ItemState::Open)
        setWaiting(current->deviceId, true);
}

void AccountController::onCleanupFinished()
{
    CleanupRun* run = m_cleanup;
    if (!run)
        return;
    m_cleanup = nullptr;
    const CleanupRun::Outcome outcome = run->outcome();
    const auto names = [](const QList<SignOutQueue::Item>& items) {
        QStringList names;
        for (const SignOutQueue::Item& item : items)
            names.append(UntrustedText::forMessage(item.name));
        return names.join(QStringLiteral(", "));
    };
    for (const SignOutQueue::Item& item : run->queue()->items())
        setWaiting(item.deviceId, false);
    QStringList notDone;
    for (const auto* items : {&outcome.skipped, &outcome.left}) {
        for (const SignOutQueue::Item& item : *items)
            notDone.append(item.deviceId);
    }
    clearSignOutMarks(notDone);
    QStringList parts;
    parts.append(outcome.removed.isEmpty()
                     ? tr("No session was signed out.")
                     : tr("Signed out (%1): %2").arg(outcome.removed.size()).arg(names(outcome.removed)));
    if (!outcome.skipped.isEmpty())
        parts.append(
            tr("Skipped, still signed in (%1): %2").arg(outcome.skipped.size()).arg(names(outcome.skipped)));
    if (!outcome.left.isEmpty())
        parts.append(
            tr("Not done, still signed in (%1): %2").arg(outcome.left.size()).arg(names(outcome.left)));
    m_lastSummary = parts.join(u'\n');
    const QString progress = run->queue()->progressText();
    run->deleteLater();
    Q_EMIT cleanupChanged();
    say(progress);
    m_prompts->showSummary(tr("Sign-out finished: %1").arg(progress), m_lastSummary);
}

void AccountController::continueLeftover()
{
    signOutSessions(m_leftover, false);
}

void AccountController::discardLeftover()
{
    if (m_snapshot)
        CleanupRun::discardLeftover(*m_snapshot);
    m_leftover.clear();
}

} // namespace gatehouse
