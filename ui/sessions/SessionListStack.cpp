#include "sessions/SessionListStack.h"

#include "sessions/SessionTable.h"
#include "text/UntrustedText.h"
#include "widgets/StatusPage.h"

#include <QPushButton>

namespace gatehouse {

SessionListStack::SessionListStack(SessionTable* table, QWidget* parent)
    : QStackedWidget(parent)
    , m_noMatch(new StatusPage(this))
{
    addWidget(table);
    addWidget(m_noMatch);
    m_noMatch->setObjectName(QStringLiteral("noMatchPage"));
    m_clearFilter =
        m_noMatch->addButton(tr("Clear Filter"), tr("Empties the filter box and shows all sessions again."));
    m_clearFilter->setObjectName(QStringLiteral("clearFilterButton"));
    connect(m_clearFilter, &QPushButton::clicked, this, &SessionListStack::clearFilterRequested);
}

void SessionListStack::showCounts(int total, int shown, bool loaded, const QString& filterText)
{
    const bool noMatch = shown == 0 && loaded;
    if (noMatch && total == 0) {
        m_noMatch->show(StatusPage::Kind::Info, tr("No sessions"),
                        tr("The server lists no sessions for this account. Refresh (F5) to ask again."));
    } else if (noMatch) {
        m_noMatch->show(StatusPage::Kind::Info, tr("No sessions match"),
                        filterText.isEmpty() ? tr("No session fits the chosen filter.")
                                             : tr("No session's name, device ID or IP address contains “%1”.")
                                                   .arg(UntrustedText::forMessage(filterText)));
    }
    m_clearFilter->setVisible(total > 0);
    setCurrentIndex(noMatch ? 1 : 0);
}

} // namespace gatehouse
