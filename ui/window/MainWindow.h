#pragma once

#include "account/AccountAction.h"
#include "account/AccountPage.h"
#include "dialogs/HandOffConfirmation.h"
#include "matrix/AccountSnapshot.h"
#include "model/DeviceListModel.h"
#include "network/Error.h"

#include <QMainWindow>

#include <functional>
#include <optional>

class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace gatehouse {

class AccountHeader;
class SignOutQueue;
class SignOutQueuePanel;
class AccountManager;
class AccountSession;
class AccountSwitcher;
class HttpClient;
class MetadataService;
class SignInPage;
struct SignInResult;
class Banner;
class DeviceFilterModel;
class SessionTable;
class StatusPage;
class UrlOpener;

// The Gatehouse window: the account header, the session table with its filter, and the hand-offs to
// the homeserver's account page. Everything it opens goes through the UrlOpener it was given.
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
    void showNotSignedIn(const QString& message);

    // Sign-in and saved accounts: without these the sign-in screen cannot reach a server.
    void setServices(HttpClient* http, MetadataService* metadata, AccountManager* accounts);
    // Shows a remembered (or in-memory) account of the AccountManager and makes it the last used one.
    void openSavedAccount(const QString& userId);
    // Ends the account's session on the server (after asking) and forgets it.
    void signOutAccount(const QString& userId);
    void showSignIn(const QString& note = QString(), const QString& prefill = QString());
    void renameSession(const QString& deviceId);

    // Replaces the questions the window asks (tests answer without modal dialogs).
    std::function<bool(const QString& userId)> confirmAccountSignOut;
    std::function<std::optional<QString>(const QString& currentName)> askSessionName;
    std::function<std::optional<QString>(bool retry)> askPassword;
    std::function<bool(const QString& url, bool opened)> confirmFallback;
    std::function<bool(int count)> confirmNativeSignOut;
    std::function<void(const QString& text)> showProblem;

    // Replaces the confirmation dialog (tests answer without a modal loop).
    using Confirmer = std::function<bool(const HandOffConfirmation::Request&)>;
    void setConfirmer(Confirmer confirmer) { m_confirm = std::move(confirmer); }
    // Replaces the summary shown when a sign-out queue ends (title, text).
    void setSummaryHandler(std::function<void(const QString&, const QString&)> handler)
    {
        m_showSummary = std::move(handler);
    }
    // Replaces the "no browser" dialog.
    void setBrowserFailureHandler(std::function<void(const QString& url)> handler)
    {
        m_browserFailed = std::move(handler);
    }

    Page page() const;
    const std::optional<AccountSnapshot>& snapshot() const { return m_snapshot; }
    DeviceListModel* deviceModel() const { return m_model; }
    DeviceFilterModel* filterModel() const { return m_filter; }
    SessionTable* table() const { return m_table; }
    // Built on first use: most starts go straight to an account, and its layout is a third of a cold start.
    SignInPage* signInPage();
    AccountSwitcher* accountSwitcher() const { return m_switcher; }
    QString currentAccount() const { return m_currentUser; }
    QString statusText() const;
    AccountHeader* header() const { return m_header; }
    bool isLoading() const { return m_loading; }
    SignOutQueue* signOutQueue() const { return m_queue; }
    SignOutQueuePanel* signOutQueuePanel() const { return m_queuePanel; }
    QStringList selectedDeviceIds() const; // never this session
    QString lastSummary() const { return m_lastSummary; }

public Q_SLOTS:
    void refresh();
    // The hand-offs, also reachable from the menus and the keyboard.
    void openAccountAction(gatehouse::AccountAction action);
    void openAccountPage();
    void openDeactivation();
    void runRowAction(const QString& deviceId, gatehouse::RowAction action);
    void dismissWaiting(const QString& deviceId);
    void showSettings();
    // Bulk clean-up: a guided queue on OAuth servers (one account page per session).
    void signOutSelected();
    void signOutSessions(const QStringList& deviceIds, bool askFirst = true);
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
    void buildMenus();
    void buildAccountPage();
    void setPage(Page page);
    void applySnapshot(const AccountSnapshot& snapshot);
    void showLoadError(const Error& error);
    void updateCounts();
    void updateSessionActions();
    void showRowMenu(const QString& deviceId, const QPoint& globalPosition);
    void copyToClipboard(const QString& text, const QString& what);
    bool handOff(const QString& url, const std::optional<QString>& waitingDeviceId);
    // Opens `url` after asking `confirmation` (if any), or says in the status bar why it cannot.
    bool openOrExplain(const std::variant<QString, AccountPage::Refusal>& url,
                       const std::optional<HandOffConfirmation::Request>& confirmation,
                       const std::optional<QString>& waitingDeviceId);
    QString accountPageHost() const;
    void updateSelectionActions();
    void onQueueFinished();
    void offerLeftoverQueue();
    void onSignedIn(const SignInResult& result);
    void updateAccountSwitcher();
    bool signsOutNatively() const;
    void signOutNatively(const QStringList& deviceIds);

    UrlOpener* m_opener;
    AccountSession* m_session = nullptr;
    bool m_isDemo = false;
    std::optional<AccountSnapshot> m_snapshot;
    bool m_loading = false;
    bool m_refreshOnActivate = false;
    Confirmer m_confirm;
    std::function<void(const QString&)> m_browserFailed;
    std::function<void(const QString&, const QString&)> m_showSummary;
    SignOutQueue* m_queue = nullptr;
    SignOutQueuePanel* m_queuePanel = nullptr;
    QStringList m_leftover;
    QString m_lastSummary;
    QPushButton* m_signOutSelectedButton = nullptr;
    QAction* m_signOutSelectedAction = nullptr;

    DeviceListModel* m_model;
    DeviceFilterModel* m_filter;

    QStackedWidget* m_pages;
    QWidget* m_signInHolder; // the Welcome page; holds the sign-in page once it is built
    SignInPage* m_signInPage = nullptr;
    AccountSwitcher* m_switcher;
    AccountManager* m_accounts = nullptr;
    HttpClient* m_http = nullptr;
    MetadataService* m_metadataService = nullptr;
    QString m_currentUser; // the saved account shown, if any
    QString m_pendingNote; // said in the banner once the account has loaded
    StatusPage* m_loadingPage;
    StatusPage* m_errorPage;
    QWidget* m_accountPage;
    AccountHeader* m_header;
    Banner* m_banner;
    QLineEdit* m_search;
    QComboBox* m_activity;
    QLabel* m_count;
    QPushButton* m_refreshButton;
    QStackedWidget* m_listStack;
    SessionTable* m_table;
    StatusPage* m_noMatchPage;
    QPushButton* m_clearFilterButton = nullptr;
    QLabel* m_statusText;
    QProgressBar* m_busy;

    QAction* m_refreshAction;
    QAction* m_viewAction;
    QAction* m_signOutAction;
    QAction* m_copyIdAction;
    QAction* m_copyIpAction;
    QAction* m_dismissAction;
    QHash<AccountAction, QAction*> m_accountActions;
    QAction* m_openPageAction;
    QAction* m_deactivateAction;
    QAction* m_renameAction;
    QAction* m_addAccountAction;
    QAction* m_signOutAccountAction;
};

} // namespace gatehouse
