// Signing in against the demo homeserver on loopback: OAuth 2.0 in a (scripted) browser, a code, and a
// password; every failure the sign-in issue lists; refresh, serialisation and sign-out.
#include "FinishedSpy.h"
#include "ScriptedBrowser.h"
#include "TestServer.h"
#include "auth/AccountManager.h"
#include "auth/DeviceCodeSignIn.h"
#include "auth/OAuthSignIn.h"
#include "auth/PasswordSignIn.h"
#include "auth/SavedTokenSource.h"
#include "auth/SignInProbe.h"
#include "demo/DemoSignIn.h"
#include "matrix/AccountSession.h"
#include "matrix/DevicesClient.h"
#include "matrix/MetadataService.h"
#include "network/HttpClient.h"

#include <QJsonDocument>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace gatehouse;
using namespace gatehouse::test;

namespace {

DemoOptions classicOptions()
{
    DemoOptions options;
    options.metadata = DemoOptions::Metadata::None;
    return options;
}

} // namespace

class TestSignInFlows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void probeSaysHowAnOAuthServerSignsPeopleIn();
    void probeSaysHowAClassicServerSignsPeopleIn();
    void oauthSignInCompletesAndChecksTheDevice();
    void createAccountAsksForPromptCreate();
    void errorCallbackIsReported();
    void forgedStateIsIgnoredUntilTheRightAnswerOrTheTimeout();
    void refusedRegistrationIsReported();
    void browserTimeoutIsReported();
    void cancelStopsWaitingAndClosesTheListener();
    void wrongDeviceIsRefused();
    void unsafeEndpointIsRefusedBeforeAnythingIsOpened();
    void signInWithACode();
    void signInWithACodeCanBeRefused();
    void classicPasswordSignIn();
    void classicWrongPasswordIsExplained();
    void expiredAccessTokenIsRefreshedOnce();
    void concurrentRejectionsShareOneRefresh();
    void refreshServerErrorMeansTryLater();
    void refreshRefusalMeansSignedOut();
    void classicAccountRefreshes();
    void signOutRevokesWithClientIdAndForgets();
    void classicSignOutUsesLogout();
    void withoutAKeychainTheAccountLivesInMemoryOnly();

private:
    SignInResult signInWithBrowser(TestServer& server);
    Result<SignInOptions> probe(const QString& typed);

    HttpClient* m_http = nullptr;
    MetadataService* m_metadata = nullptr;
};

