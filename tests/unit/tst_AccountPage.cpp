// The account page and the URLs Gatehouse may open on it: safety first, then advertised actions only.
#include "account/AccountPage.h"
#include "matrix/AuthMetadata.h"

#include <QTest>

using namespace gatehouse;

Q_DECLARE_METATYPE(gatehouse::AccountAction)
Q_DECLARE_METATYPE(gatehouse::AccountPage::Problem)
Q_DECLARE_METATYPE(std::optional<QString>)
Q_DECLARE_METATYPE(std::optional<QStringList>)

namespace {

const QStringList allStable = {
    "org.matrix.profile",       "org.matrix.devices_list",       "org.matrix.device_view",
    "org.matrix.device_delete", "org.matrix.account_deactivate", "org.matrix.cross_signing_reset"};

AccountPage pageFor(const std::optional<QString>& uri, const std::optional<QStringList>& actions)
{
    AuthMetadata metadata;
    metadata.issuer = "https://account.example.com/";
    metadata.accountManagementUri = uri;
    metadata.accountManagementActions = actions;
    return AccountPage::fromMetadata(metadata);
}

} // namespace

class TestAccountPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withoutMetadataThereIsNoPage();
    void refusesInOrder_data();
    void refusesInOrder();
    void refusalMessagesAreSentences();
    void offersNothingOnAnUnsafePage_data();
    void offersNothingOnAnUnsafePage();
    void offersAdvertisedActionsOnASafePage();
    void bareUrlIgnoresTheActionList();
    void appendsTheDeviceOnlyForDeviceActions_data();
    void appendsTheDeviceOnlyForDeviceActions();
    void deactivationUsesTheActionWhenAdvertised();
    void deactivationFallsBackToTheBarePage();
    void deactivationIsRefusedWithoutASafePage();
};

void TestAccountPage::withoutMetadataThereIsNoPage()
{
    const AccountPage page = AccountPage::fromMetadata(std::nullopt);
    QVERIFY(!page.exists());
    QVERIFY(!page.isSafe());
    QVERIFY(!page.uri().has_value());
    QVERIFY(page.offered().isEmpty());
    const auto url = page.urlFor(std::nullopt);
    QVERIFY(std::holds_alternative<AccountPage::Refusal>(url));
    QCOMPARE(std::get<AccountPage::Refusal>(url).problem, AccountPage::Problem::NoAccountPage);

    const AccountPage defaulted;
    QVERIFY(!defaulted.exists());
    QCOMPARE(std::get<AccountPage::Refusal>(defaulted.urlFor(AccountAction::Profile)).problem,
             AccountPage::Problem::NoAccountPage);
}

void TestAccountPage::refusesInOrder_data()
{
    QTest::addColumn<std::optional<QString>>("uri");
    QTest::addColumn<std::optional<QStringList>>("actions");
    QTest::addColumn<AccountAction>("action");
    QTest::addColumn<AccountPage::Problem>("problem");

    using P = AccountPage::Problem;
    const std::optional<QString> none;
    const std::optional<QString> safe = QString("https://account.example.com/account/");
    const std::optional<QString> unsafe = QString("http://account.example.com/account/");

    QTest::newRow("no page beats everything")
        << none << std::optional<QStringList>(allStable) << AccountAction::Profile << P::NoAccountPage;
    QTest::newRow("no page, nothing advertised")
        << none << std::optional<QStringList>() << AccountAction::DeviceView << P::NoAccountPage;
    QTest::newRow("unsafe page beats an advertised action")
        << unsafe << std::optional<QStringList>(allStable) << AccountAction::DeviceView << P::UnsafeUrl;
    QTest::newRow("unsafe page beats a missing action")
        << unsafe << std::optional<QStringList>() << AccountAction::DeviceView << P::UnsafeUrl;
    QTest::newRow("javascript page") << std::optional<QString>(QString("javascript:alert(1)"))
                                     << std::optional<QStringList>(allStable) << AccountAction::Profile
                                     << P::UnsafeUrl;
    QTest::newRow("page with user info")
        << std::optional<QString>(QString("https://u:p@account.example.com/"))
        << std::optional<QStringList>(allStable) << AccountAction::Profile << P::UnsafeUrl;
    QTest::newRow("empty page string")
        << std::optional<QString>(QString("")) << std::optional<QStringList>(allStable)
        << AccountAction::Profile << P::UnsafeUrl;
    QTest::newRow("safe page, action not listed")
        << safe << std::optional<QStringList>(QStringList{"org.matrix.profile"})
        << AccountAction::DeviceDelete << P::NotAdvertised;
    QTest::newRow("safe page, empty list")
        << safe << std::optional<QStringList>(QStringList{}) << AccountAction::Profile << P::NotAdvertised;
    QTest::newRow("safe page, absent list")
        << safe << std::optional<QStringList>() << AccountAction::DevicesList << P::NotAdvertised;
    QTest::newRow("safe page, deactivate not listed (MAS)")
        << safe
        << std::optional<QStringList>(QStringList{"org.matrix.profile", "org.matrix.devices_list",
                                                  "org.matrix.device_view", "org.matrix.device_delete"})
        << AccountAction::AccountDeactivate << P::NotAdvertised;
}

