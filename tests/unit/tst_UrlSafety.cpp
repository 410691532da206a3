// Which URLs Gatehouse calls or opens: docs/protocol.md "Which URLs are safe".
#include "network/UrlSafety.h"

#include <QTest>

using namespace gatehouse;

using Verdict = UrlSafety::Verdict;
Q_DECLARE_METATYPE(gatehouse::UrlSafety::Verdict)

class TestUrlSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsHttpsAnywhere_data();
    void acceptsHttpsAnywhere();
    void acceptsHttpOnlyToThisComputer_data();
    void acceptsHttpOnlyToThisComputer();
    void refusesHttpToOtherHosts_data();
    void refusesHttpToOtherHosts();
    void refusesOtherSchemes_data();
    void refusesOtherSchemes();
    void refusesUrlsWithoutHost_data();
    void refusesUrlsWithoutHost();
    void refusesUserInfo_data();
    void refusesUserInfo();
    void refusesCharactersBrowsersRewrite_data();
    void refusesCharactersBrowsersRewrite();
    void recognisesLoopbackHosts_data();
    void recognisesLoopbackHosts();
    void explainNamesTheProblem_data();
    void explainNamesTheProblem();
    void explainSaysNothingForSafeUrls();
    void explainIsolatesTheUntrustedUrl();
};

void TestUrlSafety::acceptsHttpsAnywhere_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("host only") << "https://example.org";
    QTest::newRow("path") << "https://account.example.com/account/";
    QTest::newRow("port, query and fragment") << "https://example.org:8448/m?x=1&y=2#top";
    QTest::newRow("upper-case scheme") << "HTTPS://example.org/";
    QTest::newRow("IPv4 literal") << "https://192.0.2.1/";
    QTest::newRow("IPv6 literal") << "https://[2001:db8::1]:443/";
    QTest::newRow("at sign in the path") << "https://example.org/users/@alice:example.org";
    QTest::newRow("at sign in the query") << "https://example.org/?hint=alice@example.org";
    QTest::newRow("at sign in the query, no path") << "https://example.org?hint=alice@example.org";
    QTest::newRow("at sign in the fragment, no path") << "https://example.org#alice@example.org";
    QTest::newRow("percent-encoded space") << "https://example.org/a%20b";
}

void TestUrlSafety::acceptsHttpsAnywhere()
{
    QFETCH(QString, url);
    QCOMPARE(UrlSafety::check(url), Verdict::Safe);
    QVERIFY(UrlSafety::isSafe(url));
}

void TestUrlSafety::acceptsHttpOnlyToThisComputer_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("localhost") << "http://localhost/";
    QTest::newRow("localhost with port") << "http://localhost:8080/account/";
    QTest::newRow("LOCALHOST") << "http://LOCALHOST:8080/";
    QTest::newRow("127.0.0.1") << "http://127.0.0.1:8008";
    QTest::newRow("127.0.0.2") << "http://127.0.0.2/";
    QTest::newRow("127.255.255.254") << "http://127.255.255.254/x";
    QTest::newRow("[::1]") << "http://[::1]/";
    QTest::newRow("[::1] with port") << "http://[::1]:8448/_matrix";
    QTest::newRow("[0:0:0:0:0:0:0:1]") << "http://[0:0:0:0:0:0:0:1]/";
}

void TestUrlSafety::acceptsHttpOnlyToThisComputer()
{
    QFETCH(QString, url);
    QCOMPARE(UrlSafety::check(url), Verdict::Safe);
}

void TestUrlSafety::refusesHttpToOtherHosts_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("public host") << "http://example.org/";
    QTest::newRow("upper-case scheme") << "HTTP://example.org/";
    QTest::newRow("128.0.0.1") << "http://128.0.0.1/";
    QTest::newRow("126.255.255.255") << "http://126.255.255.255/";
    QTest::newRow("private LAN") << "http://192.168.1.10:8008/";
    QTest::newRow("unspecified 0.0.0.0") << "http://0.0.0.0/";
    QTest::newRow("[::]") << "http://[::]/";
    QTest::newRow("[::2]") << "http://[::2]/";
    QTest::newRow("localhost as a subdomain") << "http://localhost.example.org/";
    QTest::newRow("loopback address as a subdomain") << "http://127.0.0.1.example.org/";
    QTest::newRow("domain ending in localhost") << "http://evil-localhost/";
}

void TestUrlSafety::refusesHttpToOtherHosts()
{
    QFETCH(QString, url);
    QCOMPARE(UrlSafety::check(url), Verdict::InsecureHttp);
    QVERIFY(!UrlSafety::isSafe(url));
}

void TestUrlSafety::refusesOtherSchemes_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("javascript:") << "javascript:alert(1)";
    QTest::newRow("JavaScript:") << "JavaScript:alert(1)";
    QTest::newRow("file:") << "file:///etc/passwd";
    QTest::newRow("data:") << "data:text/plain,hello";
    QTest::newRow("ftp:") << "ftp://example.org/";
    QTest::newRow("ws:") << "ws://localhost/";
    QTest::newRow("mailto:") << "mailto:alice@example.org";
    QTest::newRow("custom scheme") << "io.element:/callback";
}

