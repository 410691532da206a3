// SessionActions: the one answer to "what can be done with this session, this selection, this account", as a
// table per question, window and command line side by side.
#include "TestDevices.h"

#include "account/SessionActions.h"

#include <QTest>

using namespace gatehouse;
using namespace gatehouse::testing;

Q_DECLARE_METATYPE(gatehouse::RowAction)
Q_DECLARE_METATYPE(gatehouse::AccountAction)
Q_DECLARE_METATYPE(std::optional<QStringList>)
Q_DECLARE_METATYPE(std::optional<qint64>)
Q_DECLARE_METATYPE(gatehouse::SessionActions::PageState)
Q_DECLARE_METATYPE(gatehouse::SessionActions::SignOut)

namespace {

enum class Server
{
    OAuth,         // an account page at https://auth.example.org/account
    OAuthNoPage,   // OAuth, but no account_management_uri
    OAuthUnsafe,   // the account page is plain http on a public host
    Classic,       // no OAuth 2.0 API
    MetadataError, // the metadata could not be read
};

AccountSnapshot snapshotFor(Server server, const std::optional<QStringList>& actions,
                            QList<Device> devices = {})
{
    AccountSnapshot snapshot =
        snapshotOffering(actions, QStringLiteral("ME"),
                         server != Server::Classic && server != Server::MetadataError, std::move(devices));
    if (server == Server::OAuthNoPage)
        snapshot.metadata.metadata->accountManagementUri.reset();
    if (server == Server::OAuthUnsafe)
        snapshot.metadata.metadata->accountManagementUri = QStringLiteral("http://auth.example.org/account");
    if (server == Server::MetadataError)
        snapshot.metadataError = Error::make(Error::Kind::InvalidResponse, QStringLiteral("broken"));
    return snapshot;
}

const QStringList everything{
    "org.matrix.profile",       "org.matrix.devices_list",       "org.matrix.device_view",
    "org.matrix.device_delete", "org.matrix.account_deactivate", "org.matrix.cross_signing_reset"};

} // namespace

Q_DECLARE_METATYPE(Server)

class TestSessionActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowActions_data();
    void rowActions();
    void nothingLoadedOffersNothing();
    void pageState_data();
    void pageState();
    void deactivationDiffersBetweenWindowAndCommandLine_data();
    void deactivationDiffersBetweenWindowAndCommandLine();
    void onlySignOutMarksARowWaiting_data();
    void onlySignOutMarksARowWaiting();
    void signOutSelectionNeverHoldsThisSession();
    void nativeSignOutTakesTheSelectionThatHoldsTheRow();
    void inactive_data();
    void inactive();
    void inactiveSessionsComeInTableOrder();
    void whyNotSaysWhy();
};

void TestSessionActions::rowActions_data()
{
    QTest::addColumn<Server>("server");
    QTest::addColumn<std::optional<QStringList>>("advertised");
    QTest::addColumn<QList<RowAction>>("forOther");
    QTest::addColumn<QList<RowAction>>("forThis");
    QTest::addColumn<SessionActions::SignOut>("signOut");

    const QList<RowAction> none;
    const QList<RowAction> view{RowAction::View};
    const QList<RowAction> both{RowAction::View, RowAction::SignOut};
    const QList<RowAction> signOut{RowAction::SignOut};
    QTest::newRow("every action") << Server::OAuth << std::optional<QStringList>(everything) << both << view
                                  << SessionActions::SignOut::AccountPage;
    QTest::newRow("view only") << Server::OAuth
                               << std::optional<QStringList>(QStringList{"org.matrix.device_view"}) << view
                               << view << SessionActions::SignOut::NotOffered;
    QTest::newRow("old delete spelling")
        << Server::OAuth << std::optional<QStringList>(QStringList{"org.matrix.session_end"}) << signOut
        << none << SessionActions::SignOut::AccountPage;
    QTest::newRow("empty list") << Server::OAuth << std::optional<QStringList>(QStringList{}) << none << none
                                << SessionActions::SignOut::NotOffered;
    QTest::newRow("absent list") << Server::OAuth << std::optional<QStringList>() << none << none
                                 << SessionActions::SignOut::NotOffered;
    QTest::newRow("no page") << Server::OAuthNoPage << std::optional<QStringList>(everything) << none << none
                             << SessionActions::SignOut::NotOffered;
    QTest::newRow("unsafe page") << Server::OAuthUnsafe << std::optional<QStringList>(everything) << none
                                 << none << SessionActions::SignOut::NotOffered;
    QTest::newRow("classic server") << Server::Classic << std::optional<QStringList>() << signOut << none
                                    << SessionActions::SignOut::Native;
    // Invalid metadata is a server error, never a sign of a classic server: nothing is signed out natively.
    QTest::newRow("metadata error") << Server::MetadataError << std::optional<QStringList>() << none << none
                                    << SessionActions::SignOut::NotOffered;
}

