#include "tray/WatchTray.h"

#include "text/UntrustedText.h"
#include "watch/AccountWatcher.h"
#include "watch/BackgroundWatch.h"
#include "watch/SignInAlert.h"
#include "widgets/SvgIcon.h"

#include <QIcon>
#include <QMenu>
#include <QSystemTrayIcon>

namespace gatehouse {

WatchTray::WatchTray(BackgroundWatch* watch, QObject* parent)
    : QObject(parent)
    , m_watch(watch)
    , m_menu(new QMenu)
{
    m_accountsEnd = m_menu->addSeparator();
    m_menu->addAction(tr("&Open Gatehouse"), this, &WatchTray::openRequested);
    m_menu->addAction(tr("&Check Now"), m_watch, &BackgroundWatch::checkNow);
    m_pause = m_menu->addAction(tr("&Pause Watching"));
    m_pause->setCheckable(true);
    connect(m_pause, &QAction::toggled, this, [this](bool paused) {
        if (paused)
            m_watch->pause();
        else
            m_watch->resume();
    });
    m_menu->addSeparator();
    m_menu->addAction(tr("&Quit"), this, &WatchTray::quitRequested);
    connect(m_watch, &BackgroundWatch::watchersChanged, this, &WatchTray::update);
    update();
}

WatchTray::~WatchTray()
{
    delete m_icon;
    delete m_menu;
}

bool WatchTray::showIfAvailable()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return false;
    if (!m_icon) {
        m_icon = new QSystemTrayIcon(SvgIcon::fromFile(QStringLiteral(":/gatehouse/icons/gatehouse.svg")));
        m_icon->setContextMenu(m_menu);
        m_icon->setToolTip(toolTip());
        connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                Q_EMIT openRequested();
        });
        // A click on the tray's own message: TrayNotifier makes it Review of that alert.
        connect(m_icon, &QSystemTrayIcon::messageClicked, this, &WatchTray::messageClicked);
    }
    m_icon->show();
    return true;
}

void WatchTray::hide()
{
    if (m_icon)
        m_icon->hide();
}

bool WatchTray::isShown() const
{
    return m_icon && m_icon->isVisible();
}

void WatchTray::showAlert(const SignInAlert& alert)
{
    if (m_icon)
        m_icon->showMessage(alert.title, alert.body, QSystemTrayIcon::Information);
}

QString WatchTray::stateText(const AccountWatcher* watcher)
{
    const QString account =
        UntrustedText::forMenu(watcher->userId().isEmpty() ? watcher->baseUrl() : watcher->userId());
    switch (watcher->state()) {
    case AccountWatcher::State::Stopped:
        return tr("%1 — paused").arg(account);
    case AccountWatcher::State::Polling:
        return tr("%1 — checking…").arg(account);
    case AccountWatcher::State::Waiting:
        return tr("%1 — watching").arg(account);
    case AccountWatcher::State::BackingOff:
        return tr("%1 — retrying in %n minute(s)", nullptr, int((watcher->nextDelayMs() + 59'999) / 60'000))
            .arg(account);
    case AccountWatcher::State::SignedOut:
        break;
    }
    return tr("%1 — signed out; sign in again").arg(account);
}

QString WatchTray::toolTip() const
{
    QStringList lines{tr("Gatehouse is watching for new sign-ins")};
    const QList<AccountWatcher*> watchers = m_watch->watchers();
    for (const AccountWatcher* watcher : watchers) {
        lines.append(stateText(watcher));
        if (watcher->state() == AccountWatcher::State::BackingOff && !watcher->lastProblem().isEmpty())
            lines.append(UntrustedText::forMessage(watcher->lastProblem()));
    }
    return lines.join(u'\n');
}

void WatchTray::update()
{
    // The account lines sit before the first separator: rebuilt on every state change (a few accounts).
    const QList<QAction*> actions = m_menu->actions();
    for (QAction* action : actions) {
        if (action == m_accountsEnd)
            break;
        m_menu->removeAction(action);
        action->deleteLater();
    }
    const QList<AccountWatcher*> watchers = m_watch->watchers();
    for (AccountWatcher* watcher : watchers) {
        connect(watcher, &AccountWatcher::stateChanged, this, &WatchTray::update, Qt::UniqueConnection);
        auto* line = new QAction(stateText(watcher), m_menu);
        line->setEnabled(false);
        m_menu->insertAction(m_accountsEnd, line);
    }
    if (m_icon)
        m_icon->setToolTip(toolTip());
}

} // namespace gatehouse
