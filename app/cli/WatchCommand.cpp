#include "cli/WatchCommand.h"

#include "cli/CliRunner.h"
#include "cli/ExitCode.h"
#include "cli/TerminationSignals.h"
#include "cli/WatchEventPrinter.h"
#include "history/HistoryStore.h"
#include "watch/AccountWatcher.h"
#include "watch/WakeSignals.h"

namespace gatehouse {

WatchCommand::WatchCommand(AccountSession* session, const CommandLine& commandLine, QObject* parent)
    : QObject(parent)
    , m_commandLine(commandLine)
{
    if (!commandLine.noHistory) {
        m_store = std::make_unique<HistoryStore>();
        // A broken store never stops watching: say so once, then compare in memory.
        if (m_store->open() != HistoryStore::State::Open) {
            CliRunner::writeError(m_store->errorText());
            m_store.reset();
        }
    }
    m_watcher = new AccountWatcher(session, m_store.get(), QString(), this);
    m_watcher->setIntervalMs(
        AccountWatcher::intervalFromEnvironment(qint64(commandLine.watchIntervalSeconds) * 1000));
    m_watcher->setWakeSignals(new SystemWakeSignals(this));
    connect(m_watcher, &AccountWatcher::eventOccurred, this, &WatchCommand::print);
}

WatchCommand::~WatchCommand()
{
    delete m_watcher; // before the store it uses
    m_watcher = nullptr;
}

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
