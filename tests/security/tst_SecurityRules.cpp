// The pure rules behind docs/threat-model.md, as tables: how URLs and hosts are shown, which user ID a
// sign-in may accept, what a device-code answer may show, what the log redactor removes (and what it
// leaves), and that a URL carrying the token is never safe.
#include "auth/DeviceCodeAnswer.h"
#include "auth/SignInIdentity.h"
#include "log/SecretRedactor.h"
#include "network/UrlSafety.h"
#include "text/ShownUrl.h"

#include <QTest>

using namespace gatehouse;

class TestSecurityRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void urlsAreShownAsTheyOpen_data();
    void urlsAreShownAsTheyOpen();
    void hostsAreShownInAscii_data();
    void hostsAreShownInAscii();
    void signInKeepsToWhatWasTyped_data();
    void signInKeepsToWhatWasTyped();
    void plainDeviceCodesAreShown();
    void redactorKeepsTheWordsOfAMessage_data();
    void redactorKeepsTheWordsOfAMessage();
    void redactorRemovesEveryFormOfASecret_data();
    void redactorRemovesEveryFormOfASecret();
    void aUrlCarryingTheTokenIsNeverSafe_data();
    void aUrlCarryingTheTokenIsNeverSafe();
};

namespace {
// A token with the characters that percent-encoding and JSON change.
const QString Token = QStringLiteral("mat_Ab+cD/eF=gH\"iJ_0123456789");
} // namespace

void TestSecurityRules::urlsAreShownAsTheyOpen_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << "https://account.example.org/manage?action=org.matrix.profile"
                           << "https://account.example.org/manage?action=org.matrix.profile";
    QTest::newRow("look-alike host") << QStringLiteral("https://account.аррӏе.com/manage")
                                     << "https://account.xn--80ak6aa92e.com/manage";
    QTest::newRow("look-alike host with port")
        << QStringLiteral("https://аррӏе.com:8443/") << "https://xn--80ak6aa92e.com:8443/";
    QTest::newRow("right-to-left override in the path")
        << QStringLiteral("https://example.org/\u202Egnp.exe") << "https://example.org/%E2%80%AEgnp.exe";
    QTest::newRow("isolates") << QStringLiteral("https://example.org/?q=\u2067x\u2069")
                              << "https://example.org/?q=%E2%81%A7x%E2%81%A9";
    QTest::newRow("zero-width space in the host")
        << QStringLiteral("https://exa\u200Bmple.org/") << "https://exa%E2%80%8Bmple.org/";
    QTest::newRow("control characters")
        << QStringLiteral("https://example.org/a\tb\nc") << "https://example.org/a%09b%0Ac";
    QTest::newRow("soft hyphen and BOM")
        << QStringLiteral("https://example.org/a\u00ADb\uFEFF") << "https://example.org/a%C2%ADb%EF%BB%BF";
    QTest::newRow("variation selector")
        << QStringLiteral("https://example.org/\uFE0F") << "https://example.org/%EF%B8%8F";
    QTest::newRow("tag characters") << QStringLiteral("https://example.org/") +
                                           QString::fromUcs4(U"\U000E0041", 1)
                                    << "https://example.org/%F3%A0%81%81";
    QTest::newRow("no-break space") << QStringLiteral("https://example.org/a\u00A0b")
                                    << "https://example.org/a%C2%A0b";
    QTest::newRow("ordinary letters kept")
        << QStringLiteral("https://example.org/Grüße") << QStringLiteral("https://example.org/Grüße");
}

void TestSecurityRules::urlsAreShownAsTheyOpen()
{
    QFETCH(QString, url);
    QFETCH(QString, shown);
    QCOMPARE(ShownUrl::of(url), shown);
}

void TestSecurityRules::hostsAreShownInAscii_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("shown");
    QTest::newRow("ASCII host") << "account.example.org"
                                << "account.example.org";
    QTest::newRow("look-alike host") << QStringLiteral("account.аррӏе.com") << "account.xn--80ak6aa92e.com";
    QTest::newRow("host of a URL") << QStringLiteral("https://account.аррӏе.com/x")
                                   << "account.xn--80ak6aa92e.com";
    QTest::newRow("bidi in a host") << QStringLiteral("exa\u202Emple.org") << "exa%E2%80%AEmple.org";
}

