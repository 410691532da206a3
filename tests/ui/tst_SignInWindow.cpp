// The window's sign-in path (offscreen): the sign-in screen against OAuth and classic servers, the waiting
// state with Cancel and its messages, several accounts with a one-click switcher, sign-out, renaming, and
// classic sign-out of selected sessions with the password stage.
#include "RecordingPrompts.h"
#include "ScriptedBrowser.h"
#include "TestServer.h"
#include "account/AccountController.h"
#include "accounts/AccountSwitcher.h"
#include "auth/AccountManager.h"
#include "auth/SavedAccount.h"
#include "demo/DemoSignIn.h"
#include "history/HistoryStore.h"
#include "history/WindowHistory.h"
#include "matrix/CanonicalBaseUrl.h"
#include "matrix/MetadataService.h"
#include "network/HttpClient.h"
#include "sessions/SessionTable.h"
#include "settings/AppSettings.h"
#include "signin/SignInPage.h"
#include "widgets/StatusPage.h"
#include "window/MainWindow.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace gatehouse;
using namespace gatehouse::test;

namespace {

DemoOptions optionsFor(const QString& userId, DemoOptions::Metadata metadata = DemoOptions::Metadata::Stable)
{
    DemoOptions options;
    options.userId = userId;
    options.metadata = metadata;
    return options;
}

} // namespace

class TestSignInWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void signInScreenLeadsThroughOAuth();
    void waitingStateHasCancel();
    void browserTimeoutIsSaid();
    void refusedRegistrationIsSaid();
    void switchingAccountsIsOneClick();
    void signOutRevokesAndReturnsToSignIn();
    void renameReportsTheLimitClearly();
    void classicServerSignsInAndSignsSessionsOut();
    void rejectedRefreshOffersToSignInAgain();
    void switchingBackShowsTheStoredListAtOnce();
    void signOutAsksWhetherToKeepTheHistory();
    void firstSignInAsksWhetherToWatchTheAccount();

private:
    void signIn(TestServer& server);
    ScriptedBrowser* m_browser = nullptr;
    HttpClient* m_http = nullptr;
    MetadataService* m_metadata = nullptr;
    AccountManager* m_accounts = nullptr;
    RecordingPrompts m_prompts;
    MainWindow* m_window = nullptr;
    QList<TestServer*> m_servers;
    // For the history tests: the file, and the window's part of it.
    std::unique_ptr<QTemporaryDir> m_historyDir;
    std::unique_ptr<HistoryStore> m_history;
    void useHistory();
};

void TestSignInWindow::useHistory()
{
    m_historyDir = std::make_unique<QTemporaryDir>();
    m_history = std::make_unique<HistoryStore>(m_historyDir->filePath(QStringLiteral("history.sqlite")));
    QCOMPARE(m_history->open(), HistoryStore::State::Open);
    new WindowHistory(m_window, m_history.get());
}

void TestSignInWindow::init()
{
    // Each test starts without settings. The settings folder outlives a run, and a server that gets a port
    // an earlier run or test already used would find its account's watch question answered already.
    QSettings().clear();
    m_browser = new ScriptedBrowser(this);
    m_http = new HttpClient(this);
    m_metadata = new MetadataService(m_http, this);
    m_accounts = new AccountManager(m_http, this);
    m_window = new MainWindow(m_browser);
    m_window->setServices(m_http, m_metadata, m_accounts);
    m_window->setPrompts(&m_prompts);
    m_window->showNotSignedIn(QString());
    m_window->show();
}

void TestSignInWindow::cleanup()
{
    delete m_window;
    m_history.reset();
    m_historyDir.reset();
    delete m_accounts;
    delete m_metadata;
    delete m_http;
    delete m_browser;
    qDeleteAll(m_servers);
    m_servers.clear();
}

