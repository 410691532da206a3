#include "watch/AccountWatcher.h"

#include "auth/TokenSource.h"
#include "history/HistoryStore.h"
#include "log/Log.h"
#include "matrix/AccountSession.h"
#include "matrix/DevicesClient.h"
#include "watch/WakeSignals.h"

#include <QSet>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace gatehouse {

QString WatchEvent::kindName(Kind kind)
{
    switch (kind) {
    case Kind::SessionAdded:
        return QStringLiteral("session_added");
    case Kind::SessionRemoved:
        return QStringLiteral("session_removed");
    case Kind::SignedOut:
        return QStringLiteral("signed_out");
    case Kind::Error:
        break;
    }
    return QStringLiteral("error");
}

AccountWatcher::AccountWatcher(AccountSession* session, HistoryStore* store, const QString& userId,
                               QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_store(store)
    , m_userId(userId)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    // Minutes apart: a coarse timer lets the system batch the wake-up with others.
    m_timer->setTimerType(Qt::VeryCoarseTimer);
    connect(m_timer, &QTimer::timeout, this, &AccountWatcher::poll);
}

AccountWatcher::~AccountWatcher() = default;

qint64 AccountWatcher::intervalFromEnvironment(qint64 fallbackMs)
{
    bool ok = false;
    const qint64 testMs = qEnvironmentVariable("GATEHOUSE_TEST_WATCH_INTERVAL_MS").toLongLong(&ok);
    return ok && testMs > 0 ? testMs : fallbackMs;
}

void AccountWatcher::setIntervalMs(qint64 intervalMs)
{
    m_schedule.setIntervalMs(intervalMs);
    // VeryCoarseTimer rounds to whole seconds: fine for minutes, not for the tests' milliseconds.
    m_timer->setTimerType(intervalMs < 60'000 ? Qt::CoarseTimer : Qt::VeryCoarseTimer);
}

void AccountWatcher::setRandomSource(std::function<double()> random)
{
    m_schedule = WatchSchedule(m_schedule.intervalMs(), std::move(random));
}

void AccountWatcher::setWakeSignals(WakeSignals* wake)
{
    if (m_wake)
        disconnect(m_wake, nullptr, this, nullptr);
    m_wake = wake;
    if (!wake)
        return;
    connect(wake, &WakeSignals::wokeUp, this, &AccountWatcher::pollNow);
    connect(wake, &WakeSignals::networkBack, this, &AccountWatcher::pollNow);
}

QString AccountWatcher::baseUrl() const
{
    return m_session->baseUrl();
}

bool AccountWatcher::isTimerActive() const
{
    return m_timer->isActive();
}

void AccountWatcher::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void AccountWatcher::start()
{
    if (m_state == State::SignedOut || m_state == State::Polling)
        return;
    poll();
}

void AccountWatcher::stop()
{
    if (m_state == State::SignedOut)
        return;
    ++m_generation;
    m_timer->stop();
    m_nextDelayMs = 0;
    m_pollAgain = false;
    setState(State::Stopped);
}

void AccountWatcher::pollNow()
{
    if (m_state == State::Polling) {
        m_pollAgain = true;
        return;
    }
    if (!isWatching())
        return;
    m_timer->stop();
    poll();
}

HistoryAccount AccountWatcher::historyAccount() const
{
    return HistoryAccount{m_session->baseUrl(), m_userId};
}

void AccountWatcher::poll()
{
    m_nextDelayMs = 0;
    m_pollAgain = false;
    ++m_pollCount;
    setState(State::Polling);
    const quint64 generation = m_generation;
    // A saved account reads its tokens from the keychain once; then each poll is one /devices request
    // (whoami once, when the user ID is not known yet).
    const std::shared_ptr<TokenSource> tokens = m_session->tokens();
    if (tokens && !m_prepared) {
        tokens->prepare(this, [this, generation](const std::optional<Error>& problem) {
            if (generation != m_generation)
                return;
            if (problem) {
                handleFailure(*problem);
                return;
            }
            m_prepared = true;
            pollDevices();
        });
        return;
    }
    pollDevices();
}

void AccountWatcher::pollDevices()
{
    const quint64 generation = m_generation;
    m_session->resolve(this, [this, generation](const Result<QString>& baseUrl) {
        if (generation != m_generation)
            return;
        if (!baseUrl) {
            handleFailure(baseUrl.error());
            return;
        }
        DevicesClient* client = m_session->devicesClient();
        // Polls are minutes apart: the connection closes right after the poll instead of being kept, so
        // nothing wakes the process between polls to close it (README, "Performance" › "Watching").
        const auto fetch = [this, client, generation] {
            client->devices(
                this,
                [this, generation](const Result<QList<Device>>& devices) {
                    if (generation != m_generation)
                        return;
                    if (!devices) {
                        handleFailure(devices.error());
                        return;
                    }
                    handleDevices(devices.value());
                },
                /*keepConnection=*/false);
        };
        if (!m_userId.isEmpty()) {
            fetch();
            return;
        }
        client->whoami(
            this,
            [this, generation, fetch](const Result<Whoami>& whoami) {
                if (generation != m_generation)
                    return;
                if (!whoami) {
                    handleFailure(whoami.error());
                    return;
                }
                m_userId = whoami->userId;
                m_deviceId = whoami->deviceId;
                fetch();
            },
            /*keepConnection=*/false);
    });
}

WatchEvent AccountWatcher::eventFor(WatchEvent::Kind kind) const
{
    WatchEvent event;
    event.kind = kind;
    event.time = QDateTime::currentDateTimeUtc();
    event.userId = m_userId;
    event.baseUrl = m_session->baseUrl();
    return event;
}

void AccountWatcher::emitEvent(WatchEvent event)
{
    Q_EMIT eventOccurred(event);
}

void AccountWatcher::handleDevices(const QList<Device>& devices)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList added;
    QSet<QString> cameBack;
    QStringList removed;
    QHash<QString, HistorySession::RemovedHow> removedHow;
    bool compared = false;

    if (m_store && m_store->isOpen()) {
        const HistoryAccount account = historyAccount();
        // Details of sessions that go away come from the last list; the first poll takes it from the store.
        if (!m_haveBaseline)
            m_previous = m_store->presentDevices(account);
        const HistoryChanges changes = m_store->recordRefresh(account, devices, now);
        if (changes.ok) {
            compared = true;
            if (!changes.baseline) {
                added = changes.appeared;
                for (const QString& id : changes.cameBack) {
                    cameBack.insert(id);
                    if (!added.contains(id))
                        added.append(id);
                }
                removed = changes.disappeared;
                if (!removed.isEmpty()) {
                    // Latest entry per device ID: how it ended.
                    const QList<HistorySession> sessions = m_store->sessions(account);
                    for (const HistorySession& session : sessions) {
                        if (removed.contains(session.deviceId) && !session.isPresent())
                            removedHow.insert(session.deviceId, session.removedHow);
                    }
                }
            }
        } else {
            qCWarning(lcApp) << "history not recorded while watching; comparing in memory";
        }
    }
    if (!compared && m_haveBaseline) {
        // No store (or it failed): compare with the last list seen by this run.
        QSet<QString> before;
        for (const Device& device : std::as_const(m_previous))
            before.insert(device.id);
        QSet<QString> present;
        for (const Device& device : devices) {
            present.insert(device.id);
            if (!before.contains(device.id))
                added.append(device.id);
        }
        for (const Device& device : std::as_const(m_previous)) {
            if (!present.contains(device.id))
                removed.append(device.id);
        }
    }

    for (const QString& id : std::as_const(removed)) {
        WatchEvent event = eventFor(WatchEvent::Kind::SessionRemoved);
        event.time = now;
        const auto it = std::find_if(m_previous.cbegin(), m_previous.cend(),
                                     [&id](const Device& device) { return device.id == id; });
        event.device = it != m_previous.cend() ? *it : Device{id, {}, {}, {}};
        event.removedHow = removedHow.value(id, HistorySession::RemovedHow::Vanished);
        emitEvent(event);
    }
    for (const QString& id : std::as_const(added)) {
        WatchEvent event = eventFor(WatchEvent::Kind::SessionAdded);
        event.time = now;
        const auto it = std::find_if(devices.cbegin(), devices.cend(),
                                     [&id](const Device& device) { return device.id == id; });
        event.device = it != devices.cend() ? *it : Device{id, {}, {}, {}};
        event.cameBack = cameBack.contains(id);
        emitEvent(event);
    }
    m_previous = devices;
    m_haveBaseline = true;
    m_schedule.recordSuccess();
    m_lastProblem.clear();
    finishPoll(true);
}

