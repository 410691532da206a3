// Cleaning up many sessions on an OAuth server from the window: select, one account page at a time,
// confirmed through the demo page's HTTP form; Skip and Stop; a summary at the end; what is left survives
// a restart.
#include "DemoPageBrowser.h"
#include "WindowFixture.h"

#include "account/AccountController.h"

#include "auth/TokenSource.h"
#include "cleanup/SignOutQueue.h"
#include "cleanup/SignOutQueuePanel.h"
#include "cleanup/SignOutQueueStore.h"
#include "i18n/Translations.h"
#include "matrix/AccountSession.h"
#include "model/DeviceFilterModel.h"
#include "sessions/SessionTable.h"

#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace gatehouse;
using namespace gatehouse::test;

namespace {

// The person confirms the page the app opened last.
bool confirmInBrowser(const QString& url)
{
    DemoPageBrowser browser;
    const DemoPageBrowser::Page page = browser.get(QUrl(url));
    return page.status == 200 && browser.submitFirstForm(page).status == 200;
}

QString deviceIdOf(const QString& url)
{
    return QUrlQuery(QUrl(url)).queryItemValue("device_id");
}

// Selects the first `count` sessions after this one, as Shift-click would.
void selectRows(WindowFixture& f, int count)
{
    SessionTable* table = f.window.table();
    const auto* proxy = f.window.filterModel();
    QItemSelection selection(proxy->index(1, 0), proxy->index(count, DeviceListModel::ColumnCount - 1));
    table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

} // namespace

class TestSignOutQueueWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Translations::install(*qApp, "en"); }
    void init() { QSettings().clear(); }
    void signsOutFiveOneAtATimeAndSummarises();
    void skipAndStopLeaveSessionsSignedIn();
    void selectionNeverIncludesThisSession();
    void selectInactiveSelectsOnlyOldSessions();
    void whatIsLeftIsOfferedAfterARestart();
    void bulkSignOutNeedsTheAdvertisedAction();
};

void TestSignOutQueueWindow::signsOutFiveOneAtATimeAndSummarises()
{
    WindowFixture f;
    QVERIFY(f.waitLoaded());
    selectRows(f, 5);
    auto* button = f.window.findChild<QPushButton*>("signOutSelectedButton");
    QVERIFY(button->isVisible());
    QVERIFY(button->isEnabled());
    QCOMPARE(button->text(), QString("Sign Out 5 Selected…"));
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(f.confirmations.size(), 1);
    QCOMPARE(f.confirmations[0].sessionCount, 5);
    SignOutQueue* queue = f.window.signOutQueue();
    QVERIFY(queue);
    QVERIFY(f.window.signOutQueuePanel()->isVisible());

    for (int i = 0; i < 5; ++i) {
        QCOMPARE(f.opener.opened.size(), i + 1); // exactly one page per session, one at a time
        const QString url = f.opener.opened.last();
        QVERIFY(url.contains("action=org.matrix.device_delete"));
        QVERIFY(f.window.deviceModel()->isWaiting(deviceIdOf(url)));
        QVERIFY(confirmInBrowser(url));
        QVERIFY(f.comeBackAndWaitLoaded());
        QCOMPARE(f.window.deviceModel()->rowOf(deviceIdOf(url)), -1);
        if (i < 4)
            QVERIFY(f.window.signOutQueuePanel()->progressText().contains(
                QString("%1 of 5 signed out").arg(i + 1)));
    }
    QVERIFY(!f.window.signOutQueue());
    QCOMPARE(f.summaries.size(), 1);
    QVERIFY(f.summaries[0].contains("5 of 5 signed out"));
    QVERIFY(f.summaries[0].contains("Signed out (5)"));
    QCOMPARE(f.window.deviceModel()->rowCount(), 12 - 5);
    QVERIFY(SignOutQueueStore::load(f.server->account().userId(), f.server.baseUrl()).isEmpty());
}

