// `gatehouse --list`: the JSON document scripts rely on (exactly the documented fields) and the table for
// people (control and bidi characters stripped), both in the session table's order.
#include "TestDevices.h"
#include "cli/SessionListPrinter.h"
#include "model/DeviceListModel.h"
#include "model/DeviceOrder.h"
#include "text/EncryptionText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::testing;

namespace {

AccountSnapshot snapshot(const std::optional<QString>& accountUri, const std::optional<QStringList>& actions,
                         MetadataRoute route = MetadataRoute::Stable)
{
    AccountSnapshot s;
    s.baseUrl = "https://matrix.example.org";
    s.userId = "@alice:example.org";
    s.deviceId = "ME";
    s.metadata.route = route;
    if (route != MetadataRoute::None) {
        AuthMetadata metadata;
        metadata.issuer = "https://account.example.org/";
        metadata.accountManagementUri = accountUri;
        metadata.accountManagementActions = actions;
        s.metadata.metadata = metadata;
    }
    s.devices = {
        makeDevice("OLD", "Old phone", daysAgo(200), "192.0.2.1"),
        makeDevice("ME", "Laptop", 1700000000123),
        makeDevice("NULLS", std::nullopt, std::nullopt),
        makeDevice("NEW", "New tablet", referenceNow.toMSecsSinceEpoch() - 1000, "2001:db8::1"),
    };
    s.loadedAt = referenceNow;
    return s;
}

QJsonObject parsed(const AccountSnapshot& s)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(SessionListPrinter::json(s), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return {};
    return document.object();
}

QStringList keys(const QJsonObject& object)
{
    QStringList out = object.keys();
    out.sort();
    return out;
}

QStringList sortedList(QStringList list)
{
    list.sort();
    return list;
}

QStringList strings(const QJsonArray& array)
{
    QStringList out;
    for (const QJsonValue& value : array)
        out.append(value.toString());
    return out;
}

} // namespace

class TestSessionListPrinter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonHasExactlyTheDocumentedFields();
    void jsonListsDevicesInTableOrder();
    void jsonWritesAbsentValuesAsNull();
    void jsonWritesTimestampsAsServedIntegers();
    void jsonNamesOfferedActionsByStableNameInTableOrder_data();
    void jsonNamesOfferedActionsByStableNameInTableOrder();
    void jsonForAClassicServer();
    void jsonWithoutADevice();
    void jsonKeepsUntrustedTextExact();
    void tableListsSessionsInOrder();
    void tableStripsControlAndBidiCharacters();
    void tableShortensLongNames();
    void tableMarksInactiveSessions();
    void tableSaysWhatTheWindowSaysForMissingFields();
    void jsonWithoutRecognitionSaysUnknownAndNoApp();
    void jsonGivesEachSessionsAppAndEncryption();
    void tableHasTheWindowsEncryptionWords();
};

void TestSessionListPrinter::jsonHasExactlyTheDocumentedFields()
{
    const QJsonObject root =
        parsed(snapshot(QString("https://account.example.org/account/"), QStringList{"org.matrix.profile"}));
    QCOMPARE(keys(root), sortedList({"user_id", "device_id", "server", "account_management", "devices",
                                     "identity_changed"}));
    QCOMPARE(keys(root["server"].toObject()), sortedList({"base_url", "oauth"}));
    QCOMPARE(keys(root["account_management"].toObject()), sortedList({"uri", "actions"}));
    const QJsonArray devices = root["devices"].toArray();
    QCOMPARE(devices.size(), 4);
    for (const QJsonValue& d : devices)
        QCOMPARE(keys(d.toObject()), sortedList({"device_id", "display_name", "last_seen_ip", "last_seen_ts",
                                                 "current", "client", "encryption"}));

    QCOMPARE(root["user_id"].toString(), QString("@alice:example.org"));
    QCOMPARE(root["device_id"].toString(), QString("ME"));
    QCOMPARE(root["server"]["base_url"].toString(), QString("https://matrix.example.org"));
    QCOMPARE(root["server"]["oauth"], QJsonValue(true));
    QCOMPARE(root["account_management"]["uri"].toString(), QString("https://account.example.org/account/"));
    QVERIFY(root["account_management"]["actions"].isArray());
}