void TestSecurityRules::hostsAreShownInAscii()
{
    QFETCH(QString, given);
    QFETCH(QString, shown);
    QCOMPARE(ShownUrl::host(given), shown);
}

void TestSecurityRules::signInKeepsToWhatWasTyped_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("passwordUser");
    QTest::addColumn<QString>("userId");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("Matrix ID, same") << "@alice:example.org" << QString() << "@alice:example.org" << true;
    QTest::newRow("Matrix ID, another user")
        << "@alice:example.org" << QString() << "@mallory:example.org" << false;
    QTest::newRow("Matrix ID, another server")
        << "@alice:example.org" << QString() << "@alice:evil.example" << false;
    QTest::newRow("server name, on it") << "example.org" << QString() << "@alice:example.org" << true;
    QTest::newRow("server name, case") << "Example.org" << QString() << "@alice:example.org" << true;
    QTest::newRow("server name, elsewhere") << "evil.example" << QString() << "@alice:real.example" << false;
    QTest::newRow("server name with port")
        << "example.org:8448" << QString() << "@alice:example.org:8448" << true;
    QTest::newRow("server name, port dropped")
        << "example.org:8448" << QString() << "@alice:example.org" << false;
    QTest::newRow("full URL: any ID, bound to the URL")
        << "https://matrix.evil.example" << QString() << "@alice:real.example" << true;
    QTest::newRow("not a Matrix ID") << "https://matrix.example.org" << QString() << "alice" << false;
    QTest::newRow("password: full ID entered, same") << "example.org"
                                                     << "@bob:example.org"
                                                     << "@bob:example.org" << true;
    QTest::newRow("password: full ID entered, another") << "example.org"
                                                        << "@bob:example.org"
                                                        << "@alice:example.org" << false;
    QTest::newRow("password: other name on the typed ID's server") << "@alice:example.org"
                                                                   << "bob"
                                                                   << "@bob:example.org" << true;
    QTest::newRow("password: other name, other server") << "@alice:example.org"
                                                        << "bob"
                                                        << "@bob:evil.example" << false;
    QTest::newRow("password: the typed ID's name") << "@alice:example.org"
                                                   << "alice"
                                                   << "@alice:example.org" << true;
}

void TestSecurityRules::signInKeepsToWhatWasTyped()
{
    QFETCH(QString, typed);
    QFETCH(QString, passwordUser);
    QFETCH(QString, userId);
    QFETCH(bool, accepted);
    const std::optional<Error> refused = SignInIdentity::check(typed, passwordUser, userId);
    QCOMPARE(!refused.has_value(), accepted);
    if (refused && SignInIdentity::serverNameOf(userId).size() > 0)
        QVERIFY2(refused->message.contains(userId), qPrintable(refused->message)); // names both
}

void TestSecurityRules::plainDeviceCodesAreShown()
{
    QVERIFY(!DeviceCodeAnswer::check(QStringLiteral("WDJB-MJHT"),
                                     QStringLiteral("https://example.org/device"), QString()));
    QVERIFY(!DeviceCodeAnswer::check(QString(64, u'A'), QStringLiteral("https://example.org/device"),
                                     QStringLiteral("https://example.org/device?code=WDJB")));
    QVERIFY(
        DeviceCodeAnswer::check(QString(65, u'A'), QStringLiteral("https://example.org/device"), QString()));
    QVERIFY(DeviceCodeAnswer::check(QString(), QStringLiteral("https://example.org/device"), QString()));
}

