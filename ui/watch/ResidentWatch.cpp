#include "watch/ResidentWatch.h"

#include "settings/AppSettings.h"
#include "tray/TrayNotifier.h"
#include "tray/WatchTray.h"
#include "watch/BackgroundWatch.h"
#include "watch/NotifierChoice.h"
#include "watch/WakeSignals.h"
#include "watch/WatchAlerts.h"

#include <QApplication>
#include <QEvent>
#include <QSet>
#include <QStringList>
#include <QTimer>
#include <QWidget>

namespace gatehouse {

ResidentWatch::ResidentWatch(HistoryStore* store, Notifier* notifier, WakeSignals* wake, QObject* parent)
    : QObject(parent)
    , m_trayNotifier(new TrayNotifier(this))
    , m_notifier(notifier ? notifier
                          : NotifierChoice::make(NotifierChoice::forThisSystem(), m_trayNotifier, this))
    , m_wake(wake ? wake : new WakeSignals(this))
    , m_ownWake(!wake)
    , m_watch(new BackgroundWatch(store, m_notifier, m_wake, this))
{
    WatchAlerts* alerts = m_watch->alerts();
    connect(alerts, &WatchAlerts::reviewRequested, this, &ResidentWatch::reviewRequested);
    connect(alerts, &WatchAlerts::signOutRequested, this, &ResidentWatch::signOutRequested);
    connect(alerts, &WatchAlerts::cleanUpRequested, this, &ResidentWatch::cleanUpRequested);
    connect(alerts, &WatchAlerts::openRequested, this, &ResidentWatch::openRequested);
}

ResidentWatch::~ResidentWatch() = default;

void ResidentWatch::followSettings(ChosenAccounts chosen, SessionFor sessionFor, qint64 intervalMs)
{
    m_chosen = std::move(chosen);
    m_sessionFor = std::move(sessionFor);
    m_intervalMs = intervalMs;
    updateAccounts();
}

void ResidentWatch::updateAccounts()
{
    if (!m_chosen || m_stopped)
        return;
    const bool wasWatching = isWatching();
    const QList<SavedAccount> chosen = m_chosen();
    QSet<QString> keys;
    for (const SavedAccount& account : chosen) {
        keys.insert(account.key());
        if (!m_followed.contains(account.key()))
            m_followed.insert(account.key(), m_watch->watch(m_sessionFor(account), m_intervalMs));
    }
    const QStringList followed = m_followed.keys();
    for (const QString& key : followed) {
        if (!keys.contains(key))
            m_watch->unwatch(m_followed.take(key));
    }
    if (m_started) // the tray and closing follow
        start();
    if (wasWatching != isWatching())
        Q_EMIT watchingChanged(isWatching());
}

void ResidentWatch::watchSession(AccountSession* session, qint64 intervalMs)
{
    m_watch->watch(session, intervalMs);
}

void ResidentWatch::start()
{
    m_started = true;
    if (!isWatching()) {
        // Nothing to watch: no tray, no wake-up sources, nothing added to the window's start.
        if (m_tray)
            m_tray->hide();
        updateQuitOnClose();
        return;
    }
    if (m_ownWake && !m_systemWake) {
        // The system's wake-up sources (a system bus connection) only once something is watched.
        m_systemWake = new SystemWakeSignals(this);
        connect(m_systemWake, &WakeSignals::wokeUp, m_wake, &WakeSignals::wokeUp);
        connect(m_systemWake, &WakeSignals::networkBack, m_wake, &WakeSignals::networkBack);
    }
    if (!m_tray) {
        // Built once the watchers exist: its menu lists them.
        m_tray = new WatchTray(m_watch, this);
        m_trayNotifier->setTray(m_tray);
        connect(m_tray, &WatchTray::openRequested, this, &ResidentWatch::openRequested);
        connect(m_tray, &WatchTray::quitRequested, this, &ResidentWatch::quitRequested);
    }
    m_tray->showIfAvailable();
    updateQuitOnClose();
}

bool ResidentWatch::isWatching() const
{
    return !m_stopped && !m_watch->watchers().isEmpty();
}

bool ResidentWatch::hasTray() const
{
    if (m_trayAvailable)
        return *m_trayAvailable;
    return m_tray && m_tray->isShown();
}

void ResidentWatch::stopWatching()
{
    if (m_stopped)
        return;
    m_stopped = true;
    m_watch->pause();
    if (m_tray)
        m_tray->hide();
    updateQuitOnClose();
    Q_EMIT watchingChanged(false);
}

void ResidentWatch::attachWindow(QWidget* window)
{
    if (m_window)
        m_window->removeEventFilter(this);
    m_window = window;
    if (m_window)
        m_window->installEventFilter(this);
}

bool ResidentWatch::eventFilter(QObject* object, QEvent* event)
{
    if (object == m_window && event->type() == QEvent::WindowActivate)
        updateAccounts(); // Settings or the first-run question may have changed what is watched
    if (object == m_window && event->type() == QEvent::Close) {
        // The window may still refuse to close: look once the event is handled.
        QTimer::singleShot(0, this, [this] {
            if (m_window && !m_window->isVisible())
                onWindowClosed();
        });
    }
    return false;
}

void ResidentWatch::onWindowClosed()
{
    if (!isWatching() || !hasTray() || AppSettings::trayNoticeShown())
        return;
    AppSettings::setTrayNoticeShown(true);
    m_notifier->show(SignInAlert::stillWatching());
}

void ResidentWatch::updateQuitOnClose()
{
    // While watching, the last window closing leaves the process running (in the tray, or windowless).
    QApplication::setQuitOnLastWindowClosed(!isWatching());
}

} // namespace gatehouse
