// The one spelling of a homeserver base URL that every key and output uses (docs/threat-model.md): scheme and
// host in lower case, no default port, no trailing slash, the path kept.
#include "matrix/CanonicalBaseUrl.h"

#include <QTest>

using namespace gatehouse;

class TestCanonicalBaseUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void spellsEachServerOneWay_data();
    void spellsEachServerOneWay();
    void keepsDifferentServersApart_data();
    void keepsDifferentServersApart();
};

void TestCanonicalBaseUrl::spellsEachServerOneWay_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("already canonical") << "https://matrix.example.org"
                                       << "https://matrix.example.org";
    QTest::newRow("trailing slash") << "https://matrix.example.org/"
                                    << "https://matrix.example.org";
    QTest::newRow("several trailing slashes") << "https://matrix.example.org///"
                                              << "https://matrix.example.org";
    QTest::newRow("upper-case scheme and host") << "HTTPS://Matrix.Example.ORG"
                                                << "https://matrix.example.org";
    QTest::newRow("default https port") << "https://matrix.example.org:443/"
                                        << "https://matrix.example.org";
    QTest::newRow("default http port") << "http://localhost:80"
                                       << "http://localhost";
    QTest::newRow("other port kept") << "https://matrix.example.org:8448/"
                                     << "https://matrix.example.org:8448";
    QTest::newRow("443 on http is not default") << "http://127.0.0.1:443"
                                                << "http://127.0.0.1:443";
    QTest::newRow("path kept, case and all") << "https://example.org/Matrix/"
                                             << "https://example.org/Matrix";
    QTest::newRow("deep path") << "https://Example.org:443/a/b/"
                               << "https://example.org/a/b";
    QTest::newRow("loopback with port") << "http://127.0.0.1:8008/"
                                        << "http://127.0.0.1:8008";
    QTest::newRow("IPv6") << "http://[::1]:8008/"
                          << "http://[::1]:8008";
    QTest::newRow("IPv6 default port") << "https://[2001:DB8::1]:443"
                                       << "https://[2001:db8::1]";
    QTest::newRow("non-ASCII host in Punycode") << "https://Bücher.example/"
                                                << "https://xn--bcher-kva.example";
    QTest::newRow("surrounding spaces") << "  https://example.org/  "
                                        << "https://example.org";
    QTest::newRow("not a URL: slashes only") << "example.org/"
                                             << "example.org";
}

void TestCanonicalBaseUrl::spellsEachServerOneWay()
{
    QFETCH(QString, given);
    QFETCH(QString, canonical);
    QCOMPARE(CanonicalBaseUrl::of(given), canonical);
    QCOMPARE(CanonicalBaseUrl::of(canonical), canonical); // stable
}

void TestCanonicalBaseUrl::keepsDifferentServersApart_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("another port") << "https://example.org"
                                  << "https://example.org:8448";
    QTest::newRow("another scheme") << "http://localhost:8008"
                                    << "https://localhost:8008";
    QTest::newRow("another path") << "https://example.org/a"
                                  << "https://example.org/b";
    QTest::newRow("a look-alike host") << "https://apple.com"
                                       << "https://аррӏе.com";
}

void TestCanonicalBaseUrl::keepsDifferentServersApart()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QVERIFY(CanonicalBaseUrl::of(a) != CanonicalBaseUrl::of(b));
}

QTEST_GUILESS_MAIN(TestCanonicalBaseUrl)
#include "tst_CanonicalBaseUrl.moc"
