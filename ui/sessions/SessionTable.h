#pragma once

#include "model/DeviceListModel.h"

#include <QPersistentModelIndex>
#include <QTableView>

namespace gatehouse {

class SessionDelegate;

// The session table: rows selected whole; Enter opens the row's menu, Delete starts signing it out,
// Ctrl+C copies the device ID. Emits device IDs, never rows, so sorting cannot misdirect an action.
class SessionTable : public QTableView
{
    Q_OBJECT

public:
    explicit SessionTable(QWidget* parent = nullptr);

    void setModel(QAbstractItemModel* model) override;
    QString currentDeviceId() const;
    SessionDelegate* sessionDelegate() const { return m_delegate; }
    // Where a click on the given action's button of a row lands (for tests and accessibility tools).
    QRect buttonRect(const QModelIndex& index, RowAction action) const;
    // Selects exactly the shown rows whose device ID is in `deviceIds`.
    void selectDevices(const QSet<QString>& deviceIds);

Q_SIGNALS:
    void actionRequested(const QString& deviceId, gatehouse::RowAction action);
    void menuRequested(const QString& deviceId, const QPoint& globalPosition);
    void copyRequested(const QString& deviceId);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateMetrics();
    void rememberSuccessor();
    void moveToSuccessor();

    SessionDelegate* m_delegate;
    QList<QMetaObject::Connection> m_filterConnections;
    QPersistentModelIndex m_successor; // in the source model, while a filter change is applied
};

} // namespace gatehouse
