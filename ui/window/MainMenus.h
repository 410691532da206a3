#pragma once

#include "account/AccountAction.h"

#include <QHash>
#include <QList>
#include <QObject>

class QAction;
class QMainWindow;

namespace gatehouse {

struct Device;
class MainWindow;
class SessionActions;

// The window's menu bar: File, Account, Session, View, Help. Holds the actions for the window to bind, and
// enables them as SessionActions says. An entry shows a key only when that key does the same thing.
class MainMenus : public QObject
{
    Q_OBJECT

public:
    explicit MainMenus(QMainWindow* window);
    // Connects every entry to what it does in `window` and its controller.
    void bind(MainWindow* window);

    // The account's entries, after a load (or none, without an account on screen).
    void updateAccount(const SessionActions& actions, bool accountShown);
    // The Session menu for the current row (null: none).
    void updateSession(const SessionActions& actions, const Device* device, bool waiting);

    QAction* refresh;
    QAction* settings;
    QAction* quit;
    QAction* openPage;
    QHash<AccountAction, QAction*> accountActions; // Profile, All Sessions, Reset Cross-Signing
    QAction* deactivate;
    QAction* addAccount;
    QAction* signOutAccount;
    QAction* view;
    QAction* signOut;
    QAction* rename;
    QAction* copyId;
    QAction* copyIp;
    QAction* dismiss;
    QAction* selectInactive;
    QAction* selectAllExceptThis;
    QAction* signOutSelected;
    QAction* find;
    QList<QAction*> show; // all, active, inactive sessions
    QAction* about;
    QAction* aboutQt;
};

} // namespace gatehouse
