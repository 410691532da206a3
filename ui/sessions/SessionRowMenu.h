#pragma once

#include "account/SessionActions.h"

#include <QMenu>

namespace gatehouse {

// The menu of one row (Enter, the menu key, a right click): the entries SessionActions offers for this
// session, titled with its name. Emits what was chosen; the window passes it on to the controller.
class SessionRowMenu : public QMenu
{
    Q_OBJECT

public:
    SessionRowMenu(const Device& device, const SessionActions& actions, bool waiting,
                   QWidget* parent = nullptr);

    // The entry's words in this menu and in the Session menu (with its key there).
    static QString label(RowAction action);

Q_SIGNALS:
    void rowActionChosen(gatehouse::RowAction action);
    void renameChosen();
    void copyIdChosen();
    void copyIpChosen();
    void dismissChosen();
};

} // namespace gatehouse
