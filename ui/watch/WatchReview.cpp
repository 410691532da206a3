#include "watch/WatchReview.h"

#include "account/SessionActions.h"
#include "model/DeviceListModel.h"
#include "sessions/SessionTable.h"
#include "window/MainWindow.h"

#include <QItemSelectionModel>

namespace gatehouse {

WatchReview::WatchReview(MainWindow* window)
    : QObject(window)
    , m_window(window)
{
    connect(m_window, &MainWindow::loaded, this, [this] {
        if (m_pending)
            std::exchange(m_pending, {})();
    });
}

void WatchReview::whenLoaded(const HistoryAccount& account, std::function<void()> then)
{
    m_pending = std::move(then);
    if (!account.userId.isEmpty() && m_window->currentAccount() != account.userId)
        m_window->openSavedAccount(account.userId);
    else
        m_window->refresh();
}

bool WatchReview::selectSession(const QString& deviceId)
{
    SessionTable* table = m_window->table();
    const QAbstractItemModel* model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(DeviceListModel::DeviceIdRole).toString() != deviceId)
            continue;
        table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
        table->selectDevices({deviceId});
        table->scrollTo(index);
        table->setFocus();
        return true;
    }
    return false;
}

void WatchReview::review(const HistoryAccount& account, const QString& deviceId)
{
    const bool shown = m_window->currentAccount() == account.userId && selectSession(deviceId);
    whenLoaded(account, [this, deviceId] { selectSession(deviceId); });
    if (shown)
        selectSession(deviceId);
}

void WatchReview::signOut(const HistoryAccount& account, const QString& deviceId)
{
    whenLoaded(account, [this, deviceId] {
        if (selectSession(deviceId))
            m_window->runRowAction(deviceId, RowAction::SignOut);
    });
}

void WatchReview::cleanUp(const HistoryAccount& account, int days)
{
    whenLoaded(account, [this, days] { m_window->selectInactive(days); });
}

} // namespace gatehouse
