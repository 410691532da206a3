#pragma once

#include "widgets/Banner.h"

namespace gatehouse {

class HistoryStore;

// Says that the history file cannot be used (damaged, locked, unreadable, too new) and that Gatehouse works
// without history; offers to move the file aside and start a new one, which happens only when the person
// presses the button (the old file is renamed, never deleted).
class HistoryNotice : public Banner
{
    Q_OBJECT

public:
    HistoryNotice(HistoryStore* history, QWidget* parent = nullptr);
    // Shows the notice when the store is not usable; hides it otherwise.
    void refresh();
    void startNew();

Q_SIGNALS:
    void historyRestarted();

private:
    HistoryStore* m_history;
};

} // namespace gatehouse
