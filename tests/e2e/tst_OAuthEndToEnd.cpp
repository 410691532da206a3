// The whole OAuth 2.0 sign-in against a real, independent authorization server: oidc-provider from npm
// (tests/oauth/server.mjs, pinned in package-lock.json). The demo homeserver serves oidc-provider's
// metadata as its auth metadata and checks every token by introspection there; the device ID reaches it as
// the `device_id` claim that server.mjs records from the authorization request (oidc-provider itself drops
// the Matrix device scope). Gatehouse's own device-ID check stays on. A scripted user agent fills in
// oidc-provider's login and consent pages. Covers sign-in, a refresh after expiry (done by the gatehouse
// binary, which stores the new pair in the keychain), revocation on sign-out, and that no token reaches
// stdout, stderr, a log line or the settings file.
#include "FinishedSpy.h"
#include "GatehouseProcess.h"
#include "ScriptedBrowser.h"
#include "TestServer.h"
#include "auth/AccountManager.h"
#include "auth/OAuthSignIn.h"
#include "auth/SavedTokenSource.h"
#include "auth/SecretStore.h"
#include "auth/SignInProbe.h"
#include "matrix/MetadataService.h"
#include "network/HttpClient.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace gatehouse;
using namespace gatehouse::test;

class TestOAuthEndToEnd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void signsInThroughOidcProvider();
    void refreshesAfterExpiry();
    void signOutRevokesAtOidcProvider();

private:
    QJsonObject post(const QString& url, const QUrlQuery& form, bool asHomeserver);
    QJsonObject introspect(const QString& token);
    QProcessEnvironment cliEnvironment() const;
    void assertNoTokenIn(const QByteArray& text, const char* where) const;
    TokenPair storedTokens();

    QProcess m_peer;
    QString m_issuer;
    QString m_introspection;
    QString m_homeserverClient;
    QString m_homeserverSecret;
    QNetworkAccessManager m_network;
    HttpClient* m_http = nullptr;
    MetadataService* m_metadata = nullptr;
    std::unique_ptr<TestServer> m_server;
    SignInResult m_signedIn;
    QStringList m_seenTokens;
};

