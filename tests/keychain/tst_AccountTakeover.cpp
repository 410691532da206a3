// A hostile server takes over a saved account (docs/threat-model.md): two servers on loopback, the real one
// and one that signs in the same user ID, against a real Secret Service (gnome-keyring in a private D-Bus
// session, started by with-private-keyring.sh). Each attack is performed; the rules that stop it are that an
// account is its canonical base URL and its user ID together (settings, keychain, refresh lock, command
// line), that a token only goes to the origins of its own account, and that old entries are migrated.
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
#include "matrix/CanonicalBaseUrl.h"
#include "matrix/DevicesClient.h"
#include "network/HttpClient.h"

#include <QJsonDocument>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;

namespace {

const QString Alice = QStringLiteral("@alice:localhost");

DemoOptions aliceOn()
{
    DemoOptions options;
    options.userId = Alice;
    return options;
}

} // namespace

class TestAccountTakeover : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void entriesOfTheOldFormatAreMigratedWithNothingLost();
    void aHostileServerClaimingTheSameUserIdDoesNotReplaceTheRealAccount();
    void theRealTokenIsNeverSentToTheHostileServer();
    void commandLineRefusesToGuessBetweenServers();
    void theRefreshOfOneServerNeverReachesTheOther();

private:
    SignInResult signIn(TestServer& server);
    std::optional<QByteArray> keychainEntry(const QString& key);
    QProcessEnvironment cliEnvironment() const;

    HttpClient* m_http = nullptr;
    std::unique_ptr<TestServer> m_real;
    std::unique_ptr<TestServer> m_hostile;
    SignInResult m_realSignIn;
    SignInResult m_hostileSignIn;
};

void TestAccountTakeover::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "run through tests/keychain/with-private-keyring.sh (ctest does)");
    QCoreApplication::setOrganizationName(QStringLiteral("Gatehouse"));
    QCoreApplication::setApplicationName(QStringLiteral("Gatehouse"));
    QSettings().clear();
    m_http = new HttpClient(this);
    m_real = std::make_unique<TestServer>(aliceOn());
    m_hostile = std::make_unique<TestServer>(aliceOn()); // it answers whoami with the real user's ID
}

