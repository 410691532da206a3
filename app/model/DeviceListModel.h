#pragma once

#include "account/AdvertisedActions.h"
#include "matrix/Device.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>

namespace gatehouse {

// What can be done with one row, given what the server advertises and which session this is.
enum class RowAction
{
    View,    // device_view hand-off
    SignOut, // device_delete hand-off (never on this session)
};

// The single source of truth for the session table. Holds the sessions of the last load; refreshes are
// applied as removals, changes and insertions, so selection and scroll position survive them.
class DeviceListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        DeviceIdColumn,
        LastActivityColumn,
        LastIpColumn,
        StatusColumn,
        ActionsColumn,
        ColumnCount
    };
    enum Role
    {
        DeviceIdRole = Qt::UserRole + 1,
        IsCurrentRole,   // bool
        LastSeenRole,    // qint64 ms, or -1 when unknown
        InactiveRole,    // bool: not seen for more than the threshold
        WaitingRole,     // bool: handed to the browser, waiting for the list to change
        SearchKeyRole,   // lower-case name, ID and IP
        RowActionsRole,  // QList<int> of RowAction
        DisplayNameRole, // the name as the server sent it (untrusted; may be empty)
        LastIpRole,      // the IP as the server sent it
    };

    explicit DeviceListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces the content with a new load, as a minimal set of row changes.
    void setDevices(const QList<Device>& devices, const QString& currentDeviceId);
    void setOfferedActions(const AdvertisedActions& actions);
    void setNativeSignOut(bool enabled); // classic servers: sign-out done by Gatehouse itself
    void setInactiveAfterDays(int days);
    int inactiveAfterDays() const { return m_inactiveAfterDays; }
    void setReferenceTime(const QDateTime& now); // "now" for relative times; tests fix it
    QDateTime referenceTime() const;

    void setWaiting(const QString& deviceId, bool waiting);
    bool isWaiting(const QString& deviceId) const { return m_waiting.contains(deviceId); }
    bool hasWaiting() const { return !m_waiting.isEmpty(); }

    int rowOf(const QString& deviceId) const { return m_rowById.value(deviceId, -1); }
    const Device& deviceAt(int row) const { return m_rows.at(row).device; }
    QString currentDeviceId() const { return m_currentDeviceId; }
    int inactiveCount() const;
    QList<RowAction> actionsFor(int row) const;

    // Accessible names, also used for the menu of a row.
    static QString actionLabel(RowAction action);

private:
    struct Row
    {
        Device device;
        QString shownName; // sanitised, bidi-isolated
        QString searchKey;
    };
    static Row makeRow(const Device& device);
    bool isInactive(const Row& row) const;
    QString statusText(const Row& row) const;
    void rebuildIndex();
    void emitAllRowsChanged();

    QList<Row> m_rows;
    QHash<QString, int> m_rowById;
    QString m_currentDeviceId;
    QSet<QString> m_waiting;
    AdvertisedActions m_offered;
    bool m_nativeSignOut = false;
    int m_inactiveAfterDays = 90;
    QDateTime m_referenceTime; // invalid: the current time
};

} // namespace gatehouse
