#pragma once

#include "history/HistoryAccount.h"

#include <QObject>

#include <functional>

namespace gatehouse {

class MainWindow;

// What the notifications ask of the window in the resident process: Review opens the account on that
// session's row with its details, Sign Out… asks the usual confirmation for it, and the clean-up reminder
// selects the inactive sessions. The account is opened (or refreshed, so a new session is listed) first.
class WatchReview : public QObject
{
    Q_OBJECT

public:
    explicit WatchReview(MainWindow* window);

    void review(const HistoryAccount& account, const QString& deviceId);
    void signOut(const HistoryAccount& account, const QString& deviceId);
    void cleanUp(const HistoryAccount& account, int days);
    // Makes the session's row current and selected (the details pane follows it); false when not listed.
    bool selectSession(const QString& deviceId);

private:
    // Runs `then` once the account's list is loaded (at once for Review when the row is there already).
    void whenLoaded(const HistoryAccount& account, std::function<void()> then);

    MainWindow* m_window;
    std::function<void()> m_pending;
};

} // namespace gatehouse
