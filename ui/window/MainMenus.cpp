#include "window/MainMenus.h"

#include "account/AccountController.h"
#include "account/SessionActions.h"
#include "dialogs/AboutDialog.h"
#include "model/DeviceListModel.h"
#include "sessions/SessionRowMenu.h"
#include "sessions/SessionTable.h"
#include "widgets/GlyphIcon.h"
#include "window/FilterBar.h"
#include "window/MainWindow.h"

#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

namespace gatehouse {

MainMenus::MainMenus(QMainWindow* window)
    : QObject(window)
{
    QMenu* file = window->menuBar()->addMenu(tr("&File"));
    refresh =
        file->addAction(GlyphIcon::fromSvg(QStringLiteral(":/gatehouse/icons/refresh.svg")), tr("&Refresh"));
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setShortcutContext(Qt::WindowShortcut);
    settings = file->addAction(tr("&Settings…"));
    // Not every platform defines a Preferences key; Ctrl+, is the common choice where it does not.
    settings->setShortcut(QKeySequence(QKeySequence::Preferences).isEmpty()
                              ? QKeySequence(Qt::CTRL | Qt::Key_Comma)
                              : QKeySequence(QKeySequence::Preferences));
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));

    QMenu* account = window->menuBar()->addMenu(tr("&Account"));
    openPage = account->addAction(tr("Open Account &Page"));
    accountActions.insert(AccountAction::Profile, account->addAction(tr("&Profile")));
    accountActions.insert(AccountAction::DevicesList, account->addAction(tr("All &Sessions")));
    accountActions.insert(AccountAction::CrossSigningReset, account->addAction(tr("Reset &Cross-Signing…")));
    account->addSeparator();
    deactivate = account->addAction(tr("&Deactivate Account…"));
    account->addSeparator();
    addAccount = account->addAction(tr("&Add Account…"));
    signOutAccount = account->addAction(tr("Sign &Out of This Account…"));

    // Enter on a row opens the row's menu (README, "The keyboard"), so View shows no key; Delete, F2 and
    // Ctrl+C on a row do what these entries do.
    QMenu* session = window->menuBar()->addMenu(tr("&Session"));
    view = session->addAction(SessionRowMenu::label(RowAction::View));
    signOut = session->addAction(tr("Sign &Out…\tDel"));
    rename = session->addAction(tr("&Rename…"));
    rename->setShortcut(QKeySequence(Qt::Key_F2));
    rename->setShortcutContext(Qt::WindowShortcut);
    session->addSeparator();
    copyId = session->addAction(tr("&Copy Device ID\tCtrl+C"));
    copyIp = session->addAction(tr("Copy &IP Address"));
    dismiss = session->addAction(tr("&Dismiss Waiting Mark"));
    session->addSeparator();
    selectInactive = session->addAction(tr("Select &Inactive Sessions…"));
    selectAllExceptThis = session->addAction(tr("Select &All Except This Session"));
    signOutSelected = session->addAction(tr("Sign Out &Selected…"));

    QMenu* viewMenu = window->menuBar()->addMenu(tr("&View"));
    find = viewMenu->addAction(tr("&Filter Sessions"));
    find->setShortcut(QKeySequence::Find);
    auto* showGroup = new QActionGroup(this);
    for (const QString& label :
         {tr("Show &All Sessions"), tr("Show A&ctive Sessions"), tr("Show &Inactive Sessions")}) {
        QAction* item = viewMenu->addAction(label);
        item->setCheckable(true);
        showGroup->addAction(item);
        show.append(item);
    }
    show.constFirst()->setChecked(true);

    QMenu* help = window->menuBar()->addMenu(tr("&Help"));
    about = help->addAction(tr("&About Gatehouse"));
    aboutQt = help->addAction(tr("About &Qt"));
    updateAccount(SessionActions(), false);
    updateSession(SessionActions(), nullptr, false);
}

