#include "window/MainWindow.h"

#include "account/AccountController.h"
#include "accounts/AccountSwitcher.h"
#include "auth/AccountManager.h"
#include "auth/SavedTokenSource.h"
#include "auth/SignInResult.h"
#include "cleanup/CleanupRun.h"
#include "cleanup/SignOutQueuePanel.h"
#include "dialogs/AboutDialog.h"
#include "dialogs/DialogPrompts.h"
#include "dialogs/SettingsDialog.h"
#include "matrix/AccountSession.h"
#include "model/DeviceFilterModel.h"
#include "sessions/SessionRowMenu.h"
#include "sessions/SessionTable.h"
#include "settings/AppSettings.h"
#include "signin/SignInPage.h"
#include "text/UntrustedText.h"
#include "widgets/Banner.h"
#include "widgets/StatusPage.h"
#include "window/AccountHeader.h"
#include "window/AccountNotice.h"
#include "window/FilterBar.h"
#include "window/MainMenus.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTime>
#include <QVBoxLayout>

#include <iterator>

namespace gatehouse {

MainWindow::MainWindow(UrlOpener* opener, QWidget* parent)
    : QMainWindow(parent)
    , m_opener(opener)
    , m_dialogs(std::make_unique<DialogPrompts>(this))
    , m_prompts(m_dialogs.get())
    , m_controller(new AccountController(opener, m_prompts, this))
    , m_model(new DeviceListModel(this))
    , m_filter(new DeviceFilterModel(this))
    , m_pages(new QStackedWidget(this))
    , m_signInHolder(new QWidget(this))
    , m_switcher(new AccountSwitcher(this))
    , m_loadingPage(new StatusPage(this))
    , m_errorPage(new StatusPage(this))
    , m_accountPage(new QWidget(this))
    , m_header(new AccountHeader(this))
    , m_banner(new Banner(this))
    , m_filterBar(new FilterBar(this))
    , m_listStack(new QStackedWidget(this))
    , m_table(new SessionTable(this))
    , m_noMatchPage(new StatusPage(this))
    , m_statusText(new QLabel(this))
    , m_busy(new QProgressBar(this))
{
    setWindowTitle(QStringLiteral("Gatehouse"));
    setWindowIcon(QIcon(QStringLiteral(":/gatehouse/icons/gatehouse.svg")));
    resize(1120, 720);
    m_model->setInactiveAfterDays(AppSettings::inactiveAfterDays());
    m_filterBar->setInactiveAfterDays(m_model->inactiveAfterDays());
    m_filter->setSourceModel(m_model);

    m_pages->addWidget(m_signInHolder);
    m_pages->addWidget(m_loadingPage);
    m_pages->addWidget(m_errorPage);
    m_pages->addWidget(m_accountPage);
    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_switcher);
    centralLayout->addWidget(m_pages, 1);
    setCentralWidget(central);
    m_switcher->hide();
    connect(m_switcher, &AccountSwitcher::switchRequested, this, &MainWindow::openSavedAccount);
    connect(m_switcher, &AccountSwitcher::addRequested, this, [this] { showSignIn(); });
    connect(m_switcher, &AccountSwitcher::signOutRequested, this, &MainWindow::signOutAccount);
    auto* holderLayout = new QVBoxLayout(m_signInHolder);
    holderLayout->setContentsMargins(0, 0, 0, 0);
    m_loadingPage->setObjectName(QStringLiteral("loadingPage"));
    m_errorPage->setObjectName(QStringLiteral("errorPage"));
    m_accountPage->setObjectName(QStringLiteral("accountPage"));
    buildAccountPage();
    m_menus = new MainMenus(this);
    bindMenus();
    bindController();

    m_statusText->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_statusText, 1);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Refreshing"));
    m_busy->hide();
    statusBar()->addPermanentWidget(m_busy);
    setPage(Page::Welcome);
}

MainWindow::~MainWindow()
{
    delete m_controller; // before the prompts it may still ask
}

