#include "cli/WatchCommand.h"

#include "cli/CliRunner.h"
#include "cli/ExitCode.h"
#include "cli/TerminationSignals.h"
#include "cli/WatchEventPrinter.h"
#include "watch/AccountWatcher.h"
#include "watch/WakeSignals.h"

namespace gatehouse {

WatchCommand::WatchCommand(AccountSession* session, HistoryStore* store, const CommandLine& commandLine,
                           QObject* parent)
    : QObject(parent)
    , m_commandLine(commandLine)
{
    m_watcher = new AccountWatcher(session, store, QString(), this);
    m_watcher->setIntervalMs(
        AccountWatcher::intervalFromEnvironment(qint64(commandLine.watchIntervalSeconds) * 1000));
    m_watcher->setWakeSignals(new SystemWakeSignals(this));
    connect(m_watcher, &AccountWatcher::eventOccurred, this, &WatchCommand::print);
}

WatchCommand::~WatchCommand() = default;

void WatchCommand::start()
{
    auto* interruption = new TerminationSignals(this);
    connect(interruption, &TerminationSignals::terminationRequested, this, [this] {
        m_watcher->stop();
        Q_EMIT finished(ExitOk);
    });
    m_watcher->start();
}

void WatchCommand::print(const WatchEvent& event)
{
    CliRunner::writeOut(m_commandLine.json ? WatchEventPrinter::json(event) : WatchEventPrinter::text(event));
    if (event.kind == WatchEvent::Kind::SignedOut) {
        Q_EMIT finished(ExitNotSignedIn);
        return;
    }
    // An address Gatehouse refuses will not become safe by waiting.
    if (event.kind == WatchEvent::Kind::Error && CliRunner::exitCodeFor(event.error) == ExitUnsafeUrl) {
        m_watcher->stop();
        Q_EMIT finished(ExitUnsafeUrl);
    }
}

} // namespace gatehouse
