#include "window/MainWindow.h"

#include "account/AccountPage.h"
#include "account/UrlOpener.h"
#include "accounts/AccountSwitcher.h"
#include "auth/AccountManager.h"
#include "auth/SavedTokenSource.h"
#include "auth/SecretStore.h"
#include "auth/SignInResult.h"
#include "cleanup/SignOutQueue.h"
#include "cleanup/SignOutQueuePanel.h"
#include "cleanup/SignOutQueueStore.h"
#include "dialogs/AboutDialog.h"
#include "dialogs/OpenManuallyDialog.h"
#include "dialogs/SettingsDialog.h"
#include "gatehouse_version.h"
#include "matrix/AccountSession.h"
#include "matrix/SessionEditor.h"
#include "model/DeviceFilterModel.h"
#include "model/RelativeTime.h"
#include "sessions/NativeSignOut.h"
#include "sessions/SessionTable.h"
#include "settings/AppSettings.h"
#include "signin/SignInPage.h"
#include "text/UntrustedText.h"
#include "widgets/Banner.h"
#include "widgets/GlyphIcon.h"
#include "widgets/StatusPage.h"
#include "window/AccountHeader.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <iterator>

namespace gatehouse {

MainWindow::MainWindow(UrlOpener* opener, QWidget* parent)
    : QMainWindow(parent)
    , m_opener(opener)
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
    , m_search(new QLineEdit(this))
    , m_activity(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_refreshButton(new QPushButton(GlyphIcon::fromSvg(QStringLiteral(":/gatehouse/icons/refresh.svg")),
                                      tr("Refresh"), this))
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
    m_filter->setSourceModel(m_model);

    m_confirm = [this](const HandOffConfirmation::Request& request) {
        return HandOffConfirmation::ask(this, request);
    };
    m_showSummary = [this](const QString& title, const QString& text) {
        QMessageBox box(this);
        box.setIcon(QMessageBox::Information);
        box.setTextFormat(Qt::PlainText);
        box.setWindowTitle(title);
        box.setText(title);
        box.setInformativeText(text);
        box.setObjectName(QStringLiteral("signOutSummary"));
        box.exec();
    };
    confirmAccountSignOut = [this](const QString& userId) {
        QMessageBox box(QMessageBox::Question, tr("Sign Out"),
                        tr("Sign out of %1?").arg(UntrustedText::forMessage(userId)), QMessageBox::Cancel,
                        this);
        box.setTextFormat(Qt::PlainText);
        box.setInformativeText(
            tr("Gatehouse ends its session on the server and forgets the account. Your other "
               "sessions stay signed in."));
        QPushButton* signOut = box.addButton(tr("Sign Out"), QMessageBox::AcceptRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        return box.clickedButton() == signOut;
    };
    askSessionName = [this](const QString& currentName) -> std::optional<QString> {
        bool ok = false;
        const QString name = QInputDialog::getText(
            this, tr("Rename Session"),
            tr("New name (at most %1 characters). People you talk to on Matrix can see it.")
                .arg(SessionEditor::MaxNameLength),
            QLineEdit::Normal, currentName, &ok);
        return ok ? std::optional<QString>(name) : std::nullopt;
    };
    askPassword = [this](bool retry) -> std::optional<QString> {
        bool ok = false;
        const QString text = retry ? tr("That password was not accepted. Enter the password of %1 again:")
                                         .arg(UntrustedText::forMessage(m_currentUser))
                                   : tr("To sign sessions out, enter the password of %1:")
                                         .arg(UntrustedText::forMessage(m_currentUser));
        const QString password = QInputDialog::getText(this, tr("Confirm with Your Password"), text,
                                                       QLineEdit::Password, QString(), &ok);
        return ok ? std::optional<QString>(password) : std::nullopt;
    };
    confirmFallback = [this](const QString& url, bool opened) {
        QMessageBox box(QMessageBox::Information, tr("Confirm in Your Browser"),
                        opened ? tr("Your server asks for a confirmation on a web page, which opened in your "
                                    "browser. Finish it there, then press Continue.")
                               : tr("Your server asks for a confirmation on a web page. Open this address in "
                                    "a browser, finish it there, then press Continue:\n%1")
                                     .arg(url),
                        QMessageBox::Cancel, this);
        box.setTextFormat(Qt::PlainText);
        QPushButton* done = box.addButton(tr("Continue"), QMessageBox::AcceptRole);
        box.exec();
        return box.clickedButton() == done;
    };
    showProblem = [this](const QString& text) {
        QMessageBox box(QMessageBox::Warning, tr("Gatehouse"), text, QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    };
    confirmNativeSignOut = [this](int count) {
        QMessageBox box(QMessageBox::Question, tr("Sign Out Sessions"),
                        tr("Sign out %n session(s)?", nullptr, count), QMessageBox::Cancel, this);
        box.setTextFormat(Qt::PlainText);
        box.setInformativeText(
            tr("Anyone using them is signed out, and their encryption keys are lost unless "
               "they are backed up."));
        QPushButton* signOut = box.addButton(tr("Sign Out"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        return box.clickedButton() == signOut;
    };
    m_browserFailed = [this](const QString& url) {
        OpenManuallyDialog dialog(url, this);
        dialog.exec();
    };

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
    buildMenus();

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

MainWindow::~MainWindow() = default;

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

    auto* filterBar = new QHBoxLayout;
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Filter by name, device ID or IP address"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter sessions"));
    m_search->setAccessibleDescription(
        tr("Shows only sessions whose name, device ID or IP address contains this text."));
    // The clear button inside the field is a tool button without words; give it some.
    if (auto* clear = m_search->findChild<QAction*>(QStringLiteral("_q_qlineeditclearaction"))) {
        clear->setText(tr("Clear filter"));
        clear->setToolTip(tr("Empties the filter box."));
    }
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(u'M') * 22);
    filterBar->addWidget(m_search, 2);
    filterBar->addSpacing(12);
    auto* showLabel = new QLabel(tr("Sho&w:"), this);
    showLabel->setBuddy(m_activity);
    filterBar->addWidget(showLabel);
    m_activity->setObjectName(QStringLiteral("activityFilter"));
    m_activity->addItem(tr("All sessions"));
    m_activity->addItem(tr("Active sessions"));
    m_activity->addItem(tr("Inactive for more than %n day(s)", nullptr, m_model->inactiveAfterDays()));
    m_activity->setAccessibleName(tr("Show sessions"));
    m_activity->setAccessibleDescription(tr("Shows all sessions, only active ones, or only inactive ones."));
    filterBar->addWidget(m_activity);
    filterBar->addSpacing(12);
    m_count->setObjectName(QStringLiteral("sessionCount"));
    m_count->setTextFormat(Qt::PlainText);
    filterBar->addWidget(m_count, 1);
    m_signOutSelectedButton = new QPushButton(tr("Sign Out Selected…"), this);
    m_signOutSelectedButton->setObjectName(QStringLiteral("signOutSelectedButton"));
    m_signOutSelectedButton->setAccessibleName(tr("Sign out selected sessions"));
    m_signOutSelectedButton->setAccessibleDescription(
        tr("Signs out every selected session except this one, one account page at a time."));
    m_signOutSelectedButton->hide();
    filterBar->addWidget(m_signOutSelectedButton);
    connect(m_signOutSelectedButton, &QPushButton::clicked, this, &MainWindow::signOutSelected);
    m_refreshButton->setObjectName(QStringLiteral("refreshButton"));
    m_refreshButton->setToolTip(tr("Load the list again from the server (F5)"));
    m_refreshButton->setAccessibleName(tr("Refresh"));
    m_refreshButton->setAccessibleDescription(tr("Loads the session list again from the server."));
    filterBar->addWidget(m_refreshButton);
    body->addLayout(filterBar);

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
        m_search->clear();
        m_activity->setCurrentIndex(0);
        m_table->setFocus();
    });
    body->addWidget(m_listStack, 1);
    m_queuePanel = new SignOutQueuePanel(this);
    body->addWidget(m_queuePanel);
    connect(m_queuePanel, &SignOutQueuePanel::continueLeftoverRequested, this,
            [this] { signOutSessions(m_leftover, false); });
    connect(m_queuePanel, &SignOutQueuePanel::discardLeftoverRequested, this, [this] {
        if (m_snapshot)
            SignOutQueueStore::clear(m_snapshot->userId, m_snapshot->baseUrl);
        m_leftover.clear();
        m_queuePanel->hide();
    });
    layout->addLayout(body, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setSearchText(text);
        updateCounts();
    });
    connect(m_activity, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_filter->setActivity(DeviceFilterModel::Activity(index));
        updateCounts();
    });
    connect(m_refreshButton, &QPushButton::clicked, this, &MainWindow::refresh);
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
    QWidget* chain[] = {
        m_header->lastInTabOrder(), m_search,        m_activity,  m_table, m_clearFilterButton,
        m_signOutSelectedButton,    m_refreshButton, m_queuePanel};
    for (size_t i = 1; i < std::size(chain); ++i)
        setTabOrder(chain[i - 1], chain[i]);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_refreshAction = file->addAction(GlyphIcon::fromSvg(QStringLiteral(":/gatehouse/icons/refresh.svg")),
                                      tr("&Refresh"), this, &MainWindow::refresh);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setShortcutContext(Qt::WindowShortcut);
    QAction* settings = file->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    // Not every platform defines a Preferences key; Ctrl+, is the common choice where it does not.
    settings->setShortcut(QKeySequence(QKeySequence::Preferences).isEmpty()
                              ? QKeySequence(Qt::CTRL | Qt::Key_Comma)
                              : QKeySequence(QKeySequence::Preferences));
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));

    QMenu* account = menuBar()->addMenu(tr("&Account"));
    m_openPageAction = account->addAction(tr("Open Account &Page"), this, &MainWindow::openAccountPage);
    const auto addAccountAction = [this, account](AccountAction action, const QString& text) {
        QAction* item = account->addAction(text, this, [this, action] { openAccountAction(action); });
        m_accountActions.insert(action, item);
    };
    addAccountAction(AccountAction::Profile, tr("&Profile"));
    addAccountAction(AccountAction::DevicesList, tr("All &Sessions"));
    addAccountAction(AccountAction::CrossSigningReset, tr("Reset &Cross-Signing…"));
    account->addSeparator();
    m_deactivateAction = account->addAction(tr("&Deactivate Account…"), this, &MainWindow::openDeactivation);
    account->addSeparator();
    m_addAccountAction = account->addAction(tr("&Add Account…"), this, [this] { showSignIn(); });
    m_signOutAccountAction = account->addAction(tr("Sign &Out of This Account…"), this, [this] {
        if (!m_currentUser.isEmpty())
            signOutAccount(m_currentUser);
    });

    QMenu* session = menuBar()->addMenu(tr("&Session"));
    m_viewAction = session->addAction(tr("&View in Browser\tEnter"), this,
                                      [this] { runRowAction(m_table->currentDeviceId(), RowAction::View); });
    m_signOutAction = session->addAction(tr("Sign &Out…\tDel"), this, [this] {
        runRowAction(m_table->currentDeviceId(), RowAction::SignOut);
    });
    m_renameAction =
        session->addAction(tr("&Rename…"), this, [this] { renameSession(m_table->currentDeviceId()); });
    m_renameAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_renameAction->setShortcutContext(Qt::WindowShortcut);
    session->addSeparator();
    m_copyIdAction = session->addAction(tr("&Copy Device ID\tCtrl+C"), this, [this] {
        copyToClipboard(m_table->currentDeviceId(), tr("Device ID"));
    });
    m_copyIpAction = session->addAction(tr("Copy &IP Address"), this, [this] {
        const int row = m_model->rowOf(m_table->currentDeviceId());
        if (row >= 0 && m_model->deviceAt(row).lastSeenIp)
            copyToClipboard(*m_model->deviceAt(row).lastSeenIp, tr("IP address"));
    });
    m_dismissAction = session->addAction(tr("&Dismiss Waiting Mark"), this,
                                         [this] { dismissWaiting(m_table->currentDeviceId()); });
    session->addSeparator();
    session->addAction(tr("Select &Inactive Sessions…"), this, &MainWindow::selectInactiveAsk);
    session->addAction(tr("Select &All Except This Session"), this, &MainWindow::selectAllExceptThisSession);
    m_signOutSelectedAction =
        session->addAction(tr("Sign Out &Selected…"), this, &MainWindow::signOutSelected);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* find = view->addAction(tr("&Filter Sessions"), this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    auto* showGroup = new QActionGroup(this);
    const QStringList showLabels = {tr("Show &All Sessions"), tr("Show A&ctive Sessions"),
                                    tr("Show &Inactive Sessions")};
    for (int i = 0; i < showLabels.size(); ++i) {
        QAction* show = view->addAction(showLabels[i], this, [this, i] { m_activity->setCurrentIndex(i); });
        show->setCheckable(true);
        show->setChecked(i == 0);
        showGroup->addAction(show);
        connect(m_activity, &QComboBox::currentIndexChanged, show,
                [show, i](int index) { show->setChecked(index == i); });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Gatehouse"), this, [this] {
        AboutDialog dialog(this);
        dialog.exec();
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    updateSessionActions();
}

MainWindow::Page MainWindow::page() const
{
    return Page(m_pages->currentIndex());
}

void MainWindow::setPage(Page page)
{
    m_pages->setCurrentIndex(int(page));
    m_refreshAction->setEnabled(m_session != nullptr && !m_loading);
    if (page != Page::Account) {
        // Account actions come back with the next snapshot (applySnapshot).
        for (QAction* action : std::as_const(m_accountActions))
            action->setEnabled(false);
        m_openPageAction->setEnabled(false);
        m_deactivateAction->setEnabled(false);
    }
    updateSessionActions();
}

void MainWindow::showNotSignedIn(const QString& message)
{
    showSignIn(message);
}

void MainWindow::showAccount(AccountSession* session, bool isDemo)
{
    if (m_session && m_session != session)
        m_session->deleteLater();
    m_session = session;
    m_session->setParent(this);
    m_isDemo = isDemo;
    if (!m_accounts || !m_accounts->find(m_currentUser) ||
        m_accounts->tokenSource(m_currentUser) != m_session->tokens())
        m_currentUser.clear();
    m_switcher->setCurrent(m_currentUser);
    m_snapshot.reset();
    m_loading = false;
    refresh();
}

void MainWindow::refresh()
{
    if (!m_session || m_loading)
        return;
    m_loading = true;
    m_refreshButton->setEnabled(false);
    m_refreshAction->setEnabled(false);
    if (!m_snapshot) {
        m_loadingPage->show(StatusPage::Kind::Busy, tr("Loading your sessions…"),
                            tr("Asking %1 for the sessions of this account.")
                                .arg(UntrustedText::forMessage(m_session->homeserver())));
        setPage(Page::Loading);
    } else {
        m_busy->show();
        m_statusText->setText(tr("Refreshing…"));
    }
    m_session->load(this, [this](const Result<AccountSnapshot>& result) {
        m_loading = false;
        m_busy->hide();
        m_refreshButton->setEnabled(true);
        m_refreshAction->setEnabled(true);
        if (result)
            applySnapshot(result.value());
        else
            showLoadError(result.error());
    });
}

void MainWindow::applySnapshot(const AccountSnapshot& snapshot)
{
    const bool first = !m_snapshot.has_value();
    m_snapshot = snapshot;
    const AccountPage page = snapshot.accountPage();
    m_header->setSnapshot(snapshot, m_isDemo);
    m_model->setOfferedActions(page.offered());
    m_model->setNativeSignOut(signsOutNatively());
    m_model->setDevices(snapshot.devices, snapshot.deviceId);
    setWindowTitle(tr("%1 – Gatehouse").arg(UntrustedText::forDisplay(snapshot.userId, 80)));

    if (snapshot.metadataError)
        m_banner->showMessage(Banner::Kind::Warning,
                              tr("The account page could not be found, so no account actions are offered. %1")
                                  .arg(snapshot.metadataError->fullText()));
    else if (!snapshot.usesOAuth())
        m_banner->showMessage(Banner::Kind::Info,
                              tr("This server uses classic sign-in and has no account page. Gatehouse signs "
                                 "sessions out itself: select one or several and press Delete."));
    else if (!page.exists())
        m_banner->showMessage(
            Banner::Kind::Info,
            tr("This server does not name an account page, so sessions can only be listed here."));
    else if (!page.isSafe())
        m_banner->showMessage(Banner::Kind::Warning, UrlSafety::explain(UrlSafety::check(*page.uri()),
                                                                        tr("The account page"), *page.uri()) +
                                                         u' ' + tr("No account actions are offered."));
    else if (page.offered().isEmpty())
        m_banner->showMessage(Banner::Kind::Info,
                              tr("Your server does not say which actions its account page "
                                 "supports. Use “Open Account Page” to manage sessions there."));
    else
        m_banner->hide();

    const AdvertisedActions offered = page.offered();
    for (auto it = m_accountActions.cbegin(); it != m_accountActions.cend(); ++it) {
        it.value()->setVisible(offered.has(it.key()));
        it.value()->setEnabled(offered.has(it.key()));
    }
    m_openPageAction->setEnabled(page.isSafe());
    m_deactivateAction->setEnabled(page.isSafe());
    setPage(Page::Account);
    updateCounts();
    m_statusText->setText(
        tr("Updated at %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    m_refreshOnActivate = false; // waiting marks and a running queue keep asking on their own
    if (first) {
        m_table->setCurrentIndex(m_filter->index(0, DeviceListModel::NameColumn));
        m_table->setFocus();
    }
    if (m_queue) {
        QSet<QString> present;
        for (const Device& device : snapshot.devices)
            present.insert(device.id);
        m_queue->observeDevices(present);
    } else if (first) {
        offerLeftoverQueue();
    }
    updateSelectionActions();
    if (!m_pendingNote.isEmpty())
        m_banner->showMessage(Banner::Kind::Warning, std::exchange(m_pendingNote, QString()));
    Q_EMIT loaded();
}

void MainWindow::showLoadError(const Error& error)
{
    // Signed out of a saved account: the list is gone for good; say so and offer to sign in again.
    if (m_snapshot && error.kind == Error::Kind::TokenRejected && !m_currentUser.isEmpty())
        m_snapshot.reset();
    if (m_snapshot) {
        // Keep what was shown; say that it may be stale.
        m_banner->showMessage(Banner::Kind::Warning,
                              tr("Could not refresh the list: %1").arg(error.fullText()));
        m_statusText->setText(tr("Refresh failed"));
        Q_EMIT loadFailed(error);
        return;
    }
    QString title;
    switch (error.kind) {
    case Error::Kind::TokenRejected:
    case Error::Kind::NoToken:
        title = tr("Not signed in");
        break;
    case Error::Kind::UnsafeUrl:
    case Error::Kind::InsecureRedirect:
        title = tr("Address refused");
        break;
    case Error::Kind::Network:
    case Error::Kind::Timeout:
    case Error::Kind::Tls:
        title = tr("Could not reach the server");
        break;
    default:
        title = tr("Could not load your sessions");
        break;
    }
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
    const int inactive = m_model->inactiveCount();
    QString text;
    if (shown == total)
        text = tr("%n session(s)", nullptr, total);
    else
        text = tr("Showing %1 of %n session(s)", nullptr, total).arg(shown);
    if (inactive > 0)
        text += tr(" · %n inactive", nullptr, inactive);
    m_count->setText(text);
    m_count->setAccessibleName(text);

    const bool noMatch = shown == 0 && m_snapshot.has_value();
    if (noMatch && total == 0) {
        m_noMatchPage->show(StatusPage::Kind::Info, tr("No sessions"),
                            tr("The server lists no sessions for this account. Refresh (F5) to ask again."));
    } else if (noMatch) {
        const QString filterText = m_search->text().trimmed();
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
    const int row = m_model->rowOf(m_table->currentDeviceId());
    const bool hasRow = row >= 0 && page() == Page::Account;
    const QList<RowAction> actions = hasRow ? m_model->actionsFor(row) : QList<RowAction>();
    m_viewAction->setEnabled(actions.contains(RowAction::View));
    m_signOutAction->setEnabled(actions.contains(RowAction::SignOut));
    m_copyIdAction->setEnabled(hasRow);
    m_renameAction->setEnabled(hasRow);
    m_copyIpAction->setEnabled(hasRow && m_model->deviceAt(row).lastSeenIp.has_value());
    m_dismissAction->setEnabled(hasRow && m_model->isWaiting(m_model->deviceAt(row).id));
}

void MainWindow::showRowMenu(const QString& deviceId, const QPoint& globalPosition)
{
    const int row = m_model->rowOf(deviceId);
    if (row < 0)
        return;
    const Device& device = m_model->deviceAt(row);
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("sessionMenu"));
    QAction* title = menu.addAction(UntrustedText::forMenu(device.displayName.value_or(device.id)));
    title->setEnabled(false);
    menu.addSeparator();
    const QList<RowAction> actions = m_model->actionsFor(row);
    for (const RowAction action : actions) {
        const QString label = action == RowAction::View ? tr("&View in Browser") : tr("Sign &Out…");
        menu.addAction(label, this, [this, deviceId, action] { runRowAction(deviceId, action); });
    }
    menu.addAction(tr("&Rename…"), this, [this, deviceId] { renameSession(deviceId); });
    menu.addSeparator();
    menu.addAction(tr("&Copy Device ID"), this,
                   [this, deviceId] { copyToClipboard(deviceId, tr("Device ID")); });
    if (device.lastSeenIp) {
        const QString ip = *device.lastSeenIp;
        menu.addAction(tr("Copy &IP Address"), this, [this, ip] { copyToClipboard(ip, tr("IP address")); });
    }
    if (m_model->isWaiting(deviceId))
        menu.addAction(tr("&Dismiss Waiting Mark"), this, [this, deviceId] { dismissWaiting(deviceId); });
    menu.exec(globalPosition);
}

void MainWindow::copyToClipboard(const QString& text, const QString& what)
{
    if (text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    m_statusText->setText(tr("%1 copied to the clipboard.").arg(what));
}

QString MainWindow::accountPageHost() const
{
    if (!m_snapshot)
        return {};
    const auto uri = m_snapshot->accountPage().uri();
    return uri ? QUrl(*uri).host() : QString();
}

bool MainWindow::handOff(const QString& url, const std::optional<QString>& waitingDeviceId)
{
    if (!m_opener || !m_opener->open(url)) {
        m_statusText->setText(tr("No browser could be opened."));
        m_browserFailed(url);
        return false;
    }
    if (waitingDeviceId)
        m_model->setWaiting(*waitingDeviceId, true);
    m_refreshOnActivate = true;
    m_statusText->setText(tr("Opened in your browser. The list updates when you come back to Gatehouse."));
    updateSessionActions();
    return true;
}

bool MainWindow::openOrExplain(const std::variant<QString, AccountPage::Refusal>& url,
                               const std::optional<HandOffConfirmation::Request>& confirmation,
                               const std::optional<QString>& waitingDeviceId)
{
    if (const auto* refusal = std::get_if<AccountPage::Refusal>(&url)) {
        m_statusText->setText(refusal->message);
        return false;
    }
    if (confirmation && !m_confirm(*confirmation))
        return false;
    return handOff(std::get<QString>(url), waitingDeviceId);
}

void MainWindow::openAccountAction(AccountAction action)
{
    if (!m_snapshot)
        return;
    std::optional<HandOffConfirmation::Request> confirmation;
    if (HandOffConfirmation::needed(action))
        confirmation = HandOffConfirmation::Request{action, {}, {}, accountPageHost(), false};
    openOrExplain(m_snapshot->accountPage().urlFor(action), confirmation, std::nullopt);
}

void MainWindow::openAccountPage()
{
    if (m_snapshot)
        openOrExplain(m_snapshot->accountPage().urlFor(std::nullopt), std::nullopt, std::nullopt);
}

void MainWindow::openDeactivation()
{
    if (!m_snapshot)
        return;
    const AccountPage page = m_snapshot->accountPage();
    const bool direct = page.offered().has(AccountAction::AccountDeactivate);
    openOrExplain(
        page.deactivationUrl(),
        HandOffConfirmation::Request{AccountAction::AccountDeactivate, {}, {}, accountPageHost(), !direct},
        std::nullopt);
}

void MainWindow::runRowAction(const QString& deviceId, RowAction action)
{
    const int row = m_model->rowOf(deviceId);
    if (row < 0 || !m_snapshot)
        return;
    if (!m_model->actionsFor(row).contains(action)) {
        if (action == RowAction::SignOut && deviceId == m_snapshot->deviceId)
            m_statusText->setText(
                tr("This is the session Gatehouse is using; it cannot be signed out from the list."));
        else
            m_statusText->setText(tr("Your server's account page does not offer this for sessions."));
        return;
    }
    if (action == RowAction::SignOut && signsOutNatively()) {
        QStringList ids;
        const QModelIndexList selected = m_table->selectionModel()->selectedRows(DeviceListModel::NameColumn);
        for (const QModelIndex& index : selected) {
            const QString id = index.data(DeviceListModel::DeviceIdRole).toString();
            if (id != m_snapshot->deviceId)
                ids.append(id);
        }
        if (!ids.contains(deviceId))
            ids = QStringList{deviceId};
        signOutNatively(ids);
        return;
    }
    const Device device = m_model->deviceAt(row);
    const AccountAction accountAction =
        action == RowAction::View ? AccountAction::DeviceView : AccountAction::DeviceDelete;
    std::optional<HandOffConfirmation::Request> confirmation;
    if (HandOffConfirmation::needed(accountAction))
        confirmation =
            HandOffConfirmation::Request{accountAction, device.displayName.value_or(tr("Unnamed session")),
                                         device.id, accountPageHost(), false};
    openOrExplain(m_snapshot->accountPage().urlFor(accountAction, device.id), confirmation, device.id);
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
    m_activity->setItemText(2, tr("Inactive for more than %n day(s)", nullptr, days));
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

void MainWindow::updateSelectionActions()
{
    const bool canSignOut =
        m_snapshot &&
        (m_snapshot->accountPage().offered().has(AccountAction::DeviceDelete) || signsOutNatively());
    const int count = int(selectedDeviceIds().size());
    m_signOutSelectedButton->setVisible(canSignOut);
    m_signOutSelectedButton->setEnabled(canSignOut && count > 0 && !m_queue);
    m_signOutSelectedButton->setText(count > 0 ? tr("Sign Out %n Selected…", nullptr, count)
                                               : tr("Sign Out Selected…"));
    m_signOutSelectedAction->setEnabled(m_signOutSelectedButton->isEnabled());
}

void MainWindow::selectInactiveAsk()
{
    bool ok = false;
    const int days = QInputDialog::getInt(this, tr("Select Inactive Sessions"),
                                          tr("Select sessions inactive for more than this many days:"),
                                          m_model->inactiveAfterDays(), 1, 3650, 1, &ok);
    if (ok)
        selectInactive(days);
}

void MainWindow::selectInactive(int days)
{
    QItemSelection selection;
    const QDateTime now = m_model->referenceTime();
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        const qint64 seen = index.data(DeviceListModel::LastSeenRole).toLongLong();
        if (!index.data(DeviceListModel::IsCurrentRole).toBool() && seen >= 0 &&
            RelativeTime::daysBetween(seen, now) > days)
            selection.select(index, index.siblingAtColumn(DeviceListModel::ColumnCount - 1));
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    m_statusText->setText(tr("%n inactive session(s) selected.", nullptr, int(selectedDeviceIds().size())));
}

void MainWindow::selectAllExceptThisSession()
{
    QItemSelection selection;
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        if (!index.data(DeviceListModel::IsCurrentRole).toBool())
            selection.select(index, index.siblingAtColumn(DeviceListModel::ColumnCount - 1));
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

void MainWindow::signOutSelected()
{
    signOutSessions(selectedDeviceIds());
}

void MainWindow::signOutSessions(const QStringList& requested, bool askFirst)
{
    if (!m_snapshot || m_queue)
        return;
    QList<SignOutQueue::Item> items;
    for (const QString& id : requested) {
        const int row = m_model->rowOf(id);
        // This session is never part of a bulk sign-out; sessions already gone are skipped silently.
        if (row < 0 || id == m_snapshot->deviceId)
            continue;
        const Device& device = m_model->deviceAt(row);
        items.append(
            {id, device.displayName.value_or(tr("Unnamed session")), SignOutQueue::ItemState::Pending});
    }
    if (items.isEmpty())
        return;
    if (signsOutNatively()) {
        // A classic server signs out the whole selection at once, after one user-interactive auth.
        QStringList ids;
        for (const SignOutQueue::Item& item : std::as_const(items))
            ids.append(item.deviceId);
        signOutNatively(ids);
        return;
    }
    const AccountPage page = m_snapshot->accountPage();
    if (!page.offered().has(AccountAction::DeviceDelete)) {
        m_statusText->setText(tr("Your server's account page does not offer signing out sessions."));
        return;
    }
    HandOffConfirmation::Request request{AccountAction::DeviceDelete,
                                         items.first().name,
                                         items.first().deviceId,
                                         accountPageHost(),
                                         false,
                                         int(items.size())};
    if (askFirst && !m_confirm(request))
        return;

    m_queue = new SignOutQueue(page, m_opener, this);
    m_queue->setItems(items);
    connect(m_queue, &SignOutQueue::checkRequested, this, &MainWindow::refresh);
    connect(m_queue, &SignOutQueue::openFailed, this, [this](const QString& url) { m_browserFailed(url); });
    // The queue may finish (and be handed off) while it still reports changes, so use it, not m_queue.
    SignOutQueue* queue = m_queue;
    const QString userId = m_snapshot->userId;
    const QString baseUrl = m_snapshot->baseUrl;
    connect(queue, &SignOutQueue::changed, this, [this, queue, userId, baseUrl] {
        if (const SignOutQueue::Item* current = queue->current();
            current && current->state == SignOutQueue::ItemState::Open)
            m_model->setWaiting(current->deviceId, true);
        if (queue->state() != SignOutQueue::State::Finished)
            SignOutQueueStore::save(userId, baseUrl, queue->remainingIds());
    });
    connect(m_queue, &SignOutQueue::finished, this, &MainWindow::onQueueFinished);
    m_queuePanel->setQueue(m_queue);
    updateSelectionActions();
    m_queue->start();
}

void MainWindow::onQueueFinished()
{
    SignOutQueue* queue = m_queue;
    m_queue = nullptr;
    SignOutQueueStore::clear(m_snapshot->userId, m_snapshot->baseUrl);
    QStringList removed, skipped, left;
    for (const SignOutQueue::Item& item : queue->items()) {
        const QString name = UntrustedText::forMessage(item.name);
        if (item.state == SignOutQueue::ItemState::Removed)
            removed.append(name);
        else if (item.state == SignOutQueue::ItemState::Skipped)
            skipped.append(name);
        else
            left.append(name);
        m_model->setWaiting(item.deviceId, false);
    }
    QStringList parts;
    parts.append(removed.isEmpty()
                     ? tr("No session was signed out.")
                     : tr("Signed out (%1): %2").arg(removed.size()).arg(removed.join(QStringLiteral(", "))));
    if (!skipped.isEmpty())
        parts.append(tr("Skipped, still signed in (%1): %2")
                         .arg(skipped.size())
                         .arg(skipped.join(QStringLiteral(", "))));
    if (!left.isEmpty())
        parts.append(
            tr("Not done, still signed in (%1): %2").arg(left.size()).arg(left.join(QStringLiteral(", "))));
    m_lastSummary = parts.join(u'\n');
    m_queuePanel->setQueue(nullptr);
    queue->deleteLater();
    updateSelectionActions();
    m_statusText->setText(queue->progressText());
    m_showSummary(tr("Sign-out finished: %1").arg(queue->progressText()), m_lastSummary);
}

void MainWindow::offerLeftoverQueue()
{
    m_leftover.clear();
    const QStringList saved = SignOutQueueStore::load(m_snapshot->userId, m_snapshot->baseUrl);
    for (const QString& id : saved) {
        if (m_model->rowOf(id) >= 0 && id != m_snapshot->deviceId)
            m_leftover.append(id);
    }
    if (m_leftover.isEmpty()) {
        SignOutQueueStore::clear(m_snapshot->userId, m_snapshot->baseUrl);
        return;
    }
    if (m_snapshot->accountPage().offered().has(AccountAction::DeviceDelete))
        m_queuePanel->offerLeftover(int(m_leftover.size()));
}

void MainWindow::dismissWaiting(const QString& deviceId)
{
    m_model->setWaiting(deviceId, false);
    updateSessionActions();
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    // Back from the browser: the account page gives no callback, so look again.
    const bool expectingChanges = m_refreshOnActivate || m_model->hasWaiting() || m_queue;
    if (event->type() == QEvent::ActivationChange && isActiveWindow() && expectingChanges) {
        m_refreshOnActivate = false;
        refresh();
    }
}

} // namespace gatehouse

namespace gatehouse {

QString MainWindow::statusText() const
{
    return m_statusText->text();
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
    m_signOutAccountAction->setEnabled(!m_currentUser.isEmpty());
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
        if (m_session)
            setPage(m_snapshot ? Page::Account : Page::Loading);
        m_switcher->setCurrent(m_currentUser);
    });
    return m_signInPage;
}

void MainWindow::showSignIn(const QString& note, const QString& prefill)
{
    signInPage()->setCanGoBack(m_session != nullptr);
    m_signInPage->reset(note, prefill);
    setPage(Page::Welcome);
}

void MainWindow::openSavedAccount(const QString& userId)
{
    if (!m_accounts)
        return;
    if (userId == m_currentUser && m_session && page() != Page::Welcome)
        return;
    const std::optional<SavedAccount> account = m_accounts->find(userId);
    const std::shared_ptr<SavedTokenSource> tokens = m_accounts->tokenSource(userId);
    if (!account || !tokens) {
        showSignIn(tr("Gatehouse no longer has the account %1.").arg(UntrustedText::forMessage(userId)));
        return;
    }
    if (userId == m_currentUser && m_session && m_session->tokens() == tokens) {
        setPage(m_snapshot ? Page::Account : Page::Loading);
        m_switcher->setCurrent(userId);
        return;
    }
    m_currentUser = userId;
    m_accounts->setLastUsed(userId);
    auto* session = new AccountSession(m_http, m_metadataService, account->homeserver, tokens);
    m_currentUser = userId;
    // showAccount() clears m_currentUser unless it names this session's tokens.
    showAccount(session, false);
    m_signOutAccountAction->setEnabled(true);
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
    if (!m_accounts || userId.isEmpty() || !confirmAccountSignOut(userId))
        return;
    m_statusText->setText(tr("Signing out of %1…").arg(UntrustedText::forMessage(userId)));
    m_accounts->signOut(userId, this, [this, userId](const std::optional<Error>& problem) {
        if (userId == m_currentUser) {
            if (m_session)
                m_session->deleteLater();
            m_session = nullptr;
            m_snapshot.reset();
            m_currentUser.clear();
            m_model->setDevices({}, QString());
        }
        const QString done = tr("Signed out of %1.").arg(UntrustedText::forMessage(userId));
        const QList<SavedAccount> remaining = m_accounts->accounts();
        if (m_session) {
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

void MainWindow::renameSession(const QString& deviceId)
{
    const int row = m_model->rowOf(deviceId);
    if (row < 0 || !m_session || !m_session->devicesClient() || !m_snapshot)
        return;
    const Device device = m_model->deviceAt(row);
    std::optional<QString> name = askSessionName(device.displayName.value_or(QString()));
    while (name && !SessionEditor::nameProblem(*name).isEmpty()) {
        // Said before anything is sent; the person can shorten the name and try again.
        const QString problem = SessionEditor::nameProblem(*name);
        m_statusText->setText(problem);
        showProblem(problem);
        name = askSessionName(*name);
    }
    if (!name)
        return;
    auto* editor = new SessionEditor(m_session->devicesClient(), m_snapshot->usesOAuth(), this);
    m_statusText->setText(tr("Renaming…"));
    editor->rename(
        deviceId, name->trimmed(), this, [this, editor, deviceId](const std::optional<Error>& error) {
            editor->deleteLater();
            if (error) {
                m_statusText->setText(tr("The session could not be renamed: %1").arg(error->fullText()));
                return;
            }
            m_statusText->setText(tr("The session was renamed."));
            Q_EMIT sessionRenamed(deviceId);
            refresh();
        });
}

bool MainWindow::signsOutNatively() const
{
    // Only on a server without the OAuth 2.0 API; invalid metadata is a server error, not a classic server.
    return m_snapshot && !m_snapshot->usesOAuth() && !m_snapshot->metadataError;
}

void MainWindow::signOutNatively(const QStringList& deviceIds)
{
    if (!signsOutNatively() || deviceIds.isEmpty() || !m_session || !m_session->devicesClient())
        return;
    if (!confirmNativeSignOut(int(deviceIds.size())))
        return;
    auto* editor = new SessionEditor(m_session->devicesClient(), false, this);
    auto* flow = new NativeSignOut(editor, m_opener, m_snapshot->userId, deviceIds, editor);
    flow->askPassword = askPassword;
    flow->confirmFallback = confirmFallback;
    m_statusText->setText(tr("Signing out %n session(s)…", nullptr, int(deviceIds.size())));
    connect(flow, &NativeSignOut::finished, this,
            [this, editor, deviceIds](const std::optional<Error>& error) {
                editor->deleteLater();
                if (error) {
                    m_statusText->setText(
                        error->kind == Error::Kind::Cancelled
                            ? error->message
                            : tr("The sessions could not be signed out: %1").arg(error->fullText()));
                    return;
                }
                m_statusText->setText(tr("%n session(s) signed out.", nullptr, int(deviceIds.size())));
                Q_EMIT sessionsSignedOut(deviceIds);
                refresh();
            });
    flow->start();
}

} // namespace gatehouse