void MainWindow::buildAccountPage()
{
    auto* layout = new QVBoxLayout(m_accountPage);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    auto* separator = new QFrame(this);
    separator->setFrameShape(QFrame::HLine);
    separator->setFrameShadow(QFrame::Sunken);
    layout->addWidget(separator);

    auto* body = new QVBoxLayout;
    body->setContentsMargins(12, 6, 12, 6);
    m_banner->setObjectName(QStringLiteral("banner"));
    body->addWidget(m_banner);
    body->addWidget(m_filterBar);

    m_table->setObjectName(QStringLiteral("sessionTable"));
    m_table->setModel(m_filter);
    m_table->sortByColumn(DeviceListModel::LastActivityColumn, Qt::DescendingOrder);
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(m_noMatchPage);
    m_noMatchPage->setObjectName(QStringLiteral("noMatchPage"));
    m_clearFilterButton = m_noMatchPage->addButton(
        tr("Clear Filter"), tr("Empties the filter box and shows all sessions again."));
    m_clearFilterButton->setObjectName(QStringLiteral("clearFilterButton"));
    connect(m_clearFilterButton, &QPushButton::clicked, this, [this] {
        m_filterBar->clearFilter();
        m_table->setFocus();
    });
    body->addWidget(m_listStack, 1);
    m_queuePanel = new SignOutQueuePanel(this);
    body->addWidget(m_queuePanel);
    layout->addLayout(body, 1);

    connect(m_filterBar->search(), &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setSearchText(text);
        updateCounts();
    });
    connect(m_filterBar->activity(), &QComboBox::currentIndexChanged, this, [this](int index) {
        m_filter->setActivity(DeviceFilterModel::Activity(index));
        updateCounts();
    });
    connect(m_filterBar->signOutSelectedButton(), &QPushButton::clicked, this, &MainWindow::signOutSelected);
    connect(m_filterBar->refreshButton(), &QPushButton::clicked, this, &MainWindow::refresh);
    connect(m_header, &AccountHeader::actionRequested, this, &MainWindow::openAccountAction);
    connect(m_header, &AccountHeader::openPageRequested, this, &MainWindow::openAccountPage);
    connect(m_header, &AccountHeader::deactivateRequested, this, &MainWindow::openDeactivation);
    connect(m_table, &SessionTable::actionRequested, this, &MainWindow::runRowAction);
    connect(m_table, &SessionTable::menuRequested, this, &MainWindow::showRowMenu);
    connect(m_table, &SessionTable::copyRequested, this,
            [this](const QString& deviceId) { copyToClipboard(deviceId, tr("Device ID")); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::updateSessionActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateSelectionActions);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCounts);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCounts);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &MainWindow::updateCounts);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateCounts); // a new filter

    // Tab goes through the page as it reads: the account buttons, the filter, the list (or the "no match"
    // page that takes its place), the buttons acting on the selection, then the clean-up panel.
    QWidget* chain[] = {m_header->lastInTabOrder(),   m_filterBar->search(),
                        m_filterBar->activity(),      m_table,
                        m_clearFilterButton,          m_filterBar->signOutSelectedButton(),
                        m_filterBar->refreshButton(), m_queuePanel};
    for (size_t i = 1; i < std::size(chain); ++i)
        setTabOrder(chain[i - 1], chain[i]);
}

