#include "history/WindowHistory.h"

#include "history/HistoryDialog.h"
#include "history/HistoryNotice.h"
#include "history/HistoryStore.h"
#include "model/DeviceFilterModel.h"
#include "sessions/SessionTable.h"
#include "widgets/Banner.h"
#include "window/FilterBar.h"
#include "window/MainMenus.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QBoxLayout>
#include <QLocale>
#include <QMenu>
#include <QPushButton>

namespace gatehouse {

WindowHistory::WindowHistory(MainWindow* window, HistoryStore* history)
    : QObject(window)
    , m_window(window)
    , m_history(history)
    , m_banner(window->findChild<Banner*>(QStringLiteral("banner")))
    , m_notice(new HistoryNotice(history, window))
    , m_button(new QPushButton(tr("History"), window->filterBar()))
{
    AccountController* controller = window->controller();
    controller->setHistory(history);

    // Above everything: the history is about every account, not the one shown.
    if (auto* central = qobject_cast<QBoxLayout*>(window->centralWidget()->layout()))
        central->insertWidget(0, m_notice);

    // View ▸ History, and a button next to the list's filter.
    auto* viewMenu = qobject_cast<QMenu*>(window->menus()->find->parent());
    m_action = viewMenu ? viewMenu->addAction(tr("&History…")) : new QAction(tr("&History…"), this);
    m_action->setObjectName(QStringLiteral("historyAction"));
    connect(m_action, &QAction::triggered, this, &WindowHistory::showHistory);
    m_button->setObjectName(QStringLiteral("historyButton"));
    m_button->setAccessibleDescription(tr("Shows the sessions that disappeared, with when and how."));
    if (auto* bar = qobject_cast<QBoxLayout*>(window->filterBar()->layout()))
        bar->addWidget(m_button);
    QWidget::setTabOrder(window->filterBar()->refreshButton(), m_button); // where it is in the bar
    connect(m_button, &QPushButton::clicked, this, &WindowHistory::showHistory);
    const auto enable = [this] {
        const bool usable = m_history && m_history->isOpen();
        m_action->setEnabled(usable);
        m_button->setEnabled(usable);
    };
    enable();
    connect(m_notice, &HistoryNotice::historyRestarted, this, enable);

    connect(controller, &AccountController::storedListShown, this, &WindowHistory::onStoredList);
    connect(controller, &AccountController::loadStarted, this, &WindowHistory::onLoadStarted);
    connect(controller, &AccountController::loadFailed, this, &WindowHistory::onLoadFailed);
    connect(controller, &AccountController::snapshotChanged, this, &WindowHistory::updateNewMarks);
    connect(controller, &AccountController::newSessionsChanged, this, &WindowHistory::updateNewMarks);
    if (m_banner)
        connect(m_banner, &Banner::actionTriggered, controller, &AccountController::refresh);

    // Looking at a row is selecting it, or opening it; the row made current when the list first appears is
    // not a look.
    SessionTable* table = window->table();
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current, const QModelIndex& previous) {
                if (previous.isValid())
                    acknowledgeRow(current);
            });
    connect(table, &QAbstractItemView::clicked, this, &WindowHistory::acknowledgeRow);
    connect(table, &SessionTable::actionRequested, this, [this](const QString& deviceId, RowAction action) {
        if (action == RowAction::View)
            m_window->controller()->acknowledge(deviceId);
    });
}

QString WindowHistory::lastUpdatedText() const
{
    const QDateTime time = m_window->controller()->lastUpdated();
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : tr("unknown");
}

void WindowHistory::onStoredList()
{
    AccountController* controller = m_window->controller();
    m_window->deviceModel()->setDevices(controller->storedDevices(), QString());
    updateNewMarks();
    if (m_banner)
        m_banner->hide();
    m_window->returnToAccount();
}

void WindowHistory::onLoadStarted(bool firstLoad)
{
    if (!firstLoad && m_window->controller()->showsStoredList())
        m_window->setStatusText(tr("Last updated %1 · updating…").arg(lastUpdatedText()));
}

void WindowHistory::onLoadFailed()
{
    if (!m_window->controller()->showsStoredList() || !m_banner)
        return;
    // The stored list stays; the window's banner says what went wrong.
    m_banner->setAction(tr("Try Again"), tr("Asks the server for the list again."));
    m_window->setStatusText(tr("Last updated %1 · could not update").arg(lastUpdatedText()));
}

void WindowHistory::updateNewMarks()
{
    m_window->deviceModel()->setNewSessions(m_window->controller()->newSessions());
}

void WindowHistory::acknowledgeRow(const QModelIndex& index)
{
    if (index.isValid())
        m_window->controller()->acknowledge(index.data(DeviceListModel::DeviceIdRole).toString());
}

HistoryDialog* WindowHistory::dialog() const
{
    return m_dialog;
}

void WindowHistory::showHistory()
{
    AccountController* controller = m_window->controller();
    controller->recordBaseline();
    if (m_dialog)
        m_dialog->close(); // it may show another account
    m_dialog = new HistoryDialog(m_history, controller->historyAccount(), m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

} // namespace gatehouse
