#pragma once

#include "account/AccountAction.h"
#include "account/AccountController.h"
#include "account/SessionActions.h"
#include "matrix/AccountSnapshot.h"
#include "model/DeviceListModel.h"
#include "network/Error.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QProgressBar;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace gatehouse {

class AccountHeader;
class AccountManager;
class AccountPrompts;
class AccountSession;
class AccountSwitcher;
class AccountSwitching;
class Banner;
class DeviceFilterModel;
class FilterBar;
class HttpClient;
class LoadErrorPage;
class MainMenus;
class MetadataService;
class SessionListStack;
class SessionTable;
class SignInPage;
class SignOutQueue;
class SignOutQueuePanel;
class StatusPage;
class UrlOpener;
struct SignInResult;

// The Gatehouse window: the account header, the session table with its filter, the clean-up panel and the
// sign-in screen. Layout and bindings only: what may be done is asked of the AccountController and its
// SessionActions, which also do it; questions go through AccountPrompts (dialogs unless replaced).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page
    {
        Welcome,
        Loading,
        Error,
        Account
    };

    explicit MainWindow(UrlOpener* opener, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Shows this account and loads it; the window takes ownership of the session.
    void showAccount(AccountSession* session, bool isDemo = false);
    // The sign-in screen, with `message` saying why (may be empty).
    void showNotSignedIn(const QString& message) { showSignIn(message); }
    void showSignIn(const QString& note = QString(), const QString& prefill = QString());

    // Sign-in and saved accounts: without these the sign-in screen cannot reach a server.
    void setServices(HttpClient* http, MetadataService* metadata, AccountManager* accounts);
    // Shows a remembered (or in-memory) account of the AccountManager and makes it the last used one.
    void openSavedAccount(const QString& userId);
    // Ends the account's session on the server (after asking) and forgets it.
    void signOutAccount(const QString& userId);

    // Replaces the dialogs (tests answer without modal loops); not owned.
    void setPrompts(AccountPrompts* prompts);
    AccountController* controller() const { return m_controller; }

    Page page() const;
    const std::optional<AccountSnapshot>& snapshot() const { return m_controller->snapshot(); }
    DeviceListModel* deviceModel() const { return m_model; }
    DeviceFilterModel* filterModel() const { return m_filter; }
    SessionTable* table() const { return m_table; }
    FilterBar* filterBar() const { return m_filterBar; }
    MainMenus* menus() const { return m_menus; }
    // Built on first use: most starts go straight to an account, and its layout is a third of a cold start.
    SignInPage* signInPage();
    AccountSwitcher* accountSwitcher() const { return m_switcher; }
    QString currentAccount() const;
    QString statusText() const;
    void setStatusText(const QString& text);
    // Back to the account shown (its list, or its loading page) from the sign-in screen.
    void returnToAccount();
    AccountHeader* header() const { return m_header; }
    bool isLoading() const { return m_controller->isLoading(); }
    SignOutQueue* signOutQueue() const;
    SignOutQueuePanel* signOutQueuePanel() const { return m_queuePanel; }
    QStringList selectedDeviceIds() const; // never this session
    QString lastSummary() const { return m_controller->lastSummary(); }
    void copyToClipboard(const QString& text, const QString& what); // says so in the status bar

public Q_SLOTS:
    void refresh();
    // A row's action, with the selection it may act on (hand-offs and the rest: controller()).
    void runRowAction(const QString& deviceId, gatehouse::RowAction action);
    void showSettings();
    void signOutSelected();
    void selectInactive(int days);
    void selectInactiveAsk();
    void selectAllExceptThisSession();
    // Days without activity after which a session counts as inactive (the setting, applied at once).
    void applyInactiveThreshold(int days);

Q_SIGNALS:
    void loaded();
    void loadFailed(const gatehouse::Error& error);
    void demoRequested();
    void accountSignedOut(const QString& userId);
    void sessionRenamed(const QString& deviceId);
    void sessionsSignedOut(const QStringList& deviceIds);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildAccountPage();
    void bindController();
    void setPage(Page page);
    void onLoadStarted(bool firstLoad);
    void onSnapshot(bool first);
    void onLoadFailed(const Error& error);
    void updateCounts();
    void updateSessionActions();
    void updateSelectionActions();
    void showRowMenu(const QString& deviceId, const QPoint& globalPosition);

    UrlOpener* m_opener;
    std::unique_ptr<AccountPrompts> m_dialogs;
    AccountPrompts* m_prompts;
    AccountController* m_controller;
    bool m_isDemo = false;
    DeviceListModel* m_model;
    DeviceFilterModel* m_filter;
    QStackedWidget* m_pages;
    QWidget* m_signInHolder; // the Welcome page; holds the sign-in page once it is built
    SignInPage* m_signInPage = nullptr;
    AccountSwitcher* m_switcher;
    AccountSwitching* m_switching;
    StatusPage* m_loadingPage;
    LoadErrorPage* m_errorPage;
    QWidget* m_accountPage;
    AccountHeader* m_header;
    Banner* m_banner;
    FilterBar* m_filterBar;
    SessionTable* m_table;
    SessionListStack* m_listStack;
    SignOutQueuePanel* m_queuePanel = nullptr;
    QLabel* m_statusText;
    QProgressBar* m_busy;
    MainMenus* m_menus = nullptr;
};

} // namespace gatehouse
