#include "window/MainWindow.h"

#include "account/AccountPage.h"
#include "account/UrlOpener.h"
#include "dialogs/OpenManuallyDialog.h"
#include "gatehouse_version.h"
#include "matrix/AccountSession.h"
#include "model/DeviceFilterModel.h"
#include "sessions/SessionTable.h"
#include "settings/AppSettings.h"
#include "text/UntrustedText.h"
#include "widgets/Banner.h"
#include "widgets/StatusPage.h"
#include "window/AccountHeader.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
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

namespace gatehouse {

MainWindow::MainWindow(UrlOpener* opener, QWidget* parent)
    : QMainWindow(parent)
    , m_opener(opener)
    , m_model(new DeviceListModel(this))
    , m_filter(new DeviceFilterModel(this))
    , m_pages(new QStackedWidget(this))
    , m_welcomePage(new StatusPage(this))
    , m_loadingPage(new StatusPage(this))
    , m_errorPage(new StatusPage(this))
    , m_accountPage(new QWidget(this))
    , m_header(new AccountHeader(this))
    , m_banner(new Banner(this))
    , m_search(new QLineEdit(this))
    , m_activity(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_refreshButton(
          new QPushButton(QIcon(QStringLiteral(":/gatehouse/icons/refresh.svg")), tr("Refresh"), this))
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
    m_browserFailed = [this](const QString& url) {
        OpenManuallyDialog dialog(url, this);
        dialog.exec();
    };

    m_pages->addWidget(m_welcomePage);
    m_pages->addWidget(m_loadingPage);
    m_pages->addWidget(m_errorPage);
    m_pages->addWidget(m_accountPage);
    setCentralWidget(m_pages);
    m_welcomePage->setObjectName(QStringLiteral("welcomePage"));
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
    m_search->setMinimumWidth(280);
    filterBar->addWidget(m_search, 2);
    filterBar->addSpacing(12);
    auto* showLabel = new QLabel(tr("&Show:"), this);
    showLabel->setBuddy(m_activity);
    filterBar->addWidget(showLabel);
    m_activity->setObjectName(QStringLiteral("activityFilter"));
    m_activity->addItem(tr("All sessions"));
    m_activity->addItem(tr("Active sessions"));
    m_activity->addItem(tr("Inactive for more than %n day(s)", nullptr, m_model->inactiveAfterDays()));
    m_activity->setAccessibleName(tr("Show sessions"));
    filterBar->addWidget(m_activity);
    filterBar->addSpacing(12);
    m_count->setObjectName(QStringLiteral("sessionCount"));
    m_count->setTextFormat(Qt::PlainText);
    filterBar->addWidget(m_count, 1);
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
    QPushButton* clear = m_noMatchPage->addButton(tr("Clear Filter"));
    connect(clear, &QPushButton::clicked, this, [this] {
        m_search->clear();
        m_activity->setCurrentIndex(0);
        m_table->setFocus();
    });
    body->addWidget(m_listStack, 1);
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
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCounts);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCounts);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &MainWindow::updateCounts);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateCounts); // a new filter

    setTabOrder(m_search, m_activity);
    setTabOrder(m_activity, m_refreshButton);
    setTabOrder(m_refreshButton, m_table);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_refreshAction = file->addAction(QIcon(QStringLiteral(":/gatehouse/icons/refresh.svg")), tr("&Refresh"),
                                      this, &MainWindow::refresh);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setShortcutContext(Qt::WindowShortcut);
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

    QMenu* session = menuBar()->addMenu(tr("&Session"));
    m_viewAction = session->addAction(tr("&View in Browser\tEnter"), this,
                                      [this] { runRowAction(m_table->currentDeviceId(), RowAction::View); });
    m_signOutAction = session->addAction(tr("Sign &Out…\tDel"), this, [this] {
        runRowAction(m_table->currentDeviceId(), RowAction::SignOut);
    });
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
        QMessageBox box(this);
        box.setWindowTitle(tr("About Gatehouse"));
        box.setIconPixmap(QIcon(QStringLiteral(":/gatehouse/icons/gatehouse.svg")).pixmap(64, 64));
        box.setTextFormat(Qt::PlainText);
        box.setText(tr("Gatehouse %1").arg(QStringLiteral(GATEHOUSE_VERSION)));
        box.setInformativeText(
            tr("See every session signed in to your Matrix account and end the ones you do not "
               "recognise.\n\nLicensed under the GNU General Public License, version 3 or later."));
        box.exec();
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
    m_welcomePage->show(StatusPage::Kind::Info, tr("Welcome to Gatehouse"), message);
    m_welcomePage->clearButtons();
    QPushButton* demo = m_welcomePage->addButton(tr("Try the Demo Server"));
    demo->setObjectName(QStringLiteral("tryDemoButton"));
    connect(demo, &QPushButton::clicked, this, &MainWindow::demoRequested);
    setPage(Page::Welcome);
}

