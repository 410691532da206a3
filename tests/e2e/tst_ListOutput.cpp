// What `gatehouse --list` prints, running the built binary: the JSON document exactly as the issue
// describes it (keys, types, null for absent values, base_url without trailing slash, oauth, stable action
// names in docs/protocol.md's table order, empty when there is no safe page, devices in table order) and
// the table (control and bidi characters stripped from untrusted text).
#include "E2e.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;

Q_DECLARE_METATYPE(DemoOptions::Metadata)

namespace {

const QString WhoamiPath = QStringLiteral("/_matrix/client/v3/account/whoami");
const QString DevicesPath = QStringLiteral("/_matrix/client/v3/devices");

const QStringList AllStable = {
    "org.matrix.profile",       "org.matrix.devices_list",       "org.matrix.device_view",
    "org.matrix.device_delete", "org.matrix.account_deactivate", "org.matrix.cross_signing_reset"};

QStringList keysOf(const QJsonObject& object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList stringsOf(const QJsonArray& array)
{
    QStringList out;
    for (const QJsonValue& value : array)
        out.append(value.isString() ? value.toString() : QStringLiteral("<not a string>"));
    return out;
}

// Runs --list --json and parses it; an empty object when anything went wrong (the run is described).
QJsonObject listJson(TestServer& server, const QStringList& extraArguments = {},
                     QByteArray* failure = nullptr, const QString& homeserver = {})
{
    const GatehouseRun run = GatehouseProcess::run(
        QStringList{"--homeserver", homeserver.isEmpty() ? server.baseUrl() : homeserver, "--list",
                    "--json"} +
            extraArguments,
        e2eEnvironment({{TokenVariable, server.token()}}));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    if (run.exitCode != 0 || !run.err.isEmpty() || error.error != QJsonParseError::NoError ||
        !document.isObject()) {
        if (failure)
            *failure = describe(run);
        return {};
    }
    return document.object();
}

bool hasControlOrBidi(const QString& text, bool allowNewline)
{
    const auto codePoints = text.toUcs4();
    for (const char32_t c : codePoints) {
        if (c == U'\n' && allowNewline)
            continue;
        if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x061C || c == 0x200E || c == 0x200F ||
            (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029)
            return true;
    }
    return false;
}

} // namespace

class TestListOutput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonHasTheDocumentedShape();
    void jsonBaseUrlHasNoTrailingSlash_data();
    void jsonBaseUrlHasNoTrailingSlash();
    void jsonSaysOAuthForEveryMetadataRoute_data();
    void jsonSaysOAuthForEveryMetadataRoute();
    void jsonListsStableActionNamesInTableOrder_data();
    void jsonListsStableActionNamesInTableOrder();
    void jsonListsNoActionsWithoutASafePage_data();
    void jsonListsNoActionsWithoutASafePage();
    void jsonListsDevicesInTableOrderWithNullForAbsentValues();
    void jsonDeviceIdIsNullWhenWhoamiHasNone();
    void jsonKeepsUntrustedNamesExactly();
    void tableStripsControlAndBidiCharacters();
    void tableListsEverySessionWithTheCurrentOneFirst();
};