void AccountWatcher::handleFailure(const Error& error)
{
    if (error.isTokenProblem()) {
        // The sign-in was ended: say it once and stop (no event per poll).
        ++m_generation;
        m_timer->stop();
        m_nextDelayMs = 0;
        m_lastProblem = error.message;
        WatchEvent event = eventFor(WatchEvent::Kind::SignedOut);
        event.message = tr("%1 Sign in again to keep watching.").arg(error.message);
        event.error = error;
        setState(State::SignedOut);
        emitEvent(event);
        Q_EMIT pollFinished(false);
        return;
    }
    m_schedule.recordFailure();
    m_lastProblem = error.fullText();
    WatchEvent event = eventFor(WatchEvent::Kind::Error);
    event.message = error.fullText();
    event.error = error;
    emitEvent(event);
    finishPoll(false);
}

void AccountWatcher::finishPoll(bool ok)
{
    if (m_state != State::Polling) {
        // A slot connected to eventOccurred stopped the watcher.
        Q_EMIT pollFinished(ok);
        return;
    }
    if (m_pollAgain) {
        m_pollAgain = false;
        m_nextDelayMs = 0;
        m_timer->start(0);
        setState(ok ? State::Waiting : State::BackingOff);
        Q_EMIT pollFinished(ok);
        return;
    }
    m_nextDelayMs = m_schedule.nextDelayMs();
    m_timer->start(int(std::min<qint64>(m_nextDelayMs, std::numeric_limits<int>::max())));
    setState(ok ? State::Waiting : State::BackingOff);
    Q_EMIT pollFinished(ok);
}

} // namespace gatehouse
