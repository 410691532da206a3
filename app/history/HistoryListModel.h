#pragma once

#include "history/HistorySession.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace gatehouse {

// The History view's list (README, "History"): the sessions of one account that disappeared within a period,
// the latest first, with when and how they went. Untrusted text is shown through UntrustedText.
class HistoryListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        DeviceIdColumn,
        FirstSeenColumn,
        RemovedAtColumn,
        HowColumn,
        AddressesColumn,
        ColumnCount
    };
    enum Role
    {
        DeviceIdRole = Qt::UserRole + 1,
    };
    // How far back the list goes.
    enum class Period
    {
        Week,
        Month,
        Year,
        All
    };

    explicit HistoryListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Every session of the account (HistoryStore::sessions()); only those gone within the period are rows.
    void setSessions(const QList<HistorySession>& sessions);
    void setPeriod(Period period);
    Period period() const { return m_period; }
    void setReferenceTime(const QDateTime& now); // "now" for the period; tests fix it
    const HistorySession& sessionAt(int row) const { return m_shown.at(row); }

    static QString periodLabel(Period period);
    static QString howText(HistorySession::RemovedHow how);
    static QString timeText(const QDateTime& time);

private:
    void rebuild();

    QList<HistorySession> m_all;
    QList<HistorySession> m_shown;
    Period m_period = Period::Month;
    QDateTime m_referenceTime;
};

} // namespace gatehouse