void TestUrlSafety::refusesOtherSchemes()
{
    QFETCH(QString, url);
    QCOMPARE(UrlSafety::check(url), Verdict::BadScheme);
}

void TestUrlSafety::refusesUrlsWithoutHost_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("three slashes") << "https:///x";
    QTest::newRow("no slashes") << "https:host";
    QTest::newRow("one slash") << "https:/host/path";
    QTest::newRow("scheme only") << "https:";
    QTest::newRow("empty authority") << "https://";
    QTest::newRow("http, three slashes") << "http:///localhost/";
}

void TestUrlSafety::refusesUrlsWithoutHost()
{
    QFETCH(QString, url);
    QCOMPARE(UrlSafety::check(url), Verdict::NoHost);
}

void TestUrlSafety::refusesUserInfo_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("user and password") << "https://u:p@h/";
    QTest::newRow("user only") << "https://u@h/";
    QTest::newRow("empty user info") << "https://@h/";
    QTest::newRow("password only") << "https://:p@h/";
    QTest::newRow("looks like localhost") << "http://localhost:8080@evil.example/";
    QTest::newRow("no path") << "https://u@h";
    QTest::newRow("before a query") << "https://u@h?x=1";
}

void TestUrlSafety::refusesUserInfo()
{
    QFETCH(QString, url);
    QCOMPARE(UrlSafety::check(url), Verdict::UserInfo);
}

void TestUrlSafety::refusesCharactersBrowsersRewrite_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("empty string") << "";
    QTest::newRow("backslash in authority") << "https:\\\\example.org\\";
    QTest::newRow("backslash after host") << "https://evil.example\\@good.example/";
    QTest::newRow("backslash in path") << "https://example.org/a\\b";
    QTest::newRow("space") << "https://example.org/a b";
    QTest::newRow("leading space") << " https://example.org/";
    QTest::newRow("trailing space") << "https://example.org/ ";
    QTest::newRow("tab") << "https://exam\tple.org/";
    QTest::newRow("newline") << "https://example.org/\n";
    QTest::newRow("carriage return") << "https://example.org/\r";
    QTest::newRow("NUL") << QString("https://example.org/") + QChar(0) + "x";
    QTest::newRow("DEL") << "https://example.org/\x7f";
    QTest::newRow("C1 control") << QString::fromUtf16(u"https://example.org/\u0085");
    QTest::newRow("not a URL") << "not a url";
    QTest::newRow("no scheme") << "example.org/account";
    QTest::newRow("relative path") << "/account/";
}

void TestUrlSafety::refusesCharactersBrowsersRewrite()
{
    QFETCH(QString, url);
    QCOMPARE(UrlSafety::check(url), Verdict::Malformed);
}

void TestUrlSafety::recognisesLoopbackHosts_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("localhost") << "localhost" << true;
    QTest::newRow("LocalHost") << "LocalHost" << true;
    QTest::newRow("127.0.0.1") << "127.0.0.1" << true;
    QTest::newRow("127.1.2.3") << "127.1.2.3" << true;
    QTest::newRow("::1") << "::1" << true;
    QTest::newRow("[::1]") << "[::1]" << true;
    QTest::newRow("example.org") << "example.org" << false;
    QTest::newRow("10.0.0.1") << "10.0.0.1" << false;
    QTest::newRow("::2") << "::2" << false;
    QTest::newRow("empty") << "" << false;
}

void TestUrlSafety::recognisesLoopbackHosts()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(UrlSafety::isLoopbackHost(host), loopback);
}

void TestUrlSafety::explainNamesTheProblem_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("problem");
    QTest::newRow("malformed") << "https://a b/"
                               << "not a well-formed web address";
    QTest::newRow("bad scheme") << "javascript:alert(1)"
                                << "only https";
    QTest::newRow("no host") << "https:///x"
                             << "names no server";
    QTest::newRow("user info") << "https://u:p@h/"
                               << "user name or password";
    QTest::newRow("plain http") << "http://example.org/"
                                << "unencrypted http";
}

void TestUrlSafety::explainNamesTheProblem()
{
    QFETCH(QString, url);
    QFETCH(QString, problem);
    const QString message = UrlSafety::explain(UrlSafety::check(url), "The account page", url);
    QVERIFY2(message.startsWith("The account page "), qPrintable(message));
    QVERIFY2(message.contains(problem), qPrintable(message));
    QVERIFY2(message.contains(url), qPrintable(message));
}

void TestUrlSafety::explainSaysNothingForSafeUrls()
{
    QVERIFY(UrlSafety::explain(Verdict::Safe, "The homeserver", "https://example.org/").isEmpty());
}

void TestUrlSafety::explainIsolatesTheUntrustedUrl()
{
    // The URL comes from a server: it sits inside the sentence as an isolated run, controls replaced.
    const QString url = QString::fromUtf16(u"http://example.org/\u202Egnp.exe\n");
    const QString message = UrlSafety::explain(Verdict::InsecureHttp, "The homeserver", url);
    QVERIFY(message.contains(QChar(0x2068)));
    QVERIFY(message.contains(QChar(0x2069)));
    QVERIFY(!message.contains(u'\n'));
}

QTEST_GUILESS_MAIN(TestUrlSafety)
#include "tst_UrlSafety.moc"
