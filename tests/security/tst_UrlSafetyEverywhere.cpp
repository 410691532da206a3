// docs/protocol.md "Which URLs are safe", checked at every place a URL comes from: the homeserver one gives,
// .well-known's base_url, the issuer, the metadata's endpoints, the account page, and redirects. Each unsafe
// URL is refused with a message that names the problem, and nothing is fetched or opened: every
// non-loopback request of this process goes through a counting probe posing as the system proxy, so even a
// request that slipped past a check would be seen here and never leave the machine.
#include "HostileSupport.h"
#include "RecordingUrlOpener.h"

#include "account/AccountPage.h"
#include "account/DesktopUrlOpener.h"
#include "auth/TokenSource.h"
#include "cli/CliRunner.h"
#include "cli/CommandLine.h"
#include "cli/ExitCode.h"
#include "matrix/AccountSession.h"
#include "matrix/AuthMetadata.h"
#include "matrix/MetadataService.h"
#include "network/UrlSafety.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;

namespace {

// Unsafe URLs and the words of the sentence that must name their problem.
struct Unsafe
{
    const char* name;
    QString url;
    QString problem;
};

const QString Plain = QStringLiteral("unencrypted http");
const QString Scheme = QStringLiteral("only https");
const QString UserInfo = QStringLiteral("user name or password");
const QString NoHost = QStringLiteral("names no server");
const QString Malformed = QStringLiteral("not a well-formed");

QList<Unsafe> unsafeUrls()
{
    return {
        {"http to another computer", QStringLiteral("http://evil.example/account"), Plain},
        {"http to a name that starts like loopback", QStringLiteral("http://127.0.0.1.evil.example/"), Plain},
        {"http to localhost's lookalike", QStringLiteral("http://localhost.evil.example/"), Plain},
        {"http to an IPv4-mapped address", QStringLiteral("http://[::ffff:7f00:1]/"), Plain},
        {"javascript", QStringLiteral("javascript:alert(document.cookie)"), Scheme},
        {"file", QStringLiteral("file:///etc/passwd"), Scheme},
        {"data", QStringLiteral("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="), Scheme},
        {"data with markup", QStringLiteral("data:text/html,<script>alert(1)</script>"), Malformed},
        {"ftp", QStringLiteral("ftp://evil.example/"), Scheme},
        {"user and password", QStringLiteral("https://user:pw@evil.example/"), UserInfo},
        {"user only", QStringLiteral("https://me@evil.example/"), UserInfo},
        {"no authority", QStringLiteral("https:evil.example/account"), NoHost},
        {"empty host", QStringLiteral("https:///account"), NoHost},
        {"backslash", QStringLiteral("https://evil.example\\@127.0.0.1/"), Malformed},
        {"space", QStringLiteral("https://evil.example /x"), Malformed},
        {"newline", QStringLiteral("https://evil.example/\nx"), Malformed},
    };
}

void addUnsafeRows()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("problem");
    for (const Unsafe& row : unsafeUrls())
        QTest::newRow(row.name) << row.url << row.problem;
}

// A message names the problem when it carries the rule's own sentence, or for addresses that are not
// even parsed as URLs (no "://"), says that they are not valid.
bool namesTheProblem(const QString& message, const QString& problem)
{
    return message.contains(problem) || message.contains(QStringLiteral("not a valid"));
}

std::optional<Result<AccountSnapshot>> load(AccountSession& session)
{
    std::optional<Result<AccountSnapshot>> result;
    session.load(nullptr, [&](const Result<AccountSnapshot>& r) { result = r; });
    (void)QTest::qWaitFor([&] { return result.has_value(); }, 30'000);
    return result;
}

} // namespace