QProcessEnvironment TestAccountTakeover::cliEnvironment() const
{
    return GatehouseProcess::environment({
        {QStringLiteral("XDG_CONFIG_HOME"), qEnvironmentVariable("XDG_CONFIG_HOME")},
        {QStringLiteral("XDG_DATA_HOME"), qEnvironmentVariable("XDG_DATA_HOME")},
        {QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS")},
    });
}

SignInResult TestAccountTakeover::signIn(TestServer& server)
{
    ScriptedBrowser browser;
    OAuthSignIn flow(m_http, &browser);
    FinishedSpy<SignInResult> finished(&flow);
    flow.start(server.baseUrl(),
               AuthMetadata::parse(QJsonDocument(server.server().authMetadata()).toJson()).value());
    if (!QTest::qWaitFor([&] { return finished.successes() == 1; }, 20'000))
        return {};
    return finished.firstValue();
}

std::optional<QByteArray> TestAccountTakeover::keychainEntry(const QString& key)
{
    SecretStore store;
    std::optional<Result<QByteArray>> read;
    store.read(key, this, [&read](const Result<QByteArray>& value) { read = value; });
    if (!QTest::qWaitFor([&] { return read.has_value(); }, 20'000) || !*read)
        return std::nullopt;
    return read->value();
}

void TestAccountTakeover::entriesOfTheOldFormatAreMigratedWithNothingLost()
{
    m_realSignIn = signIn(*m_real);
    QCOMPARE(m_realSignIn.account.userId, Alice);

    // What an earlier Gatehouse left: the account keyed by its user ID alone, its base URL as discovered
    // (a trailing slash, upper case), and the keychain entry "account:<user ID>".
    {
        QSettings settings;
        settings.beginWriteArray(QStringLiteral("accounts"), 1);
        settings.setArrayIndex(0);
        settings.setValue(QStringLiteral("userId"), Alice);
        settings.setValue(QStringLiteral("homeserver"), QString(m_realSignIn.account.homeserver)
                                                                .replace(QStringLiteral("http://127.0.0.1"),
                                                                         QStringLiteral("HTTP://127.0.0.1")) +
                                                            u'/');
        settings.setValue(QStringLiteral("kind"), QStringLiteral("oauth"));
        settings.setValue(QStringLiteral("deviceId"), m_realSignIn.account.deviceId);
        settings.setValue(QStringLiteral("issuer"), m_realSignIn.account.issuer);
        settings.setValue(QStringLiteral("clientId"), m_realSignIn.account.clientId);
        settings.setValue(QStringLiteral("tokenEndpoint"), m_realSignIn.account.tokenEndpoint);
        settings.setValue(QStringLiteral("revocationEndpoint"), m_realSignIn.account.revocationEndpoint);
        settings.endArray();
        settings.setValue(QStringLiteral("lastUsedAccount"), Alice);
    }
    SecretStore store;
    std::optional<SecretStore::WriteOutcome> written;
    store.write(QStringLiteral("account:") + Alice, m_realSignIn.tokens.toJson(), this,
                [&written](const SecretStore::WriteOutcome& outcome) { written = outcome; });
    QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 20'000);
    QVERIFY(written->persisted);

    AccountManager accounts(m_http);
    const QList<SavedAccount> all = accounts.accounts();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().homeserver, CanonicalBaseUrl::of(m_real->baseUrl()));
    QCOMPARE(all.first().key(), m_realSignIn.account.key());
    QCOMPARE(accounts.lastUsed(), m_realSignIn.account.key());

    const auto tokens = accounts.tokenSource(m_realSignIn.account.key());
    QVERIFY(tokens);
    std::optional<std::optional<Error>> prepared;
    tokens->prepare(this, [&prepared](const std::optional<Error>& problem) { prepared = problem; });
    QTRY_VERIFY_WITH_TIMEOUT(prepared.has_value(), 20'000);
    QVERIFY2(!prepared->has_value(), qPrintable(prepared->has_value() ? (*prepared)->message : QString()));
    QCOMPARE(tokens->accessToken(), m_realSignIn.tokens.accessToken);

    // The secret moved to the account's own key; the old entry is gone once the move is stored.
    QTRY_VERIFY_WITH_TIMEOUT(AccountStore::find(m_realSignIn.account.key())->legacySecretKey.isEmpty(),
                             20'000);
    QCOMPARE(keychainEntry(SavedTokenSource::secretKey(m_realSignIn.account)), m_realSignIn.tokens.toJson());
    QTRY_VERIFY_WITH_TIMEOUT(!keychainEntry(QStringLiteral("account:") + Alice).has_value(), 20'000);

    // And the command line finds it as before.
    const GatehouseRun run = GatehouseProcess::run({QStringLiteral("--list")}, cliEnvironment());
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

void TestAccountTakeover::aHostileServerClaimingTheSameUserIdDoesNotReplaceTheRealAccount()
{
    m_hostileSignIn = signIn(*m_hostile);
    QCOMPARE(m_hostileSignIn.account.userId, Alice); // the attack: the same user ID, another server

    AccountManager accounts(m_http);
    std::optional<QString> problem;
    accounts.add(m_hostileSignIn, this, [&problem](const QString& text) { problem = text; });
    QTRY_VERIFY_WITH_TIMEOUT(problem.has_value(), 20'000);
    QVERIFY2(problem->isEmpty(), qPrintable(*problem));

    // Two accounts now; the real one is untouched, in the settings and in the keychain.
    QCOMPARE(accounts.accounts().size(), 2);
    QCOMPARE(accounts.withUserId(Alice).size(), 2);
    const std::optional<SavedAccount> real = AccountStore::find(m_realSignIn.account.key());
    QVERIFY(real);
    QCOMPARE(real->homeserver, CanonicalBaseUrl::of(m_real->baseUrl()));
    QCOMPARE(real->clientId, m_realSignIn.account.clientId);
    QCOMPARE(real->tokenEndpoint, m_realSignIn.account.tokenEndpoint);
    QCOMPARE(keychainEntry(SavedTokenSource::secretKey(m_realSignIn.account)), m_realSignIn.tokens.toJson());
    QCOMPARE(keychainEntry(SavedTokenSource::secretKey(m_hostileSignIn.account)),
             m_hostileSignIn.tokens.toJson());
    QVERIFY(SavedTokenSource::secretKey(m_realSignIn.account) !=
            SavedTokenSource::secretKey(m_hostileSignIn.account));
    QVERIFY(SavedTokenSource::lockPath(m_realSignIn.account) !=
            SavedTokenSource::lockPath(m_hostileSignIn.account));

    // A restart reads each account's own tokens.
    AccountManager restarted(m_http);
    const auto realTokens = restarted.tokenSource(m_realSignIn.account.key());
    std::optional<std::optional<Error>> prepared;
    realTokens->prepare(this, [&prepared](const std::optional<Error>& p) { prepared = p; });
    QTRY_VERIFY_WITH_TIMEOUT(prepared.has_value(), 20'000);
    QCOMPARE(realTokens->accessToken(), m_realSignIn.tokens.accessToken);
}

void TestAccountTakeover::theRealTokenIsNeverSentToTheHostileServer()
{
    AccountManager accounts(m_http);
    const auto realTokens = accounts.tokenSource(m_realSignIn.account.key());
    std::optional<std::optional<Error>> prepared;
    realTokens->prepare(this, [&prepared](const std::optional<Error>& p) { prepared = p; });
    QTRY_VERIFY_WITH_TIMEOUT(prepared.has_value(), 20'000);

    // Whatever mixes them up (a hostile entry naming the real account, a bug), a request with the real
    // account's token to the hostile server is refused before it is sent.
    const QString whoamiPath = QStringLiteral("/_matrix/client/v3/account/whoami");
    const int before = m_hostile->server().requestCount(whoamiPath);
    DevicesClient client(m_http, m_hostile->baseUrl(), realTokens);
    std::optional<Result<Whoami>> whoami;
    client.whoami(this, [&whoami](const Result<Whoami>& result) { whoami = result; });
    QTRY_VERIFY_WITH_TIMEOUT(whoami.has_value(), 20'000);
    QVERIFY(!*whoami);
    QCOMPARE(whoami->error().kind, Error::Kind::UnsafeUrl);
    QCOMPARE(m_hostile->server().requestCount(whoamiPath), before);
}

void TestAccountTakeover::commandLineRefusesToGuessBetweenServers()
{
    const GatehouseRun ambiguous = GatehouseProcess::run(
        {QStringLiteral("--list"), QStringLiteral("--account"), Alice}, cliEnvironment());
    QCOMPARE(ambiguous.exitCode, 2);
    QVERIFY2(ambiguous.err.contains(CanonicalBaseUrl::of(m_real->baseUrl()).toUtf8()),
             ambiguous.err.constData());
    QVERIFY2(ambiguous.err.contains(CanonicalBaseUrl::of(m_hostile->baseUrl()).toUtf8()),
             ambiguous.err.constData());

    const GatehouseRun picked = GatehouseProcess::run(
        {QStringLiteral("--list"), QStringLiteral("--json"), QStringLiteral("--account"), Alice,
         QStringLiteral("--account-server"), m_real->baseUrl() + u'/'},
        cliEnvironment());
    QVERIFY2(picked.exitCode == 0, picked.err.constData());
    QVERIFY(picked.out.contains(m_realSignIn.account.deviceId.toUtf8()));
    QVERIFY(!picked.out.contains(m_hostileSignIn.account.deviceId.toUtf8()));
}

void TestAccountTakeover::theRefreshOfOneServerNeverReachesTheOther()
{
    // The real server expires its tokens: the command line refreshes the real account (another process,
    // the same keychain). The fresh pair lands in the real account's entry only; the hostile server's
    // entry and its requests stay its own.
    m_real->server().signIn().expireAccessTokens();
    const int hostileRefreshes = m_hostile->server().signIn().refreshes();
    const int realRefreshes = m_real->server().signIn().refreshes();
    const GatehouseRun run =
        GatehouseProcess::run({QStringLiteral("--list"), QStringLiteral("--account"), Alice,
                               QStringLiteral("--account-server"), m_real->baseUrl()},
                              cliEnvironment());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(m_real->server().signIn().refreshes(), realRefreshes + 1);
    QCOMPARE(m_hostile->server().signIn().refreshes(), hostileRefreshes);

    const std::optional<QByteArray> fresh = keychainEntry(SavedTokenSource::secretKey(m_realSignIn.account));
    QVERIFY(fresh);
    QVERIFY(*fresh != m_realSignIn.tokens.toJson());
    QCOMPARE(keychainEntry(SavedTokenSource::secretKey(m_hostileSignIn.account)),
             m_hostileSignIn.tokens.toJson());
    QVERIFY(TokenPair::fromJson(*fresh).has_value());
}

QTEST_GUILESS_MAIN(TestAccountTakeover)
#include "tst_AccountTakeover.moc"