void TestSignInFlows::init()
{
    m_http = new HttpClient(this);
    m_http->setTimeoutMs(10'000);
    m_metadata = new MetadataService(m_http, this);
}

void TestSignInFlows::cleanup()
{
    delete m_metadata;
    delete m_http;
}

Result<SignInOptions> TestSignInFlows::probe(const QString& typed)
{
    SignInProbe probe(m_http, m_metadata);
    std::optional<Result<SignInOptions>> answer;
    connect(&probe, &SignInProbe::finished, this,
            [&answer](const Result<SignInOptions>& result) { answer = result; });
    probe.start(typed);
    [&] { QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10'000); }();
    return answer.value_or(Error::make(Error::Kind::Timeout, QStringLiteral("no answer")));
}

SignInResult TestSignInFlows::signInWithBrowser(TestServer& server)
{
    ScriptedBrowser browser;
    OAuthSignIn signIn(m_http, &browser);
    FinishedSpy<SignInResult> finished(&signIn);
    AuthMetadata metadata = AuthMetadata::parse(QJsonDocument(server->authMetadata()).toJson()).value();
    signIn.start(server.baseUrl(), metadata);
    [&] { QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0, 15'000); }();
    if (finished.successes() == 0)
        return {};
    return finished.firstValue();
}

void TestSignInFlows::probeSaysHowAnOAuthServerSignsPeopleIn()
{
    TestServer server;
    const QString userId =
        QStringLiteral("@alice:127.0.0.1:") + QString::number(QUrl(server.baseUrl()).port());
    const Result<SignInOptions> options = probe(userId);
    QVERIFY2(options, qPrintable(options ? QString() : options.error().message));
    QVERIFY(options->usesOAuth());
    QVERIFY(options->browser);
    QVERIFY(options->createAccount);
    QVERIFY(options->code);
    QVERIFY(!options->password);
    QCOMPARE(options->baseUrl, server.baseUrl());
    QCOMPARE(options->userHint, userId);
}

void TestSignInFlows::probeSaysHowAClassicServerSignsPeopleIn()
{
    TestServer server(classicOptions());
    const Result<SignInOptions> options = probe(server.baseUrl());
    QVERIFY(options);
    QVERIFY(!options->usesOAuth());
    QVERIFY(options->password);
    QVERIFY(!options->browser);
    QVERIFY(!options->code);
}

void TestSignInFlows::oauthSignInCompletesAndChecksTheDevice()
{
    TestServer server;
    ScriptedBrowser browser;
    OAuthSignIn signIn(m_http, &browser);
    QSignalSpy waiting(&signIn, &OAuthSignIn::waitingForBrowser);
    FinishedSpy<SignInResult> finished(&signIn);
    signIn.start(server.baseUrl(),
                 AuthMetadata::parse(QJsonDocument(server->authMetadata()).toJson()).value());
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0, 15'000);
    QVERIFY2(finished.failures() == 0,
             qPrintable(finished.failures() == 0 ? QString() : finished.firstError().message));
    QCOMPARE(waiting.count(), 1);
    QCOMPARE(waiting.first().at(1).toBool(), true);

    const SignInResult result = finished.firstValue();
    QCOMPARE(result.account.userId, QStringLiteral("@alice:localhost"));
    QCOMPARE(result.account.deviceId, signIn.request().deviceId);
    QVERIFY(result.account.deviceId.size() >= 10);
    QVERIFY(result.account.isOAuth());
    QVERIFY(!result.account.clientId.isEmpty());
    QVERIFY(!result.tokens.accessToken.isEmpty());
    QVERIFY(!result.tokens.refreshToken.isEmpty());
    QVERIFY(server->account().device(result.account.deviceId));
    QCOMPARE(server->signIn().registrations(), 1);

    // What the browser was sent to, and where it came back.
    QCOMPARE(browser.opened.size(), 1);
    const QUrlQuery query{QUrl(browser.opened.first())};
    const QUrl redirect(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(redirect.path(), QStringLiteral("/callback"));
    QVERIFY(redirect.port() > 0);
    QCOMPARE(browser.callbackStatus, 200);
    QVERIFY(browser.callbackPage.contains("You can close this tab"));
    // One request only: the listener is gone.
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, quint16(redirect.port()));
    QVERIFY(!probe.waitForConnected(2000));
}

void TestSignInFlows::createAccountAsksForPromptCreate()
{
    TestServer server;
    ScriptedBrowser browser;
    OAuthSignIn signIn(m_http, &browser);
    FinishedSpy<SignInResult> finished(&signIn);
    signIn.start(server.baseUrl(),
                 AuthMetadata::parse(QJsonDocument(server->authMetadata()).toJson()).value(), true);
    QTRY_COMPARE_WITH_TIMEOUT(finished.successes(), 1, 15'000);
    QCOMPARE(QUrlQuery(QUrl(browser.opened.first())).queryItemValue(QStringLiteral("prompt")),
             QStringLiteral("create"));
}

void TestSignInFlows::errorCallbackIsReported()
{
    TestServer server;
    ScriptedBrowser browser;
    browser.decision = QStringLiteral("deny");
    OAuthSignIn signIn(m_http, &browser);
    FinishedSpy<SignInResult> finished(&signIn);
    signIn.start(server.baseUrl(),
                 AuthMetadata::parse(QJsonDocument(server->authMetadata()).toJson()).value());
    QTRY_COMPARE_WITH_TIMEOUT(finished.failures(), 1, 15'000);
    const Error error = finished.firstError();
    QCOMPARE(error.errcode, QStringLiteral("access_denied"));
    QVERIFY(error.message.contains(QStringLiteral("cancelled or refused")));
    QTRY_VERIFY_WITH_TIMEOUT(browser.callbackPage.contains("did not complete"), 10000);
}

void TestSignInFlows::forgedStateIsIgnoredUntilTheRightAnswerOrTheTimeout()
{
    // A callback with another state (anyone on this machine can send one) is answered with an error page and
    // otherwise ignored: it neither ends the sign-in nor has its code exchanged (docs/threat-model.md).
    TestServer server;
    ScriptedBrowser browser;
    browser.tamperCallback = [](const QUrl& url) {
        QUrlQuery query(url);
        query.removeQueryItem(QStringLiteral("state"));
        query.addQueryItem(QStringLiteral("state"), QStringLiteral("forged"));
        QUrl changed = url;
        changed.setQuery(query);
        return changed;
    };
    OAuthSignIn signIn(m_http, &browser);
    signIn.setBrowserTimeoutMs(1'500);
    FinishedSpy<SignInResult> finished(&signIn);
    signIn.start(server.baseUrl(),
                 AuthMetadata::parse(QJsonDocument(server->authMetadata()).toJson()).value());
    QTRY_COMPARE_WITH_TIMEOUT(browser.callbackStatus, 400, 15'000);
    QCOMPARE(finished.failures(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(finished.failures(), 1, 15'000); // the sign-in's own timeout
    QCOMPARE(finished.firstError().kind, Error::Kind::Timeout);
    QVERIFY(finished.successes() == 0);
    // The code was never exchanged.
    QCOMPARE(server->requestCount(QStringLiteral("/oauth/token")), 0);
}

void TestSignInFlows::refusedRegistrationIsReported()
{
    TestServer server;
    server->signIn().setRefuseRegistration(QStringLiteral("invalid_client_metadata"));
    ScriptedBrowser browser;
    OAuthSignIn signIn(m_http, &browser);
    FinishedSpy<SignInResult> finished(&signIn);
    signIn.start(server.baseUrl(),
                 AuthMetadata::parse(QJsonDocument(server->authMetadata()).toJson()).value());
    QTRY_COMPARE_WITH_TIMEOUT(finished.failures(), 1, 15'000);
    const Error error = finished.firstError();
    QVERIFY2(error.message.contains(QStringLiteral("refused to register Gatehouse")),
             qPrintable(error.message));
    QCOMPARE(error.errcode, QStringLiteral("invalid_client_metadata"));
    QVERIFY(browser.opened.isEmpty());
}

void TestSignInFlows::browserTimeoutIsReported()
{
    TestServer server;
    ScriptedBrowser browser;
    browser.autoBrowse = false; // the person never finishes in the browser
    OAuthSignIn signIn(m_http, &browser);
    signIn.setBrowserTimeoutMs(200);
    FinishedSpy<SignInResult> finished(&signIn);
    signIn.start(server.baseUrl(),
                 AuthMetadata::parse(QJsonDocument(server->authMetadata()).toJson()).value());
    QTRY_COMPARE_WITH_TIMEOUT(finished.failures(), 1, 15'000);
    const Error error = finished.firstError();
    QCOMPARE(error.kind, Error::Kind::Timeout);
    QVERIFY(error.message.contains(QStringLiteral("did not come back")));
}

void TestSignInFlows::cancelStopsWaitingAndClosesTheListener()
{
    TestServer server;
    ScriptedBrowser browser;
    browser.autoBrowse = false;
    OAuthSignIn signIn(m_http, &browser);
    QSignalSpy waiting(&signIn, &OAuthSignIn::waitingForBrowser);
    FinishedSpy<SignInResult> finished(&signIn);
    signIn.start(server.baseUrl(),
                 AuthMetadata::parse(QJsonDocument(server->authMetadata()).toJson()).value());
    QTRY_COMPARE_WITH_TIMEOUT(waiting.count(), 1, 15'000);
    const QUrl redirect(QUrlQuery(QUrl(browser.opened.first()))
                            .queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    signIn.cancel();
    QCOMPARE(finished.failures(), 1);
    QCOMPARE(finished.firstError().kind, Error::Kind::Cancelled);
    QVERIFY(!signIn.isRunning());
    // Coming back late does not sign anyone in.
    browser.visit(QUrl(browser.opened.first()));
    QSignalSpy done(&browser, &ScriptedBrowser::finished);
    QVERIFY(done.wait(10'000));
    QVERIFY(browser.callbackStatus != 200);
    QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
}

void TestSignInFlows::wrongDeviceIsRefused()
{
    TestServer server;
    server->signIn().setWrongDeviceOnce(true);
    ScriptedBrowser browser;
    OAuthSignIn signIn(m_http, &browser);
    FinishedSpy<SignInResult> finished(&signIn);
    signIn.start(server.baseUrl(),
                 AuthMetadata::parse(QJsonDocument(server->authMetadata()).toJson()).value());
    QTRY_COMPARE_WITH_TIMEOUT(finished.failures(), 1, 15'000);
    QCOMPARE(finished.firstError().errcode, QStringLiteral("device_mismatch"));
    // The session it got instead is ended again.
    QTRY_COMPARE_WITH_TIMEOUT(server->signIn().revokedWithClient().size(), 2, 10'000);
}

void TestSignInFlows::unsafeEndpointIsRefusedBeforeAnythingIsOpened()
{
    TestServer server;
    AuthMetadata metadata = AuthMetadata::parse(QJsonDocument(server->authMetadata()).toJson()).value();
    metadata.authorizationEndpoint = QStringLiteral("http://auth.example.org/authorize");
    ScriptedBrowser browser;
    OAuthSignIn signIn(m_http, &browser);
    FinishedSpy<SignInResult> finished(&signIn);
    signIn.start(server.baseUrl(), metadata);
    QTRY_COMPARE_WITH_TIMEOUT(finished.failures(), 1, 15'000);
    QCOMPARE(finished.firstError().kind, Error::Kind::UnsafeUrl);
    QVERIFY(browser.opened.isEmpty());
    QCOMPARE(server->signIn().registrations(), 0);
}

void TestSignInFlows::signInWithACode()
{
    TestServer server;
    DeviceCodeSignIn signIn(m_http);
    QSignalSpy code(&signIn, &DeviceCodeSignIn::codeReady);
    FinishedSpy<SignInResult> finished(&signIn);
    signIn.start(server.baseUrl(),
                 AuthMetadata::parse(QJsonDocument(server->authMetadata()).toJson()).value());
    QTRY_COMPARE_WITH_TIMEOUT(code.count(), 1, 15'000);
    const QString userCode = code.first().at(0).toString();
    QCOMPARE(userCode, server->signIn().lastUserCode());
    QVERIFY(code.first().at(1).toString().startsWith(server.baseUrl()));
    // The person enters the code in a browser elsewhere.
    ScriptedBrowser browser;
    QSignalSpy browsed(&browser, &ScriptedBrowser::finished);
    browser.visit(QUrl(code.first().at(2).toString()));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15'000);
    QVERIFY(finished.failures() == 0);
    const SignInResult result = finished.firstValue();
    QCOMPARE(result.account.userId, QStringLiteral("@alice:localhost"));
    QVERIFY(server->account().device(result.account.deviceId));
}

void TestSignInFlows::signInWithACodeCanBeRefused()
{
    TestServer server;
    DeviceCodeSignIn signIn(m_http);
    QSignalSpy code(&signIn, &DeviceCodeSignIn::codeReady);
    FinishedSpy<SignInResult> finished(&signIn);
    signIn.start(server.baseUrl(),
                 AuthMetadata::parse(QJsonDocument(server->authMetadata()).toJson()).value());
    QTRY_COMPARE_WITH_TIMEOUT(code.count(), 1, 15'000);
    ScriptedBrowser browser;
    browser.decision = QStringLiteral("deny");
    browser.visit(QUrl(code.first().at(2).toString()));
    QTRY_COMPARE_WITH_TIMEOUT(finished.failures(), 1, 15'000);
    const Error error = finished.firstError();
    QCOMPARE(error.errcode, QStringLiteral("access_denied"));
    QVERIFY(error.message.contains(QStringLiteral("refused")));
}

void TestSignInFlows::classicPasswordSignIn()
{
    TestServer server(classicOptions());
    std::optional<Result<SignInResult>> answer;
    PasswordSignIn signIn(m_http);
    connect(&signIn, &PasswordSignIn::finished, this,
            [&answer](const Result<SignInResult>& result) { answer = result; });
    signIn.start(server.baseUrl(), QStringLiteral("alice"), QStringLiteral("demo-password"));
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10'000);
    QVERIFY(*answer);
    const SignInResult& result = answer->value();
    QCOMPARE(result.account.userId, QStringLiteral("@alice:localhost"));
    QCOMPARE(result.account.kind, SavedAccount::Kind::Classic);
    QVERIFY(!result.tokens.refreshToken.isEmpty());
    QVERIFY(result.tokens.expiresAt.isValid());
    QVERIFY(server->account().device(result.account.deviceId));
}

void TestSignInFlows::classicWrongPasswordIsExplained()
{
    TestServer server(classicOptions());
    std::optional<Result<SignInResult>> answer;
    PasswordSignIn signIn(m_http);
    connect(&signIn, &PasswordSignIn::finished, this,
            [&answer](const Result<SignInResult>& result) { answer = result; });
    signIn.start(server.baseUrl(), QStringLiteral("alice"), QStringLiteral("wrong"));
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10'000);
    QVERIFY(!*answer);
    QVERIFY(answer->error().message.contains(QStringLiteral("did not accept this user name and password")));
}

void TestSignInFlows::expiredAccessTokenIsRefreshedOnce()
{
    TestServer server;
    const SignInResult signedIn = signInWithBrowser(server);
    QVERIFY(!signedIn.tokens.isEmpty());
    auto tokens = std::make_shared<SavedTokenSource>(signedIn.account, m_http, nullptr, signedIn.tokens);
    AccountSession session(m_http, m_metadata, server.baseUrl(), tokens);

    server->signIn().expireAccessTokens();
    std::optional<Result<AccountSnapshot>> snapshot;
    session.load(this, [&snapshot](const Result<AccountSnapshot>& result) { snapshot = result; });
    QTRY_VERIFY_WITH_TIMEOUT(snapshot.has_value(), 15'000);
    QVERIFY2(*snapshot, qPrintable(*snapshot ? QString() : snapshot->error().message));
    QCOMPARE((*snapshot)->deviceId, signedIn.account.deviceId);
    QCOMPARE(server->signIn().refreshes(), 1);
    QVERIFY(tokens->accessToken() != signedIn.tokens.accessToken);
    QVERIFY(tokens->tokens().refreshToken != signedIn.tokens.refreshToken); // rotated
}

void TestSignInFlows::concurrentRejectionsShareOneRefresh()
{
    TestServer server;
    const SignInResult signedIn = signInWithBrowser(server);
    auto tokens = std::make_shared<SavedTokenSource>(signedIn.account, m_http, nullptr, signedIn.tokens);
    DevicesClient client(m_http, server.baseUrl(), tokens);
    server->signIn().expireAccessTokens();
    int answers = 0;
    int good = 0;
    for (int i = 0; i < 4; ++i) {
        client.whoami(this, [&](const Result<Whoami>& result) {
            ++answers;
            good += result.ok() ? 1 : 0;
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(answers, 4, 15'000);
    QCOMPARE(good, 4);
    QCOMPARE(server->signIn().refreshes(), 1);
}

void TestSignInFlows::refreshServerErrorMeansTryLater()
{
    TestServer server;
    const SignInResult signedIn = signInWithBrowser(server);
    auto tokens = std::make_shared<SavedTokenSource>(signedIn.account, m_http, nullptr, signedIn.tokens);
    DevicesClient client(m_http, server.baseUrl(), tokens);
    server->signIn().expireAccessTokens();
    server->signIn().setRefreshFailure(503);
    std::optional<Result<Whoami>> answer;
    client.whoami(this, [&answer](const Result<Whoami>& result) { answer = result; });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 15'000);
    QVERIFY(!*answer);
    QVERIFY(answer->error().kind != Error::Kind::TokenRejected);
    QVERIFY(answer->error().message.contains(QStringLiteral("try again later")));
    QVERIFY(!tokens->isSignedOut());
    QVERIFY(tokens->canRefresh());
    // Once the server is back, the same refresh token works.
    server->signIn().setRefreshFailure(0);
    answer.reset();
    client.whoami(this, [&answer](const Result<Whoami>& result) { answer = result; });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 15'000);
    QVERIFY(*answer);
}

void TestSignInFlows::refreshRefusalMeansSignedOut()
{
    TestServer server;
    const SignInResult signedIn = signInWithBrowser(server);
    auto tokens = std::make_shared<SavedTokenSource>(signedIn.account, m_http, nullptr, signedIn.tokens);
    QSignalSpy signedOut(tokens.get(), &SavedTokenSource::signedOut);
    DevicesClient client(m_http, server.baseUrl(), tokens);
    server->signIn().expireAccessTokens();
    server->signIn().setRefreshFailure(400);
    std::optional<Result<Whoami>> answer;
    client.whoami(this, [&answer](const Result<Whoami>& result) { answer = result; });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 15'000);
    QVERIFY(!*answer);
    QCOMPARE(answer->error().kind, Error::Kind::TokenRejected);
    QVERIFY(answer->error().message.contains(QStringLiteral("signed out")));
    QVERIFY(answer->error().message.contains(QStringLiteral("Sign in again")));
    QVERIFY(tokens->isSignedOut());
    QCOMPARE(signedOut.count(), 1);
}

void TestSignInFlows::classicAccountRefreshes()
{
    TestServer server(classicOptions());
    std::optional<Result<SignInResult>> answer;
    PasswordSignIn signIn(m_http);
    connect(&signIn, &PasswordSignIn::finished, this,
            [&answer](const Result<SignInResult>& result) { answer = result; });
    signIn.start(server.baseUrl(), QStringLiteral("@alice:localhost"), QStringLiteral("demo-password"));
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10'000);
    QVERIFY(*answer);
    auto tokens =
        std::make_shared<SavedTokenSource>(answer->value().account, m_http, nullptr, answer->value().tokens);
    DevicesClient client(m_http, server.baseUrl(), tokens);
    server->signIn().expireAccessTokens();
    std::optional<Result<Whoami>> whoami;
    client.whoami(this, [&whoami](const Result<Whoami>& result) { whoami = result; });
    QTRY_VERIFY_WITH_TIMEOUT(whoami.has_value(), 15'000);
    QVERIFY(*whoami);
    QCOMPARE(server->signIn().refreshes(), 1);
    QCOMPARE(server->requestCount(QStringLiteral("/_matrix/client/v3/refresh")), 1);
}

void TestSignInFlows::signOutRevokesWithClientIdAndForgets()
{
    TestServer server;
    const SignInResult signedIn = signInWithBrowser(server);
    AccountManager accounts(m_http);
    accounts.setEphemeralHomeserver(server.baseUrl()); // no keychain in this test
    bool added = false;
    accounts.add(signedIn, this, [&added](const QString&) { added = true; });
    QTRY_VERIFY(added);
    QVERIFY(accounts.find(signedIn.account.userId));
    std::optional<std::optional<Error>> done;
    accounts.signOut(signedIn.account.userId, this,
                     [&done](const std::optional<Error>& problem) { done = problem; });
    QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 15'000);
    QVERIFY(!done->has_value());
    QVERIFY(!server->signIn().revokedWithClient().isEmpty());
    for (const QString& client : server->signIn().revokedWithClient())
        QCOMPARE(client, signedIn.account.clientId);
    QVERIFY(!server->account().device(signedIn.account.deviceId));
    QVERIFY(server->account().deviceForToken(signedIn.tokens.accessToken).isEmpty());
    QVERIFY(!accounts.find(signedIn.account.userId));
}

void TestSignInFlows::classicSignOutUsesLogout()
{
    TestServer server(classicOptions());
    std::optional<Result<SignInResult>> answer;
    PasswordSignIn signIn(m_http);
    connect(&signIn, &PasswordSignIn::finished, this,
            [&answer](const Result<SignInResult>& result) { answer = result; });
    signIn.start(server.baseUrl(), QStringLiteral("alice"), QStringLiteral("demo-password"));
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10'000);
    QVERIFY(*answer);
    AccountManager accounts(m_http);
    accounts.setEphemeralHomeserver(server.baseUrl());
    bool added = false;
    accounts.add(answer->value(), this, [&added](const QString&) { added = true; });
    QTRY_VERIFY(added);
    std::optional<std::optional<Error>> done;
    accounts.signOut(answer->value().account.userId, this,
                     [&done](const std::optional<Error>& problem) { done = problem; });
    QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 15'000);
    QVERIFY(!done->has_value());
    QCOMPARE(server->requestCount(QStringLiteral("/_matrix/client/v3/logout")), 1);
    QVERIFY(!server->account().device(answer->value().account.deviceId));
}

void TestSignInFlows::withoutAKeychainTheAccountLivesInMemoryOnly()
{
    QCoreApplication::setOrganizationName(QStringLiteral("GatehouseTest"));
    QCoreApplication::setApplicationName(QStringLiteral("SignInFlows"));
    TestServer server;
    const SignInResult signedIn = signInWithBrowser(server);
    AccountManager accounts(m_http);
    std::optional<QString> problem;
    accounts.add(signedIn, this, [&problem](const QString& text) { problem = text; });
    QTRY_VERIFY_WITH_TIMEOUT(problem.has_value(), 30'000);
    QVERIFY2(problem->contains(QStringLiteral("No keychain is available")), qPrintable(*problem));
    QVERIFY(problem->contains(QStringLiteral("memory only")));
    QVERIFY(accounts.find(signedIn.account.userId));
    QVERIFY(!accounts.isRemembered(signedIn.account.userId));
    QVERIFY(QSettings().value(QStringLiteral("accounts/size")).toInt() == 0);
    // It still works for this run.
    auto tokens = accounts.tokenSource(signedIn.account.userId);
    QVERIFY(tokens);
    QCOMPARE(tokens->accessToken(), signedIn.tokens.accessToken);
}

QTEST_GUILESS_MAIN(TestSignInFlows)
#include "tst_SignInFlows.moc"
