// Reading GET /_matrix/client/v3/devices: spec "Device Management" (nulls from Synapse, missing fields, extra
// fields) and the rule that every field but the ID may be absent.
#include "matrix/Device.h"

#include <QTest>

using namespace gatehouse;

Q_DECLARE_METATYPE(std::optional<QString>)
Q_DECLARE_METATYPE(std::optional<qint64>)

class TestDevice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryField();
    void readsFields_data();
    void readsFields();
    void skipsEntriesWithoutAStringId_data();
    void skipsEntriesWithoutAStringId();
    void keepsDuplicateIdsAsServed();
    void acceptsAnEmptyList();
    void refusesBodiesWithoutADeviceList_data();
    void refusesBodiesWithoutADeviceList();
};

void TestDevice::readsEveryField()
{
    const Result<QList<Device>> parsed = Device::listFromJson(R"({"devices": [
        {"device_id": "QBUAZIFURK", "display_name": "android", "last_seen_ip": "1.2.3.4",
         "last_seen_ts": 1474491775024, "user_id": "@alice:example.org"}]})");
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->size(), 1);
    const Device& device = parsed->first();
    QCOMPARE(device.id, QString("QBUAZIFURK"));
    QCOMPARE(device.displayName, std::optional<QString>("android"));
    QCOMPARE(device.lastSeenIp, std::optional<QString>("1.2.3.4"));
    QCOMPARE(device.lastSeenTs, std::optional<qint64>(1474491775024));
}

void TestDevice::readsFields_data()
{
    QTest::addColumn<QByteArray>("entry");
    QTest::addColumn<std::optional<QString>>("name");
    QTest::addColumn<std::optional<QString>>("ip");
    QTest::addColumn<std::optional<qint64>>("ts");
    const std::optional<QString> noText;
    const std::optional<qint64> noTime;

    QTest::newRow("only the ID") << QByteArray(R"({"device_id": "D"})") << noText << noText << noTime;
    QTest::newRow("Synapse nulls")
        << QByteArray(
               R"({"device_id": "D", "display_name": null, "last_seen_ip": null, "last_seen_ts": null})")
        << noText << noText << noTime;
    QTest::newRow("empty name is a name") << QByteArray(R"({"device_id": "D", "display_name": ""})")
                                          << std::optional<QString>("") << noText << noTime;
    QTest::newRow("name a number") << QByteArray(R"({"device_id": "D", "display_name": 7})") << noText
                                   << noText << noTime;
    QTest::newRow("name an object") << QByteArray(R"({"device_id": "D", "display_name": {"x": 1}})") << noText
                                    << noText << noTime;
    QTest::newRow("ip a list") << QByteArray(R"({"device_id": "D", "last_seen_ip": ["1.2.3.4"]})") << noText
                               << noText << noTime;
    QTest::newRow("ip a boolean") << QByteArray(R"({"device_id": "D", "last_seen_ip": true})") << noText
                                  << noText << noTime;
    QTest::newRow("IPv6") << QByteArray(R"({"device_id": "D", "last_seen_ip": "2001:db8::1"})") << noText
                          << std::optional<QString>("2001:db8::1") << noTime;
    QTest::newRow("ts zero") << QByteArray(R"({"device_id": "D", "last_seen_ts": 0})") << noText << noText
                             << std::optional<qint64>(0);
    QTest::newRow("ts 2^53") << QByteArray(R"({"device_id": "D", "last_seen_ts": 9007199254740992})")
                             << noText << noText << std::optional<qint64>(9007199254740992LL);
    QTest::newRow("ts written with an exponent")
        << QByteArray(R"({"device_id": "D", "last_seen_ts": 1.7e12})") << noText << noText
        << std::optional<qint64>(1700000000000LL);
    QTest::newRow("ts a string") << QByteArray(R"({"device_id": "D", "last_seen_ts": "1700000000000"})")
                                 << noText << noText << noTime;
    QTest::newRow("ts a fraction") << QByteArray(R"({"device_id": "D", "last_seen_ts": 1700000000000.5})")
                                   << noText << noText << noTime;
    QTest::newRow("ts huge") << QByteArray(R"({"device_id": "D", "last_seen_ts": 1e300})") << noText << noText
                             << noTime;
    QTest::newRow("ts above 2^53") << QByteArray(R"({"device_id": "D", "last_seen_ts": 18014398509481984})")
                                   << noText << noText << noTime;
    QTest::newRow("ts a boolean") << QByteArray(R"({"device_id": "D", "last_seen_ts": true})") << noText
                                  << noText << noTime;
    QTest::newRow("untrusted text kept as is")
        << QByteArray("{\"device_id\": \"D\", \"display_name\": \"<b>\\u202Eevil\\n</b>\"}")
        << std::optional<QString>(QString::fromUtf16(u"<b>\u202Eevil\n</b>")) << noText << noTime;
}