void TestListOutput::jsonHasTheDocumentedShape()
{
    TestServer server;
    QByteArray failure;
    const QJsonObject root = listJson(server, {}, &failure);
    QVERIFY2(!root.isEmpty(), failure.constData());

    QCOMPARE(keysOf(root),
             sorted({"user_id", "device_id", "server", "account_management", "devices", "identity_changed"}));
    // Nothing remembered yet: the first look at an account is its identity.
    QVERIFY(root["identity_changed"].isBool());
    QCOMPARE(root["identity_changed"].toBool(), false);
    QVERIFY(root["user_id"].isString());
    QCOMPARE(root["user_id"].toString(), server->account().userId());
    QVERIFY(root["device_id"].isString());
    QCOMPARE(root["device_id"].toString(), server->account().currentDeviceId());

    QVERIFY(root["server"].isObject());
    const QJsonObject serverObject = root["server"].toObject();
    QCOMPARE(keysOf(serverObject), sorted({"base_url", "oauth"}));
    QVERIFY(serverObject["base_url"].isString());
    QCOMPARE(serverObject["base_url"].toString(), server.baseUrl());
    QVERIFY(serverObject["oauth"].isBool());
    QCOMPARE(serverObject["oauth"].toBool(), true);

    QVERIFY(root["account_management"].isObject());
    const QJsonObject account = root["account_management"].toObject();
    QCOMPARE(keysOf(account), sorted({"uri", "actions"}));
    QVERIFY(account["uri"].isString());
    QCOMPARE(account["uri"].toString(), server->accountUri());
    QVERIFY(account["actions"].isArray());
    QCOMPARE(stringsOf(account["actions"].toArray()), AllStable);

    QVERIFY(root["devices"].isArray());
    const QJsonArray devices = root["devices"].toArray();
    QCOMPARE(devices.size(), 12);
    int current = 0;
    for (const QJsonValue& value : devices) {
        QVERIFY(value.isObject());
        const QJsonObject device = value.toObject();
        QCOMPARE(keysOf(device), sorted({"device_id", "display_name", "last_seen_ip", "last_seen_ts",
                                         "current", "client", "encryption"}));
        QVERIFY(device["client"].isObject() || device["client"].isNull());
        if (device["client"].isObject())
            QCOMPARE(keysOf(device["client"].toObject()), sorted({"name", "version", "url"}));
        QVERIFY(QStringList({"cross_signed", "not_cross_signed", "no_keys", "invalid_keys", "unknown"})
                    .contains(device["encryption"].toString()));
        QVERIFY(device["device_id"].isString());
        QVERIFY(device["display_name"].isString() || device["display_name"].isNull());
        QVERIFY(device["last_seen_ip"].isString() || device["last_seen_ip"].isNull());
        QVERIFY(device["last_seen_ts"].isDouble() || device["last_seen_ts"].isNull());
        QVERIFY(device["current"].isBool());
        current += device["current"].toBool() ? 1 : 0;
    }
    QCOMPARE(current, 1);
    QVERIFY(devices[0].toObject()["current"].toBool());
}

void TestListOutput::jsonBaseUrlHasNoTrailingSlash_data()
{
    QTest::addColumn<QString>("homeserver"); // %1 the base URL, %2 the server name
    QTest::newRow("base URL with a slash") << "%1/";
    QTest::newRow("base URL with slashes") << "%1///";
    QTest::newRow("server name") << "%2";
    QTest::newRow("user ID") << "@alice:%2";
}

void TestListOutput::jsonBaseUrlHasNoTrailingSlash()
{
    QFETCH(QString, homeserver);

    TestServer server;
    // The well-known names the base URL with a trailing slash, which is allowed.
    server.answer("/.well-known/matrix/client", 200,
                  R"({"m.homeserver":{"base_url":")" + server.baseUrl().toUtf8() + R"(/"}})");
    QByteArray failure;
    const QJsonObject root =
        listJson(server, {}, &failure,
                 QString(homeserver).replace("%1", server.baseUrl()).replace("%2", serverName(server)));
    QVERIFY2(!root.isEmpty(), failure.constData());
    QCOMPARE(root["server"].toObject()["base_url"].toString(), server.baseUrl());
}

void TestListOutput::jsonSaysOAuthForEveryMetadataRoute_data()
{
    QTest::addColumn<DemoOptions::Metadata>("mode");
    QTest::addColumn<bool>("oauth");
    QTest::newRow("stable") << DemoOptions::Metadata::Stable << true;
    QTest::newRow("unstable") << DemoOptions::Metadata::Unstable << true;
    QTest::newRow("issuer") << DemoOptions::Metadata::Issuer << true;
    QTest::newRow("none") << DemoOptions::Metadata::None << false;
}

void TestListOutput::jsonSaysOAuthForEveryMetadataRoute()
{
    QFETCH(DemoOptions::Metadata, mode);
    QFETCH(bool, oauth);

    DemoOptions options;
    options.metadata = mode;
    TestServer server(options);
    QByteArray failure;
    const QJsonObject root = listJson(server, {}, &failure);
    QVERIFY2(!root.isEmpty(), failure.constData());
    const QJsonValue value = root["server"].toObject()["oauth"];
    QVERIFY(value.isBool());
    QCOMPARE(value.toBool(), oauth);
    const QJsonObject account = root["account_management"].toObject();
    if (oauth) {
        QCOMPARE(account["uri"].toString(), server->accountUri());
        QCOMPARE(stringsOf(account["actions"].toArray()), AllStable);
    } else {
        QVERIFY(account["uri"].isNull());
        QVERIFY(account["actions"].isArray());
        QVERIFY(account["actions"].toArray().isEmpty());
    }
}

