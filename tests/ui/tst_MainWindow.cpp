// The window against a real demo homeserver on loopback, offscreen: buttons exist exactly for the
// advertised actions, clicks hand the expected URL to the (recording) opener, and the states show.
#include "DemoPageBrowser.h"
#include "RecordingUrlOpener.h"
#include "TestServer.h"
#include "WindowFixture.h"

#include "account/AccountController.h"
#include "auth/TokenSource.h"
#include "matrix/AccountSession.h"
#include "matrix/MetadataService.h"
#include "model/DeviceFilterModel.h"
#include "network/HttpClient.h"
#include "sessions/SessionTable.h"
#include "widgets/Banner.h"
#include "widgets/StatusPage.h"
#include "window/AccountHeader.h"
#include "window/FilterBar.h"
#include "window/MainMenus.h"
#include "window/MainWindow.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProxyStyle>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyleOptionHeader>
#include <QTest>
#include <QTimer>
#include <QToolTip>

using namespace gatehouse;
using namespace gatehouse::test;

namespace {

DemoOptions withActions(const std::optional<QStringList>& actions,
                        DemoOptions::Metadata route = DemoOptions::Metadata::Stable)
{
    DemoOptions options;
    options.actions = actions;
    options.metadata = route;
    return options;
}

// Records the sort arrows a header asks the style to draw.
class ArrowRecorder : public QProxyStyle
{
public:
    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget) const override
    {
        if (element == PE_IndicatorHeaderArrow) {
            if (const auto* header = qstyleoption_cast<const QStyleOptionHeader*>(option))
                arrows.append(header->sortIndicator);
        }
        QProxyStyle::drawPrimitive(element, option, painter, widget);
    }
    mutable QList<QStyleOptionHeader::SortIndicator> arrows;
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsWhoAndWhere();
    void offersButtonsExactlyForAdvertisedActions_data();
    void offersButtonsExactlyForAdvertisedActions();
    void viewButtonOpensDeviceViewUrl();
    void signOutAsksThenOpensDeleteUrlAndMarksTheRow();
    void cancelledSignOutOpensNothing();
    void signedOutRowDisappearsWhenTheWindowIsActivatedAgain();
    void waitingMarkCanBeDismissed();
    void thisSessionHasNoSignOut();
    void deactivateOpensBarePageWhenNotAdvertised();
    void deactivateUsesTheActionWhenAdvertised();
    void accountButtonsOpenTheirActions();
    void f5AndRefreshButtonReload();
    void filterMatchesNameIdAndIp();
    void filterWithNoMatchSaysSo();
    void inactiveFilterShowsOnlyInactiveSessions();
    void classicServerIsManagedNativelyWithANote();
    void unsafeAccountPageOffersNothingAndSaysWhy();
    void rejectedTokenShowsAnErrorWithRetry();
    void unreachableServerShowsAnError();
    void enterOpensTheRowMenu();
    void deleteKeyStartsSignOut();
    void noBrowserShowsTheAddress();
    void markupInNamesStaysText();
    void everyButtonHasAnAccessibleName();
    void tenThousandSessionsLoadAndFilter();
    void sessionMenuShowsOnlyKeysThatDoTheThing();
    void filterBarKeepsItsPlaceWhenRowsAreSelected();
    void showLabelKeepsApartFromItsField();
    void lastActivityArrowPointsDownWhileNewestComeFirst();
    void windowTitleHasNoInvisibleMarksForPlainText();
};

void TestMainWindow::showsWhoAndWhere()
{
    WindowFixture f;
    QVERIFY(f.waitLoaded());
    QCOMPARE(f.window.page(), MainWindow::Page::Account);
    const auto* user = f.window.findChild<QLabel*>(QStringLiteral("signedInUser"));
    const auto* server = f.window.findChild<QLabel*>(QStringLiteral("serverDescription"));
    QVERIFY(user->text().contains(QStringLiteral("@alice:localhost")));
    QVERIFY(server->text().contains(f.server.baseUrl()));
    QVERIFY(server->text().contains(QStringLiteral("OAuth 2.0")));
    QCOMPARE(f.window.deviceModel()->rowCount(), 12);
    // This session first.
    QVERIFY(f.window.filterModel()->index(0, 0).data(DeviceListModel::IsCurrentRole).toBool());
}