void TestSignOutQueueWindow::skipAndStopLeaveSessionsSignedIn()
{
    WindowFixture f;
    QVERIFY(f.waitLoaded());
    selectRows(f, 4);
    f.window.signOutSelected();
    SignOutQueuePanel* panel = f.window.signOutQueuePanel();
    const QString first = deviceIdOf(f.opener.opened.last());

    QTest::mouseClick(panel->skipButton(), Qt::LeftButton); // the first stays signed in
    QCOMPARE(f.opener.opened.size(), 2);
    const QString second = deviceIdOf(f.opener.opened.last());
    QVERIFY(first != second);
    QVERIFY(confirmInBrowser(f.opener.opened.last()));
    QVERIFY(f.comeBackAndWaitLoaded());
    QVERIFY(panel->progressText().contains("1 of 4 signed out, 1 skipped"));
    const QString third = deviceIdOf(f.opener.opened.last());

    QTest::mouseClick(panel->stopButton(), Qt::LeftButton);
    QVERIFY(!f.window.signOutQueue());
    QCOMPARE(f.opener.opened.size(), 3); // nothing more opened after Stop
    QCOMPARE(f.summaries.size(), 1);
    QVERIFY(f.summaries[0].contains("Signed out (1)"));
    QVERIFY(f.summaries[0].contains("Skipped, still signed in (1)"));
    QVERIFY(f.summaries[0].contains("Not done, still signed in (2)"));
    QVERIFY(f.server->account().device(first));
    QVERIFY(!f.server->account().device(second));
    QVERIFY(f.server->account().device(third)); // opened, never confirmed: not assumed removed
    QVERIFY(!f.window.deviceModel()->isWaiting(third));
}

void TestSignOutQueueWindow::selectionNeverIncludesThisSession()
{
    WindowFixture f;
    QVERIFY(f.waitLoaded());
    f.window.table()->selectAll();
    QCOMPARE(f.window.selectedDeviceIds().size(), 11);
    QVERIFY(!f.window.selectedDeviceIds().contains(f.server->account().currentDeviceId()));
    f.window.selectAllExceptThisSession();
    QCOMPARE(f.window.selectedDeviceIds().size(), 11);
    f.window.controller()->signOutSessions({f.server->account().currentDeviceId()});
    QVERIFY(!f.window.signOutQueue());
    QVERIFY(f.opener.opened.isEmpty());
}

void TestSignOutQueueWindow::selectInactiveSelectsOnlyOldSessions()
{
    WindowFixture f;
    QVERIFY(f.waitLoaded());
    f.window.selectInactive(90);
    QCOMPARE(f.window.selectedDeviceIds().size(), 3);
    f.window.selectInactive(150);
    QCOMPARE(f.window.selectedDeviceIds().size(), 2);
    f.window.selectInactive(3000);
    QVERIFY(f.window.selectedDeviceIds().isEmpty());
}

void TestSignOutQueueWindow::whatIsLeftIsOfferedAfterARestart()
{
    QStringList remaining;
    DemoOptions options;
    auto first = std::make_unique<WindowFixture>(options);
    QVERIFY(first->waitLoaded());
    selectRows(*first, 3);
    first->window.signOutSelected();
    QVERIFY(confirmInBrowser(first->opener.opened.last()));
    QVERIFY(first->comeBackAndWaitLoaded());
    remaining = first->window.signOutQueue()->remainingIds();
    QCOMPARE(remaining.size(), 2);
    const QString user = first->server->account().userId();
    const QString base = first->server.baseUrl();
    QCOMPARE(SignOutQueueStore::load(user, base), remaining);

    // A second window on the same account (the same server) offers the two again.
    RecordingUrlOpener opener;
    HttpClient http;
    MetadataService metadata(&http);
    RecordingPrompts prompts;
    MainWindow again(&opener);
    again.setPrompts(&prompts);
    QSignalSpy loaded(&again, &MainWindow::loaded);
    again.showAccount(new AccountSession(&http, &metadata, base,
                                         std::make_shared<StaticTokenSource>(first->server.token())));
    again.show();
    QVERIFY(loaded.wait(20'000));
    SignOutQueuePanel* panel = again.signOutQueuePanel();
    QVERIFY(panel->isVisible());
    QVERIFY(panel->progressText().startsWith("2 sessions left"));
    QTest::mouseClick(panel->findChild<QPushButton*>("queueContinue"), Qt::LeftButton);
    QVERIFY(again.signOutQueue());
    QCOMPARE(opener.opened.size(), 1);
    QVERIFY(remaining.contains(deviceIdOf(opener.opened.first())));
}

void TestSignOutQueueWindow::bulkSignOutNeedsTheAdvertisedAction()
{
    DemoOptions options;
    options.actions = QStringList{"org.matrix.device_view"};
    WindowFixture f(options);
    QVERIFY(f.waitLoaded());
    selectRows(f, 3);
    QVERIFY(!f.window.findChild<QPushButton*>("signOutSelectedButton")->isVisible());
    f.window.signOutSelected();
    QVERIFY(!f.window.signOutQueue());
    QVERIFY(f.opener.opened.isEmpty());
}

QTEST_MAIN(TestSignOutQueueWindow)
#include "tst_SignOutQueueWindow.moc"