void TestAccountPage::refusesInOrder()
{
    QFETCH(std::optional<QString>, uri);
    QFETCH(std::optional<QStringList>, actions);
    QFETCH(AccountAction, action);
    QFETCH(AccountPage::Problem, problem);
    const AccountPage page = pageFor(uri, actions);
    const auto url = page.urlFor(action, QString("DEVICE"));
    QVERIFY(std::holds_alternative<AccountPage::Refusal>(url));
    QCOMPARE(std::get<AccountPage::Refusal>(url).problem, problem);
    QVERIFY(!std::get<AccountPage::Refusal>(url).message.isEmpty());
}

void TestAccountPage::refusalMessagesAreSentences()
{
    const auto unsafe = pageFor(QString("http://example.org/account/"), allStable).urlFor(std::nullopt);
    const QString unsafeMessage = std::get<AccountPage::Refusal>(unsafe).message;
    QVERIFY2(unsafeMessage.contains("http://example.org/account/"), qPrintable(unsafeMessage));

    const auto missing =
        pageFor(QString("https://example.org/account/"), QStringList{}).urlFor(AccountAction::DeviceDelete);
    const QString missingMessage = std::get<AccountPage::Refusal>(missing).message;
    QVERIFY2(missingMessage.contains("org.matrix.device_delete"), qPrintable(missingMessage));
}

void TestAccountPage::offersNothingOnAnUnsafePage_data()
{
    QTest::addColumn<QString>("uri");
    QTest::newRow("plain http") << "http://example.org/account/";
    QTest::newRow("file") << "file:///tmp/account.html";
    QTest::newRow("no host") << "https:///account/";
    QTest::newRow("user info") << "https://user@example.org/account/";
    QTest::newRow("backslash") << "https://example.org\\account";
}

void TestAccountPage::offersNothingOnAnUnsafePage()
{
    QFETCH(QString, uri);
    const AccountPage page = pageFor(uri, allStable);
    QVERIFY(page.exists());
    QVERIFY(!page.isSafe());
    QCOMPARE(page.uri(), std::optional<QString>(uri));
    QVERIFY(page.offered().isEmpty());
    QVERIFY(page.offered().actions().isEmpty());
    // What the server listed is still known, for messages.
    QVERIFY(page.advertised().has(AccountAction::DeviceView));
    QCOMPARE(std::get<AccountPage::Refusal>(page.urlFor(std::nullopt)).problem,
             AccountPage::Problem::UnsafeUrl);
}

void TestAccountPage::offersAdvertisedActionsOnASafePage()
{
    const AccountPage page =
        pageFor(QString("https://account.example.com/account/"),
                QStringList{"org.matrix.session_view", "org.matrix.profile", "unknown", "session_end"});
    QVERIFY(page.isSafe());
    const QList<AccountAction> expected = {AccountAction::Profile, AccountAction::DeviceView,
                                           AccountAction::DeviceDelete};
    QCOMPARE(page.offered().actions(), expected);
    QCOMPARE(page.offered().spelling(AccountAction::DeviceDelete), QString("session_end"));

    const AccountPage loopback = pageFor(QString("http://127.0.0.1:8080/account/"), allStable);
    QVERIFY(loopback.isSafe());
    QCOMPARE(loopback.offered().actions(), AccountActionNames::all());
}