void TestMainWindow::offersButtonsExactlyForAdvertisedActions_data()
{
    QTest::addColumn<QStringList>("advertised");
    QTest::addColumn<QStringList>("expectedButtons"); // short names of header actions
    QTest::addColumn<bool>("rowView");
    QTest::addColumn<bool>("rowSignOut");

    QTest::newRow("all") << DemoOptions::allActions()
                         << QStringList{"profile", "devices_list", "cross_signing_reset"} << true << true;
    QTest::newRow("mas") << DemoOptions::masActions()
                         << QStringList{"profile", "devices_list", "cross_signing_reset"} << true << true;
    QTest::newRow("only old spellings")
        << QStringList{"org.matrix.session_view", "session_end"} << QStringList{} << true << true;
    QTest::newRow("view only") << QStringList{"org.matrix.device_view"} << QStringList{} << true << false;
    QTest::newRow("delete only") << QStringList{"org.matrix.device_delete"} << QStringList{} << false << true;
    QTest::newRow("profile only") << QStringList{"org.matrix.profile"} << QStringList{"profile"} << false
                                  << false;
    QTest::newRow("empty list") << QStringList{} << QStringList{} << false << false;
    QTest::newRow("unknown and wrong case")
        << QStringList{"org.matrix.DEVICE_VIEW", "org.example.thing"} << QStringList{} << false << false;
}

void TestMainWindow::offersButtonsExactlyForAdvertisedActions()
{
    QFETCH(QStringList, advertised);
    QFETCH(QStringList, expectedButtons);
    QFETCH(bool, rowView);
    QFETCH(bool, rowSignOut);

    WindowFixture f(withActions(advertised));
    QVERIFY(f.waitLoaded());
    for (const AccountAction action :
         {AccountAction::Profile, AccountAction::DevicesList, AccountAction::CrossSigningReset}) {
        QPushButton* button = f.window.header()->button(action);
        QCOMPARE(button->isVisible(), expectedButtons.contains(AccountActionNames::shortName(action)));
    }
    // The page exists and is safe in every row, so these two are always there.
    QVERIFY(f.window.header()->openPageButton()->isVisible());
    QVERIFY(f.window.header()->deactivateButton()->isVisible());

    const int row = f.window.deviceModel()->rowOf(f.otherDevice());
    const QList<RowAction> actions = f.window.deviceModel()->actionsFor(row);
    QCOMPARE(actions.contains(RowAction::View), rowView);
    QCOMPARE(actions.contains(RowAction::SignOut), rowSignOut);
    const QModelIndex index =
        f.window.filterModel()->index(f.rowOf(f.otherDevice()), DeviceListModel::ActionsColumn);
    QCOMPARE(f.window.table()->buttonRect(index, RowAction::View).isValid(), rowView);
    QCOMPARE(f.window.table()->buttonRect(index, RowAction::SignOut).isValid(), rowSignOut);
}

void TestMainWindow::viewButtonOpensDeviceViewUrl()
{
    WindowFixture f(withActions(QStringList{"org.matrix.session_view", "org.matrix.device_view"}));
    QVERIFY(f.waitLoaded());
    const QString device = f.otherDevice();
    f.clickRowButton(device, RowAction::View);
    QCOMPARE(f.opener.opened,
             QStringList{f.server->accountUri() + "?action=org.matrix.device_view&device_id=" + device});
    QVERIFY(f.confirmations.isEmpty()); // viewing changes nothing, so no question first
    // ...and marks nothing: only a hand-off that ends a session waits for the browser.
    QVERIFY(!f.window.deviceModel()->isWaiting(device));
    QVERIFY(f.comeBackAndWaitLoaded());
    QVERIFY(!f.window.deviceModel()->hasWaiting());
}