void MainWindow::bindMenus()
{
    const auto current = [this] { return m_table->currentDeviceId(); };
    connect(m_menus->refresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_menus->settings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_menus->quit, &QAction::triggered, qApp, &QApplication::quit);
    connect(m_menus->openPage, &QAction::triggered, this, &MainWindow::openAccountPage);
    for (auto it = m_menus->accountActions.cbegin(); it != m_menus->accountActions.cend(); ++it) {
        const AccountAction action = it.key();
        connect(it.value(), &QAction::triggered, this, [this, action] { openAccountAction(action); });
    }
    connect(m_menus->deactivate, &QAction::triggered, this, &MainWindow::openDeactivation);
    connect(m_menus->addAccount, &QAction::triggered, this, [this] { showSignIn(); });
    connect(m_menus->signOutAccount, &QAction::triggered, this, [this] {
        if (!m_currentUser.isEmpty())
            signOutAccount(m_currentUser);
    });
    connect(m_menus->view, &QAction::triggered, this,
            [this, current] { runRowAction(current(), RowAction::View); });
    connect(m_menus->signOut, &QAction::triggered, this,
            [this, current] { runRowAction(current(), RowAction::SignOut); });
    connect(m_menus->rename, &QAction::triggered, this, [this, current] { renameSession(current()); });
    connect(m_menus->copyId, &QAction::triggered, this,
            [this, current] { copyToClipboard(current(), tr("Device ID")); });
    connect(m_menus->copyIp, &QAction::triggered, this, [this, current] {
        const int row = m_model->rowOf(current());
        if (row >= 0 && m_model->deviceAt(row).lastSeenIp)
            copyToClipboard(*m_model->deviceAt(row).lastSeenIp, tr("IP address"));
    });
    connect(m_menus->dismiss, &QAction::triggered, this, [this, current] { dismissWaiting(current()); });
    connect(m_menus->selectInactive, &QAction::triggered, this, &MainWindow::selectInactiveAsk);
    connect(m_menus->selectAllExceptThis, &QAction::triggered, this, &MainWindow::selectAllExceptThisSession);
    connect(m_menus->signOutSelected, &QAction::triggered, this, &MainWindow::signOutSelected);
    connect(m_menus->find, &QAction::triggered, m_filterBar, &FilterBar::focusSearch);
    for (int i = 0; i < m_menus->show.size(); ++i) {
        QAction* show = m_menus->show.at(i);
        connect(show, &QAction::triggered, this, [this, i] { m_filterBar->activity()->setCurrentIndex(i); });
        connect(m_filterBar->activity(), &QComboBox::currentIndexChanged, show,
                [show, i](int index) { show->setChecked(index == i); });
    }
    connect(m_menus->about, &QAction::triggered, this, [this] {
        AboutDialog dialog(this);
        dialog.exec();
    });
    connect(m_menus->aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::bindController()
{
    connect(m_controller, &AccountController::loadStarted, this, &MainWindow::onLoadStarted);
    connect(m_controller, &AccountController::snapshotChanged, this, &MainWindow::onSnapshot);
    connect(m_controller, &AccountController::loaded, this, [this] {
        updateSelectionActions();
        Q_EMIT loaded();
    });
    connect(m_controller, &AccountController::loadFailed, this, &MainWindow::onLoadFailed);
    connect(m_controller, &AccountController::statusChanged, m_statusText, &QLabel::setText);
    connect(m_controller, &AccountController::waitingChanged, this, [this](const QString& id, bool waiting) {
        m_model->setWaiting(id, waiting);
        updateSessionActions();
    });
    connect(m_controller, &AccountController::cleanupChanged, this, [this] {
        m_queuePanel->setQueue(m_controller->cleanup() ? m_controller->cleanup()->queue() : nullptr);
        updateSelectionActions();
    });
    connect(m_controller, &AccountController::leftoverFound, m_queuePanel, &SignOutQueuePanel::offerLeftover);
    connect(m_queuePanel, &SignOutQueuePanel::continueLeftoverRequested, m_controller,
            &AccountController::continueLeftover);
    connect(m_queuePanel, &SignOutQueuePanel::discardLeftoverRequested, this, [this] {
        m_controller->discardLeftover();
        m_queuePanel->hide();
    });
    connect(m_controller, &AccountController::sessionRenamed, this, &MainWindow::sessionRenamed);
    connect(m_controller, &AccountController::sessionsSignedOut, this, &MainWindow::sessionsSignedOut);
}

void MainWindow::setPrompts(AccountPrompts* prompts)
{
    m_prompts = prompts ? prompts : m_dialogs.get();
    m_controller->setPrompts(m_prompts);
}

MainWindow::Page MainWindow::page() const
{
    return Page(m_pages->currentIndex());
}

const std::optional<AccountSnapshot>& MainWindow::snapshot() const
{
    return m_controller->snapshot();
}

bool MainWindow::isLoading() const
{
    return m_controller->isLoading();
}

SignOutQueue* MainWindow::signOutQueue() const
{
    return m_controller->cleanup() ? m_controller->cleanup()->queue() : nullptr;
}

QString MainWindow::lastSummary() const
{
    return m_controller->lastSummary();
}

QString MainWindow::statusText() const
{
    return m_statusText->text();
}

void MainWindow::setPage(Page page)
{
    m_pages->setCurrentIndex(int(page));
    m_menus->refresh->setEnabled(m_controller->session() != nullptr && !m_controller->isLoading());
    if (page != Page::Account) // account actions come back with the next snapshot
        m_menus->updateAccount(m_controller->actions(), false);
    updateSessionActions();
}

void MainWindow::showNotSignedIn(const QString& message)
{
    showSignIn(message);
}

void MainWindow::showAccount(AccountSession* session, bool isDemo)
{
    m_isDemo = isDemo;
    if (!m_accounts || !m_accounts->find(m_currentUser) ||
        m_accounts->tokenSource(m_currentUser) != session->tokens())
        m_currentUser.clear();
    m_switcher->setCurrent(m_currentUser);
    m_controller->setSession(session, !m_currentUser.isEmpty());
}

void MainWindow::refresh()
{
    m_controller->refresh();
}

void MainWindow::onLoadStarted(bool firstLoad)
{
    m_filterBar->refreshButton()->setEnabled(false);
    m_menus->refresh->setEnabled(false);
    if (firstLoad) {
        m_loadingPage->show(StatusPage::Kind::Busy, tr("Loading your sessions…"),
                            tr("Asking %1 for the sessions of this account.")
                                .arg(UntrustedText::forMessage(m_controller->session()->homeserver())));
        setPage(Page::Loading);
    } else {
        m_busy->show();
        m_statusText->setText(tr("Refreshing…"));
    }
}

void MainWindow::onSnapshot(bool first)
{
    m_busy->hide();
    m_filterBar->refreshButton()->setEnabled(true);
    const AccountSnapshot& snapshot = *m_controller->snapshot();
    const SessionActions& actions = m_controller->actions();
    m_header->setSnapshot(snapshot, m_isDemo);
    m_model->setSessionActions(actions);
    m_model->setDevices(snapshot.devices, snapshot.deviceId);
    setWindowTitle(tr("%1 – Gatehouse").arg(UntrustedText::forTitle(snapshot.userId, 80)));
    if (const auto notice = AccountNotice::about(snapshot, actions))
        m_banner->showMessage(notice->kind, notice->text);
    else
        m_banner->hide();
    m_menus->updateAccount(actions, true);
    setPage(Page::Account);
    updateCounts();
    m_statusText->setText(
        tr("Updated at %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    if (first) {
        m_table->setCurrentIndex(m_filter->index(0, DeviceListModel::NameColumn));
        m_table->setFocus();
    }
    updateSelectionActions();
    if (!m_pendingNote.isEmpty())
        m_banner->showMessage(Banner::Kind::Warning, std::exchange(m_pendingNote, QString()));
}

void MainWindow::onLoadFailed(const Error& error)
{
    m_busy->hide();
    m_filterBar->refreshButton()->setEnabled(true);
    m_menus->refresh->setEnabled(true);
    if (m_controller->snapshot()) {
        // Keep what was shown; say that it may be stale.
        m_banner->showMessage(Banner::Kind::Warning,
                              tr("Could not refresh the list: %1").arg(error.fullText()));
        m_statusText->setText(tr("Refresh failed"));
        Q_EMIT loadFailed(error);
        return;
    }
    QString title = tr("Could not load your sessions");
    if (error.isTokenProblem())
        title = tr("Not signed in");
    else if (error.kind == Error::Kind::UnsafeUrl || error.kind == Error::Kind::InsecureRedirect)
        title = tr("Address refused");
    else if (error.kind == Error::Kind::Network || error.kind == Error::Kind::Timeout ||
             error.kind == Error::Kind::Tls)
        title = tr("Could not reach the server");
    m_errorPage->show(StatusPage::Kind::Error, title, error.fullText());
    m_errorPage->clearButtons();
    if (error.isTokenProblem() && !m_currentUser.isEmpty()) {
        QPushButton* again =
            m_errorPage->addButton(tr("Sign In Again"), tr("Shows the sign-in screen for this account."));
        again->setObjectName(QStringLiteral("signInAgainButton"));
        const QString userId = m_currentUser;
        connect(again, &QPushButton::clicked, this, [this, userId] { showSignIn(QString(), userId); });
    }
    QPushButton* retry =
        m_errorPage->addButton(tr("Try Again"), tr("Asks the server for the sessions again."));
    retry->setObjectName(QStringLiteral("retryButton"));
    connect(retry, &QPushButton::clicked, this, &MainWindow::refresh);
    setPage(Page::Error);
    retry->setFocus();
    Q_EMIT loadFailed(error);
}

void MainWindow::updateCounts()
{
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    m_filterBar->setCounts(total, shown, m_model->inactiveCount());
    const bool noMatch = shown == 0 && m_controller->snapshot().has_value();
    if (noMatch && total == 0) {
        m_noMatchPage->show(StatusPage::Kind::Info, tr("No sessions"),
                            tr("The server lists no sessions for this account. Refresh (F5) to ask again."));
    } else if (noMatch) {
        const QString filterText = m_filterBar->search()->text().trimmed();
        m_noMatchPage->show(StatusPage::Kind::Info, tr("No sessions match"),
                            filterText.isEmpty()
                                ? tr("No session fits the chosen filter.")
                                : tr("No session's name, device ID or IP address contains “%1”.")
                                      .arg(UntrustedText::forMessage(filterText)));
    }
    m_clearFilterButton->setVisible(total > 0);
    m_listStack->setCurrentIndex(noMatch ? 1 : 0);
    updateSessionActions();
}

void MainWindow::updateSessionActions()
{
    const QString id = m_table->currentDeviceId();
    const int row = m_model->rowOf(id);
    const bool hasRow = row >= 0 && page() == Page::Account;
    m_menus->updateSession(m_controller->actions(), hasRow ? &m_model->deviceAt(row) : nullptr,
                           hasRow && m_controller->isWaiting(id));
}

void MainWindow::updateSelectionActions()
{
    const QStringList ids = selectedDeviceIds();
    const bool enabled = m_controller->canSignOutSelected(ids);
    m_filterBar->setSelection(m_controller->actions().offersBulkSignOut(), int(ids.size()), enabled);
    m_menus->signOutSelected->setEnabled(enabled);
}

void MainWindow::showRowMenu(const QString& deviceId, const QPoint& globalPosition)
{
    const int row = m_model->rowOf(deviceId);
    if (row < 0)
        return;
    const Device device = m_model->deviceAt(row);
    SessionRowMenu menu(device, m_controller->actions(), m_controller->isWaiting(deviceId), this);
    connect(&menu, &SessionRowMenu::rowActionChosen, this,
            [this, deviceId](RowAction action) { runRowAction(deviceId, action); });
    connect(&menu, &SessionRowMenu::renameChosen, this, [this, deviceId] { renameSession(deviceId); });
    connect(&menu, &SessionRowMenu::copyIdChosen, this,
            [this, deviceId] { copyToClipboard(deviceId, tr("Device ID")); });
    connect(&menu, &SessionRowMenu::copyIpChosen, this,
            [this, device] { copyToClipboard(device.lastSeenIp.value_or(QString()), tr("IP address")); });
    connect(&menu, &SessionRowMenu::dismissChosen, this, [this, deviceId] { dismissWaiting(deviceId); });
    menu.exec(globalPosition);
}

void MainWindow::copyToClipboard(const QString& text, const QString& what)
{
    if (text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    m_statusText->setText(tr("%1 copied to the clipboard.").arg(what));
}

void MainWindow::openAccountAction(AccountAction action)
{
    m_controller->openAccountAction(action);
}

void MainWindow::openAccountPage()
{
    m_controller->openAccountPage();
}

void MainWindow::openDeactivation()
{
    m_controller->openDeactivation();
}

void MainWindow::runRowAction(const QString& deviceId, RowAction action)
{
    m_controller->runRowAction(deviceId, action, selectedDeviceIds());
}

void MainWindow::renameSession(const QString& deviceId)
{
    m_controller->rename(deviceId);
}

void MainWindow::dismissWaiting(const QString& deviceId)
{
    m_controller->dismissWaiting(deviceId);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const bool languageChanged = dialog.save();
    applyInactiveThreshold(dialog.inactiveAfterDays());
    if (languageChanged)
        m_statusText->setText(tr("The new language applies the next time Gatehouse starts."));
}

void MainWindow::applyInactiveThreshold(int days)
{
    m_model->setInactiveAfterDays(days);
    m_filterBar->setInactiveAfterDays(days);
    m_filter->invalidate();
    updateCounts();
}

QStringList MainWindow::selectedDeviceIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(DeviceListModel::NameColumn);
    for (const QModelIndex& row : rows) {
        if (!row.data(DeviceListModel::IsCurrentRole).toBool())
            ids.append(row.data(DeviceListModel::DeviceIdRole).toString());
    }
    return ids;
}

void MainWindow::selectRows(const std::function<bool(const QModelIndex&)>& wanted)
{
    QItemSelection selection;
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        if (wanted(index))
            selection.select(index, index.siblingAtColumn(DeviceListModel::ColumnCount - 1));
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

void MainWindow::selectInactiveAsk()
{
    if (const std::optional<int> days = m_prompts->askInactiveDays(m_model->inactiveAfterDays()))
        selectInactive(*days);
}

void MainWindow::selectInactive(int days)
{
    const QStringList ids = m_controller->inactiveSessionIds(days, m_model->referenceTime());
    const QSet<QString> inactive(ids.cbegin(), ids.cend());
    selectRows([&inactive](const QModelIndex& index) {
        return inactive.contains(index.data(DeviceListModel::DeviceIdRole).toString());
    });
    m_statusText->setText(tr("%n inactive session(s) selected.", nullptr, int(selectedDeviceIds().size())));
}

void MainWindow::selectAllExceptThisSession()
{
    selectRows([](const QModelIndex& index) { return !index.data(DeviceListModel::IsCurrentRole).toBool(); });
}

void MainWindow::signOutSelected()
{
    signOutSessions(selectedDeviceIds());
}

void MainWindow::signOutSessions(const QStringList& deviceIds, bool askFirst)
{
    m_controller->signOutSessions(deviceIds, askFirst);
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::ActivationChange && isActiveWindow())
        m_controller->windowActivated();
}

void MainWindow::setServices(HttpClient* http, MetadataService* metadata, AccountManager* accounts)
{
    m_http = http;
    m_metadataService = metadata;
    m_accounts = accounts;
    if (m_signInPage)
        m_signInPage->setServices(http, metadata, m_opener);
    connect(accounts, &AccountManager::accountsChanged, this, &MainWindow::updateAccountSwitcher);
    updateAccountSwitcher();
}

void MainWindow::updateAccountSwitcher()
{
    if (!m_accounts)
        return;
    const QList<SavedAccount> accounts = m_accounts->accounts();
    QStringList inMemory;
    for (const SavedAccount& account : accounts) {
        if (!m_accounts->isRemembered(account.userId))
            inMemory.append(account.userId);
    }
    m_switcher->setAccounts(accounts, inMemory);
    m_switcher->setCurrent(m_currentUser);
    m_menus->signOutAccount->setEnabled(!m_currentUser.isEmpty());
}

SignInPage* MainWindow::signInPage()
{
    if (m_signInPage)
        return m_signInPage;
    m_signInPage = new SignInPage(m_signInHolder);
    m_signInHolder->layout()->addWidget(m_signInPage);
    if (m_http)
        m_signInPage->setServices(m_http, m_metadataService, m_opener);
    connect(m_signInPage, &SignInPage::signedIn, this, &MainWindow::onSignedIn);
    connect(m_signInPage, &SignInPage::demoRequested, this, &MainWindow::demoRequested);
    connect(m_signInPage, &SignInPage::backRequested, this, [this] {
        if (m_controller->session())
            setPage(m_controller->snapshot() ? Page::Account : Page::Loading);
        m_switcher->setCurrent(m_currentUser);
    });
    return m_signInPage;
}

void MainWindow::showSignIn(const QString& note, const QString& prefill)
{
    signInPage()->setCanGoBack(m_controller->session() != nullptr);
    m_signInPage->reset(note, prefill);
    setPage(Page::Welcome);
}

void MainWindow::openSavedAccount(const QString& userId)
{
    if (!m_accounts)
        return;
    AccountSession* shown = m_controller->session();
    if (userId == m_currentUser && shown && page() != Page::Welcome)
        return;
    const std::optional<SavedAccount> account = m_accounts->find(userId);
    const std::shared_ptr<SavedTokenSource> tokens = m_accounts->tokenSource(userId);
    if (!account || !tokens) {
        showSignIn(tr("Gatehouse no longer has the account %1.").arg(UntrustedText::forMessage(userId)));
        return;
    }
    if (userId == m_currentUser && shown && shown->tokens() == tokens) {
        setPage(m_controller->snapshot() ? Page::Account : Page::Loading);
        m_switcher->setCurrent(userId);
        return;
    }
    m_currentUser = userId; // showAccount() clears it unless it names this session's tokens
    m_accounts->setLastUsed(userId);
    showAccount(new AccountSession(m_http, m_metadataService, account->homeserver, tokens), false);
    m_menus->signOutAccount->setEnabled(true);
}

void MainWindow::onSignedIn(const SignInResult& result)
{
    if (!m_accounts)
        return;
    const QString userId = result.account.userId;
    m_accounts->add(result, this, [this, userId](const QString& problem) {
        m_pendingNote = problem;
        m_currentUser.clear();
        openSavedAccount(userId);
        m_statusText->setText(tr("Signed in as %1.").arg(UntrustedText::forMessage(userId)));
    });
}

void MainWindow::signOutAccount(const QString& userId)
{
    if (!m_accounts || userId.isEmpty() || !m_prompts->confirmAccountSignOut(userId))
        return;
    m_statusText->setText(tr("Signing out of %1…").arg(UntrustedText::forMessage(userId)));
    m_accounts->signOut(userId, this, [this, userId](const std::optional<Error>& problem) {
        if (userId == m_currentUser) {
            m_controller->clearSession();
            m_currentUser.clear();
            m_model->setDevices({}, QString());
        }
        const QString done = tr("Signed out of %1.").arg(UntrustedText::forMessage(userId));
        const QList<SavedAccount> remaining = m_accounts->accounts();
        if (m_controller->session()) {
            // Another account (or the demo) stays on screen.
        } else if (!remaining.isEmpty()) {
            openSavedAccount(remaining.constFirst().userId);
        } else {
            showSignIn(problem ? done + u' ' + problem->fullText() : done);
        }
        m_statusText->setText(problem ? problem->fullText() : done);
        updateAccountSwitcher();
        Q_EMIT accountSignedOut(userId);
    });
}

} // namespace gatehouse