void TestSessionListPrinter::jsonListsDevicesInTableOrder()
{
    const AccountSnapshot s = snapshot(std::nullopt, std::nullopt);
    const QJsonArray devices = parsed(s)["devices"].toArray();
    QStringList ids;
    for (const QJsonValue& d : devices)
        ids.append(d["device_id"].toString());
    QCOMPARE(ids, (QStringList{"ME", "NEW", "OLD", "NULLS"}));
    QCOMPARE(ids, idsOf(DeviceOrder::sorted(s.devices, s.deviceId)));
    QCOMPARE(devices[0]["current"], QJsonValue(true));
    for (int i = 1; i < devices.size(); ++i)
        QCOMPARE(devices[i]["current"], QJsonValue(false));
}

void TestSessionListPrinter::jsonWritesAbsentValuesAsNull()
{
    const QJsonArray devices = parsed(snapshot(std::nullopt, std::nullopt))["devices"].toArray();
    const QJsonObject nulls = devices[3].toObject();
    QCOMPARE(nulls["device_id"].toString(), QString("NULLS"));
    QVERIFY(nulls["display_name"].isNull());
    QVERIFY(nulls["last_seen_ip"].isNull());
    QVERIFY(nulls["last_seen_ts"].isNull());
    const QJsonObject me = devices[0].toObject();
    QCOMPARE(me["display_name"].toString(), QString("Laptop"));
    QVERIFY(me["last_seen_ip"].isNull());
    QCOMPARE(devices[1]["last_seen_ip"].toString(), QString("2001:db8::1"));
}

void TestSessionListPrinter::jsonWritesTimestampsAsServedIntegers()
{
    AccountSnapshot s = snapshot(std::nullopt, std::nullopt);
    s.devices.append(makeDevice("BIG", "b", 9007199254740992LL));
    s.devices.append(makeDevice("ZERO", "z", 0));
    const QByteArray text = SessionListPrinter::json(s);
    QVERIFY2(text.contains("\"last_seen_ts\": 1700000000123"), text.constData());
    QVERIFY2(text.contains("\"last_seen_ts\": 9007199254740992"), text.constData());
    QVERIFY2(text.contains("\"last_seen_ts\": 0"), text.constData());
    QVERIFY(!text.contains("e+"));
    QVERIFY(!text.contains("1700000000123."));
    const QJsonArray devices = QJsonDocument::fromJson(text)["devices"].toArray();
    for (const QJsonValue& d : devices) {
        if (d["device_id"] == QJsonValue("ME"))
            QCOMPARE(d["last_seen_ts"].toInteger(), qint64(1700000000123));
    }
}

void TestSessionListPrinter::jsonNamesOfferedActionsByStableNameInTableOrder_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<bool>("actionsAbsent");
    QTest::addColumn<QStringList>("listed");
    QTest::addColumn<QStringList>("expected");
    const QString safe = "https://account.example.org/account/";
    const QStringList all = {
        "org.matrix.profile",       "org.matrix.devices_list",       "org.matrix.device_view",
        "org.matrix.device_delete", "org.matrix.account_deactivate", "org.matrix.cross_signing_reset"};

    QTest::newRow("all six") << safe << false << all << all;
    QTest::newRow("server order does not matter")
        << safe << false
        << QStringList{"org.matrix.cross_signing_reset", "org.matrix.device_view", "org.matrix.profile"}
        << QStringList{"org.matrix.profile", "org.matrix.device_view", "org.matrix.cross_signing_reset"};
    QTest::newRow("older spellings shown by stable name")
        << safe << false << QStringList{"session_end", "org.matrix.session_view", "sessions_list", "profile"}
        << QStringList{"org.matrix.profile", "org.matrix.devices_list", "org.matrix.device_view",
                       "org.matrix.device_delete"};
    QTest::newRow("MAS: no deactivate")
        << safe << false << QStringList{"org.matrix.profile",
                                        "org.matrix.devices_list",
                                        "org.matrix.device_view",
                                        "org.matrix.device_delete",
                                        "org.matrix.cross_signing_reset",
                                        "org.matrix.sessions_list",
                                        "org.matrix.session_view",
                                        "org.matrix.session_end"}
        << QStringList{"org.matrix.profile", "org.matrix.devices_list", "org.matrix.device_view",
                       "org.matrix.device_delete", "org.matrix.cross_signing_reset"};
    QTest::newRow("unknown strings dropped")
        << safe << false << QStringList{"org.matrix.plan_management", "x"} << QStringList{};
    QTest::newRow("empty list") << safe << false << QStringList{} << QStringList{};
    QTest::newRow("absent list") << safe << true << QStringList{} << QStringList{};
    QTest::newRow("unsafe page: http") << "http://account.example.org/" << false << all << QStringList{};
    QTest::newRow("unsafe page: javascript") << "javascript:alert(1)" << false << all << QStringList{};
    QTest::newRow("no page") << QString() << false << all << QStringList{};
}

