// How deep links into the account page are built: docs/protocol.md "Building an account URL" and the
// public vectors of other clients that apply under Gatehouse's strict rule.
#include "account/AccountManagementUrl.h"
#include "account/AccountPage.h"
#include "matrix/AuthMetadata.h"

#include <QTest>

using namespace gatehouse;

class TestAccountManagementUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buildsAsDesignSays_data();
    void buildsAsDesignSays();
    void encodesValuesByteByByte_data();
    void encodesValuesByteByByte();
    void appliesProtocolVectors_data();
    void appliesProtocolVectors();
};

void TestAccountManagementUrl::buildsAsDesignSays_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("device");
    QTest::addColumn<QString>("expected");

    QTest::newRow("design example: old action removed, pairs and fragment kept")
        << "https://acc.example.org/m?x=1&action=old#top"
        << "org.matrix.device_view"
        << "D 1"
        << "https://acc.example.org/m?x=1&action=org.matrix.device_view&device_id=D%201#top";
    QTest::newRow("empty path becomes /")
        << "https://example.org"
        << "org.matrix.profile" << QString() << "https://example.org/?action=org.matrix.profile";
    QTest::newRow("bare page drops an empty query")
        << "https://example.org/account/?" << QString() << QString() << "https://example.org/account/";
    QTest::newRow("bare page removes action and device_id")
        << "https://x.org/m?action=a&keep=1&device_id=d#f" << QString() << QString()
        << "https://x.org/m?keep=1#f";
    QTest::newRow("other pairs stay byte for byte")
        << "https://x.org/m?b=%2f%41&a=+1&c"
        << "org.matrix.profile" << QString() << "https://x.org/m?b=%2f%41&a=+1&c&action=org.matrix.profile";
    QTest::newRow("encoded pair names are recognised")
        << "https://x.org/m?%61ction=old&device%5Fid=x"
        << "org.matrix.devices_list" << QString() << "https://x.org/m?action=org.matrix.devices_list";
    QTest::newRow("fragment with a question mark")
        << "https://x.org/m#a?b"
        << "org.matrix.profile" << QString() << "https://x.org/m?action=org.matrix.profile#a?b";
    QTest::newRow("empty pairs are not kept")
        << "https://x.org/m?&&x=1&"
        << "org.matrix.profile" << QString() << "https://x.org/m?x=1&action=org.matrix.profile";
    QTest::newRow("empty path with query and port")
        << "http://127.0.0.1:8080?sid=1"
        << "org.matrix.profile" << QString() << "http://127.0.0.1:8080/?sid=1&action=org.matrix.profile";
}

void TestAccountManagementUrl::buildsAsDesignSays()
{
    QFETCH(QString, base);
    QFETCH(QString, action);
    QFETCH(QString, device);
    QFETCH(QString, expected);
    const std::optional<QString> deviceId = device.isNull() ? std::nullopt : std::optional<QString>(device);
    QCOMPARE(AccountManagementUrl::build(base, action, deviceId), expected);
}

void TestAccountManagementUrl::encodesValuesByteByByte_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("encoded");
    QTest::newRow("design: reserved characters") << "a b+c/d~e*f"
                                                 << "a%20b%2Bc%2Fd~e%2Af";
    QTest::newRow("design: non-ASCII over UTF-8") << QString::fromUtf8("ÄÖ€") << "%C3%84%C3%96%E2%82%AC";
    QTest::newRow("unreserved kept") << "AZaz09-._~"
                                     << "AZaz09-._~";
    QTest::newRow("ampersand, equals, hash, percent") << "&=#%"
                                                      << "%26%3D%23%25";
    QTest::newRow("emoji as four bytes") << QString::fromUtf8("😀") << "%F0%9F%98%80";
}

void TestAccountManagementUrl::encodesValuesByteByByte()
{
    QFETCH(QString, value);
    QFETCH(QString, encoded);
    QCOMPARE(AccountManagementUrl::encodeValue(value), encoded);
    QCOMPARE(AccountManagementUrl::build(QStringLiteral("https://x.org/"),
                                         QStringLiteral("org.matrix.device_view"), value),
             QStringLiteral("https://x.org/?action=org.matrix.device_view&device_id=") + encoded);
}

