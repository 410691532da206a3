#pragma once

#include <QStackedWidget>

class QPushButton;

namespace gatehouse {

class SessionTable;
class StatusPage;

// The session table, or in its place a page saying why nothing is listed (no sessions, or none matching the
// filter) with Clear Filter.
class SessionListStack : public QStackedWidget
{
    Q_OBJECT

public:
    SessionListStack(SessionTable* table, QWidget* parent = nullptr);

    QPushButton* clearFilterButton() const { return m_clearFilter; }
    // `total` sessions, `shown` after the filter; `loaded` once there is a list at all.
    void showCounts(int total, int shown, bool loaded, const QString& filterText);

Q_SIGNALS:
    void clearFilterRequested();

private:
    StatusPage* m_noMatch;
    QPushButton* m_clearFilter;
};

} // namespace gatehouse
