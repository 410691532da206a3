#pragma once

#include "matrix/AccountSnapshot.h"

#include <QObject>

class QSocketNotifier;

namespace gatehouse {

class CleanupRun;
class DevicesClient;
class HistoryStore;
class SignOutQueue;
class UrlOpener;

// `gatehouse --sign-out-inactive DAYS [--dry-run]`: the sessions inactive for more than DAYS days (plus
// any left from an earlier run), listed, or signed out one account page at a time with the same guided
// clean-up run as the window (CleanupRun). Enter skips the waiting session, q and Enter stops.
class SignOutInactiveCommand : public QObject
{
    Q_OBJECT

public:
    SignOutInactiveCommand(const AccountSnapshot& snapshot, DevicesClient* client, UrlOpener* opener,
                           int days, bool dryRun, bool json, QObject* parent = nullptr);

    // The local history (not owned, may be null): the sessions this run signs out are marked as Gatehouse's,
    // and every check of the list is recorded.
    void setHistory(HistoryStore* history) { m_history = history; }
    void start();
    void interrupt(); // Ctrl+C: keep what is left for later

Q_SIGNALS:
    void finished(int exitCode);

private:
    void printPlan(const QList<Device>& devices) const;
    void onQueueChanged();
    void onInput();
    void check();
    void clearUnfinishedMarks();

    AccountSnapshot m_snapshot;
    DevicesClient* m_client;
    UrlOpener* m_opener;
    int m_days;
    bool m_dryRun;
    bool m_json;
    CleanupRun* m_run = nullptr;
    SignOutQueue* m_queue = nullptr; // m_run's
    QSocketNotifier* m_input = nullptr;
    QString m_lastLine;
    bool m_checking = false;
    HistoryStore* m_history = nullptr;
};

} // namespace gatehouse