void TestSessionListPrinter::jsonNamesOfferedActionsByStableNameInTableOrder()
{
    QFETCH(QString, uri);
    QFETCH(bool, actionsAbsent);
    QFETCH(QStringList, listed);
    QFETCH(QStringList, expected);
    const AccountSnapshot s = snapshot(uri.isNull() ? std::nullopt : std::optional<QString>(uri),
                                       actionsAbsent ? std::nullopt : std::optional<QStringList>(listed));
    const QJsonObject management = parsed(s)["account_management"].toObject();
    QVERIFY(management["actions"].isArray());
    QCOMPARE(strings(management["actions"].toArray()), expected);
    if (uri.isNull())
        QVERIFY(management["uri"].isNull());
    else
        QCOMPARE(management["uri"].toString(), uri);
}

void TestSessionListPrinter::jsonForAClassicServer()
{
    const QJsonObject root = parsed(snapshot(std::nullopt, std::nullopt, MetadataRoute::None));
    QCOMPARE(root["server"]["oauth"], QJsonValue(false));
    QVERIFY(root["account_management"]["uri"].isNull());
    QCOMPARE(root["account_management"]["actions"], QJsonValue(QJsonArray()));
    QCOMPARE(root["devices"].toArray().size(), 4);
}

void TestSessionListPrinter::jsonWithoutADevice()
{
    AccountSnapshot s = snapshot(std::nullopt, std::nullopt);
    s.deviceId.clear();
    const QJsonObject root = parsed(s);
    QVERIFY(root["device_id"].isNull());
    const QJsonArray devices = root["devices"].toArray();
    for (const QJsonValue& d : devices)
        QCOMPARE(d["current"], QJsonValue(false));
}

void TestSessionListPrinter::jsonKeepsUntrustedTextExact()
{
    AccountSnapshot s = snapshot(std::nullopt, std::nullopt);
    const QString hostile = QString::fromUtf16(u"<b>\"quote\"\n\u202Eevil\u0007</b>");
    s.devices = {makeDevice("ME", hostile, std::nullopt, hostile)};
    const QJsonObject me = parsed(s)["devices"].toArray().first().toObject();
    QCOMPARE(me["display_name"].toString(), hostile);
    QCOMPARE(me["last_seen_ip"].toString(), hostile);
}