void TestSessionActions::rowActions()
{
    QFETCH(Server, server);
    QFETCH(std::optional<QStringList>, advertised);
    QFETCH(QList<RowAction>, forOther);
    QFETCH(QList<RowAction>, forThis);
    QFETCH(SessionActions::SignOut, signOut);
    for (const auto frontEnd : {SessionActions::FrontEnd::Window, SessionActions::FrontEnd::CommandLine}) {
        const SessionActions actions(snapshotFor(server, advertised), frontEnd);
        QCOMPARE(actions.forSession(QStringLiteral("OTHER")), forOther);
        QCOMPARE(actions.forSession(QStringLiteral("ME")), forThis);
        QCOMPARE(actions.signOut(), signOut);
        QCOMPARE(actions.offersBulkSignOut(), signOut != SessionActions::SignOut::NotOffered);
        QCOMPARE(actions.signsOutNatively(), signOut == SessionActions::SignOut::Native);
        QVERIFY(actions.canRename(QStringLiteral("OTHER")));
        QVERIFY(actions.canRename(QStringLiteral("ME")));
    }
}

void TestSessionActions::nothingLoadedOffersNothing()
{
    const SessionActions actions;
    QVERIFY(!actions.hasAccount());
    QVERIFY(actions.forSession(QStringLiteral("X")).isEmpty());
    QVERIFY(!actions.canRename(QStringLiteral("X")));
    QVERIFY(!actions.offersBulkSignOut());
    QVERIFY(!actions.offersAccountPage());
    QVERIFY(!actions.offersDeactivation());
    QVERIFY(!actions.canDismissWaiting(true));
}

void TestSessionActions::pageState_data()
{
    QTest::addColumn<Server>("server");
    QTest::addColumn<std::optional<QStringList>>("advertised");
    QTest::addColumn<SessionActions::PageState>("state");
    QTest::addColumn<bool>("accountPage");
    QTest::newRow("actions") << Server::OAuth << std::optional<QStringList>(everything)
                             << SessionActions::PageState::Actions << true;
    QTest::newRow("nothing advertised") << Server::OAuth << std::optional<QStringList>()
                                        << SessionActions::PageState::NothingAdvertised << true;
    QTest::newRow("no page") << Server::OAuthNoPage << std::optional<QStringList>(everything)
                             << SessionActions::PageState::NoPage << false;
    QTest::newRow("unsafe page") << Server::OAuthUnsafe << std::optional<QStringList>(everything)
                                 << SessionActions::PageState::UnsafePage << false;
    QTest::newRow("classic") << Server::Classic << std::optional<QStringList>()
                             << SessionActions::PageState::Classic << false;
    QTest::newRow("metadata error") << Server::MetadataError << std::optional<QStringList>()
                                    << SessionActions::PageState::MetadataError << false;
}

void TestSessionActions::pageState()
{
    QFETCH(Server, server);
    QFETCH(std::optional<QStringList>, advertised);
    QFETCH(SessionActions::PageState, state);
    QFETCH(bool, accountPage);
    const SessionActions actions(snapshotFor(server, advertised));
    QCOMPARE(actions.pageState(), state);
    QCOMPARE(actions.offersAccountPage(), accountPage);
}

void TestSessionActions::deactivationDiffersBetweenWindowAndCommandLine_data()
{
    QTest::addColumn<Server>("server");
    QTest::addColumn<std::optional<QStringList>>("advertised");
    QTest::addColumn<bool>("window");
    QTest::addColumn<bool>("barePage");
    QTest::addColumn<bool>("commandLine");
    QTest::newRow("advertised") << Server::OAuth
                                << std::optional<QStringList>(QStringList{"org.matrix.account_deactivate"})
                                << true << false << true;
    // The spec sends people to the account page to deactivate: the window offers the bare page, with a note.
    QTest::newRow("not advertised") << Server::OAuth
                                    << std::optional<QStringList>(QStringList{"org.matrix.profile"}) << true
                                    << true << false;
    QTest::newRow("no list") << Server::OAuth << std::optional<QStringList>() << true << true << false;
    QTest::newRow("unsafe page") << Server::OAuthUnsafe
                                 << std::optional<QStringList>(QStringList{"org.matrix.account_deactivate"})
                                 << false << false << false;
    QTest::newRow("classic") << Server::Classic << std::optional<QStringList>() << false << false << false;
}

void TestSessionActions::deactivationDiffersBetweenWindowAndCommandLine()
{
    QFETCH(Server, server);
    QFETCH(std::optional<QStringList>, advertised);
    QFETCH(bool, window);
    QFETCH(bool, barePage);
    QFETCH(bool, commandLine);
    const AccountSnapshot snapshot = snapshotFor(server, advertised);
    const SessionActions inWindow(snapshot, SessionActions::FrontEnd::Window);
    const SessionActions onCommandLine(snapshot, SessionActions::FrontEnd::CommandLine);
    QCOMPARE(inWindow.offersDeactivation(), window);
    QCOMPARE(inWindow.offersAccountAction(AccountAction::AccountDeactivate), window);
    QCOMPARE(inWindow.deactivatesThroughBarePage(), barePage);
    QCOMPARE(onCommandLine.offersDeactivation(), commandLine);
    QVERIFY(!onCommandLine.deactivatesThroughBarePage());
}