void TestSignInWindow::signIn(TestServer& server)
{
    // Kept in memory: this test has no keychain.
    m_accounts->setEphemeralHomeserver(server.baseUrl());
    m_window->showSignIn();
    SignInPage* page = m_window->signInPage();
    page->serverField()->setText(server.baseUrl());
    QTest::mouseClick(page->continueButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page->step(), SignInPage::Step::Methods, 10'000);
    QTest::mouseClick(page->browserButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->page(), MainWindow::Page::Account, 15'000);
}

void TestSignInWindow::signInScreenLeadsThroughOAuth()
{
    auto* server = m_servers.emplace_back(new TestServer);
    SignInPage* page = m_window->signInPage();
    QCOMPARE(m_window->page(), MainWindow::Page::Welcome);
    QVERIFY(!page->continueButton()->isEnabled());
    page->serverField()->setText(server->baseUrl());
    QVERIFY(page->continueButton()->isEnabled());
    QTest::mouseClick(page->continueButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page->step(), SignInPage::Step::Methods, 10'000);
    QVERIFY(page->browserButton()->isVisible());
    QVERIFY(page->createButton()->isVisible());
    QVERIFY(page->codeButton()->isVisible());
    QVERIFY(!page->passwordField()->isVisible());
    m_accounts->setEphemeralHomeserver(server->baseUrl());
    QTest::mouseClick(page->browserButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->page(), MainWindow::Page::Account, 15'000);
    QCOMPARE(m_window->currentAccount(), QStringLiteral("@alice:localhost"));
    QCOMPARE(m_window->accountSwitcher()->userIds(), QStringList{QStringLiteral("@alice:localhost")});
    QVERIFY(m_window->accountSwitcher()->isVisible());
    QCOMPARE(m_browser->opened.size(), 1);
    QVERIFY(m_window->snapshot()->deviceId.size() >= 10);
}

void TestSignInWindow::waitingStateHasCancel()
{
    auto* server = m_servers.emplace_back(new TestServer);
    m_browser->autoBrowse = false;
    SignInPage* page = m_window->signInPage();
    page->serverField()->setText(server->baseUrl());
    QTest::keyClick(page->serverField(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(page->step(), SignInPage::Step::Methods, 10'000);
    QTest::mouseClick(page->browserButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page->step(), SignInPage::Step::WaitingForBrowser, 10'000);
    QVERIFY(page->cancelButton()->isVisible());
    QVERIFY(page->findChild<QLineEdit*>(QStringLiteral("authorizationUrl"))
                ->text()
                .startsWith(server->baseUrl()));
    QTest::mouseClick(page->cancelButton(), Qt::LeftButton);
    QCOMPARE(page->step(), SignInPage::Step::Methods);
    QCOMPARE(page->message(), QStringLiteral("The sign-in was cancelled."));
    QCOMPARE(m_window->page(), MainWindow::Page::Welcome);
}

void TestSignInWindow::browserTimeoutIsSaid()
{
    auto* server = m_servers.emplace_back(new TestServer);
    m_browser->autoBrowse = false;
    SignInPage* page = m_window->signInPage();
    page->setBrowserTimeoutMs(150);
    page->serverField()->setText(server->baseUrl());
    QTest::mouseClick(page->continueButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page->step(), SignInPage::Step::Methods, 10'000);
    QTest::mouseClick(page->browserButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->message().contains(QStringLiteral("did not come back")), 10'000);
    QCOMPARE(page->step(), SignInPage::Step::Methods);
}

void TestSignInWindow::refusedRegistrationIsSaid()
{
    auto* server = m_servers.emplace_back(new TestServer);
    (*server)->signIn().setRefuseRegistration(QStringLiteral("invalid_client_metadata"));
    SignInPage* page = m_window->signInPage();
    page->serverField()->setText(server->baseUrl());
    QTest::mouseClick(page->continueButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page->step(), SignInPage::Step::Methods, 10'000);
    QTest::mouseClick(page->browserButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->message().contains(QStringLiteral("refused to register Gatehouse")),
                             10'000);
}

void TestSignInWindow::switchingAccountsIsOneClick()
{
    auto* alice = m_servers.emplace_back(new TestServer(optionsFor(QStringLiteral("@alice:localhost"))));
    auto* bob = m_servers.emplace_back(new TestServer(optionsFor(QStringLiteral("@bob:localhost"))));
    signIn(*alice);
    signIn(*bob);
    QCOMPARE(m_window->currentAccount(), QStringLiteral("@bob:localhost"));
    AccountSwitcher* switcher = m_window->accountSwitcher();
    QCOMPARE(switcher->userIds().size(), 2);
    const int aliceTab = int(switcher->userIds().indexOf(QStringLiteral("@alice:localhost")));
    QTest::mouseClick(switcher->tabBar(), Qt::LeftButton, {}, switcher->tabBar()->tabRect(aliceTab).center());
    QCOMPARE(m_window->currentAccount(), QStringLiteral("@alice:localhost"));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->page(), MainWindow::Page::Account, 10'000);
    QCOMPARE(m_window->snapshot()->userId, QStringLiteral("@alice:localhost"));
}

void TestSignInWindow::signOutRevokesAndReturnsToSignIn()
{
    auto* alice = m_servers.emplace_back(new TestServer(optionsFor(QStringLiteral("@alice:localhost"))));
    auto* bob = m_servers.emplace_back(new TestServer(optionsFor(QStringLiteral("@bob:localhost"))));
    signIn(*alice);
    signIn(*bob);
    const QString bobDevice = m_window->snapshot()->deviceId;
    QSignalSpy signedOut(m_window, &MainWindow::accountSignedOut);
    QTest::mouseClick(m_window->accountSwitcher()->signOutButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(signedOut.count(), 1, 10'000);
    QVERIFY(!(*bob)->account().device(bobDevice));
    QVERIFY(!(*bob)->signIn().revokedWithClient().isEmpty());
    // The other account takes over.
    QCOMPARE(m_window->currentAccount(), QStringLiteral("@alice:localhost"));
    QCOMPARE(m_window->accountSwitcher()->userIds(), QStringList{QStringLiteral("@alice:localhost")});
    QTRY_COMPARE_WITH_TIMEOUT(m_window->page(), MainWindow::Page::Account, 10'000);
    // The last one out leaves the sign-in screen.
    m_window->signOutAccount(QStringLiteral("@alice:localhost"));
    QTRY_COMPARE_WITH_TIMEOUT(signedOut.count(), 2, 10'000);
    QCOMPARE(m_window->page(), MainWindow::Page::Welcome);
    QVERIFY(!m_window->accountSwitcher()->isVisible());
    QVERIFY(m_window->signInPage()->message().contains(QStringLiteral("Signed out of")));
}

void TestSignInWindow::renameReportsTheLimitClearly()
{
    auto* server = m_servers.emplace_back(new TestServer);
    signIn(*server);
    const QString target = (*server)->account().devices().at(1).id;
    m_prompts.problems.clear();
    QStringList answers{QString(101, u'x'), QStringLiteral("Work laptop")};
    m_prompts.onSessionName = [&answers](const QString&) -> std::optional<QString> {
        if (answers.isEmpty())
            return std::nullopt;
        return answers.takeFirst();
    };
    QSignalSpy renamed(m_window, &MainWindow::sessionRenamed);
    m_window->controller()->rename(target);
    QTRY_COMPARE_WITH_TIMEOUT(renamed.count(), 1, 10'000);
    QCOMPARE(m_prompts.problems, QStringList{QStringLiteral(
                                     "A session name can have at most 100 characters; this one has 101.")});
    QCOMPARE(*(*server)->account().device(target)->displayName, QStringLiteral("Work laptop"));
}

void TestSignInWindow::classicServerSignsInAndSignsSessionsOut()
{
    // The Matrix ID typed below must be the one the server signs in (docs/threat-model.md): the server's user
    // is on the server name typed, 127.0.0.1 and a port chosen before it starts.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    DemoOptions options =
        optionsFor(QStringLiteral("@alice:127.0.0.1:") + QString::number(port), DemoOptions::Metadata::None);
    options.port = port;
    auto* server = m_servers.emplace_back(new TestServer(options));
    m_accounts->setEphemeralHomeserver(server->baseUrl());
    SignInPage* page = m_window->signInPage();
    page->serverField()->setText(QStringLiteral("@alice:127.0.0.1:") +
                                 QString::number(QUrl(server->baseUrl()).port()));
    QTest::mouseClick(page->continueButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page->step(), SignInPage::Step::Methods, 10'000);
    QVERIFY(page->passwordField()->isVisible());
    QVERIFY(!page->browserButton()->isVisible());
    QVERIFY(page->userField()->text().startsWith(QStringLiteral("@alice:")));
    page->userField()->setText(QStringLiteral("alice"));
    page->passwordField()->setText(QStringLiteral("wrong"));
    QTest::mouseClick(page->passwordButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->message().contains(QStringLiteral("did not accept")), 10'000);
    QVERIFY(page->passwordField()->text().isEmpty());
    page->passwordField()->setText(QStringLiteral("demo-password"));
    QTest::keyClick(page->passwordField(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->page(), MainWindow::Page::Account, 15'000);

    // Two sessions selected, one Delete, one password prompt.
    const QString first = (*server)->account().devices().at(1).id;
    const QString second = (*server)->account().devices().at(2).id;
    int prompts = 0;
    m_prompts.onNativeSignOut = [](int count) { return count == 2; };
    m_prompts.onPassword = [&prompts](bool) -> std::optional<QString> {
        ++prompts;
        return QStringLiteral("demo-password");
    };
    SessionTable* table = m_window->table();
    QCOMPARE(table->selectionMode(), QAbstractItemView::ExtendedSelection);
    table->clearSelection();
    for (const QString& id : {first, second}) {
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex index = table->model()->index(row, 0);
            if (index.data(DeviceListModel::DeviceIdRole).toString() == id)
                table->selectionModel()->select(index,
                                                QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }
    QSignalSpy signedOut(m_window, &MainWindow::sessionsSignedOut);
    m_window->runRowAction(first, RowAction::SignOut);
    QTRY_COMPARE_WITH_TIMEOUT(signedOut.count(), 1, 10'000);
    QCOMPARE(prompts, 1);
    QVERIFY(!(*server)->account().device(first));
    QVERIFY(!(*server)->account().device(second));
}

void TestSignInWindow::rejectedRefreshOffersToSignInAgain()
{
    auto* server = m_servers.emplace_back(new TestServer);
    signIn(*server);
    (*server)->signIn().expireAccessTokens();
    (*server)->signIn().setRefreshFailure(400);
    const QString userId = m_window->currentAccount();
    m_window->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->page(), MainWindow::Page::Error, 10'000);
    auto* again = m_window->findChild<QPushButton*>(QStringLiteral("signInAgainButton"));
    QVERIFY(again);
    QTest::mouseClick(again, Qt::LeftButton);
    QCOMPARE(m_window->page(), MainWindow::Page::Welcome);
    QCOMPARE(m_window->signInPage()->serverField()->text(), userId);
}

void TestSignInWindow::switchingBackShowsTheStoredListAtOnce()
{
    useHistory();
    auto* alice = m_servers.emplace_back(new TestServer(optionsFor(QStringLiteral("@alice:localhost"))));
    auto* bob = m_servers.emplace_back(new TestServer(optionsFor(QStringLiteral("@bob:localhost"))));
    signIn(*alice);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->snapshot() && !m_window->isLoading(), 10'000);
    const qsizetype aliceSessions = m_window->snapshot()->devices.size();
    signIn(*bob);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->snapshot() && !m_window->isLoading(), 10'000);
    (*alice)->account().addDevice(QStringLiteral("EXTRA"), QStringLiteral("Extra")); // the server's news
    // Back to Alice: her stored list, at once, while her server is asked.
    AccountSwitcher* switcher = m_window->accountSwitcher();
    const int aliceTab = int(switcher->userIds().indexOf(QStringLiteral("@alice:localhost")));
    QTest::mouseClick(switcher->tabBar(), Qt::LeftButton, {}, switcher->tabBar()->tabRect(aliceTab).center());
    QCOMPARE(m_window->page(), MainWindow::Page::Account);
    QVERIFY(m_window->controller()->showsStoredList());
    QCOMPARE(m_window->deviceModel()->rowCount(), aliceSessions);
    QVERIFY2(m_window->statusText().contains(QStringLiteral("updating")), qPrintable(m_window->statusText()));
    // Then the server's answer replaces it.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->snapshot(), 10'000);
    QCOMPARE(m_window->deviceModel()->rowCount(), aliceSessions + 1);
    QVERIFY(m_window->controller()->isNew(QStringLiteral("EXTRA")));
}

void TestSignInWindow::signOutAsksWhetherToKeepTheHistory()
{
    useHistory();
    auto* alice = m_servers.emplace_back(new TestServer(optionsFor(QStringLiteral("@alice:localhost"))));
    signIn(*alice);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->snapshot() && !m_window->isLoading(), 10'000);
    const HistoryAccount account{CanonicalBaseUrl::of(alice->baseUrl()), QStringLiteral("@alice:localhost")};
    QTRY_VERIFY_WITH_TIMEOUT(m_history->hasHistory(account), 10'000);
    m_prompts.onKeepHistory = [](const QString&) { return false; };
    QSignalSpy signedOut(m_window, &MainWindow::accountSignedOut);
    m_window->signOutAccount(m_window->currentAccount());
    QTRY_COMPARE_WITH_TIMEOUT(signedOut.count(), 1, 10'000);
    QCOMPARE(m_prompts.keepHistoryQuestions, QStringList{QStringLiteral("@alice:localhost")});
    QVERIFY(!m_history->hasHistory(account));
}

void TestSignInWindow::firstSignInAsksWhetherToWatchTheAccount()
{
    auto* alice = m_servers.emplace_back(new TestServer(optionsFor(QStringLiteral("@alice:localhost"))));
    const QString key = SavedAccount::keyOf(alice->baseUrl(), QStringLiteral("@alice:localhost"));
    m_prompts.watchQuestions.clear();
    m_prompts.onWatchInBackground = [](const QString&) { return true; };
    signIn(*alice);
    QTRY_COMPARE_WITH_TIMEOUT(m_prompts.watchQuestions, QStringList{QStringLiteral("@alice:localhost")},
                              10'000);
    QCOMPARE(AppSettings::watchAccount(key), std::optional<bool>(true));
    m_prompts.onWatchInBackground = [](const QString&) { return false; };
}

QTEST_MAIN(TestSignInWindow)
#include "tst_SignInWindow.moc"
