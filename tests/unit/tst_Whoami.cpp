// Reading GET /_matrix/client/v3/account/whoami (spec "Device Management").
#include "matrix/Whoami.h"

#include <QTest>

using namespace gatehouse;

class TestWhoami : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsUserDeviceAndGuest_data();
    void readsUserDeviceAndGuest();
    void refusesAnswersWithoutAUser_data();
    void refusesAnswersWithoutAUser();
};

void TestWhoami::readsUserDeviceAndGuest_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("userId");
    QTest::addColumn<QString>("deviceId");
    QTest::addColumn<bool>("guest");
    QTest::newRow("full")
        << QByteArray(R"({"user_id": "@alice:example.org", "device_id": "ABCDEF", "is_guest": false})")
        << "@alice:example.org"
        << "ABCDEF" << false;
    QTest::newRow("guest") << QByteArray(
                                  R"({"user_id": "@g:example.org", "device_id": "G", "is_guest": true})")
                           << "@g:example.org"
                           << "G" << true;
    QTest::newRow("appservice token without a device")
        << QByteArray(R"({"user_id": "@bot:example.org"})") << "@bot:example.org" << QString() << false;
    QTest::newRow("device_id of the wrong type")
        << QByteArray(R"({"user_id": "@a:b", "device_id": 5, "is_guest": "yes"})") << "@a:b" << QString()
        << false;
}

void TestWhoami::readsUserDeviceAndGuest()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, userId);
    QFETCH(QString, deviceId);
    QFETCH(bool, guest);
    const Result<Whoami> parsed = Whoami::fromJson(body);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->userId, userId);
    QCOMPARE(parsed->deviceId, deviceId);
    QCOMPARE(parsed->isGuest, guest);
}

void TestWhoami::refusesAnswersWithoutAUser_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not JSON") << QByteArray("<html/>");
    QTest::newRow("list") << QByteArray(R"(["@a:b"])");
    QTest::newRow("no user_id") << QByteArray(R"({"device_id": "D"})");
    QTest::newRow("user_id empty") << QByteArray(R"({"user_id": ""})");
    QTest::newRow("user_id null") << QByteArray(R"({"user_id": null})");
    QTest::newRow("user_id a number") << QByteArray(R"({"user_id": 1})");
}

void TestWhoami::refusesAnswersWithoutAUser()
{
    QFETCH(QByteArray, body);
    const Result<Whoami> parsed = Whoami::fromJson(body);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().kind, Error::Kind::InvalidResponse);
}

QTEST_GUILESS_MAIN(TestWhoami)
#include "tst_Whoami.moc"