class TestUrlSafetyEverywhere : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void homeserverGivenByAPerson_data() { addUnsafeRows(); }
    void homeserverGivenByAPerson();
    void baseUrlFromWellKnown_data() { addUnsafeRows(); }
    void baseUrlFromWellKnown();
    void issuerFromAuthIssuer_data() { addUnsafeRows(); }
    void issuerFromAuthIssuer();
    void endpointsFromMetadataAreNeverCalled_data() { addUnsafeRows(); }
    void endpointsFromMetadataAreNeverCalled();
    void accountPageIsNeverBuiltOrOpened_data() { addUnsafeRows(); }
    void accountPageIsNeverBuiltOrOpened();
    void accountPageFromTheCommandLineIsRefusedWithExitCode6();
    void redirectsAreNeverFollowed_data() { addUnsafeRows(); }
    void redirectsAreNeverFollowed();
    void desktopOpenerRefusesWhatTheRuleRefuses_data() { addUnsafeRows(); }
    void desktopOpenerRefusesWhatTheRuleRefuses();
    void deviceIdThatIsNotTextIsRefusedNotMisdirected();

private:
    std::unique_ptr<ConnectionProbe> m_probe;
};

void TestUrlSafetyEverywhere::initTestCase()
{
    m_probe = std::make_unique<ConnectionProbe>();
    m_probe->becomeTheSystemProxy();
}

void TestUrlSafetyEverywhere::init()
{
    m_probe->connections = 0;
    m_probe->received.clear();
}

void TestUrlSafetyEverywhere::cleanup()
{
    // Whatever the case, nothing went anywhere but the test's own loopback servers.
    QCoreApplication::processEvents();
    QVERIFY2(m_probe->connections == 0, m_probe->received.constData());
}

