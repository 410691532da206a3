// Which account actions a server advertises and how each is spelled: docs/protocol.md "Which
// exist". Also the names --open accepts (AccountActionNames::fromName).
#include "account/AccountAction.h"
#include "account/AdvertisedActions.h"

#include <QTest>

using namespace gatehouse;

Q_DECLARE_METATYPE(gatehouse::AccountAction)
Q_DECLARE_METATYPE(std::optional<QStringList>)

class TestAdvertisedActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void spellingsFollowTheDesignTable_data();
    void spellingsFollowTheDesignTable();
    void onlyDeviceActionsTakeADevice();
    void destructiveActionsAreMarked();
    void usesTheMostPreferredListedSpelling_data();
    void usesTheMostPreferredListedSpelling();
    void advertisesNothingWithoutAKnownListedName_data();
    void advertisesNothingWithoutAKnownListedName();
    void listsAdvertisedActionsInTableOrder();
    void fromNameAcceptsEveryKnownSpelling_data();
    void fromNameAcceptsEveryKnownSpelling();
    void fromNameRejectsUnknownNames_data();
    void fromNameRejectsUnknownNames();
};

void TestAdvertisedActions::spellingsFollowTheDesignTable_data()
{
    QTest::addColumn<AccountAction>("action");
    QTest::addColumn<QStringList>("spellings");
    QTest::addColumn<QString>("shortName");
    QTest::newRow("profile") << AccountAction::Profile << QStringList{"org.matrix.profile", "profile"}
                             << "profile";
    QTest::newRow("devices_list") << AccountAction::DevicesList
                                  << QStringList{"org.matrix.devices_list", "org.matrix.sessions_list",
                                                 "sessions_list"}
                                  << "devices_list";
    QTest::newRow("device_view") << AccountAction::DeviceView
                                 << QStringList{"org.matrix.device_view", "org.matrix.session_view",
                                                "session_view"}
                                 << "device_view";
    QTest::newRow("device_delete") << AccountAction::DeviceDelete
                                   << QStringList{"org.matrix.device_delete", "org.matrix.session_end",
                                                  "session_end"}
                                   << "device_delete";
    QTest::newRow("account_deactivate")
        << AccountAction::AccountDeactivate << QStringList{"org.matrix.account_deactivate"}
        << "account_deactivate";
    QTest::newRow("cross_signing_reset")
        << AccountAction::CrossSigningReset << QStringList{"org.matrix.cross_signing_reset"}
        << "cross_signing_reset";
}

void TestAdvertisedActions::spellingsFollowTheDesignTable()
{
    QFETCH(AccountAction, action);
    QFETCH(QStringList, spellings);
    QFETCH(QString, shortName);
    QCOMPARE(AccountActionNames::spellings(action), spellings);
    QCOMPARE(AccountActionNames::stableName(action), spellings.first());
    QCOMPARE(AccountActionNames::shortName(action), shortName);
}

void TestAdvertisedActions::onlyDeviceActionsTakeADevice()
{
    for (const AccountAction action : AccountActionNames::all()) {
        const bool expected = action == AccountAction::DeviceView || action == AccountAction::DeviceDelete;
        QCOMPARE(AccountActionNames::takesDevice(action), expected);
    }
}

void TestAdvertisedActions::destructiveActionsAreMarked()
{
    QVERIFY(AccountActionNames::isDestructive(AccountAction::DeviceDelete));
    QVERIFY(AccountActionNames::isDestructive(AccountAction::AccountDeactivate));
    QVERIFY(AccountActionNames::isDestructive(AccountAction::CrossSigningReset));
    QVERIFY(!AccountActionNames::isDestructive(AccountAction::Profile));
    QVERIFY(!AccountActionNames::isDestructive(AccountAction::DevicesList));
    QVERIFY(!AccountActionNames::isDestructive(AccountAction::DeviceView));
}