void TestMainWindow::signOutAsksThenOpensDeleteUrlAndMarksTheRow()
{
    WindowFixture f(withActions(QStringList{"org.matrix.session_end"}));
    QVERIFY(f.waitLoaded());
    const QString device = f.otherDevice();
    f.clickRowButton(device, RowAction::SignOut);
    QCOMPARE(f.confirmations.size(), 1);
    QCOMPARE(f.confirmations[0].action, AccountAction::DeviceDelete);
    QCOMPARE(f.confirmations[0].deviceId, device);
    QCOMPARE(f.confirmations[0].pageHost, QStringLiteral("127.0.0.1"));
    QCOMPARE(f.opener.opened,
             QStringList{f.server->accountUri() + "?action=org.matrix.session_end&device_id=" + device});
    QVERIFY(f.window.deviceModel()->isWaiting(device));
    QVERIFY(HandOffConfirmation::text(f.confirmations[0]).contains(QStringLiteral("127.0.0.1")));
}

void TestMainWindow::cancelledSignOutOpensNothing()
{
    WindowFixture f;
    QVERIFY(f.waitLoaded());
    f.confirm = false;
    f.clickRowButton(f.otherDevice(), RowAction::SignOut);
    QCOMPARE(f.confirmations.size(), 1);
    QVERIFY(f.opener.opened.isEmpty());
    QVERIFY(!f.window.deviceModel()->isWaiting(f.otherDevice()));
}

