// What a person types to name their homeserver: a user ID, a server name or a base URL (spec "Server
// Discovery": the server name is everything after the first colon of the user ID).
#include "matrix/HomeserverAddress.h"

#include <QTest>

using namespace gatehouse;

using Kind = HomeserverAddress::Kind;
Q_DECLARE_METATYPE(gatehouse::HomeserverAddress::Kind)

class TestHomeserverAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesAddresses_data();
    void parsesAddresses();
    void refusesInvalidInput_data();
    void refusesInvalidInput();
    void removesTrailingSlashesOnly_data();
    void removesTrailingSlashesOnly();
};

void TestHomeserverAddress::parsesAddresses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("userId");
    QTest::addColumn<QString>("serverName");
    QTest::addColumn<QString>("hostname");
    QTest::addColumn<QString>("baseUrl");

    QTest::newRow("user ID") << "@alice:example.org" << Kind::UserId << "@alice:example.org"
                             << "example.org"
                             << "example.org" << QString();
    QTest::newRow("user ID with port")
        << "@alice:example.org:8448" << Kind::UserId << "@alice:example.org:8448"
        << "example.org:8448"
        << "example.org" << QString();
    QTest::newRow("user ID with IPv4 and port")
        << "@bob:127.0.0.1:8008" << Kind::UserId << "@bob:127.0.0.1:8008"
        << "127.0.0.1:8008"
        << "127.0.0.1" << QString();
    QTest::newRow("user ID with IPv6 literal") << "@bob:[::1]:8448" << Kind::UserId << "@bob:[::1]:8448"
                                               << "[::1]:8448"
                                               << "[::1]" << QString();
    QTest::newRow("user ID, surrounding space trimmed") << "  @alice:example.org \n"
                                                        << Kind::UserId << "@alice:example.org"
                                                        << "example.org"
                                                        << "example.org" << QString();
    QTest::newRow("localpart with dots and equals")
        << "@a.b=c_d/e:matrix.org" << Kind::UserId << "@a.b=c_d/e:matrix.org"
        << "matrix.org"
        << "matrix.org" << QString();
    QTest::newRow("server name") << "example.org" << Kind::ServerName << QString() << "example.org"
                                 << "example.org" << QString();
    QTest::newRow("server name with port")
        << "example.org:8448" << Kind::ServerName << QString() << "example.org:8448"
        << "example.org" << QString();
    QTest::newRow("IPv4 server name") << "192.0.2.1" << Kind::ServerName << QString() << "192.0.2.1"
                                      << "192.0.2.1" << QString();
    QTest::newRow("IPv6 literal") << "[2001:db8::1]" << Kind::ServerName << QString() << "[2001:db8::1]"
                                  << "[2001:db8::1]" << QString();
    QTest::newRow("IPv6 literal with port")
        << "[2001:db8::1]:8448" << Kind::ServerName << QString() << "[2001:db8::1]:8448"
        << "[2001:db8::1]" << QString();
    QTest::newRow("base URL") << "https://matrix.example.org" << Kind::BaseUrl << QString() << QString()
                              << QString() << "https://matrix.example.org";
    QTest::newRow("base URL, trailing slash removed")
        << "https://matrix.example.org/" << Kind::BaseUrl << QString() << QString() << QString()
        << "https://matrix.example.org";
    QTest::newRow("base URL, http scheme kept") << "http://localhost:8008/" << Kind::BaseUrl << QString()
                                                << QString() << QString() << "http://localhost:8008";
    QTest::newRow("base URL with path") << "https://example.org/matrix/" << Kind::BaseUrl << QString()
                                        << QString() << QString() << "https://example.org/matrix";
}

void TestHomeserverAddress::parsesAddresses()
{
    QFETCH(QString, text);
    QFETCH(Kind, kind);
    QFETCH(QString, userId);
    QFETCH(QString, serverName);
    QFETCH(QString, hostname);
    QFETCH(QString, baseUrl);
    const HomeserverAddress address = HomeserverAddress::parse(text);
    QCOMPARE(address.kind, kind);
    QCOMPARE(address.userId, userId);
    QCOMPARE(address.serverName, serverName);
    QCOMPARE(address.hostname, hostname);
    QCOMPARE(address.baseUrl, baseUrl);
    QVERIFY(address.problem.isEmpty());
}

void TestHomeserverAddress::refusesInvalidInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("only spaces") << "   ";
    QTest::newRow("user ID without server") << "@alice";
    QTest::newRow("user ID with empty server") << "@alice:";
    QTest::newRow("user ID with empty localpart") << "@:example.org";
    QTest::newRow("just @") << "@";
    QTest::newRow("server with a space") << "exa mple.org";
    QTest::newRow("user ID with a space in the server") << "@alice:exa mple.org";
    QTest::newRow("server with a path") << "example.org/matrix";
    QTest::newRow("server with an empty port") << "example.org:";
    QTest::newRow("port too long") << "example.org:123456";
    QTest::newRow("port above 65535") << "example.org:99999";
    QTest::newRow("port not a number") << "example.org:https";
    QTest::newRow("unbracketed IPv6") << "2001:db8::1";
    QTest::newRow("user ID with unbracketed IPv6") << "@a:2001:db8::1";
    QTest::newRow("underscore in host") << "exa_mple.org";
    QTest::newRow("room alias") << "#room:example.org";
}

void TestHomeserverAddress::refusesInvalidInput()
{
    QFETCH(QString, text);
    const HomeserverAddress address = HomeserverAddress::parse(text);
    QCOMPARE(address.kind, Kind::Invalid);
    QVERIFY(!address.problem.isEmpty());
}

void TestHomeserverAddress::removesTrailingSlashesOnly_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("none") << "https://a.example"
                          << "https://a.example";
    QTest::newRow("one") << "https://a.example/"
                         << "https://a.example";
    QTest::newRow("many") << "https://a.example/x///"
                          << "https://a.example/x";
    QTest::newRow("scheme separator kept") << "https://"
                                           << "https://";
}

void TestHomeserverAddress::removesTrailingSlashesOnly()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    QCOMPARE(HomeserverAddress::withoutTrailingSlash(url), expected);
}

QTEST_GUILESS_MAIN(TestHomeserverAddress)
#include "tst_HomeserverAddress.moc"