// Vectors of RUMA, the Rust SDK, Element Web and MSC4191, read with docs/protocol.md's strict rule:
// an empty expectation means "not offered".
void TestAccountManagementUrl::appliesProtocolVectors_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QStringList>("advertised");
    QTest::addColumn<bool>("listAbsent");
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("device");
    QTest::addColumn<QString>("expected");

    const QString ruma = QStringLiteral("https://server.local/account");
    const QStringList sixStable = {
        "org.matrix.profile",       "org.matrix.devices_list",       "org.matrix.device_view",
        "org.matrix.device_delete", "org.matrix.account_deactivate", "org.matrix.cross_signing_reset"};
    const int profile = int(AccountAction::Profile), list = int(AccountAction::DevicesList),
              view = int(AccountAction::DeviceView), remove = int(AccountAction::DeviceDelete);

    QTest::newRow("6.A #1") << ruma << sixStable << false << profile << QString()
                            << ruma + "?action=org.matrix.profile";
    QTest::newRow("6.A #2") << ruma << QStringList{"org.matrix.devices_list"} << false << list << QString()
                            << ruma + "?action=org.matrix.devices_list";
    QTest::newRow("6.A #3") << ruma << QStringList{"org.matrix.devices_list", "org.matrix.sessions_list"}
                            << false << list << QString() << ruma + "?action=org.matrix.devices_list";
    QTest::newRow("6.A #4") << ruma << QStringList{"org.matrix.sessions_list"} << false << list << QString()
                            << ruma + "?action=org.matrix.sessions_list";
    QTest::newRow("6.A #5 not offered")
        << ruma << QStringList{"org.matrix.profile"} << false << list << QString() << QString();
    QTest::newRow("6.A #6") << ruma << QStringList{"org.matrix.device_view"} << false << view << "DEVICE"
                            << ruma + "?action=org.matrix.device_view&device_id=DEVICE";
    QTest::newRow("6.A #7") << ruma << QStringList{"org.matrix.device_view", "org.matrix.session_view"}
                            << false << view << "DEVICE"
                            << ruma + "?action=org.matrix.device_view&device_id=DEVICE";
    QTest::newRow("6.A #8") << ruma << QStringList{"org.matrix.session_view"} << false << view << "DEVICE"
                            << ruma + "?action=org.matrix.session_view&device_id=DEVICE";
    QTest::newRow("6.A #9 not offered")
        << ruma << QStringList{"org.matrix.profile"} << false << view << "DEVICE" << QString();
    QTest::newRow("6.A #10") << ruma << QStringList{"org.matrix.device_delete"} << false << remove << "DEVICE"
                             << ruma + "?action=org.matrix.device_delete&device_id=DEVICE";
    QTest::newRow("6.A #11") << ruma << QStringList{"org.matrix.device_delete", "org.matrix.session_end"}
                             << false << remove << "DEVICE"
                             << ruma + "?action=org.matrix.device_delete&device_id=DEVICE";
    QTest::newRow("6.A #12") << ruma << QStringList{"org.matrix.session_end"} << false << remove << "DEVICE"
                             << ruma + "?action=org.matrix.session_end&device_id=DEVICE";
    QTest::newRow("6.A #13 not offered") << ruma << QStringList{} << false << remove << "DEVICE" << QString();

    QTest::newRow("6.B base with query")
        << "https://example.org/?sid=123456" << QStringList{"org.matrix.session_view"} << false << view
        << "ABCDEFG"
        << "https://example.org/?sid=123456&action=org.matrix.session_view&device_id=ABCDEFG";
    QTest::newRow("6.B profile on bare host")
        << "https://example.org" << QStringList{"org.matrix.profile"} << false << profile << QString()
        << "https://example.org/?action=org.matrix.profile";

    const QString ew = QStringLiteral("https://auth.com/manage");
    QTest::newRow("6.D three spellings")
        << ew << QStringList{"org.matrix.session_view", "session_view", "org.matrix.device_view"} << false
        << view << "DEVICEID1234" << ew + "?action=org.matrix.device_view&device_id=DEVICEID1234";
    QTest::newRow("6.D [] not offered")
        << ew << QStringList{} << false << view << "DEVICEID1234" << QString();
    QTest::newRow("6.D undefined not offered")
        << ew << QStringList{} << true << view << "DEVICEID1234" << QString();
    QTest::newRow("6.D unstable only")
        << ew << QStringList{"org.matrix.session_view"} << false << view << "DEVICEID1234"
        << ew + "?action=org.matrix.session_view&device_id=DEVICEID1234";
    QTest::newRow("6.D bare only") << ew << QStringList{"session_view"} << false << view << "DEVICEID1234"
                                   << ew + "?action=session_view&device_id=DEVICEID1234";

    QTest::newRow("6.F MSC example")
        << "https://account.example.com/myaccount" << QStringList{"org.matrix.device_delete"} << false
        << remove << "ABCDEFGH"
        << "https://account.example.com/myaccount?action=org.matrix.device_delete&device_id=ABCDEFGH";
    QTest::newRow("case matters") << ruma << QStringList{"ORG.MATRIX.PROFILE"} << false << profile
                                  << QString() << QString();
}

void TestAccountManagementUrl::appliesProtocolVectors()
{
    QFETCH(QString, base);
    QFETCH(QStringList, advertised);
    QFETCH(bool, listAbsent);
    QFETCH(int, action);
    QFETCH(QString, device);
    QFETCH(QString, expected);

    AuthMetadata metadata;
    metadata.issuer = QStringLiteral("https://issuer.example/");
    metadata.accountManagementUri = base;
    if (!listAbsent)
        metadata.accountManagementActions = advertised;
    const AccountPage page = AccountPage::fromMetadata(metadata);
    const std::optional<QString> deviceId = device.isEmpty() ? std::nullopt : std::optional<QString>(device);
    const auto url = page.urlFor(AccountAction(action), deviceId);
    if (expected.isEmpty()) {
        QVERIFY(std::holds_alternative<AccountPage::Refusal>(url));
        QCOMPARE(std::get<AccountPage::Refusal>(url).problem, AccountPage::Problem::NotAdvertised);
        QVERIFY(!page.offered().has(AccountAction(action)));
    } else {
        QVERIFY(std::holds_alternative<QString>(url));
        QCOMPARE(std::get<QString>(url), expected);
    }
}

QTEST_GUILESS_MAIN(TestAccountManagementUrl)
#include "tst_AccountManagementUrl.moc"