void TestAccountPage::bareUrlIgnoresTheActionList()
{
    for (const std::optional<QStringList>& actions :
         {std::optional<QStringList>(), std::optional<QStringList>(QStringList{}),
          std::optional<QStringList>(allStable)}) {
        const AccountPage page =
            pageFor(QString("https://account.example.com/account/?sid=1&action=x"), actions);
        const auto url = page.urlFor(std::nullopt, QString("IGNORED"));
        QVERIFY(std::holds_alternative<QString>(url));
        QCOMPARE(std::get<QString>(url), QString("https://account.example.com/account/?sid=1"));
    }
}

void TestAccountPage::appendsTheDeviceOnlyForDeviceActions_data()
{
    QTest::addColumn<AccountAction>("action");
    QTest::addColumn<std::optional<QString>>("device");
    QTest::addColumn<QString>("expected");
    const QString base = "https://acc.example.org/account/?action=";
    const std::optional<QString> device = QString("AB CD");
    const std::optional<QString> noDevice;

    QTest::newRow("device_view with a device")
        << AccountAction::DeviceView << device << base + "org.matrix.device_view&device_id=AB%20CD";
    QTest::newRow("device_delete with a device")
        << AccountAction::DeviceDelete << device << base + "org.matrix.device_delete&device_id=AB%20CD";
    QTest::newRow("device_view without a device")
        << AccountAction::DeviceView << noDevice << base + "org.matrix.device_view";
    QTest::newRow("profile ignores a device")
        << AccountAction::Profile << device << base + "org.matrix.profile";
    QTest::newRow("devices_list ignores a device")
        << AccountAction::DevicesList << device << base + "org.matrix.devices_list";
    QTest::newRow("account_deactivate ignores a device")
        << AccountAction::AccountDeactivate << device << base + "org.matrix.account_deactivate";
    QTest::newRow("cross_signing_reset ignores a device")
        << AccountAction::CrossSigningReset << device << base + "org.matrix.cross_signing_reset";
}

void TestAccountPage::appendsTheDeviceOnlyForDeviceActions()
{
    QFETCH(AccountAction, action);
    QFETCH(std::optional<QString>, device);
    QFETCH(QString, expected);
    const AccountPage page = pageFor(QString("https://acc.example.org/account/"), allStable);
    const auto url = page.urlFor(action, device);
    QVERIFY(std::holds_alternative<QString>(url));
    QCOMPARE(std::get<QString>(url), expected);
}

void TestAccountPage::deactivationUsesTheActionWhenAdvertised()
{
    const AccountPage page = pageFor(QString("https://acc.example.org/account/"), allStable);
    const auto url = page.deactivationUrl();
    QVERIFY(std::holds_alternative<QString>(url));
    QCOMPARE(std::get<QString>(url),
             QString("https://acc.example.org/account/?action=org.matrix.account_deactivate"));
}

void TestAccountPage::deactivationFallsBackToTheBarePage()
{
    const QStringList mas = {"org.matrix.profile", "org.matrix.devices_list", "org.matrix.device_view",
                             "org.matrix.device_delete", "org.matrix.cross_signing_reset"};
    for (const std::optional<QStringList>& actions :
         {std::optional<QStringList>(mas), std::optional<QStringList>(QStringList{}),
          std::optional<QStringList>()}) {
        const AccountPage page = pageFor(QString("https://acc.example.org/account/#top"), actions);
        const auto url = page.deactivationUrl();
        QVERIFY(std::holds_alternative<QString>(url));
        QCOMPARE(std::get<QString>(url), QString("https://acc.example.org/account/#top"));
    }
}

void TestAccountPage::deactivationIsRefusedWithoutASafePage()
{
    const auto none = pageFor(std::nullopt, allStable).deactivationUrl();
    QCOMPARE(std::get<AccountPage::Refusal>(none).problem, AccountPage::Problem::NoAccountPage);
    const auto unsafe = pageFor(QString("http://acc.example.org/"), allStable).deactivationUrl();
    QCOMPARE(std::get<AccountPage::Refusal>(unsafe).problem, AccountPage::Problem::UnsafeUrl);
    const auto unsafeBare = pageFor(QString("http://acc.example.org/"), QStringList{}).deactivationUrl();
    QCOMPARE(std::get<AccountPage::Refusal>(unsafeBare).problem, AccountPage::Problem::UnsafeUrl);
}

QTEST_GUILESS_MAIN(TestAccountPage)
#include "tst_AccountPage.moc"