void TestDevice::readsFields()
{
    QFETCH(QByteArray, entry);
    QFETCH(std::optional<QString>, name);
    QFETCH(std::optional<QString>, ip);
    QFETCH(std::optional<qint64>, ts);
    const Result<QList<Device>> parsed = Device::listFromJson("{\"devices\": [" + entry + "]}");
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->size(), 1);
    const Device& device = parsed->first();
    QCOMPARE(device.id, QString("D"));
    QCOMPARE(device.displayName, name);
    QCOMPARE(device.lastSeenIp, ip);
    QCOMPARE(device.lastSeenTs, ts);
}

void TestDevice::skipsEntriesWithoutAStringId_data()
{
    QTest::addColumn<QByteArray>("entry");
    QTest::newRow("missing") << QByteArray(R"({"display_name": "phone"})");
    QTest::newRow("number") << QByteArray(R"({"device_id": 12345})");
    QTest::newRow("null") << QByteArray(R"({"device_id": null})");
    QTest::newRow("object") << QByteArray(R"({"device_id": {"id": "X"}})");
    QTest::newRow("list") << QByteArray(R"({"device_id": ["X"]})");
    QTest::newRow("entry a string") << QByteArray(R"("ABCDEF")");
    QTest::newRow("entry null") << QByteArray("null");
    QTest::newRow("entry a number") << QByteArray("5");
    QTest::newRow("empty string") << QByteArray(R"({"device_id": ""})");
}

void TestDevice::skipsEntriesWithoutAStringId()
{
    QFETCH(QByteArray, entry);
    const Result<QList<Device>> parsed = Device::listFromJson(R"({"devices": [{"device_id": "BEFORE"}, )" +
                                                              entry + R"(, {"device_id": "AFTER"}]})");
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->size(), 2);
    QCOMPARE(parsed->at(0).id, QString("BEFORE"));
    QCOMPARE(parsed->at(1).id, QString("AFTER"));
}

void TestDevice::keepsDuplicateIdsAsServed()
{
    const Result<QList<Device>> parsed = Device::listFromJson(R"({"devices": [
        {"device_id": "A", "display_name": "first"},
        {"device_id": "B"},
        {"device_id": "A", "display_name": "second"}]})");
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->size(), 3);
    QCOMPARE(parsed->at(0).displayName, std::optional<QString>("first"));
    QCOMPARE(parsed->at(1).id, QString("B"));
    QCOMPARE(parsed->at(2).displayName, std::optional<QString>("second"));
}

void TestDevice::acceptsAnEmptyList()
{
    const Result<QList<Device>> parsed = Device::listFromJson(R"({"devices": []})");
    QVERIFY(parsed.ok());
    QVERIFY(parsed->isEmpty());
}

void TestDevice::refusesBodiesWithoutADeviceList_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not JSON") << QByteArray("<html>502 Bad Gateway</html>");
    QTest::newRow("truncated") << QByteArray(R"({"devices": [{"device_id": "A"})");
    QTest::newRow("top-level list") << QByteArray(R"([{"device_id": "A"}])");
    QTest::newRow("no devices key") << QByteArray(R"({"sessions": []})");
    QTest::newRow("devices null") << QByteArray(R"({"devices": null})");
    QTest::newRow("devices an object") << QByteArray(R"({"devices": {"A": {}}})");
    QTest::newRow("devices a string") << QByteArray(R"({"devices": "A"})");
    QTest::newRow("Matrix error body") << QByteArray(R"({"errcode": "M_UNKNOWN_TOKEN", "error": "x"})");
}

void TestDevice::refusesBodiesWithoutADeviceList()
{
    QFETCH(QByteArray, body);
    const Result<QList<Device>> parsed = Device::listFromJson(body);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().kind, Error::Kind::InvalidResponse);
    QVERIFY(!parsed.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestDevice)
#include "tst_Device.moc"