void TestOAuthEndToEnd::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "run through tests/keychain/with-private-keyring.sh (ctest does)");
    const QString peerDir = QStringLiteral(GATEHOUSE_OAUTH_PEER_DIR);
    QVERIFY2(QFile::exists(peerDir + QStringLiteral("/node_modules/oidc-provider/package.json")),
             "oidc-provider is not installed: run `npm ci` in tests/oauth (.ci/setup does)");
    QCoreApplication::setOrganizationName(QStringLiteral("Gatehouse"));
    QCoreApplication::setApplicationName(QStringLiteral("Gatehouse"));
    QSettings().clear();
    m_network.setProxy(QNetworkProxy::NoProxy);

    m_peer.setWorkingDirectory(peerDir);
    m_peer.setProcessChannelMode(QProcess::SeparateChannels);
    m_peer.start(QStringLiteral("node"), {QStringLiteral("server.mjs")});
    QVERIFY2(m_peer.waitForStarted(10'000), "node could not be started");
    QTRY_VERIFY_WITH_TIMEOUT(m_peer.canReadLine() || m_peer.state() != QProcess::Running, 30'000);
    const QJsonObject line = QJsonDocument::fromJson(m_peer.readLine()).object();
    m_issuer = line.value(QLatin1String("issuer")).toString();
    m_introspection = line.value(QLatin1String("introspection_endpoint")).toString();
    m_homeserverClient = line.value(QLatin1String("homeserver_client_id")).toString();
    m_homeserverSecret = line.value(QLatin1String("homeserver_client_secret")).toString();
    QVERIFY2(!m_issuer.isEmpty(), m_peer.readAllStandardError().constData());

    // What Synapse does with MAS: fetch the issuer's OpenID configuration and serve it as auth metadata.
    QNetworkReply* reply =
        m_network.get(QNetworkRequest(QUrl(m_issuer + QStringLiteral("/.well-known/openid-configuration"))));
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(10'000));
    const QJsonObject configuration = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    QVERIFY(configuration.contains(QLatin1String("registration_endpoint")));

    m_http = new HttpClient(this);
    m_metadata = new MetadataService(m_http, this);
    m_server = std::make_unique<TestServer>();
    m_server->server().setExternalIssuer(DemoHomeserver::ExternalIssuer{
        configuration, m_introspection, m_homeserverClient, m_homeserverSecret});
}

void TestOAuthEndToEnd::cleanupTestCase()
{
    m_server.reset();
    if (m_peer.state() == QProcess::Running) {
        m_peer.closeWriteChannel(); // server.mjs stops when its stdin closes
        if (!m_peer.waitForFinished(10'000))
            m_peer.kill();
    }
}

QJsonObject TestOAuthEndToEnd::post(const QString& url, const QUrlQuery& form, bool asHomeserver)
{
    QNetworkRequest request{QUrl(url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    if (asHomeserver)
        request.setRawHeader("Authorization",
                             "Basic " + (m_homeserverClient + u':' + m_homeserverSecret).toUtf8().toBase64());
    QNetworkReply* reply = m_network.post(request, form.query(QUrl::FullyEncoded).toUtf8());
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(10'000))
        return {};
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

QJsonObject TestOAuthEndToEnd::introspect(const QString& token)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("token"), QString::fromLatin1(QUrl::toPercentEncoding(token)));
    return post(m_introspection, form, true);
}

QProcessEnvironment TestOAuthEndToEnd::cliEnvironment() const
{
    return GatehouseProcess::environment({
        {QStringLiteral("XDG_CONFIG_HOME"), qEnvironmentVariable("XDG_CONFIG_HOME")},
        {QStringLiteral("XDG_DATA_HOME"), qEnvironmentVariable("XDG_DATA_HOME")},
        {QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS")},
    });
}

void TestOAuthEndToEnd::assertNoTokenIn(const QByteArray& text, const char* where) const
{
    for (const QString& token : m_seenTokens) {
        if (!token.isEmpty() && text.contains(token.toUtf8()))
            QFAIL(qPrintable(QStringLiteral("a token appeared in %1").arg(QLatin1String(where))));
    }
}

TokenPair TestOAuthEndToEnd::storedTokens()
{
    SecretStore store;
    std::optional<Result<QByteArray>> read;
    store.read(SavedTokenSource::secretKey(m_signedIn.account), this,
               [&read](const Result<QByteArray>& value) { read = value; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 20'000); }();
    if (!read || !*read)
        return {};
    return TokenPair::fromJson(read->value()).value_or(TokenPair{});
}

void TestOAuthEndToEnd::signsInThroughOidcProvider()
{
    // Discovery says: OAuth 2.0 in the browser, no code (this oidc-provider has no device flow).
    SignInProbe probe(m_http, m_metadata);
    std::optional<Result<SignInOptions>> options;
    connect(&probe, &SignInProbe::finished, this,
            [&options](const Result<SignInOptions>& result) { options = result; });
    probe.start(m_server->baseUrl());
    QTRY_VERIFY_WITH_TIMEOUT(options.has_value(), 20'000);
    QVERIFY2(*options, qPrintable(*options ? QString() : options->error().message));
    QVERIFY((*options)->browser);
    QVERIFY(!(*options)->code);
    QCOMPARE((*options)->oauth->issuer, m_issuer);

    ScriptedBrowser browser; // fills in oidc-provider's dev login (any login) and consent pages
    OAuthSignIn signIn(m_http, &browser);
    FinishedSpy<SignInResult> finished(&signIn);
    signIn.start((*options)->baseUrl, *(*options)->oauth);
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0, 60'000);
    QVERIFY2(finished.failures() == 0,
             qPrintable(finished.failures() == 0
                            ? QString()
                            : finished.firstError().fullText() + u' ' + browser.failure));
    m_signedIn = finished.firstValue();
    m_seenTokens << m_signedIn.tokens.accessToken << m_signedIn.tokens.refreshToken;
    QVERIFY(!m_signedIn.tokens.refreshToken.isEmpty());
    QCOMPARE(m_signedIn.account.deviceId, signIn.request().deviceId);
    QCOMPARE(m_signedIn.account.issuer, m_issuer);
    QVERIFY(m_server->server().account().device(m_signedIn.account.deviceId));
    // oidc-provider's own pages were used, and the redirect came back with its issuer.
    QVERIFY(browser.visited.join(u'\n').contains(QStringLiteral("/interaction/")));
    QCOMPARE(QUrlQuery(browser.callbackUrl).queryItemValue(QStringLiteral("iss"), QUrl::FullyDecoded),
             m_issuer);
    QVERIFY(browser.callbackPage.contains("You can close this tab"));

    AccountManager accounts(m_http);
    std::optional<QString> problem;
    accounts.add(m_signedIn, this, [&problem](const QString& text) { problem = text; });
    QTRY_VERIFY_WITH_TIMEOUT(problem.has_value(), 20'000);
    QVERIFY2(problem->isEmpty(), qPrintable(*problem));
}

void TestOAuthEndToEnd::refreshesAfterExpiry()
{
    // The access token expires at oidc-provider; the homeserver learns it through introspection.
    QUrlQuery expire;
    expire.addQueryItem(QStringLiteral("token"), m_signedIn.tokens.accessToken);
    QVERIFY(post(m_issuer + QStringLiteral("/test/expire"), expire, false)
                .value(QLatin1String("expired"))
                .toBool());
    QCOMPARE(introspect(m_signedIn.tokens.accessToken).value(QLatin1String("active")).toBool(true), false);

    // The gatehouse binary meets 401 M_UNKNOWN_TOKEN, refreshes at oidc-provider, stores the new pair in the
    // keychain and lists the sessions.
    const QStringList arguments{QStringLiteral("--list"), QStringLiteral("--json"),
                                QStringLiteral("--verbose")};
    const GatehouseRun run = GatehouseProcess::run(arguments, cliEnvironment());
    QVERIFY(run.finished);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains(m_signedIn.account.deviceId.toUtf8()));
    QVERIFY(run.err.contains("refresh")); // the verbose log says that it refreshed, without the tokens

    const TokenPair stored = storedTokens();
    QVERIFY(!stored.isEmpty());
    QVERIFY(stored.accessToken != m_signedIn.tokens.accessToken);
    m_seenTokens << stored.accessToken << stored.refreshToken;
    QCOMPARE(introspect(stored.accessToken).value(QLatin1String("active")).toBool(), true);
    QCOMPARE(introspect(stored.accessToken).value(QLatin1String("device_id")).toString(),
             m_signedIn.account.deviceId);

    assertNoTokenIn(run.out, "stdout");
    assertNoTokenIn(run.err, "stderr (the log)");
    // Nor on a command line or in an environment: the binary found its tokens in the keychain.
    assertNoTokenIn(arguments.join(u' ').toUtf8(), "the command line");
    assertNoTokenIn(cliEnvironment().toStringList().join(u'\n').toUtf8(), "the environment");
    assertNoTokenIn(m_peer.arguments().join(u' ').toUtf8(), "the OAuth server's command line");
    QSettings().sync();
    QFile settings(QSettings().fileName());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    assertNoTokenIn(settings.readAll(), "the settings file");
}

void TestOAuthEndToEnd::signOutRevokesAtOidcProvider()
{
    const TokenPair stored = storedTokens();
    QVERIFY(!stored.isEmpty());
    AccountManager accounts(m_http); // as after a restart: tokens come from the keychain
    std::optional<std::optional<Error>> done;
    accounts.signOut(m_signedIn.account.userId, this,
                     [&done](const std::optional<Error>& problem) { done = problem; });
    QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 30'000);
    QVERIFY2(!done->has_value(), qPrintable(done->has_value() ? (*done)->fullText() : QString()));

    // oidc-provider no longer accepts either token, so neither does the homeserver.
    QCOMPARE(introspect(stored.refreshToken).value(QLatin1String("active")).toBool(true), false);
    QCOMPARE(introspect(stored.accessToken).value(QLatin1String("active")).toBool(true), false);
    QVERIFY(storedTokens().isEmpty());
    QVERIFY(!accounts.find(m_signedIn.account.userId));

    const GatehouseRun run = GatehouseProcess::run({QStringLiteral("--list")}, cliEnvironment());
    QCOMPARE(run.exitCode, 5);
    QSettings().sync();
    QFile settings(QSettings().fileName());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    assertNoTokenIn(settings.readAll(), "the settings file");
}

QTEST_GUILESS_MAIN(TestOAuthEndToEnd)
#include "tst_OAuthEndToEnd.moc"