void TestSecurityRules::redactorKeepsTheWordsOfAMessage_data()
{
    QTest::addColumn<QString>("message");
    QTest::newRow("no token, English") << "No access token: put it in the environment variable "
                                          "GATEHOUSE_ACCESS_TOKEN (tokens are never taken "
                                          "as arguments).";
    QTest::newRow("no token, German") << QStringLiteral(
        "Kein Zugriffstoken: Legen Sie es in der Umgebungsvariable GATEHOUSE_ACCESS_TOKEN ab (Token "
        "werden nie als Argumente angenommen).");
    QTest::newRow("code in a sentence") << "The code: enter it on the other device.";
    QTest::newRow("password in a sentence") << "Password: the one you use on example.org.";
    QTest::newRow("a refresh token word") << "The refresh_token: it was rotated.";
}

void TestSecurityRules::redactorKeepsTheWordsOfAMessage()
{
    QFETCH(QString, message);
    QCOMPARE(SecretRedactor::redact(message), message);
}

void TestSecurityRules::redactorRemovesEveryFormOfASecret_data()
{
    QTest::addColumn<QString>("line");
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(Token));
    QTest::newRow("raw") << "token " + Token;
    QTest::newRow("percent-encoded") << "POST body token=" + encoded + "&client_id=x";
    QTest::newRow("percent-encoded, lower-case hex")
        << "body " + QString(encoded)
                         .replace(QStringLiteral("%2B"), QStringLiteral("%2b"))
                         .replace(QStringLiteral("%2F"), QStringLiteral("%2f"))
                         .replace(QStringLiteral("%3D"), QStringLiteral("%3d"));
    QTest::newRow("JSON-escaped") << QStringLiteral("{\"a\":\"") +
                                         QString(Token)
                                             .replace(QStringLiteral("\""), QStringLiteral("\\\""))
                                             .replace(QStringLiteral("/"), QStringLiteral("\\/")) +
                                         QStringLiteral("\"}");
    QTest::newRow("unknown value in a form field") << QStringLiteral("code=abcdef123&state=x");
    QTest::newRow("unknown value in a JSON field") << QStringLiteral("{\"password\": \"hunter2-unknown\"}");
    QTest::newRow("bearer header") << QStringLiteral("Authorization: Bearer syt_unknownvalue123");
}

void TestSecurityRules::redactorRemovesEveryFormOfASecret()
{
    QFETCH(QString, line);
    SecretRedactor::addToken(Token);
    const QString redacted = SecretRedactor::redact(line);
    QVERIFY2(redacted.contains(QStringLiteral("[redacted]")), qPrintable(redacted));
    for (const QString& secret :
         {Token, QStringLiteral("Ab+cD"), QStringLiteral("Ab%2BcD"), QStringLiteral("abcdef123"),
          QStringLiteral("hunter2-unknown"), QStringLiteral("syt_unknownvalue123")})
        QVERIFY2(!redacted.contains(secret, Qt::CaseInsensitive), qPrintable(redacted));
}

void TestSecurityRules::aUrlCarryingTheTokenIsNeverSafe_data()
{
    QTest::addColumn<QString>("url");
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(Token));
    QTest::newRow("percent-encoded in the query") << "https://account.example.org/?t=" + encoded;
    QTest::newRow("lower-case hex") << "https://account.example.org/?t=" +
                                           QString(encoded).replace(QStringLiteral("%2B"),
                                                                    QStringLiteral("%2b"));
    QTest::newRow("in the fragment") << "https://account.example.org/#" + encoded;
    QTest::newRow("in the path") << "https://account.example.org/" + encoded + QStringLiteral("/x");
}

void TestSecurityRules::aUrlCarryingTheTokenIsNeverSafe()
{
    QFETCH(QString, url);
    SecretRedactor::addToken(Token);
    QCOMPARE(UrlSafety::check(url), UrlSafety::Verdict::CarriesToken);
    const QString why = UrlSafety::explain(UrlSafety::check(url), QStringLiteral("The account page"), url);
    QVERIFY(!why.contains(QString::fromLatin1(QUrl::toPercentEncoding(Token))));
    QVERIFY(UrlSafety::isSafe(QStringLiteral("https://account.example.org/?t=another")));
}

QTEST_GUILESS_MAIN(TestSecurityRules)
#include "tst_SecurityRules.moc"