void TestAdvertisedActions::usesTheMostPreferredListedSpelling_data()
{
    QTest::addColumn<QStringList>("listed");
    QTest::addColumn<AccountAction>("action");
    QTest::addColumn<QString>("spelling");

    QTest::newRow("stable only") << QStringList{"org.matrix.device_view"} << AccountAction::DeviceView
                                 << "org.matrix.device_view";
    QTest::newRow("stable wins over older, whatever the order")
        << QStringList{"session_view", "org.matrix.session_view", "org.matrix.device_view"}
        << AccountAction::DeviceView << "org.matrix.device_view";
    QTest::newRow("prefixed older name wins over the bare one")
        << QStringList{"session_end", "org.matrix.session_end"} << AccountAction::DeviceDelete
        << "org.matrix.session_end";
    QTest::newRow("bare older name alone")
        << QStringList{"sessions_list"} << AccountAction::DevicesList << "sessions_list";
    QTest::newRow("bare profile") << QStringList{"profile"} << AccountAction::Profile << "profile";
    QTest::newRow("older MAS list") << QStringList{"org.matrix.profile", "org.matrix.sessions_list",
                                                   "org.matrix.session_view", "org.matrix.session_end"}
                                    << AccountAction::DevicesList << "org.matrix.sessions_list";
    QTest::newRow("unknown strings around it")
        << QStringList{"org.matrix.plan_management", "org.matrix.cross_signing_reset", ""}
        << AccountAction::CrossSigningReset << "org.matrix.cross_signing_reset";
    QTest::newRow("listed twice") << QStringList{"org.matrix.profile", "org.matrix.profile"}
                                  << AccountAction::Profile << "org.matrix.profile";
}

void TestAdvertisedActions::usesTheMostPreferredListedSpelling()
{
    QFETCH(QStringList, listed);
    QFETCH(AccountAction, action);
    QFETCH(QString, spelling);
    const AdvertisedActions advertised(listed);
    QVERIFY(advertised.has(action));
    QCOMPARE(advertised.spelling(action), spelling);
    QVERIFY(!advertised.isEmpty());
}

void TestAdvertisedActions::advertisesNothingWithoutAKnownListedName_data()
{
    QTest::addColumn<std::optional<QStringList>>("listed");
    QTest::addColumn<AccountAction>("action");

    QTest::newRow("absent list") << std::optional<QStringList>() << AccountAction::DeviceView;
    QTest::newRow("empty list") << std::optional<QStringList>(QStringList{}) << AccountAction::DeviceView;
    QTest::newRow("only unknown strings")
        << std::optional<QStringList>(
               QStringList{"org.matrix.deactivateaccount", "org.matrix.plan_management"})
        << AccountAction::AccountDeactivate;
    QTest::newRow("another action listed")
        << std::optional<QStringList>(QStringList{"org.matrix.profile"}) << AccountAction::DevicesList;
    QTest::newRow("upper case") << std::optional<QStringList>(QStringList{"ORG.MATRIX.DEVICE_VIEW"})
                                << AccountAction::DeviceView;
    QTest::newRow("capitalised bare name")
        << std::optional<QStringList>(QStringList{"Profile"}) << AccountAction::Profile;
    QTest::newRow("surrounding space") << std::optional<QStringList>(QStringList{" org.matrix.device_delete"})
                                       << AccountAction::DeviceDelete;
    QTest::newRow("bare stable short name is not a spelling")
        << std::optional<QStringList>(QStringList{"device_view"}) << AccountAction::DeviceView;
    QTest::newRow("msc4191 prefix") << std::optional<QStringList>(
                                           QStringList{"org.matrix.msc4191.device_view"})
                                    << AccountAction::DeviceView;
    QTest::newRow("bare account_deactivate is not a spelling")
        << std::optional<QStringList>(QStringList{"account_deactivate"}) << AccountAction::AccountDeactivate;
}

void TestAdvertisedActions::advertisesNothingWithoutAKnownListedName()
{
    QFETCH(std::optional<QStringList>, listed);
    QFETCH(AccountAction, action);
    const AdvertisedActions advertised(listed);
    QVERIFY(!advertised.has(action));
    QVERIFY(advertised.spelling(action).isEmpty());
    QVERIFY(!advertised.actions().contains(action));
}