void MainWindow::showAccount(AccountSession* session, bool isDemo)
{
    if (m_session && m_session != session)
        m_session->deleteLater();
    m_session = session;
    m_session->setParent(this);
    m_isDemo = isDemo;
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
    m_model->setDevices(snapshot.devices, snapshot.deviceId);
    setWindowTitle(tr("%1 – Gatehouse").arg(UntrustedText::forDisplay(snapshot.userId, 80)));

    if (snapshot.metadataError)
        m_banner->showMessage(Banner::Kind::Warning,
                              tr("The account page could not be found, so no account actions are offered. %1")
                                  .arg(snapshot.metadataError->fullText()));
    else if (!snapshot.usesOAuth())
        m_banner->showMessage(Banner::Kind::Info,
                              tr("This server uses classic sign-in and has no account page. "
                                 "The list is read-only for now."));
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
    m_refreshOnActivate = m_model->hasWaiting();
    if (first) {
        m_table->setCurrentIndex(m_filter->index(0, DeviceListModel::NameColumn));
        m_table->setFocus();
    }
    Q_EMIT loaded();
}

void MainWindow::showLoadError(const Error& error)
{
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
    QPushButton* retry = m_errorPage->addButton(tr("Try Again"));
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

    const bool noMatch = total > 0 && shown == 0;
    if (noMatch) {
        const QString filterText = m_search->text().trimmed();
        m_noMatchPage->show(StatusPage::Kind::Info, tr("No sessions match"),
                            filterText.isEmpty()
                                ? tr("No session fits the chosen filter.")
                                : tr("No session's name, device ID or IP address contains “%1”.")
                                      .arg(UntrustedText::forMessage(filterText)));
    }
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
    if (!actions.isEmpty())
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

void MainWindow::openAccountAction(AccountAction action)
{
    if (!m_snapshot)
        return;
    const AccountPage page = m_snapshot->accountPage();
    const auto url = page.urlFor(action);
    if (const auto* refusal = std::get_if<AccountPage::Refusal>(&url)) {
        m_statusText->setText(refusal->message);
        return;
    }
    if (HandOffConfirmation::needed(action) && !m_confirm({action, {}, {}, accountPageHost(), false}))
        return;
    handOff(std::get<QString>(url), std::nullopt);
}

void MainWindow::openAccountPage()
{
    if (!m_snapshot)
        return;
    const auto url = m_snapshot->accountPage().urlFor(std::nullopt);
    if (const auto* refusal = std::get_if<AccountPage::Refusal>(&url)) {
        m_statusText->setText(refusal->message);
        return;
    }
    handOff(std::get<QString>(url), std::nullopt);
}

void MainWindow::openDeactivation()
{
    if (!m_snapshot)
        return;
    const AccountPage page = m_snapshot->accountPage();
    const auto url = page.deactivationUrl();
    if (const auto* refusal = std::get_if<AccountPage::Refusal>(&url)) {
        m_statusText->setText(refusal->message);
        return;
    }
    const bool direct = page.offered().has(AccountAction::AccountDeactivate);
    if (!m_confirm({AccountAction::AccountDeactivate, {}, {}, accountPageHost(), !direct}))
        return;
    handOff(std::get<QString>(url), std::nullopt);
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
    const Device device = m_model->deviceAt(row);
    const AccountPage page = m_snapshot->accountPage();
    const AccountAction accountAction =
        action == RowAction::View ? AccountAction::DeviceView : AccountAction::DeviceDelete;
    const auto url = page.urlFor(accountAction, device.id);
    if (const auto* refusal = std::get_if<AccountPage::Refusal>(&url)) {
        m_statusText->setText(refusal->message);
        return;
    }
    if (HandOffConfirmation::needed(accountAction) &&
        !m_confirm({accountAction, device.displayName.value_or(tr("Unnamed session")), device.id,
                    accountPageHost(), false}))
        return;
    handOff(std::get<QString>(url), device.id);
}

void MainWindow::dismissWaiting(const QString& deviceId)
{
    m_model->setWaiting(deviceId, false);
    m_refreshOnActivate = m_model->hasWaiting();
    updateSessionActions();
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    // Back from the browser: the account page gives no callback, so look again.
    if (event->type() == QEvent::ActivationChange && isActiveWindow() && m_refreshOnActivate) {
        m_refreshOnActivate = false;
        refresh();
    }
}

} // namespace gatehouse
