#pragma once

#include "account/Recognition.h"
#include "account/SessionActions.h"
#include "matrix/Device.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

namespace gatehouse {

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
        EncryptionColumn, // shown before Actions (SessionTable moves it); added last, numbers stay
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
        NewRole,         // bool: "New" (DESIGN "History") until the person has looked at it
        EncryptionRole,  // int EncryptionState, or -1 until the keys have answered
        DeviceKindRole,  // int DeviceKind::Kind
        SameDeviceRole,  // QString: "possibly the same device as …", or empty
    };

    explicit DeviceListModel(QObject* parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces the content with a new load, as a minimal set of row changes.
    void setDevices(const QList<Device>& devices, const QString& currentDeviceId);
    // What each row offers is asked of these (the account's SessionActions), never decided here.
    void setSessionActions(const SessionActions& actions);
    // The encryption states and apps (AccountController::recognition()), filled in after the list.
    void setRecognition(const Recognition& recognition);
    const Recognition& recognition() const { return m_recognition; }
    // "Possibly the same device as …" for sessions with the same app and name as others; empty if none.
    QString sameDeviceHint(int row) const;
    void setInactiveAfterDays(int days);
    int inactiveAfterDays() const { return m_inactiveAfterDays; }
    void setReferenceTime(const QDateTime& now); // "now" for relative times; tests fix it
    QDateTime referenceTime() const;

    // The sessions marked "New" (AccountController::newSessions()).
    void setNewSessions(const QSet<QString>& deviceIds);
    bool isNew(const QString& deviceId) const { return m_new.contains(deviceId); }
    void setWaiting(const QString& deviceId, bool waiting);
    bool isWaiting(const QString& deviceId) const { return m_waiting.contains(deviceId); }
    bool hasWaiting() const { return !m_waiting.isEmpty(); }

    int rowOf(const QString& deviceId) const { return m_rowById.value(deviceId, -1); }
    const Device& deviceAt(int row) const { return m_rows.at(row).device; }
    QString currentDeviceId() const { return m_currentDeviceId; }
    int inactiveCount() const;
    QList<RowAction> actionsFor(int row) const;

    // What data() gives for these roles, without QVariant: the proxy sorts and filters ten thousand rows
    // through them.
    bool isCurrent(int row) const { return row == m_currentRow; }
    bool isInactive(int row) const { return isInactive(row, referenceMSecs()); }
    const QString& searchKey(int row) const;
    QString displayText(int row, int column) const; // Qt::DisplayRole
    // DisplayRole case-folded the way QString::compare(..., Qt::CaseInsensitive) folds it: comparing two keys
    // exactly gives the order of comparing the texts case-insensitively. Empty when that does not hold (the
    // text has surrogates): then compare the texts. Kept for one column at a time.
    const QString& sortKey(int row, int column) const;

    // The labels of the row buttons ("Sign out…"), and the same words as a screen reader says them,
    // without the ellipsis ("Sign out").
    static QString actionLabel(RowAction action);
    static QString spokenActionLabel(RowAction action);
    // What a screen reader says about a row: the name, its state in words, and which actions it has.
    QString accessibleName(int row) const;
    QString accessibleActions(int row) const;
    QString accessibleDescription(int row) const;

private:
    struct Row
    {
        Device device;
        // Made when first asked for, not on load: most rows are never filtered, nor sorted by a text column.
        mutable QString searchKey;              // case-folded name, ID and IP
        mutable std::optional<QString> sortKey; // see sortKey(), for m_sortKeyColumn
    };
    static Row makeRow(const Device& device);
    static QString shownName(const Device& device); // sanitised, bidi-isolated; empty when there is none
    qint64 referenceMSecs() const;
    // The current session is known by its row, without comparing IDs: the filter and the counts ask this of
    // every row.
    bool isInactive(int row, qint64 referenceMSecs) const;
    QString statusText(int row) const;
    void applyDevices(const QList<Device>& devices, const QString& currentDeviceId);
    void rebuildIndex();
    void emitAllRowsChanged();

    QList<Row> m_rows;
    QHash<QString, int> m_rowById;
    QString m_currentDeviceId;
    int m_currentRow = -1; // the row of m_currentDeviceId, kept in step with m_rows
    mutable int m_sortKeyColumn = -1;
    QSet<QString> m_waiting;
    QSet<QString> m_new;
    SessionActions m_actions;
    Recognition m_recognition;
    QHash<QString, QStringList> m_sameDevice; // SameDeviceHints, for the rows and clients shown
    int m_inactiveAfterDays = 90;
    QDateTime m_referenceTime; // invalid: the current time
};

} // namespace gatehouse
