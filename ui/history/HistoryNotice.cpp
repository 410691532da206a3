#include "history/HistoryNotice.h"

#include "history/HistoryStore.h"

#include <QDir>

namespace gatehouse {

HistoryNotice::HistoryNotice(HistoryStore* history, QWidget* parent)
    : Banner(parent)
    , m_history(history)
{
    setObjectName(QStringLiteral("historyNotice"));
    connect(this, &Banner::actionTriggered, this, &HistoryNotice::startNew);
    refresh();
}

void HistoryNotice::refresh()
{
    if (!m_history || m_history->isOpen() || m_history->state() == HistoryStore::State::Closed) {
        hide();
        return;
    }
    showMessage(Kind::Warning, m_history->errorText());
    // A file written by a newer Gatehouse is fine as it is (that version can still read it), and one another
    // program holds is only busy: neither is moved aside.
    const HistoryStore::State state = m_history->state();
    if (state == HistoryStore::State::Corrupt || state == HistoryStore::State::Unreadable)
        setAction(tr("Move Aside and Start New"),
                  tr("Renames the history file, keeping it, and starts a new, empty history."));
}

void HistoryNotice::startNew()
{
    if (!m_history)
        return;
    if (m_history->moveAsideAndStartNew() == HistoryStore::State::Open) {
        showMessage(Kind::Info, tr("A new history was started. The old file was kept as %1.")
                                    .arg(QDir::toNativeSeparators(m_history->movedAsidePath())));
        Q_EMIT historyRestarted();
        return;
    }
    refresh();
}

} // namespace gatehouse
