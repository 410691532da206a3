// Saved accounts against a real Secret Service (gnome-keyring in a private D-Bus session, started by
// with-private-keyring.sh): tokens only in the keychain, accounts back after a restart, the command line
// on the last used account, one refresh shared between two processes, and sign-out forgetting everything.
#include "FinishedSpy.h"
#include "GatehouseProcess.h"
#include "ScriptedBrowser.h"
#include "TestServer.h"
#include "auth/AccountManager.h"
#include "auth/AccountStore.h"
#include "auth/OAuthSignIn.h"
#include "auth/SavedTokenSource.h"
#include "auth/SecretStore.h"
#include "demo/DemoSignIn.h"
#include "matrix/DevicesClient.h"
#include "network/HttpClient.h"

#include <QFile>
#include <QJsonDocument>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;

class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void secretsRoundTripThroughTheKeychain();
    void signedInAccountKeepsItsTokensOnlyInTheKeychain();
    void rememberedAccountComesBackAfterARestart();
    void commandLineUsesTheLastUsedAccount();
    void commandLineTakesAnAccountByUserId();
    void oneRefreshIsSharedBetweenProcesses();
    void signOutForgetsTheAccountEverywhere();

private:
    QProcessEnvironment cliEnvironment() const;
    void assertNoTokenIn(const QByteArray& text, const char* where) const;

    HttpClient* m_http = nullptr;
    std::unique_ptr<TestServer> m_server;
    SignInResult m_signedIn;
    QStringList m_seenTokens;
};

void TestKeychain::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "run through tests/keychain/with-private-keyring.sh (ctest does)");
    // The same settings as the gatehouse binary, in this test's private configuration directory.
    QCoreApplication::setOrganizationName(QStringLiteral("Gatehouse"));
    QCoreApplication::setApplicationName(QStringLiteral("Gatehouse"));
    QSettings().clear();
    m_http = new HttpClient(this);
    m_server = std::make_unique<TestServer>();
}

