#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace gatehouse {

// The bar above the session list: the filter box, "Show:" (all, active, inactive), the count, "Sign Out
// Selected…" and Refresh. Its controls keep their places whatever is selected: the sign-out button is
// as wide as its widest label from the start.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(QWidget* parent = nullptr);

    QLineEdit* search() const { return m_search; }
    QComboBox* activity() const { return m_activity; }
    QPushButton* signOutSelectedButton() const { return m_signOutSelected; }
    QPushButton* refreshButton() const { return m_refresh; }

    void setInactiveAfterDays(int days);
    void setCounts(int total, int shown, int inactive);
    // `offered`: the server can sign sessions out at all; `enabled`: the selection can be signed out now.
    void setSelection(bool offered, int count, bool enabled);
    void focusSearch();
    void clearFilter();

protected:
    void changeEvent(QEvent* event) override;

private:
    void reserveButtonWidth();

    QLineEdit* m_search;
    QLabel* m_showLabel;
    QComboBox* m_activity;
    QLabel* m_count;
    QPushButton* m_signOutSelected;
    QPushButton* m_refresh;
};

} // namespace gatehouse