void MainMenus::bind(MainWindow* window)
{
    AccountController* controller = window->controller();
    const auto current = [window] { return window->table()->currentDeviceId(); };
    connect(refresh, &QAction::triggered, window, &MainWindow::refresh);
    connect(settings, &QAction::triggered, window, &MainWindow::showSettings);
    connect(quit, &QAction::triggered, qApp, &QApplication::quit);
    connect(openPage, &QAction::triggered, controller, &AccountController::openAccountPage);
    for (auto it = accountActions.cbegin(); it != accountActions.cend(); ++it) {
        const AccountAction action = it.key();
        connect(it.value(), &QAction::triggered, controller,
                [controller, action] { controller->openAccountAction(action); });
    }
    connect(deactivate, &QAction::triggered, controller, &AccountController::openDeactivation);
    connect(addAccount, &QAction::triggered, window, [window] { window->showSignIn(); });
    connect(signOutAccount, &QAction::triggered, window, [window] {
        if (!window->currentAccount().isEmpty())
            window->signOutAccount(window->currentAccount());
    });
    connect(view, &QAction::triggered, window,
            [window, current] { window->runRowAction(current(), RowAction::View); });
    connect(signOut, &QAction::triggered, window,
            [window, current] { window->runRowAction(current(), RowAction::SignOut); });
    connect(rename, &QAction::triggered, controller,
            [controller, current] { controller->rename(current()); });
    connect(copyId, &QAction::triggered, window,
            [window, current] { window->copyToClipboard(current(), MainWindow::tr("Device ID")); });
    connect(copyIp, &QAction::triggered, window, [window, current] {
        const int row = window->deviceModel()->rowOf(current());
        if (row >= 0 && window->deviceModel()->deviceAt(row).lastSeenIp)
            window->copyToClipboard(*window->deviceModel()->deviceAt(row).lastSeenIp,
                                    MainWindow::tr("IP address"));
    });
    connect(dismiss, &QAction::triggered, controller,
            [controller, current] { controller->dismissWaiting(current()); });
    connect(selectInactive, &QAction::triggered, window, &MainWindow::selectInactiveAsk);
    connect(selectAllExceptThis, &QAction::triggered, window, &MainWindow::selectAllExceptThisSession);
    connect(signOutSelected, &QAction::triggered, window, &MainWindow::signOutSelected);
    FilterBar* bar = window->filterBar();
    connect(find, &QAction::triggered, bar, &FilterBar::focusSearch);
    for (int i = 0; i < show.size(); ++i) {
        QAction* item = show.at(i);
        connect(item, &QAction::triggered, bar, [bar, i] { bar->activity()->setCurrentIndex(i); });
        connect(bar->activity(), &QComboBox::currentIndexChanged, item,
                [item, i](int index) { item->setChecked(index == i); });
    }
    connect(about, &QAction::triggered, window, [window] {
        AboutDialog dialog(window);
        dialog.exec();
    });
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainMenus::updateAccount(const SessionActions& actions, bool accountShown)
{
    for (auto it = accountActions.cbegin(); it != accountActions.cend(); ++it) {
        const bool offered = accountShown && actions.offersAccountAction(it.key());
        if (accountShown)
            it.value()->setVisible(offered);
        it.value()->setEnabled(offered);
    }
    openPage->setEnabled(accountShown && actions.offersAccountPage());
    deactivate->setEnabled(accountShown && actions.offersDeactivation());
}

void MainMenus::updateSession(const SessionActions& actions, const Device* device, bool waiting)
{
    const QString id = device ? device->id : QString();
    view->setEnabled(device && actions.offers(id, RowAction::View));
    signOut->setEnabled(device && actions.offers(id, RowAction::SignOut));
    copyId->setEnabled(device != nullptr);
    rename->setEnabled(device && actions.canRename(id));
    copyIp->setEnabled(device && actions.canCopyIp(*device));
    dismiss->setEnabled(device && actions.canDismissWaiting(waiting));
}

} // namespace gatehouse