void TestSessionActions::onlySignOutMarksARowWaiting_data()
{
    QTest::addColumn<AccountAction>("action");
    QTest::addColumn<bool>("marks");
    QTest::addColumn<bool>("asks");
    QTest::newRow("profile") << AccountAction::Profile << false << false;
    QTest::newRow("devices_list") << AccountAction::DevicesList << false << false;
    QTest::newRow("device_view") << AccountAction::DeviceView << false << false;
    QTest::newRow("device_delete") << AccountAction::DeviceDelete << true << true;
    QTest::newRow("account_deactivate") << AccountAction::AccountDeactivate << false << true;
    QTest::newRow("cross_signing_reset") << AccountAction::CrossSigningReset << false << true;
}

void TestSessionActions::onlySignOutMarksARowWaiting()
{
    QFETCH(AccountAction, action);
    QFETCH(bool, marks);
    QFETCH(bool, asks);
    QCOMPARE(SessionActions::marksWaiting(action), marks);
    QCOMPARE(SessionActions::needsConfirmation(action), asks);
}

void TestSessionActions::signOutSelectionNeverHoldsThisSession()
{
    const SessionActions actions(snapshotFor(Server::OAuth, everything));
    const QList<Device> listed{makeDevice("ME"), makeDevice("A"), makeDevice("B")};
    QCOMPARE(actions.signOutSelection({"B", "ME", "GONE", "A", "B"}, listed), (QStringList{"B", "A"}));
    QVERIFY(actions.signOutSelection({"ME"}, listed).isEmpty());
}

void TestSessionActions::nativeSignOutTakesTheSelectionThatHoldsTheRow()
{
    const SessionActions actions(snapshotFor(Server::Classic, std::nullopt));
    QCOMPARE(actions.nativeSignOutTargets("A", {"A", "B", "ME"}), (QStringList{"A", "B"}));
    QCOMPARE(actions.nativeSignOutTargets("C", {"A", "B"}), QStringList{"C"});
    QCOMPARE(actions.nativeSignOutTargets("C", {}), QStringList{"C"});
}

void TestSessionActions::inactive_data()
{
    QTest::addColumn<std::optional<qint64>>("lastSeen");
    QTest::addColumn<bool>("current");
    QTest::addColumn<int>("days");
    QTest::addColumn<bool>("inactive");
    QTest::newRow("older than the threshold") << std::optional<qint64>(daysAgo(91)) << false << 90 << true;
    QTest::newRow("exactly the threshold") << std::optional<qint64>(daysAgo(90)) << false << 90 << false;
    QTest::newRow("recent") << std::optional<qint64>(daysAgo(1)) << false << 90 << false;
    QTest::newRow("this session, old") << std::optional<qint64>(daysAgo(400)) << true << 90 << false;
    QTest::newRow("never seen") << std::optional<qint64>() << false << 90 << false;
    QTest::newRow("one day") << std::optional<qint64>(daysAgo(2)) << false << 1 << true;
}

void TestSessionActions::inactive()
{
    QFETCH(std::optional<qint64>, lastSeen);
    QFETCH(bool, current);
    QFETCH(int, days);
    QFETCH(bool, inactive);
    QCOMPARE(SessionActions::isInactive(lastSeen, current, days, referenceNow.toMSecsSinceEpoch()), inactive);
    const SessionActions actions(snapshotFor(Server::OAuth, everything));
    const Device device = makeDevice(current ? "ME" : "OTHER", std::nullopt, lastSeen);
    QCOMPARE(actions.isInactive(device, days, referenceNow), inactive);
}

void TestSessionActions::inactiveSessionsComeInTableOrder()
{
    const QList<Device> devices{makeDevice("ME", "me", daysAgo(500)), makeDevice("OLD", "old", daysAgo(300)),
                                makeDevice("NEW", "new", daysAgo(1)),
                                makeDevice("OLDER", "older", daysAgo(200)), makeDevice("NEVER")};
    const SessionActions actions(snapshotFor(Server::OAuth, everything, devices));
    QList<QString> ids;
    for (const Device& device : actions.inactiveSessions(devices, 90, referenceNow))
        ids.append(device.id);
    QCOMPARE(ids, (QList<QString>{"OLDER", "OLD"})); // newest activity first, never this session
}

void TestSessionActions::whyNotSaysWhy()
{
    const SessionActions actions(snapshotFor(Server::OAuth, everything));
    QVERIFY(actions.whyNot("OTHER", RowAction::SignOut).isEmpty());
    QVERIFY(actions.whyNot("ME", RowAction::SignOut).contains("the session Gatehouse is using"));
    const SessionActions viewOnly(snapshotFor(Server::OAuth, QStringList{"org.matrix.device_delete"}));
    QVERIFY(viewOnly.whyNot("OTHER", RowAction::View).contains("does not offer"));
}

QTEST_GUILESS_MAIN(TestSessionActions)
#include "tst_SessionActions.moc"