void TestUrlSafetyEverywhere::homeserverGivenByAPerson()
{
    QFETCH(QString, url);
    QFETCH(QString, problem);
    HttpClient http;
    http.setTimeoutMs(3'000);
    MetadataService metadata(&http);
    AccountSession session(&http, &metadata, url,
                           std::make_shared<StaticTokenSource>(QStringLiteral("t0ken")));
    const auto result = load(session);
    QVERIFY(result);
    QVERIFY(!result->ok());
    QVERIFY2(namesTheProblem(result->error().message, problem), qPrintable(result->error().message));
}

void TestUrlSafetyEverywhere::baseUrlFromWellKnown()
{
    QFETCH(QString, url);
    QFETCH(QString, problem);
    TestServer server;
    server.answer(QStringLiteral("/.well-known/matrix/client"), 200,
                  json({{QStringLiteral("m.homeserver"), QJsonObject{{QStringLiteral("base_url"), url}}}}));
    HttpClient http;
    http.setTimeoutMs(3'000);
    MetadataService metadata(&http);
    // The server name (not a URL), so discovery asks .well-known.
    const QString serverName = QUrl(server.baseUrl()).authority();
    AccountSession session(&http, &metadata, serverName,
                           std::make_shared<StaticTokenSource>(QStringLiteral("t0ken")));
    const auto result = load(session);
    QVERIFY(result);
    QVERIFY(!result->ok());
    const QString message = result->error().message;
    // base_url values that are not URLs at all are a discovery error, which says so.
    QVERIFY2(message.contains(problem) || message.contains(QStringLiteral("not a valid address")),
             qPrintable(message));
    QCOMPARE(server->requestCount(QStringLiteral("/_matrix/client/versions")), 0);
}

void TestUrlSafetyEverywhere::issuerFromAuthIssuer()
{
    QFETCH(QString, url);
    QFETCH(QString, problem);
    DemoOptions options;
    options.metadata = DemoOptions::Metadata::Issuer;
    TestServer server(options);
    server.answer(QStringLiteral("/_matrix/client/unstable/org.matrix.msc2965/auth_issuer"), 200,
                  json({{QStringLiteral("issuer"), url}}));
    HttpClient http;
    http.setTimeoutMs(3'000);
    MetadataService metadata(&http);
    std::optional<Result<MetadataLookup>> result;
    metadata.lookup(server.baseUrl(), nullptr, [&](const Result<MetadataLookup>& r) { result = r; });
    QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 30'000));
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind, Error::Kind::UnsafeUrl);
    QVERIFY2(result->error().message.contains(problem), qPrintable(result->error().message));
    QVERIFY(result->error().message.contains(QStringLiteral("sign-in server")));
}

void TestUrlSafetyEverywhere::endpointsFromMetadataAreNeverCalled()
{
    QFETCH(QString, url);
    QFETCH(QString, problem);
    Q_UNUSED(problem) // the URL reaches HttpClient as a QUrl, whose own reading may name another problem
    // Read as a QUrl (tolerantly, as code that calls an endpoint does), a raw newline is percent-encoded and
    // what is left is a plain https URL, which the rule allows for calls; it is refused where the raw text is
    // opened in a browser (accountPageIsNeverBuiltOrOpened).
    if (UrlSafety::isSafe(QUrl(url).toString(QUrl::FullyEncoded)))
        QSKIP("as a QUrl this is an https URL to another server, which may be called");
    TestServer server;
    QJsonObject served = server->authMetadata();
    const QStringList fields{QStringLiteral("issuer"),
                             QStringLiteral("authorization_endpoint"),
                             QStringLiteral("token_endpoint"),
                             QStringLiteral("registration_endpoint"),
                             QStringLiteral("revocation_endpoint"),
                             QStringLiteral("device_authorization_endpoint")};
    for (const QString& field : fields)
        served.insert(field, url);
    server.answer(QStringLiteral("/_matrix/client/v1/auth_metadata"), 200, json(served));

    HttpClient http;
    http.setTimeoutMs(3'000);
    MetadataService metadata(&http);
    std::optional<Result<MetadataLookup>> lookup;
    metadata.lookup(server.baseUrl(), nullptr, [&](const Result<MetadataLookup>& r) { lookup = r; });
    QVERIFY(QTest::qWaitFor([&] { return lookup.has_value(); }, 30'000));
    QVERIFY(lookup->ok());
    const AuthMetadata& found = *lookup->value().metadata;
    const QStringList endpoints{found.issuer,
                                found.authorizationEndpoint,
                                found.tokenEndpoint,
                                found.registrationEndpoint,
                                found.revocationEndpoint,
                                found.deviceAuthorizationEndpoint};
    for (const QString& endpoint : endpoints) {
        QCOMPARE(endpoint, url);
        // Whatever the sign-in code would do with it, the one way out of the app refuses it.
        const auto get = fetch(http, HttpRequest::get(QUrl(endpoint), QStringLiteral("t0ken")));
        const auto post =
            fetch(http, HttpRequest::form(QUrl(endpoint), {{QStringLiteral("code"), QStringLiteral("c")}}));
        for (const auto& result : {get, post}) {
            QVERIFY(result);
            QVERIFY(!result->ok());
            QCOMPARE(result->error().kind, Error::Kind::UnsafeUrl);
            QVERIFY2(result->error().message.contains(QStringLiteral("was refused")),
                     qPrintable(result->error().message));
        }
    }
}

void TestUrlSafetyEverywhere::accountPageIsNeverBuiltOrOpened()
{
    QFETCH(QString, url);
    QFETCH(QString, problem);
    AuthMetadata metadata;
    metadata.issuer = QStringLiteral("https://issuer.example/");
    metadata.accountManagementUri = url;
    metadata.accountManagementActions = DemoOptions::allActions();
    const AccountPage page = AccountPage::fromMetadata(metadata);
    QVERIFY(!page.isSafe());
    QVERIFY(page.offered().isEmpty());
    QList<std::variant<QString, AccountPage::Refusal>> urls{page.urlFor(std::nullopt),
                                                            page.deactivationUrl()};
    for (const AccountAction action : AccountActionNames::all())
        urls.append(page.urlFor(action, QStringLiteral("DEVICE")));
    for (const auto& built : urls) {
        QVERIFY(std::holds_alternative<AccountPage::Refusal>(built));
        const auto& refusal = std::get<AccountPage::Refusal>(built);
        QCOMPARE(refusal.problem, AccountPage::Problem::UnsafeUrl);
        QVERIFY2(refusal.message.contains(problem), qPrintable(refusal.message));
        QVERIFY(refusal.message.contains(QStringLiteral("account page")));
    }
}

void TestUrlSafetyEverywhere::accountPageFromTheCommandLineIsRefusedWithExitCode6()
{
    for (const Unsafe& unsafe : unsafeUrls()) {
        TestServer server;
        server->setAccountUri(unsafe.url);
        qputenv("GATEHOUSE_ACCESS_TOKEN", server.token().toUtf8());
        const CommandLine commandLine =
            CommandLine::parse({QStringLiteral("gatehouse"), QStringLiteral("--open"),
                                QStringLiteral("profile"), QStringLiteral("--homeserver"), server.baseUrl()});
        QVERIFY2(commandLine.error.isEmpty(), qPrintable(commandLine.error));
        RecordingUrlOpener opener;
        CliRunner runner(commandLine, &opener);
        QSignalSpy finished(&runner, &CliRunner::finished);
        runner.start();
        QVERIFY(finished.count() == 1 || finished.wait(30'000));
        QVERIFY2(finished.first().first().toInt() == ExitUnsafeUrl, unsafe.name);
        QVERIFY2(opener.opened.isEmpty(), unsafe.name);
        qunsetenv("GATEHOUSE_ACCESS_TOKEN");
    }
}

void TestUrlSafetyEverywhere::redirectsAreNeverFollowed()
{
    QFETCH(QString, url);
    if (url.contains(u'\n'))
        QSKIP("a newline cannot be sent inside a Location header");
    TestServer server;
    const QString path = QStringLiteral("/_matrix/client/versions");
    server->setOverride(path, [url](const QHttpServerRequest&, QHttpServerResponder& responder) {
        // Written raw, so the Location header carries exactly these bytes.
        responder.socket()->write("HTTP/1.1 302 Found\r\nLocation: " + url.toUtf8() +
                                  "\r\nContent-Length: 0\r\n\r\n");
        return true;
    });
    HttpClient http;
    http.setTimeoutMs(3'000);
    const auto result = fetch(http, HttpRequest::get(QUrl(server.baseUrl() + path), QStringLiteral("t0ken")));
    QVERIFY(result);
    // A Location that cannot even be read is no redirect: the 302 itself comes back, never a success.
    if (result->ok()) {
        QCOMPARE(result->value().status, 302);
        return;
    }
    QCOMPARE(result->error().kind, Error::Kind::InsecureRedirect);
    QVERIFY2(result->error().message.contains(QStringLiteral("redirect")),
             qPrintable(result->error().message));
    QVERIFY2(result->error().message.contains(QStringLiteral("refused")),
             qPrintable(result->error().message));
    QCOMPARE(server->requestCount(path), 1);
}

void TestUrlSafetyEverywhere::desktopOpenerRefusesWhatTheRuleRefuses()
{
    QFETCH(QString, url);
    QVERIFY(!UrlSafety::isSafe(url));
    DesktopUrlOpener opener;
    QVERIFY(!opener.open(url));
}

void TestUrlSafetyEverywhere::deviceIdThatIsNotTextIsRefusedNotMisdirected()
{
    // A JSON body may carry "\ud800": a device ID with half a surrogate pair. Percent-encoding over UTF-8
    // cannot carry it and used to write "?" in its place, naming another session.
    const QByteArray body = R"({"devices":[{"device_id":"A\ud800B"},{"device_id":"A?B"}]})";
    const auto devices = Device::listFromJson(body);
    QVERIFY(devices.ok());
    QCOMPARE(devices.value().size(), 2);
    AuthMetadata metadata;
    metadata.issuer = QStringLiteral("https://issuer.example/");
    metadata.accountManagementUri = QStringLiteral("https://account.example/");
    metadata.accountManagementActions = QStringList{QStringLiteral("org.matrix.device_delete")};
    const AccountPage page = AccountPage::fromMetadata(metadata);
    const auto broken = page.urlFor(AccountAction::DeviceDelete, devices.value().at(0).id);
    QVERIFY(std::holds_alternative<AccountPage::Refusal>(broken));
    QCOMPARE(std::get<AccountPage::Refusal>(broken).problem, AccountPage::Problem::BadDeviceId);
    const auto other = page.urlFor(AccountAction::DeviceDelete, devices.value().at(1).id);
    QCOMPARE(std::get<QString>(other),
             QStringLiteral("https://account.example/?action=org.matrix.device_delete&device_id=A%3FB"));
}

QTEST_GUILESS_MAIN(TestUrlSafetyEverywhere)
#include "tst_UrlSafetyEverywhere.moc"
