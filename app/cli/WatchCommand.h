#pragma once

#include "cli/CommandLine.h"

#include <QObject>

#include <memory>

namespace gatehouse {

class AccountSession;
class AccountWatcher;
class HistoryStore;
struct WatchEvent;

// `gatehouse --watch`: watches one account until SIGINT or SIGTERM (exit 0), printing one line per event as
// it happens. A sign-in that was ended prints one signed_out line and exits 5.
class WatchCommand : public QObject
{
    Q_OBJECT

public:
    // store: the history to compare with, or null (--no-history, or a store that cannot be used).
    WatchCommand(AccountSession* session, HistoryStore* store, const CommandLine& commandLine,
                 QObject* parent = nullptr);
    ~WatchCommand() override;

    void start();
    AccountWatcher* watcher() const { return m_watcher; }

Q_SIGNALS:
    void finished(int exitCode);

private:
    void print(const WatchEvent& event);

    CommandLine m_commandLine;
    AccountWatcher* m_watcher = nullptr;
};

} // namespace gatehouse