void TestListOutput::jsonListsStableActionNamesInTableOrder_data()
{
    QTest::addColumn<QStringList>("listed");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("all, as the demo lists them") << DemoOptions::allActions() << AllStable;
    QTest::newRow("mas") << DemoOptions::masActions()
                         << QStringList{"org.matrix.profile", "org.matrix.devices_list",
                                        "org.matrix.device_view", "org.matrix.device_delete",
                                        "org.matrix.cross_signing_reset"};
    QTest::newRow("reversed") << QStringList{"org.matrix.cross_signing_reset",
                                             "org.matrix.account_deactivate",
                                             "org.matrix.device_delete",
                                             "org.matrix.device_view",
                                             "org.matrix.devices_list",
                                             "org.matrix.profile"}
                              << AllStable;
    QTest::newRow("older spellings only, shuffled")
        << QStringList{"session_end", "profile", "sessions_list", "session_view"}
        << QStringList{"org.matrix.profile", "org.matrix.devices_list", "org.matrix.device_view",
                       "org.matrix.device_delete"};
    QTest::newRow("unknown and repeated names are ignored")
        << QStringList{"org.matrix.cross_signing_reset", "org.matrix.frobnicate",
                       "org.matrix.cross_signing_reset", "ORG.MATRIX.PROFILE", ""}
        << QStringList{"org.matrix.cross_signing_reset"};
    QTest::newRow("msc4191 prefixed names are not used")
        << QStringList{"org.matrix.msc4191.profile", "org.matrix.msc4191.session_view"} << QStringList();
}

void TestListOutput::jsonListsStableActionNamesInTableOrder()
{
    QFETCH(QStringList, listed);
    QFETCH(QStringList, expected);

    TestServer server;
    server->setActions(listed);
    QByteArray failure;
    const QJsonObject root = listJson(server, {}, &failure);
    QVERIFY2(!root.isEmpty(), failure.constData());
    QCOMPARE(stringsOf(root["account_management"].toObject()["actions"].toArray()), expected);
}

void TestListOutput::jsonListsNoActionsWithoutASafePage_data()
{
    QTest::addColumn<QString>("accountUri");
    QTest::newRow("http to another computer") << "http://example.org/account/";
    QTest::newRow("userinfo") << "https://user:pw@example.org/account/";
    QTest::newRow("javascript") << "javascript:alert(1)";
}

void TestListOutput::jsonListsNoActionsWithoutASafePage()
{
    QFETCH(QString, accountUri);

    TestServer server;
    server->setAccountUri(accountUri);
    QByteArray failure;
    const QJsonObject root = listJson(server, {}, &failure);
    QVERIFY2(!root.isEmpty(), failure.constData());
    const QJsonObject account = root["account_management"].toObject();
    QCOMPARE(account["uri"].toString(), accountUri); // as the server gave it
    QVERIFY(account["actions"].isArray());
    QVERIFY(account["actions"].toArray().isEmpty());
    QCOMPARE(root["server"].toObject()["oauth"].toBool(), true);
}

void TestListOutput::jsonListsDevicesInTableOrderWithNullForAbsentValues()
{
    TestServer server;
    const QString current = server->account().currentDeviceId();
    server.answer(DevicesPath, 200,
                  QString(R"({"devices":[
        {"device_id":"OLD","display_name":"Old phone","last_seen_ip":"192.0.2.1","last_seen_ts":1000},
        {"device_id":"NEVER"},
        {"device_id":"NEWEST","display_name":"Laptop","last_seen_ip":"2001:db8::1","last_seen_ts":1700000000123},
        {"device_id":"%1","display_name":"This one","last_seen_ip":"127.0.0.1","last_seen_ts":5},
        {"device_id":"NULLS","display_name":null,"last_seen_ip":null,"last_seen_ts":null},
        {"device_id":"MIDDLE","last_seen_ts":500000}
    ]})")
                      .arg(current)
                      .toUtf8());

    const GatehouseRun run = runAgainst(server, {"--list", "--json"});
    GATEHOUSE_VERIFY_EXIT(run, 0);
    // Milliseconds exactly as served: an integer, not a rounded floating-point number.
    QVERIFY2(run.out.contains("1700000000123"), run.out.constData());
    const QJsonArray devices = QJsonDocument::fromJson(run.out).object()["devices"].toArray();
    QStringList order;
    for (const QJsonValue& device : devices)
        order.append(device.toObject()["device_id"].toString());
    // The current session first, then newest activity first, unknown times last (by ID).
    QCOMPARE(order, (QStringList{current, "NEWEST", "MIDDLE", "OLD", "NEVER", "NULLS"}));

    const QJsonObject first = devices[0].toObject();
    QCOMPARE(first["current"].toBool(), true);
    QCOMPARE(first["display_name"].toString(), "This one");
    QCOMPARE(first["last_seen_ts"].toInteger(), 5);
    const QJsonObject newest = devices[1].toObject();
    QCOMPARE(newest["current"].toBool(), false);
    QCOMPARE(newest["last_seen_ts"].toInteger(), 1700000000123);
    QCOMPARE(newest["last_seen_ip"].toString(), "2001:db8::1");
    for (int i : {2, 4, 5}) {
        const QJsonObject device = devices[i].toObject();
        QVERIFY2(device.contains("display_name") && device["display_name"].isNull(), qPrintable(order[i]));
        QVERIFY2(device.contains("last_seen_ip") && device["last_seen_ip"].isNull(), qPrintable(order[i]));
    }
    QVERIFY(devices[4].toObject()["last_seen_ts"].isNull());
    QVERIFY(devices[5].toObject()["last_seen_ts"].isNull());
}

