#include "window/MainWindow.h"

#include "accounts/AccountSwitcher.h"
#include "cleanup/CleanupRun.h"
#include "cleanup/SignOutQueuePanel.h"
#include "dialogs/DialogPrompts.h"
#include "dialogs/SettingsDialog.h"
#include "matrix/AccountSession.h"
#include "model/DeviceFilterModel.h"
#include "sessions/SessionListStack.h"
#include "sessions/SessionRowMenu.h"
#include "sessions/SessionTable.h"
#include "sessions/SessionWorkspace.h"
#include "settings/AppSettings.h"
#include "signin/SignInPage.h"
#include "text/UntrustedText.h"
#include "widgets/Banner.h"
#include "widgets/StatusPage.h"
#include "widgets/SvgIcon.h"
#include "window/AccountHeader.h"
#include "window/AccountNotice.h"
#include "window/AccountSwitching.h"
#include "window/FilterBar.h"
#include "window/LoadErrorPage.h"
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
    , m_switching(new AccountSwitching(this))
    , m_loadingPage(new StatusPage(this))
    , m_errorPage(new LoadErrorPage(this))
    , m_accountPage(new QWidget(this))
    , m_header(new AccountHeader(this))
    , m_banner(new Banner(this))
    , m_filterBar(new FilterBar(this))
    , m_table(new SessionTable(this))
    , m_listStack(new SessionListStack(m_table, this))
    , m_statusText(new QLabel(this))
    , m_busy(new QProgressBar(this))
{
    setWindowTitle(QStringLiteral("Gatehouse"));
    setWindowIcon(SvgIcon::fromFile(QStringLiteral(":/gatehouse/icons/gatehouse.svg")));
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
    connect(m_switching, &AccountSwitching::accountSignedOut, this, &MainWindow::accountSignedOut);
    connect(m_switcher, &AccountSwitcher::switchRequested, this, &MainWindow::openSavedAccount);
    connect(m_switcher, &AccountSwitcher::addRequested, this, [this] { showSignIn(); });
    connect(m_switcher, &AccountSwitcher::signOutRequested, this, &MainWindow::signOutAccount);
    auto* holderLayout = new QVBoxLayout(m_signInHolder);
    holderLayout->setContentsMargins(0, 0, 0, 0);
    m_loadingPage->setObjectName(QStringLiteral("loadingPage"));
    m_accountPage->setObjectName(QStringLiteral("accountPage"));
    buildAccountPage();
    m_menus = new MainMenus(this);
    m_menus->bind(this);
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
    connect(m_listStack, &SessionListStack::clearFilterRequested, this, [this] {
        m_filterBar->clearFilter();
        m_table->setFocus();
    });
    body->addWidget(new SessionWorkspace(m_listStack, m_table, m_model, m_controller, m_opener, this), 1);
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
    connect(m_header, &AccountHeader::actionRequested, m_controller, &AccountController::openAccountAction);
    connect(m_header, &AccountHeader::openPageRequested, m_controller, &AccountController::openAccountPage);
    connect(m_header, &AccountHeader::deactivateRequested, m_controller,
            &AccountController::openDeactivation);
    connect(m_errorPage, &LoadErrorPage::retryRequested, this, &MainWindow::refresh);
    connect(m_errorPage, &LoadErrorPage::signInAgainRequested, this,
            [this] { showSignIn(QString(), currentAccount()); });
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
    QWidget* chain[] = {m_header->lastInTabOrder(),       m_filterBar->search(),
                        m_filterBar->activity(),          m_table,
                        m_listStack->clearFilterButton(), m_filterBar->signOutSelectedButton(),
                        m_filterBar->refreshButton(),     m_queuePanel};
    for (size_t i = 1; i < std::size(chain); ++i)
        setTabOrder(chain[i - 1], chain[i]);
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

SignOutQueue* MainWindow::signOutQueue() const
{
    return m_controller->cleanup() ? m_controller->cleanup()->queue() : nullptr;
}

QString MainWindow::statusText() const
{
    return m_statusText->text();
}

void MainWindow::setStatusText(const QString& text)
{
    m_statusText->setText(text);
}

void MainWindow::setPage(Page page)
{
    m_pages->setCurrentIndex(int(page));
    m_menus->refresh->setEnabled(m_controller->session() != nullptr && !m_controller->isLoading());
    if (page != Page::Account) // account actions come back with the next snapshot
        m_menus->updateAccount(m_controller->actions(), false);
    updateSessionActions();
}

void MainWindow::showAccount(AccountSession* session, bool isDemo)
{
    m_isDemo = isDemo;
    m_controller->setSession(session, m_switching->adopt(session));
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
    m_header->setSnapshot(snapshot, actions, m_isDemo);
    m_model->setSessionActions(actions);
    m_model->setDevices(snapshot.devices, snapshot.deviceId);
    setWindowTitle(tr("%1 – Gatehouse").arg(UntrustedText::forTitle(snapshot.userId, 80)));
    if (const auto notice = AccountNotice::about(snapshot, actions))
        m_banner->showMessage(notice->kind, notice->text);
    else
        m_banner->hide();
    m_menus->updateAccount(actions, true);
    updateCounts();
    m_statusText->setText(
        tr("Updated at %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    // The first row's details are filled before the page is shown (the first time it is still hidden), so
    // the window is laid out once for the page and its details, not once for each.
    if (first)
        m_table->setCurrentIndex(m_filter->index(0, DeviceListModel::NameColumn));
    setPage(Page::Account);
    if (first)
        m_table->setFocus();
    updateSelectionActions();
    if (const QString note = m_switching->takePendingNote(); !note.isEmpty())
        m_banner->showMessage(Banner::Kind::Warning, note);
}

void MainWindow::onLoadFailed(const Error& error)
{
    m_busy->hide();
    m_filterBar->refreshButton()->setEnabled(true);
    m_menus->refresh->setEnabled(true);
    if (m_controller->snapshot() || m_controller->showsStoredList()) {
        // Keep what was shown; say that it may be stale.
        m_banner->showMessage(Banner::Kind::Warning,
                              tr("Could not refresh the list: %1").arg(error.fullText()));
        m_statusText->setText(tr("Refresh failed"));
        Q_EMIT loadFailed(error);
        return;
    }
    m_errorPage->showError(error, !currentAccount().isEmpty());
    setPage(Page::Error);
    m_errorPage->retryButton()->setFocus();
    Q_EMIT loadFailed(error);
}

void MainWindow::updateCounts()
{
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    m_filterBar->setCounts(total, shown, m_model->inactiveCount());
    m_listStack->showCounts(total, shown, m_controller->snapshot().has_value(),
                            m_filterBar->search()->text().trimmed());
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
    connect(&menu, &SessionRowMenu::renameChosen, m_controller,
            [this, deviceId] { m_controller->rename(deviceId); });
    connect(&menu, &SessionRowMenu::copyIdChosen, this,
            [this, deviceId] { copyToClipboard(deviceId, tr("Device ID")); });
    connect(&menu, &SessionRowMenu::copyIpChosen, this,
            [this, device] { copyToClipboard(device.lastSeenIp.value_or(QString()), tr("IP address")); });
    connect(&menu, &SessionRowMenu::dismissChosen, m_controller,
            [this, deviceId] { m_controller->dismissWaiting(deviceId); });
    menu.exec(globalPosition);
}

void MainWindow::copyToClipboard(const QString& text, const QString& what)
{
    if (text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    m_statusText->setText(tr("%1 copied to the clipboard.").arg(what));
}

void MainWindow::runRowAction(const QString& deviceId, RowAction action)
{
    m_controller->runRowAction(deviceId, action, selectedDeviceIds());
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
    if (!m_controller->snapshot())
        return {};
    QStringList ids;
    for (const QModelIndex& row : m_table->selectionModel()->selectedRows(DeviceListModel::NameColumn))
        ids.append(row.data(DeviceListModel::DeviceIdRole).toString());
    return m_controller->actions().signOutSelection(ids, m_controller->snapshot()->devices);
}

void MainWindow::selectInactiveAsk()
{
    if (const std::optional<int> days = m_prompts->askInactiveDays(m_model->inactiveAfterDays()))
        selectInactive(*days);
}

void MainWindow::selectInactive(int days)
{
    const QStringList ids = m_controller->inactiveSessionIds(days, m_model->referenceTime());
    m_table->selectDevices(QSet<QString>(ids.cbegin(), ids.cend()));
    m_statusText->setText(tr("%n inactive session(s) selected.", nullptr, int(selectedDeviceIds().size())));
}

void MainWindow::selectAllExceptThisSession()
{
    const QStringList others = m_controller->sessionIdsExceptThisOne();
    m_table->selectDevices(QSet<QString>(others.cbegin(), others.cend()));
}

void MainWindow::signOutSelected()
{
    m_controller->signOutSessions(selectedDeviceIds());
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::ActivationChange && isActiveWindow())
        m_controller->windowActivated();
}

void MainWindow::setServices(HttpClient* http, MetadataService* metadata, AccountManager* accounts)
{
    if (m_signInPage)
        m_signInPage->setServices(http, metadata, m_opener);
    m_switching->setServices(http, metadata, accounts);
}

QString MainWindow::currentAccount() const
{
    return m_switching->currentUser();
}

void MainWindow::openSavedAccount(const QString& userId)
{
    m_switching->open(userId);
}

void MainWindow::signOutAccount(const QString& userId)
{
    m_switching->signOut(userId);
}

void MainWindow::returnToAccount()
{
    if (m_controller->session())
        setPage(m_controller->snapshot() || m_controller->showsStoredList() ? Page::Account : Page::Loading);
    m_switcher->setCurrent(currentAccount());
}

SignInPage* MainWindow::signInPage()
{
    if (m_signInPage)
        return m_signInPage;
    m_signInPage = new SignInPage(m_signInHolder);
    m_signInHolder->layout()->addWidget(m_signInPage);
    if (m_switching->http())
        m_signInPage->setServices(m_switching->http(), m_switching->metadata(), m_opener);
    connect(m_signInPage, &SignInPage::signedIn, m_switching, &AccountSwitching::signedIn);
    connect(m_signInPage, &SignInPage::demoRequested, this, &MainWindow::demoRequested);
    connect(m_signInPage, &SignInPage::backRequested, this, &MainWindow::returnToAccount);
    return m_signInPage;
}

void MainWindow::showSignIn(const QString& note, const QString& prefill)
{
    signInPage()->setCanGoBack(m_controller->session() != nullptr);
    m_signInPage->reset(note, prefill);
    setPage(Page::Welcome);
}

} // namespace gatehouse
