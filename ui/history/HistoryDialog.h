#pragma once

#include "history/HistoryAccount.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QTableView;
class QTreeWidget;

namespace gatehouse {

class HistoryListModel;
class HistoryStore;

// View ▸ History (README, "History"): the account's sessions that disappeared, when and how, for a chosen
// period, and the IP addresses the selected one used over time. Reads the store when shown.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    HistoryDialog(HistoryStore* history, const HistoryAccount& account, QWidget* parent = nullptr);

    // Reads the account's history again.
    void reload();
    HistoryListModel* model() const { return m_model; }
    QComboBox* periodChoice() const { return m_period; }
    QTableView* table() const { return m_table; }
    QTreeWidget* addresses() const { return m_addresses; }

private:
    void showAddresses();

    HistoryStore* m_history;
    HistoryAccount m_account;
    HistoryListModel* m_model;
    QComboBox* m_period;
    QLabel* m_summary;
    QTableView* m_table;
    QTreeWidget* m_addresses;
};

} // namespace gatehouse