QProcessEnvironment TestKeychain::cliEnvironment() const
{
    return GatehouseProcess::environment({
        {QStringLiteral("XDG_CONFIG_HOME"), qEnvironmentVariable("XDG_CONFIG_HOME")},
        {QStringLiteral("XDG_DATA_HOME"), qEnvironmentVariable("XDG_DATA_HOME")},
        {QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS")},
    });
}

void TestKeychain::assertNoTokenIn(const QByteArray& text, const char* where) const
{
    for (const QString& token : m_seenTokens) {
        if (!token.isEmpty() && text.contains(token.toUtf8()))
            QFAIL(qPrintable(QStringLiteral("a token appeared in %1").arg(QLatin1String(where))));
    }
}

void TestKeychain::secretsRoundTripThroughTheKeychain()
{
    SecretStore store;
    std::optional<SecretStore::WriteOutcome> written;
    store.write(QStringLiteral("roundtrip"), "s3cret-value", this,
                [&written](const SecretStore::WriteOutcome& outcome) { written = outcome; });
    QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 20'000);
    QVERIFY2(written->persisted, qPrintable(written->problem));
    QVERIFY(!SecretStore::isInMemory(QStringLiteral("roundtrip")));

    std::optional<Result<QByteArray>> read;
    store.read(QStringLiteral("roundtrip"), this, [&read](const Result<QByteArray>& value) { read = value; });
    QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 20'000);
    QVERIFY(*read);
    QCOMPARE(read->value(), QByteArray("s3cret-value"));

    std::optional<std::optional<Error>> removed;
    store.remove(QStringLiteral("roundtrip"), this,
                 [&removed](const std::optional<Error>& problem) { removed = problem; });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 20'000);
    QVERIFY(!removed->has_value());
    read.reset();
    store.read(QStringLiteral("roundtrip"), this, [&read](const Result<QByteArray>& value) { read = value; });
    QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 20'000);
    QVERIFY(!*read);
    QCOMPARE(read->error().kind, Error::Kind::NoToken);
}

void TestKeychain::signedInAccountKeepsItsTokensOnlyInTheKeychain()
{
    ScriptedBrowser browser;
    OAuthSignIn signIn(m_http, &browser);
    FinishedSpy<SignInResult> finished(&signIn);
    signIn.start(m_server->baseUrl(),
                 AuthMetadata::parse(QJsonDocument(m_server->server().authMetadata()).toJson()).value());
    QTRY_COMPARE_WITH_TIMEOUT(finished.successes(), 1, 20'000);
    m_signedIn = finished.firstValue();
    m_seenTokens << m_signedIn.tokens.accessToken << m_signedIn.tokens.refreshToken;

    AccountManager accounts(m_http);
    std::optional<QString> problem;
    accounts.add(m_signedIn, this, [&problem](const QString& text) { problem = text; });
    QTRY_VERIFY_WITH_TIMEOUT(problem.has_value(), 20'000);
    QVERIFY2(problem->isEmpty(), qPrintable(*problem));
    QVERIFY(accounts.isRemembered(m_signedIn.account.userId));
    QCOMPARE(AccountStore::lastUsed(), m_signedIn.account.key());

    QSettings().sync();
    QFile settings(QSettings().fileName());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QByteArray content = settings.readAll();
    QVERIFY(content.contains(m_signedIn.account.userId.toUtf8()));
    QVERIFY(content.contains(m_signedIn.account.clientId.toUtf8()));
    assertNoTokenIn(content, "the settings file");
}

void TestKeychain::rememberedAccountComesBackAfterARestart()
{
    AccountManager restarted(m_http);
    const auto tokens = restarted.tokenSource(m_signedIn.account.userId);
    QVERIFY(tokens);
    QVERIFY(tokens->accessToken().isEmpty()); // not read yet
    std::optional<std::optional<Error>> prepared;
    tokens->prepare(this, [&prepared](const std::optional<Error>& problem) { prepared = problem; });
    QTRY_VERIFY_WITH_TIMEOUT(prepared.has_value(), 20'000);
    QVERIFY(!prepared->has_value());
    QCOMPARE(tokens->accessToken(), m_signedIn.tokens.accessToken);
    QCOMPARE(tokens->tokens().refreshToken, m_signedIn.tokens.refreshToken);
}

void TestKeychain::commandLineUsesTheLastUsedAccount()
{
    const GatehouseRun run = GatehouseProcess::run(
        {QStringLiteral("--list"), QStringLiteral("--json"), QStringLiteral("--verbose")}, cliEnvironment());
    QVERIFY(run.finished);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains(m_signedIn.account.deviceId.toUtf8()));
    assertNoTokenIn(run.out, "stdout");
    assertNoTokenIn(run.err, "stderr");
}

void TestKeychain::commandLineTakesAnAccountByUserId()
{
    const GatehouseRun named = GatehouseProcess::run(
        {QStringLiteral("--list"), QStringLiteral("--account"), m_signedIn.account.userId}, cliEnvironment());
    QVERIFY2(named.exitCode == 0, named.err.constData());
    const GatehouseRun unknown = GatehouseProcess::run(
        {QStringLiteral("--list"), QStringLiteral("--account"), QStringLiteral("@nobody:example.org")},
        cliEnvironment());
    QCOMPARE(unknown.exitCode, 5);
    QVERIFY(unknown.err.contains("There is no saved account @nobody:example.org"));
    QVERIFY(unknown.err.contains(m_signedIn.account.userId.toUtf8()));
}

void TestKeychain::oneRefreshIsSharedBetweenProcesses()
{
    // This process holds the pair it signed in with; the server now says it expired.
    auto mine = std::make_shared<SavedTokenSource>(m_signedIn.account, m_http, new SecretStore(this),
                                                   m_signedIn.tokens);
    m_server->server().signIn().expireAccessTokens();
    const int before = m_server->server().signIn().refreshes();

    // The command line meets the expiry first: it refreshes and stores the new pair in the keychain.
    const GatehouseRun run =
        GatehouseProcess::run({QStringLiteral("--list"), QStringLiteral("--verbose")}, cliEnvironment());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(m_server->server().signIn().refreshes(), before + 1);

    // This process then finds the new pair in the keychain instead of refreshing again (which would fail:
    // the old refresh token was rotated away).
    DevicesClient client(m_http, m_server->baseUrl(), mine);
    std::optional<Result<Whoami>> whoami;
    client.whoami(this, [&whoami](const Result<Whoami>& result) { whoami = result; });
    QTRY_VERIFY_WITH_TIMEOUT(whoami.has_value(), 30'000);
    QVERIFY2(*whoami, qPrintable(*whoami ? QString() : whoami->error().message));
    QCOMPARE(m_server->server().signIn().refreshes(), before + 1);
    QVERIFY(mine->accessToken() != m_signedIn.tokens.accessToken);
    m_seenTokens << mine->accessToken() << mine->tokens().refreshToken;
    assertNoTokenIn(run.out, "stdout");
    assertNoTokenIn(run.err, "stderr");
    QFile settings(QSettings().fileName());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    assertNoTokenIn(settings.readAll(), "the settings file");
}

void TestKeychain::signOutForgetsTheAccountEverywhere()
{
    AccountManager accounts(m_http);
    std::optional<std::optional<Error>> done;
    accounts.signOut(m_signedIn.account.userId, this,
                     [&done](const std::optional<Error>& problem) { done = problem; });
    QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 30'000);
    QVERIFY2(!done->has_value(), qPrintable(done->has_value() ? (*done)->message : QString()));
    QVERIFY(!m_server->server().account().device(m_signedIn.account.deviceId));
    QVERIFY(m_server->server().signIn().revokedWithClient().contains(m_signedIn.account.clientId));
    QVERIFY(!AccountStore::find(m_signedIn.account.key()));

    SecretStore store;
    std::optional<Result<QByteArray>> read;
    store.read(SavedTokenSource::secretKey(m_signedIn.account), this,
               [&read](const Result<QByteArray>& value) { read = value; });
    QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 20'000);
    QVERIFY(!*read);

    const GatehouseRun run = GatehouseProcess::run({QStringLiteral("--list")}, cliEnvironment());
    QCOMPARE(run.exitCode, 5);
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_Keychain.moc"
