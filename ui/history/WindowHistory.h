#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QPushButton;

namespace gatehouse {

class Banner;
class HistoryDialog;
class HistoryNotice;
class HistoryStore;
class MainWindow;

// The window's part of the local history (README, "History"), beside MainWindow rather than in it: the
// stored list shown at once while the server is asked (instant start), the "New" marks and what clears them,
// the notice about an unusable history file, and View ▸ History. The store is not owned and may be null
// (--no-history); the rules are the AccountController's.
class WindowHistory : public QObject
{
    Q_OBJECT

public:
    WindowHistory(MainWindow* window, HistoryStore* history);

    HistoryNotice* notice() const { return m_notice; }
    QAction* historyAction() const { return m_action; }
    QPushButton* historyButton() const { return m_button; }
    HistoryDialog* dialog() const;
    // View ▸ History: the account's sessions that disappeared.
    void showHistory();

private:
    void onStoredList();
    void onLoadStarted(bool firstLoad);
    void onLoadFailed();
    void updateNewMarks();
    void acknowledgeRow(const QModelIndex& index);
    QString lastUpdatedText() const;

    MainWindow* m_window;
    HistoryStore* m_history;
    Banner* m_banner;
    HistoryNotice* m_notice;
    QAction* m_action;
    QPushButton* m_button;
    QPointer<HistoryDialog> m_dialog;
};

} // namespace gatehouse