void TestSessionListPrinter::tableListsSessionsInOrder()
{
    const QString table = SessionListPrinter::table(snapshot(std::nullopt, std::nullopt), referenceNow);
    const QStringList lines = table.split('\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.size() >= 6, qPrintable(table));
    QVERIFY(lines[0].contains("@alice:example.org"));
    QVERIFY(lines[0].contains("https://matrix.example.org"));
    QVERIFY(lines[1].contains("DEVICE ID"));
    QVERIFY2(lines[2].startsWith("* ") && lines[2].contains("Laptop") && lines[2].contains("ME"),
             qPrintable(table));
    QVERIFY2(lines[3].contains("New tablet"), qPrintable(table));
    QVERIFY2(lines[4].contains("Old phone") && lines[4].contains("192.0.2.1"), qPrintable(table));
    QVERIFY2(lines[5].contains("Unnamed session") && lines[5].contains("NULLS"), qPrintable(table));
    QVERIFY(!lines[3].startsWith("*"));
}

void TestSessionListPrinter::tableStripsControlAndBidiCharacters()
{
    AccountSnapshot s = snapshot(std::nullopt, std::nullopt);
    s.userId = QString::fromUtf16(u"@alice\u202E:example.org");
    s.devices = {
        makeDevice("ME", QString::fromUtf16(u"evil\u202Egnp.exe\x1b[2J\u2066x\u2069\u200E\u061C"),
                   std::nullopt),
        makeDevice(QString::fromUtf16(u"ID\u009b\u0007"), QString::fromUtf16(u"line\nbreak\ttab\r"), 5,
                   QString::fromUtf16(u"10.0.0.1\u202D")),
    };
    const QString table = SessionListPrinter::table(s, referenceNow);
    for (const QChar c : table) {
        const char16_t u = c.unicode();
        const bool control = (u < 0x20 && u != u'\n') || (u >= 0x7f && u <= 0x9f);
        const bool bidi = u == 0x061C || u == 0x200E || u == 0x200F || (u >= 0x202A && u <= 0x202E) ||
                          (u >= 0x2066 && u <= 0x2069);
        QVERIFY2(!control && !bidi, qPrintable(QString("U+%1 in the table").arg(int(u), 4, 16, QChar('0'))));
    }
    QVERIFY2(table.contains("evilgnp.exe[2Jx"), qPrintable(table));
    QVERIFY2(table.contains("linebreaktab"), qPrintable(table));
    QVERIFY2(table.contains("10.0.0.1"), qPrintable(table));
    QVERIFY2(table.contains("@alice:example.org"), qPrintable(table));
}

void TestSessionListPrinter::tableShortensLongNames()
{
    AccountSnapshot s = snapshot(std::nullopt, std::nullopt);
    s.devices = {makeDevice("ME", QString(100, 'n'), std::nullopt)};
    const QString table = SessionListPrinter::table(s, referenceNow);
    QVERIFY(table.contains(QString(47, 'n') + QChar(0x2026)));
    QVERIFY(!table.contains(QString(48, 'n')));
}

void TestSessionListPrinter::tableMarksInactiveSessions()
{
    const AccountSnapshot s = snapshot(std::nullopt, std::nullopt);
    const QStringList lines = SessionListPrinter::table(s, referenceNow).split('\n');
    const QString old = lines.filter("Old phone").value(0);
    QVERIFY2(old.contains("inactive"), qPrintable(old));
    QVERIFY(!lines.filter("New tablet").value(0).contains("inactive"));
    const QStringList stricter = SessionListPrinter::table(s, referenceNow, 365).split('\n');
    QVERIFY(!stricter.filter("Old phone").value(0).contains("inactive"));
    // This session is never called inactive, however old its last activity.
    QVERIFY(lines.filter("Laptop").value(0).contains("this session"));
}

void TestSessionListPrinter::tableSaysWhatTheWindowSaysForMissingFields()
{
    // A session with no name, no activity and no address: the same words as the window's table.
    AccountSnapshot s = snapshot(std::nullopt, std::nullopt);
    s.devices = {makeDevice("ME", "Laptop", daysAgo(0), "192.0.2.9"), makeDevice("BARE")};
    DeviceListModel window;
    window.setReferenceTime(referenceNow);
    window.setDevices(s.devices, "ME");
    const int row = window.rowOf("BARE");
    const QString name = window.index(row, DeviceListModel::NameColumn).data().toString();
    const QString seen = window.index(row, DeviceListModel::LastActivityColumn).data().toString();
    const QString ip = window.index(row, DeviceListModel::LastIpColumn).data().toString();
    QCOMPARE(name, QStringLiteral("Unnamed session"));
    QCOMPARE(seen, QStringLiteral("Unknown"));
    QCOMPARE(ip, QStringLiteral("Unknown"));
    const QString table = SessionListPrinter::table(s, referenceNow);
    const QString line = table.split('\n').filter("BARE").value(0);
    QVERIFY2(line.contains(name), qPrintable(table));
    QCOMPARE(line.count(seen), 2); // last activity and last IP address
    QVERIFY2(!table.contains("(unnamed)") && !table.contains("unknown"), qPrintable(table));
}

void TestSessionListPrinter::jsonWithoutRecognitionSaysUnknownAndNoApp()
{
    const QJsonObject root = parsed(snapshot(std::nullopt, std::nullopt));
    QCOMPARE(root["identity_changed"], QJsonValue(false));
    for (const QJsonValue& d : root["devices"].toArray()) {
        QVERIFY(d["client"].isNull());
        QCOMPARE(d["encryption"].toString(), QString("unknown"));
    }
}

void TestSessionListPrinter::jsonGivesEachSessionsAppAndEncryption()
{
    const AccountSnapshot s = snapshot(std::nullopt, std::nullopt);
    Recognition recognition;
    recognition.answered = true;
    recognition.trust.keysKnown = true;
    recognition.trust.states = {{"ME", EncryptionState::CrossSigned},
                                {"OLD", EncryptionState::InvalidKeys},
                                {"NEW", EncryptionState::NotCrossSigned}};
    recognition.clientsKnown = true;
    recognition.clients.insert(
        "ME", ClientInformation{QString("Element"), std::nullopt, QString("app.element.io")});
    recognition.identityChanged = true;
    QJsonParseError error;
    const QJsonObject root =
        QJsonDocument::fromJson(SessionListPrinter::json(s, recognition), &error).object();
    QCOMPARE(root["identity_changed"], QJsonValue(true));
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue& d : root["devices"].toArray())
        byId.insert(d["device_id"].toString(), d.toObject());
    QCOMPARE(byId["ME"]["encryption"].toString(), QString("cross_signed"));
    QCOMPARE(byId["OLD"]["encryption"].toString(), QString("invalid_keys"));
    QCOMPARE(byId["NEW"]["encryption"].toString(), QString("not_cross_signed"));
    // Not in the answer: no keys.
    QCOMPARE(byId["NULLS"]["encryption"].toString(), QString("no_keys"));
    const QJsonObject client = byId["ME"]["client"].toObject();
    QCOMPARE(keys(client), sortedList({"name", "version", "url"}));
    QCOMPARE(client["name"].toString(), QString("Element"));
    QVERIFY(client["version"].isNull()); // a missing field is null
    QCOMPARE(client["url"].toString(), QString("app.element.io"));
    QVERIFY(byId["OLD"]["client"].isNull());
}

void TestSessionListPrinter::tableHasTheWindowsEncryptionWords()
{
    const AccountSnapshot s = snapshot(std::nullopt, std::nullopt);
    Recognition recognition;
    recognition.answered = true;
    recognition.trust.keysKnown = true;
    recognition.trust.states = {{"ME", EncryptionState::CrossSigned}, {"OLD", EncryptionState::InvalidKeys}};
    const QString table = SessionListPrinter::table(s, referenceNow, 90, recognition);
    QVERIFY(table.contains("ENCRYPTION"));
    QVERIFY(table.contains(EncryptionText::label(EncryptionState::CrossSigned)));
    QVERIFY(table.contains(EncryptionText::label(EncryptionState::InvalidKeys)));
    QVERIFY(table.contains(EncryptionText::label(EncryptionState::NoKeys)));
    // Without an answer, the window's word for unknown.
    QVERIFY(
        SessionListPrinter::table(s, referenceNow).contains(EncryptionText::label(EncryptionState::Unknown)));
}

QTEST_GUILESS_MAIN(TestSessionListPrinter)
#include "tst_SessionListPrinter.moc"
