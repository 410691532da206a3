// The window with a local history (README, "History"), offscreen: a saved account's stored list shown at
// once, before its server answers, and kept with Try Again when the server cannot be reached; "New" rows
// until looked at; the notice about an unusable history file, which moves it aside only when asked; the
// History view; and the settings section that forgets an account's history.
#include "RecordingPrompts.h"
#include "RecordingUrlOpener.h"
#include "TestServer.h"

#include "auth/TokenSource.h"
#include "dialogs/SettingsDialog.h"
#include "history/HistoryDialog.h"
#include "history/HistoryListModel.h"
#include "history/HistoryNotice.h"
#include "history/HistorySettingsSection.h"
#include "history/HistoryStore.h"
#include "history/WindowHistory.h"
#include "matrix/AccountSession.h"
#include "matrix/CanonicalBaseUrl.h"
#include "matrix/MetadataService.h"
#include "model/DeviceFilterModel.h"
#include "network/HttpClient.h"
#include "sessions/SessionTable.h"
#include "widgets/Banner.h"
#include "window/MainWindow.h"

#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace gatehouse;
using namespace gatehouse::test;

namespace {

// One window (as one start of Gatehouse) with its own connection to the history file.
struct Start
{
    Start(const QString& historyPath, const QString& baseUrl, const QString& token)
        : metadata(&http)
        , history(historyPath)
        , window(&opener)
    {
        history.open();
        windowHistory = new WindowHistory(&window, &history);
        window.setPrompts(&prompts);
        session = new AccountSession(&http, &metadata, baseUrl, std::make_shared<StaticTokenSource>(token));
        window.show();
    }
    // Shows the account as a saved one: known (base URL, user ID) before its server answers.
    void showSaved(const HistoryAccount& account)
    {
        window.controller()->expectAccount(account);
        window.showAccount(session);
    }
    bool waitLoaded()
    {
        QSignalSpy loaded(&window, &MainWindow::loaded);
        return loaded.wait(20'000);
    }
    int viewRowOf(const QString& deviceId) const
    {
        const auto* proxy = window.filterModel();
        for (int row = 0; row < proxy->rowCount(); ++row) {
            if (proxy->index(row, 0).data(DeviceListModel::DeviceIdRole).toString() == deviceId)
                return row;
        }
        return -1;
    }

    HttpClient http;
    MetadataService metadata;
    HistoryStore history;
    RecordingUrlOpener opener;
    RecordingPrompts prompts;
    MainWindow window;
    WindowHistory* windowHistory;
    AccountSession* session;
};

HistoryAccount accountOf(TestServer& server)
{
    return {CanonicalBaseUrl::of(server.baseUrl()), server->account().userId()};
}

} // namespace

class TestHistoryWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void storedListShowsBeforeTheServerAnswers();
    void storedListStaysWithTryAgainWhenTheServerIsUnreachable();
    void newRowIsMarkedUntilLookedAt();
    void unusableHistoryFileIsMovedAsideOnlyWhenAsked();
    void historyViewListsSessionsThatDisappeared();
    void settingsForgetTheAccountsHistory();

private:
    QString historyPath() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestHistoryWindow::storedListShowsBeforeTheServerAnswers()
{
    TestServer server;
    {
        Start first(historyPath(), server.baseUrl(), server.token());
        first.showSaved(accountOf(server));
        QVERIFY(first.waitLoaded());
    }
    // The next start: the server holds its answer.
    server.neverAnswer(QStringLiteral("/_matrix/client/v3/devices"));
    Start next(historyPath(), server.baseUrl(), server.token());
    next.showSaved(accountOf(server));
    // No event loop has turned: the list comes from the history file alone.
    QCOMPARE(next.window.page(), MainWindow::Page::Account);
    QCOMPARE(next.window.deviceModel()->rowCount(), server->account().devices().size());
    QVERIFY2(next.window.statusText().contains(QStringLiteral("updating")),
             qPrintable(next.window.statusText()));
    QVERIFY(next.window.statusText().startsWith(QStringLiteral("Last updated")));
    QVERIFY(!next.window.snapshot());
    QVERIFY(next.window.isLoading());
}

void TestHistoryWindow::storedListStaysWithTryAgainWhenTheServerIsUnreachable()
{
    auto server = std::make_unique<TestServer>();
    const QString baseUrl = server->baseUrl();
    const QString token = server->token();
    const HistoryAccount account = accountOf(*server);
    {
        Start first(historyPath(), baseUrl, token);
        first.showSaved(account);
        QVERIFY(first.waitLoaded());
    }
    const int count = int((*server)->account().devices().size());
    server.reset(); // nothing listens there any more
    Start next(historyPath(), baseUrl, token);
    QSignalSpy failed(&next.window, &MainWindow::loadFailed);
    next.showSaved(account);
    QVERIFY(failed.wait(20'000));
    QCOMPARE(next.window.page(), MainWindow::Page::Account);
    QCOMPARE(next.window.deviceModel()->rowCount(), count);
    auto* banner = next.window.findChild<Banner*>(QStringLiteral("banner"));
    QVERIFY(banner && banner->isVisible());
    QVERIFY(banner->actionButton()->isVisible());
    QCOMPARE(banner->actionButton()->text(), QStringLiteral("Try Again"));
    QSignalSpy started(next.window.controller(), &AccountController::loadStarted);
    QTest::mouseClick(banner->actionButton(), Qt::LeftButton);
    QCOMPARE(started.size(), 1);
}

void TestHistoryWindow::newRowIsMarkedUntilLookedAt()
{
    TestServer server;
    Start start(historyPath(), server.baseUrl(), server.token());
    start.showSaved(accountOf(server));
    QVERIFY(start.waitLoaded());
    server->account().addDevice(QStringLiteral("NEWCOMER"), QStringLiteral("Someone's phone"));
    start.window.refresh();
    QVERIFY(start.waitLoaded());
    DeviceListModel* model = start.window.deviceModel();
    const int row = model->rowOf(QStringLiteral("NEWCOMER"));
    QVERIFY(row >= 0);
    const QModelIndex name = model->index(row, DeviceListModel::NameColumn);
    QVERIFY(name.data(DeviceListModel::NewRole).toBool());
    QVERIFY(name.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("new")));
    // Another row stays unmarked.
    QVERIFY(!model->index(model->rowOf(server->account().devices().at(1).id), 0)
                 .data(DeviceListModel::NewRole)
                 .toBool());

    // Looking at it: the person moves to the row.
    SessionTable* table = start.window.table();
    const int viewRow = start.viewRowOf(QStringLiteral("NEWCOMER"));
    table->setCurrentIndex(start.window.filterModel()->index(viewRow == 0 ? 1 : 0, 0));
    table->setCurrentIndex(start.window.filterModel()->index(viewRow, 0));
    QVERIFY(!name.data(DeviceListModel::NewRole).toBool());
    QVERIFY(start.history.newSessions(accountOf(server)).isEmpty());
}

void TestHistoryWindow::unusableHistoryFileIsMovedAsideOnlyWhenAsked()
{
    const QByteArray garbage(8192, 'g');
    {
        QFile file(historyPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
    }
    TestServer server;
    Start start(historyPath(), server.baseUrl(), server.token());
    start.showSaved(accountOf(server));
    QVERIFY(start.waitLoaded()); // works without history
    HistoryNotice* notice = start.windowHistory->notice();
    QVERIFY(notice->isVisible());
    QVERIFY(notice->text().contains(QStringLiteral("without history")));
    QVERIFY(!start.windowHistory->historyButton()->isEnabled());
    QFile unchanged(historyPath());
    QVERIFY(unchanged.open(QIODevice::ReadOnly));
    QCOMPARE(unchanged.readAll(), garbage);
    unchanged.close();

    QTest::mouseClick(notice->actionButton(), Qt::LeftButton);
    QVERIFY(start.history.isOpen());
    QFile moved(start.history.movedAsidePath());
    QVERIFY(moved.open(QIODevice::ReadOnly));
    QCOMPARE(moved.readAll(), garbage);
    QCOMPARE(notice->kind(), Banner::Kind::Info);
    QVERIFY(start.windowHistory->historyButton()->isEnabled());
}

void TestHistoryWindow::historyViewListsSessionsThatDisappeared()
{
    TestServer server;
    Start start(historyPath(), server.baseUrl(), server.token());
    start.showSaved(accountOf(server));
    QVERIFY(start.waitLoaded());
    const QString gone = server->account().devices().at(1).id;
    QVERIFY(server->account().removeDevice(gone));
    start.window.refresh();
    QVERIFY(start.waitLoaded());

    QTest::mouseClick(start.windowHistory->historyButton(), Qt::LeftButton);
    HistoryDialog* dialog = start.windowHistory->dialog();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->model()->rowCount(), 1);
    QCOMPARE(dialog->model()->index(0, 0).data(HistoryListModel::DeviceIdRole).toString(), gone);
    QCOMPARE(dialog->model()->index(0, HistoryListModel::HowColumn).data().toString(),
             HistoryListModel::howText(HistorySession::RemovedHow::Vanished));
    dialog->table()->setCurrentIndex(dialog->model()->index(0, 0));
    QVERIFY(dialog->addresses()->topLevelItemCount() >= 1);

    // A period that ended before it went lists nothing.
    dialog->model()->setReferenceTime(QDateTime::currentDateTimeUtc().addDays(40));
    QCOMPARE(dialog->model()->rowCount(), 0);
    dialog->periodChoice()->setCurrentIndex(int(HistoryListModel::Period::All));
    QCOMPARE(dialog->model()->rowCount(), 1);
}

void TestHistoryWindow::settingsForgetTheAccountsHistory()
{
    TestServer server;
    Start start(historyPath(), server.baseUrl(), server.token());
    start.showSaved(accountOf(server));
    QVERIFY(start.waitLoaded());
    QTRY_VERIFY_WITH_TIMEOUT(start.history.hasHistory(accountOf(server)), 10'000);
    SettingsDialog dialog(&start.window);
    HistorySettingsSection* section = dialog.historySection();
    QVERIFY(section);
    QCOMPARE(section->keepDays()->value(), 365);
    QVERIFY(section->forgetButton()->isEnabled());
    QVERIFY(section->forgetAccountHistory());
    QVERIFY(!start.history.hasHistory(accountOf(server)));
}

QTEST_MAIN(TestHistoryWindow)
#include "tst_HistoryWindow.moc"