void TestAdvertisedActions::listsAdvertisedActionsInTableOrder()
{
    const AdvertisedActions advertised(QStringList{"org.matrix.cross_signing_reset", "session_end",
                                                   "org.matrix.profile", "org.matrix.session_view"});
    const QList<AccountAction> expected = {AccountAction::Profile, AccountAction::DeviceView,
                                           AccountAction::DeviceDelete, AccountAction::CrossSigningReset};
    QCOMPARE(advertised.actions(), expected);

    QVERIFY(AdvertisedActions().isEmpty());
    QVERIFY(AdvertisedActions().actions().isEmpty());
    QVERIFY(AdvertisedActions(QStringList{"nothing.known"}).isEmpty());
}

void TestAdvertisedActions::fromNameAcceptsEveryKnownSpelling_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<AccountAction>("action");
    QTest::newRow("org.matrix.profile") << "org.matrix.profile" << AccountAction::Profile;
    QTest::newRow("profile") << "profile" << AccountAction::Profile;
    QTest::newRow("org.matrix.devices_list") << "org.matrix.devices_list" << AccountAction::DevicesList;
    QTest::newRow("devices_list") << "devices_list" << AccountAction::DevicesList;
    QTest::newRow("org.matrix.sessions_list") << "org.matrix.sessions_list" << AccountAction::DevicesList;
    QTest::newRow("sessions_list") << "sessions_list" << AccountAction::DevicesList;
    QTest::newRow("org.matrix.device_view") << "org.matrix.device_view" << AccountAction::DeviceView;
    QTest::newRow("device_view") << "device_view" << AccountAction::DeviceView;
    QTest::newRow("org.matrix.session_view") << "org.matrix.session_view" << AccountAction::DeviceView;
    QTest::newRow("session_view") << "session_view" << AccountAction::DeviceView;
    QTest::newRow("org.matrix.device_delete") << "org.matrix.device_delete" << AccountAction::DeviceDelete;
    QTest::newRow("device_delete") << "device_delete" << AccountAction::DeviceDelete;
    QTest::newRow("org.matrix.session_end") << "org.matrix.session_end" << AccountAction::DeviceDelete;
    QTest::newRow("session_end") << "session_end" << AccountAction::DeviceDelete;
    QTest::newRow("org.matrix.account_deactivate")
        << "org.matrix.account_deactivate" << AccountAction::AccountDeactivate;
    QTest::newRow("account_deactivate") << "account_deactivate" << AccountAction::AccountDeactivate;
    QTest::newRow("org.matrix.cross_signing_reset")
        << "org.matrix.cross_signing_reset" << AccountAction::CrossSigningReset;
    QTest::newRow("cross_signing_reset") << "cross_signing_reset" << AccountAction::CrossSigningReset;
}

void TestAdvertisedActions::fromNameAcceptsEveryKnownSpelling()
{
    QFETCH(QString, name);
    QFETCH(AccountAction, action);
    const std::optional<AccountAction> parsed = AccountActionNames::fromName(name);
    QVERIFY(parsed.has_value());
    QCOMPARE(*parsed, action);
}

void TestAdvertisedActions::fromNameRejectsUnknownNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("Profile") << "Profile";
    QTest::newRow("DEVICE_VIEW") << "DEVICE_VIEW";
    QTest::newRow("Org.Matrix.Profile") << "Org.Matrix.Profile";
    QTest::newRow("empty") << "";
    QTest::newRow("account (handled by the command line)") << "account";
    QTest::newRow("unknown") << "org.matrix.plan_management";
    QTest::newRow("unstable prefix") << "org.matrix.msc4191.profile";
    QTest::newRow("org.matrix. alone") << "org.matrix.";
    QTest::newRow("with space") << " profile";
    QTest::newRow("prefixed older name without org.matrix. twice") << "org.matrix.org.matrix.profile";
}

void TestAdvertisedActions::fromNameRejectsUnknownNames()
{
    QFETCH(QString, name);
    QVERIFY(!AccountActionNames::fromName(name).has_value());
}

QTEST_GUILESS_MAIN(TestAdvertisedActions)
#include "tst_AdvertisedActions.moc"