void TestMainWindow::signedOutRowDisappearsWhenTheWindowIsActivatedAgain()
{
    WindowFixture f;
    QVERIFY(f.waitLoaded());
    f.window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&f.window));
    const QString device = f.otherDevice();
    f.clickRowButton(device, RowAction::SignOut);
    QCOMPARE(f.opener.opened.size(), 1);

    // The person confirms on the demo account page, as a browser would.
    DemoPageBrowser browser;
    const DemoPageBrowser::Page confirmPage = browser.get(QUrl(f.opener.opened.first()));
    QCOMPARE(confirmPage.status, 200);
    const DemoPageBrowser::Page done = browser.submitFirstForm(confirmPage);
    QCOMPARE(done.status, 200);
    QVERIFY(!f.server->account().device(device));

    // Coming back to the window refreshes the list; the row goes with its mark.
    QSignalSpy loaded(&f.window, &MainWindow::loaded);
    QEvent activation(QEvent::ActivationChange);
    QApplication::sendEvent(&f.window, &activation);
    QVERIFY(loaded.wait(20'000));
    QCOMPARE(f.window.deviceModel()->rowOf(device), -1);
    QVERIFY(!f.window.deviceModel()->hasWaiting());
}

void TestMainWindow::waitingMarkCanBeDismissed()
{
    WindowFixture f;
    QVERIFY(f.waitLoaded());
    const QString device = f.otherDevice();
    f.clickRowButton(device, RowAction::SignOut);
    QVERIFY(f.window.deviceModel()->isWaiting(device));
    f.window.controller()->dismissWaiting(device);
    QVERIFY(!f.window.deviceModel()->isWaiting(device));
}

void TestMainWindow::thisSessionHasNoSignOut()
{
    WindowFixture f;
    QVERIFY(f.waitLoaded());
    const QString current = f.server->account().currentDeviceId();
    const int row = f.window.deviceModel()->rowOf(current);
    QVERIFY(!f.window.deviceModel()->actionsFor(row).contains(RowAction::SignOut));
    QVERIFY(f.window.deviceModel()->actionsFor(row).contains(RowAction::View));
    f.window.runRowAction(current, RowAction::SignOut);
    QVERIFY(f.opener.opened.isEmpty());
    QVERIFY(f.confirmations.isEmpty());
}

void TestMainWindow::deactivateOpensBarePageWhenNotAdvertised()
{
    WindowFixture f(withActions(DemoOptions::masActions()));
    QVERIFY(f.waitLoaded());
    QPushButton* deactivate = f.window.header()->deactivateButton();
    QVERIFY(deactivate->isVisible());
    QTest::mouseClick(deactivate, Qt::LeftButton);
    QCOMPARE(f.confirmations.size(), 1);
    QVERIFY(f.confirmations[0].bareAccountPage);
    QVERIFY(HandOffConfirmation::text(f.confirmations[0]).contains(QStringLiteral("Deactivate account")));
    QCOMPARE(f.opener.opened, QStringList{f.server->accountUri()});
}

void TestMainWindow::deactivateUsesTheActionWhenAdvertised()
{
    WindowFixture f(withActions(QStringList{"org.matrix.account_deactivate"}));
    QVERIFY(f.waitLoaded());
    QTest::mouseClick(f.window.header()->deactivateButton(), Qt::LeftButton);
    QCOMPARE(f.confirmations.size(), 1);
    QVERIFY(!f.confirmations[0].bareAccountPage);
    QCOMPARE(f.opener.opened, QStringList{f.server->accountUri() + "?action=org.matrix.account_deactivate"});
}

void TestMainWindow::accountButtonsOpenTheirActions()
{
    WindowFixture f;
    QVERIFY(f.waitLoaded());
    QTest::mouseClick(f.window.header()->openPageButton(), Qt::LeftButton);
    QTest::mouseClick(f.window.header()->button(AccountAction::Profile), Qt::LeftButton);
    QTest::mouseClick(f.window.header()->button(AccountAction::DevicesList), Qt::LeftButton);
    QCOMPARE(f.confirmations.size(), 0);
    QTest::mouseClick(f.window.header()->button(AccountAction::CrossSigningReset), Qt::LeftButton);
    QCOMPARE(f.confirmations.size(), 1); // destructive: asked first
    const QString base = f.server->accountUri();
    QCOMPARE(f.opener.opened,
             (QStringList{base, base + "?action=org.matrix.profile", base + "?action=org.matrix.devices_list",
                          base + "?action=org.matrix.cross_signing_reset"}));
}

void TestMainWindow::f5AndRefreshButtonReload()
{
    WindowFixture f;
    QVERIFY(f.waitLoaded());
    const int before = f.server->requestCount(QStringLiteral("/_matrix/client/v3/devices"));
    QSignalSpy loaded(&f.window, &MainWindow::loaded);
    QTest::keyClick(&f.window, Qt::Key_F5);
    QVERIFY(loaded.wait(20'000));
    QCOMPARE(f.server->requestCount(QStringLiteral("/_matrix/client/v3/devices")), before + 1);
    QTest::mouseClick(f.window.findChild<QPushButton*>(QStringLiteral("refreshButton")), Qt::LeftButton);
    QVERIFY(loaded.wait(20'000));
    QCOMPARE(f.server->requestCount(QStringLiteral("/_matrix/client/v3/devices")), before + 2);
}

void TestMainWindow::filterMatchesNameIdAndIp()
{
    WindowFixture f;
    QVERIFY(f.waitLoaded());
    auto* search = f.window.findChild<QLineEdit*>(QStringLiteral("searchField"));
    QTest::keyClicks(search, QStringLiteral("fluffy"));
    QCOMPARE(f.window.filterModel()->rowCount(), 1);
    search->clear();
    const QString id = f.otherDevice();
    QTest::keyClicks(search, id.toLower());
    QCOMPARE(f.window.filterModel()->rowCount(), 1);
    search->clear();
    QTest::keyClicks(search, QStringLiteral("2001:db8"));
    QCOMPARE(f.window.filterModel()->rowCount(), 1);
    search->clear();
    QCOMPARE(f.window.filterModel()->rowCount(), 12);
}

void TestMainWindow::filterWithNoMatchSaysSo()
{
    WindowFixture f;
    QVERIFY(f.waitLoaded());
    auto* search = f.window.findChild<QLineEdit*>(QStringLiteral("searchField"));
    QTest::keyClicks(search, QStringLiteral("no such session"));
    auto* noMatch = f.window.findChild<StatusPage*>(QStringLiteral("noMatchPage"));
    QVERIFY(noMatch->isVisible());
    QVERIFY(noMatch->text().contains(QStringLiteral("no such session")));
    QTest::mouseClick(noMatch->findChild<QPushButton*>(), Qt::LeftButton);
    QVERIFY(search->text().isEmpty());
    QVERIFY(f.window.table()->isVisible());
}

void TestMainWindow::inactiveFilterShowsOnlyInactiveSessions()
{
    WindowFixture f;
    QVERIFY(f.waitLoaded());
    f.window.filterModel()->setActivity(DeviceFilterModel::Activity::InactiveOnly);
    QCOMPARE(f.window.filterModel()->rowCount(), 3);
    for (int row = 0; row < 3; ++row) {
        const QModelIndex status = f.window.filterModel()->index(row, DeviceListModel::StatusColumn);
        QVERIFY(status.data().toString().startsWith(QStringLiteral("Inactive for"))); // said in words
    }
}

void TestMainWindow::classicServerIsManagedNativelyWithANote()
{
    WindowFixture f(withActions(DemoOptions::allActions(), DemoOptions::Metadata::None));
    QVERIFY(f.waitLoaded());
    auto* banner = f.window.findChild<Banner*>(QStringLiteral("banner"));
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("classic sign-in")));
    QVERIFY(!f.window.header()->openPageButton()->isVisible());
    QVERIFY(!f.window.header()->deactivateButton()->isVisible());
    // No account page to view sessions on; Gatehouse signs them out itself (user-interactive auth).
    const QList<RowAction> actions =
        f.window.deviceModel()->actionsFor(f.window.deviceModel()->rowOf(f.otherDevice()));
    QCOMPARE(actions, QList<RowAction>{RowAction::SignOut});
    QVERIFY(f.opener.opened.isEmpty());
}

void TestMainWindow::unsafeAccountPageOffersNothingAndSaysWhy()
{
    DemoOptions options;
    options.accountUri = QStringLiteral("http://account.example.org/account/");
    WindowFixture f(options);
    QVERIFY(f.waitLoaded());
    auto* banner = f.window.findChild<Banner*>(QStringLiteral("banner"));
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("unencrypted http")));
    QVERIFY(!f.window.header()->openPageButton()->isVisible());
    QVERIFY(!f.window.header()->button(AccountAction::Profile)->isVisible());
    QVERIFY(f.window.deviceModel()->actionsFor(f.window.deviceModel()->rowOf(f.otherDevice())).isEmpty());
}

void TestMainWindow::rejectedTokenShowsAnErrorWithRetry()
{
    WindowFixture f({}, QStringLiteral("not-a-valid-token"));
    QSignalSpy failed(&f.window, &MainWindow::loadFailed);
    QVERIFY(failed.wait(20'000));
    QCOMPARE(f.window.page(), MainWindow::Page::Error);
    auto* retry = f.window.findChild<QPushButton*>(QStringLiteral("retryButton"));
    QVERIFY(retry && retry->isVisible());
    QVERIFY(f.window.findChild<StatusPage*>(QStringLiteral("errorPage"))
                ->text()
                .contains(QStringLiteral("access token")));
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(failed.wait(20'000)); // asked again
}

void TestMainWindow::unreachableServerShowsAnError()
{
    RecordingUrlOpener opener;
    HttpClient http;
    MetadataService metadata(&http);
    MainWindow window(&opener);
    // A port nothing listens on: take a free one from a server that is then closed.
    QString base;
    {
        TestServer closed;
        base = closed.baseUrl();
    }
    QSignalSpy failed(&window, &MainWindow::loadFailed);
    window.showAccount(
        new AccountSession(&http, &metadata, base, std::make_shared<StaticTokenSource>(QStringLiteral("t"))));
    QVERIFY(failed.wait(20'000));
    QCOMPARE(window.page(), MainWindow::Page::Error);
}

void TestMainWindow::enterOpensTheRowMenu()
{
    WindowFixture f;
    QVERIFY(f.waitLoaded());
    SessionTable* table = f.window.table();
    table->setFocus();
    table->setCurrentIndex(f.window.filterModel()->index(f.rowOf(f.otherDevice()), 0));
    QMenu* seen = nullptr;
    QTimer::singleShot(0, this, [&seen] {
        seen = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        if (!seen)
            return;
        // First entry is the session's name (disabled); the next is "View in Browser".
        for (QAction* action : seen->actions()) {
            if (action->isEnabled() && !action->isSeparator()) {
                seen->setActiveAction(action);
                break;
            }
        }
        QTest::keyClick(seen, Qt::Key_Return);
    });
    QTest::keyClick(table, Qt::Key_Return);
    QVERIFY(seen);
    QCOMPARE(f.opener.opened.size(), 1);
    QVERIFY(f.opener.opened.first().contains(QStringLiteral("action=org.matrix.device_view")));
}

void TestMainWindow::deleteKeyStartsSignOut()
{
    WindowFixture f;
    QVERIFY(f.waitLoaded());
    SessionTable* table = f.window.table();
    table->setFocus();
    table->setCurrentIndex(f.window.filterModel()->index(f.rowOf(f.otherDevice()), 0));
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(f.confirmations.size(), 1);
    QVERIFY(f.opener.opened.first().contains(QStringLiteral("action=org.matrix.device_delete")));
}

void TestMainWindow::noBrowserShowsTheAddress()
{
    WindowFixture f;
    QVERIFY(f.waitLoaded());
    f.opener.succeed = false;
    f.clickRowButton(f.otherDevice(), RowAction::View);
    QCOMPARE(f.browserFailures.size(), 1);
    QVERIFY(f.browserFailures.first().contains(QStringLiteral("device_id=") + f.otherDevice()));
    QVERIFY(!f.window.deviceModel()->isWaiting(f.otherDevice()));
}

void TestMainWindow::markupInNamesStaysText()
{
    TestServer probe; // a second server whose only job is to notice a fetch
    const QString pixel = probe.baseUrl() + "/pixel.png";
    WindowFixture f;
    const QString device = f.otherDevice();
    // NOLINTNEXTLINE(misc-misleading-bidirectional): hostile text on purpose
    f.server->account().renameDevice(device, "<img src=\"" + pixel + "\"><b>bold</b>\u202Eevil");
    QVERIFY(f.waitLoaded());
    const int row = f.rowOf(device);
    const QModelIndex name = f.window.filterModel()->index(row, DeviceListModel::NameColumn);
    const QString shown = name.data().toString();
    QVERIFY(shown.contains(QStringLiteral("<img src=")));                      // as characters
    QVERIFY(shown.startsWith(QChar(0x2068)) && shown.endsWith(QChar(0x2069))); // isolated
    // The tooltip and the confirmation use the name too; show both for real.
    QToolTip::showText(QPoint(10, 10), name.data(Qt::ToolTipRole).toString(), f.window.table());
    QVERIFY(!name.data(Qt::ToolTipRole).toString().contains(QStringLiteral("<img")));
    f.window.table()->viewport()->repaint();
    QCoreApplication::processEvents();
    QVERIFY(!probe->requestLog().join(u' ').contains(QStringLiteral("pixel.png")));
    QVERIFY(!f.server->requestLog().join(u' ').contains(QStringLiteral("pixel.png")));
    QToolTip::hideText();
}

void TestMainWindow::everyButtonHasAnAccessibleName()
{
    WindowFixture f;
    QVERIFY(f.waitLoaded());
    const auto buttons = f.window.findChildren<QPushButton*>();
    for (QPushButton* button : buttons) {
        if (!button->isVisible())
            continue;
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(button);
        QVERIFY2(accessible && !accessible->text(QAccessible::Name).isEmpty(),
                 qPrintable(button->objectName()));
    }
    const QModelIndex actions =
        f.window.filterModel()->index(f.rowOf(f.otherDevice()), DeviceListModel::ActionsColumn);
    QVERIFY(actions.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("View")));
}

void TestMainWindow::tenThousandSessionsLoadAndFilter()
{
    DemoOptions options;
    options.devices = 10'000;
    WindowFixture f(options);
    QVERIFY(f.waitLoaded());
    QCOMPARE(f.window.deviceModel()->rowCount(), 10'000);
    auto* search = f.window.findChild<QLineEdit*>(QStringLiteral("searchField"));
    QTest::keyClicks(search, QStringLiteral("DEV0009999"));
    QCOMPARE(f.window.filterModel()->rowCount(), 1);
    search->clear();
    QCOMPARE(f.window.filterModel()->rowCount(), 10'000);
    // Only rows on screen are painted: no widget per row exists.
    QVERIFY(f.window.table()->findChildren<QPushButton*>().isEmpty());
}

void TestMainWindow::sessionMenuShowsOnlyKeysThatDoTheThing()
{
    WindowFixture f;
    QVERIFY(f.waitLoaded());
    const QString device = f.otherDevice();
    SessionTable* table = f.window.table();
    table->setFocus();
    table->setCurrentIndex(f.window.filterModel()->index(f.rowOf(device), 0));

    // The key each Session-menu entry shows, whether as a shortcut or after a tab.
    QHash<QAction*, QKeySequence> shown;
    QMenu* sessionMenu = nullptr;
    for (QAction* item : f.window.menuBar()->actions()) {
        if (item->menu() && item->menu()->actions().contains(f.window.menus()->view))
            sessionMenu = item->menu();
    }
    QVERIFY(sessionMenu);
    for (QAction* action : sessionMenu->actions()) {
        const QString text = action->text();
        if (!action->shortcut().isEmpty())
            shown.insert(action, action->shortcut());
        else if (text.contains(u'\t'))
            shown.insert(action, QKeySequence(text.section(u'\t', 1)));
    }
    // Enter on a row opens its menu (the README's keys), so "View in Browser" must not claim it.
    QVERIFY2(!shown.contains(f.window.menus()->view),
             qPrintable(shown.value(f.window.menus()->view).toString()));
    QCOMPARE(shown.value(f.window.menus()->signOut), QKeySequence(Qt::Key_Delete));
    QCOMPARE(shown.value(f.window.menus()->rename), QKeySequence(Qt::Key_F2));
    QCOMPARE(shown.value(f.window.menus()->copyId), QKeySequence(QKeySequence::Copy));
    QCOMPARE(shown.size(), 3);

    // Each key does what its entry does.
    f.confirm = false;
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(f.confirmations.size(), 1);
    QCOMPARE(f.confirmations.first().action, AccountAction::DeviceDelete);
    QStringList asked;
    f.prompts.onSessionName = [&asked](const QString& name) {
        asked.append(name);
        return std::optional<QString>();
    };
    QTest::keyClick(table, Qt::Key_F2);
    QCOMPARE(asked.size(), 1);
    QTest::keySequence(table, QKeySequence::Copy);
    QCOMPARE(QGuiApplication::clipboard()->text(), device);
    QVERIFY(f.opener.opened.isEmpty());
}

void TestMainWindow::filterBarKeepsItsPlaceWhenRowsAreSelected()
{
    WindowFixture f;
    QVERIFY(f.waitLoaded());
    f.window.resize(1120, 720);
    FilterBar* bar = f.window.filterBar();
    QApplication::processEvents();
    const auto places = [&f, bar] {
        QList<QRect> rects;
        for (QWidget* widget : std::initializer_list<QWidget*>{
                 bar->search(), bar->activity(), bar->signOutSelectedButton(), bar->refreshButton()})
            rects.append(QRect(widget->mapTo(&f.window, QPoint(0, 0)), widget->size()));
        return rects;
    };
    f.window.table()->clearSelection();
    QApplication::processEvents();
    const QList<QRect> before = places();
    QVERIFY(bar->signOutSelectedButton()->isVisible());
    f.window.table()->selectRow(f.rowOf(f.otherDevice()));
    QApplication::processEvents();
    QVERIFY(bar->signOutSelectedButton()->text().contains(u'1'));
    QCOMPARE(places(), before);
    f.window.selectAllExceptThisSession();
    QApplication::processEvents();
    QVERIFY(bar->signOutSelectedButton()->text().contains(QStringLiteral("11")));
    QCOMPARE(places(), before);
}

void TestMainWindow::showLabelKeepsApartFromItsField()
{
    WindowFixture f;
    QVERIFY(f.waitLoaded());
    QComboBox* activity = f.window.filterBar()->activity();
    QLabel* show = nullptr;
    for (QLabel* label : f.window.filterBar()->findChildren<QLabel*>()) {
        if (label->buddy() == activity)
            show = label;
    }
    QVERIFY(show);
    QApplication::processEvents();
    const int gap = activity->geometry().left() - show->geometry().right() - 1;
    QVERIFY2(gap >= 4, qPrintable(QString::number(gap)));
    const QPushButton* selected = f.window.filterBar()->signOutSelectedButton();
    const QPushButton* refresh = f.window.filterBar()->refreshButton();
    QVERIFY(refresh->geometry().left() - selected->geometry().right() - 1 >= 4);
}

void TestMainWindow::lastActivityArrowPointsDownWhileNewestComeFirst()
{
    WindowFixture f;
    QVERIFY(f.waitLoaded());
    QHeaderView* header = f.window.table()->horizontalHeader();
    QCOMPARE(header->sortIndicatorSection(), int(DeviceListModel::LastActivityColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    // Newest first: the second row's last activity is no newer than the first other session's.
    const qint64 first = f.window.filterModel()->index(1, 0).data(DeviceListModel::LastSeenRole).toLongLong();
    const qint64 second =
        f.window.filterModel()->index(2, 0).data(DeviceListModel::LastSeenRole).toLongLong();
    QVERIFY(first >= second);

    auto* recorder = new ArrowRecorder;
    header->setStyle(recorder);
    header->grab();
    QVERIFY(!recorder->arrows.isEmpty());
    QVERIFY(std::all_of(
        recorder->arrows.cbegin(), recorder->arrows.cend(),
        [](QStyleOptionHeader::SortIndicator arrow) { return arrow == QStyleOptionHeader::SortDown; }));

    recorder->arrows.clear();
    f.window.table()->sortByColumn(DeviceListModel::NameColumn, Qt::AscendingOrder); // A to Z: up
    header->grab();
    QVERIFY(!recorder->arrows.isEmpty());
    QCOMPARE(recorder->arrows.constLast(), QStyleOptionHeader::SortUp);
    header->setStyle(nullptr);
    delete recorder;
}

void TestMainWindow::windowTitleHasNoInvisibleMarksForPlainText()
{
    WindowFixture f;
    QVERIFY(f.waitLoaded());
    const QString title = f.window.windowTitle();
    QVERIFY2(title.startsWith(QStringLiteral("@alice:localhost")), qPrintable(title));
    for (const QChar c : title)
        QVERIFY2(c.unicode() < 0x2066 || c.unicode() > 0x2069, qPrintable(title));
}

QTEST_MAIN(TestMainWindow)
#include "tst_MainWindow.moc"