void TestListOutput::jsonDeviceIdIsNullWhenWhoamiHasNone()
{
    TestServer server;
    server.answer(WhoamiPath, 200, R"({"user_id":"@bob:localhost"})");
    QByteArray failure;
    const QJsonObject root = listJson(server, {}, &failure);
    QVERIFY2(!root.isEmpty(), failure.constData());
    QCOMPARE(root["user_id"].toString(), "@bob:localhost");
    QVERIFY(root.contains("device_id"));
    QVERIFY(root["device_id"].isNull());
    const QJsonArray devices = root["devices"].toArray();
    for (const QJsonValue& device : devices)
        QCOMPARE(device.toObject()["current"].toBool(), false);
}

void TestListOutput::jsonKeepsUntrustedNamesExactly()
{
    // JSON is data for scripts: names come out exactly as served (JSON escaping keeps them harmless).
    TestServer server;
    // NOLINTNEXTLINE(misc-misleading-bidirectional): hostile text on purpose
    const QString name = QString::fromUtf8("<b>x</b>\u202Eevil\x1b[2J\u2066");
    const QString id = server->account().devices().at(1).id;
    QVERIFY(server->account().renameDevice(id, name));
    QByteArray failure;
    const QJsonObject root = listJson(server, {}, &failure);
    QVERIFY2(!root.isEmpty(), failure.constData());
    bool found = false;
    const QJsonArray devices = root["devices"].toArray();
    for (const QJsonValue& device : devices) {
        if (device.toObject()["device_id"].toString() == id) {
            QCOMPARE(device.toObject()["display_name"].toString(), name);
            found = true;
        }
    }
    QVERIFY(found);
}

void TestListOutput::tableStripsControlAndBidiCharacters()
{
    TestServer server;
    const QList<Device> devices = server->account().devices();
    QVERIFY(server->account().renameDevice(
        devices[1].id,
        QString::fromUtf8("Evil\u202Egnp.exe\x1b[31m\u2066Red\u2069\u200F\r\nNext\tline\x07")));
    QVERIFY(server->account().renameDevice(devices[2].id, QString::fromUtf8("<b>bold</b> \u061C&amp;")));
    QVERIFY(server->account().renameDevice(devices[3].id, QString::fromUtf8("\u2028\u2029\u200B\uFEFF")));

    const GatehouseRun run = runAgainst(server, {"--list"});
    GATEHOUSE_VERIFY_EXIT(run, 0);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(!hasControlOrBidi(out, true), run.out.toHex(' ').constData());
    QVERIFY2(!out.contains(QChar(0x200B)) && !out.contains(QChar(0xFEFF)), run.out.constData());
    QVERIFY2(out.contains("Evilgnp.exe[31mRedNextline"), run.out.constData());
    // Markup is plain text here: shown as it is, not interpreted and not unescaped.
    QVERIFY2(out.contains("<b>bold</b> &amp;"), run.out.constData());
    // Every row is still one line: the header line, the column titles, 12 sessions and the summary.
    QCOMPARE(out.count(u'\n'), 1 + 1 + 12 + 1);
    const QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.at(2).startsWith("* "), run.out.constData());
    QVERIFY(lines.at(2).contains(server->account().currentDeviceId()));
}

void TestListOutput::tableListsEverySessionWithTheCurrentOneFirst()
{
    TestServer server;
    const GatehouseRun run = runAgainst(server, {"--list"});
    GATEHOUSE_VERIFY_EXIT(run, 0);
    const QString out = QString::fromUtf8(run.out);
    for (const Device& device : server->account().devices())
        QVERIFY2(out.contains(device.id), qPrintable(device.id));
    QVERIFY(out.contains(server->account().userId()));
    QVERIFY(out.contains(server.baseUrl()));
    QVERIFY(out.contains("OAuth 2.0"));
    QVERIFY(out.contains("12 session"));
}

QTEST_GUILESS_MAIN(TestListOutput)
#include "tst_ListOutput.moc"
