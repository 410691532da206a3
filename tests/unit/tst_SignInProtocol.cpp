// The pure parts of signing in: PKCE, the random values, client registration, the authorization URL, the
// callback and its state check, and token answers (docs/protocol.md "Signing in").
#include "auth/AuthorizationCallback.h"
#include "auth/AuthorizationRequest.h"
#include "auth/ClientRegistration.h"
#include "auth/PasswordSignIn.h"
#include "auth/Pkce.h"
#include "auth/RandomString.h"
#include "auth/TokenPair.h"
#include "auth/TokenResponse.h"
#include "gatehouse_version.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace gatehouse;

class TestSignInProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pkceMatchesRfc7636Example();
    void pkceVerifiersAreFreshAndWellFormed();
    void randomDeviceIdsAreUnreservedAndLongEnough();
    void registrationIsANativePublicClient();
    void registrationAddsTheDeviceGrantOnlyWhenAsked();
    void registrationRefusalIsExplained_data();
    void registrationRefusalIsExplained();
    void authorizationUrlCarriesEveryParameter();
    void authorizationUrlKeepsTheEndpointQueryAndAsksForCreate();
    void scopeHoldsExactlyOneDeviceScope();
    void callbackWithMatchingStateGivesTheCode();
    void callbackChecksStateBeforeAnythingElse_data();
    void callbackChecksStateBeforeAnythingElse();
    void callbackErrorIsReported();
    void tokenAnswerIsParsed_data();
    void tokenAnswerIsParsed();
    void tokenFailuresAreClassified_data();
    void tokenFailuresAreClassified();
    void classicLoginAsksForARefreshToken();
    void classicLoginAnswerNeedsIdentity();
    void tokenPairRoundTripsThroughTheKeychainForm();
};

void TestSignInProtocol::pkceMatchesRfc7636Example()
{
    // RFC 7636 Appendix B.
    QCOMPARE(Pkce::challengeFor(QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")),
             QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
}

void TestSignInProtocol::pkceVerifiersAreFreshAndWellFormed()
{
    const Pkce a = Pkce::generate();
    const Pkce b = Pkce::generate();
    QVERIFY(a.verifier != b.verifier);
    QVERIFY(a.verifier.size() >= 43 && a.verifier.size() <= 128);
    QVERIFY(RandomString::isUnreserved(a.verifier));
    QCOMPARE(a.challenge, Pkce::challengeFor(a.verifier));
    QVERIFY(!a.challenge.contains(u'='));
}

void TestSignInProtocol::randomDeviceIdsAreUnreservedAndLongEnough()
{
    QSet<QString> seen;
    for (int i = 0; i < 200; ++i) {
        const AuthorizationRequest request =
            AuthorizationRequest::create(QStringLiteral("c"), QStringLiteral("r"));
        QVERIFY(request.deviceId.size() >= 10);
        QVERIFY(RandomString::isUnreserved(request.deviceId));
        QVERIFY(RandomString::isUnreserved(request.state));
        seen.insert(request.deviceId);
    }
    QCOMPARE(seen.size(), 200);
    QVERIFY(!RandomString::isUnreserved(QStringLiteral("a b")));
    QVERIFY(!RandomString::isUnreserved(QStringLiteral("a/b")));
}

void TestSignInProtocol::registrationIsANativePublicClient()
{
    const QJsonObject body = QJsonDocument::fromJson(ClientRegistration::body(false)).object();
    QCOMPARE(body.value(QLatin1String("application_type")).toString(), QStringLiteral("native"));
    QCOMPARE(body.value(QLatin1String("token_endpoint_auth_method")).toString(), QStringLiteral("none"));
    QCOMPARE(body.value(QLatin1String("grant_types")).toArray(),
             (QJsonArray{QStringLiteral("authorization_code"), QStringLiteral("refresh_token")}));
    QCOMPARE(body.value(QLatin1String("response_types")).toArray(), QJsonArray{QStringLiteral("code")});
    QCOMPARE(body.value(QLatin1String("redirect_uris")).toArray(),
             QJsonArray{QStringLiteral("http://127.0.0.1/callback")});
    QCOMPARE(body.value(QLatin1String("client_name")).toString(), QStringLiteral("Gatehouse"));
    QCOMPARE(body.value(QLatin1String("client_uri")).toString(), QStringLiteral(GATEHOUSE_CLIENT_URI));
    QVERIFY(QStringLiteral(GATEHOUSE_CLIENT_URI).startsWith(u"https://"));
}

void TestSignInProtocol::registrationAddsTheDeviceGrantOnlyWhenAsked()
{
    const QJsonArray grants = QJsonDocument::fromJson(ClientRegistration::body(true))
                                  .object()
                                  .value(QLatin1String("grant_types"))
                                  .toArray();
    QVERIFY(grants.contains(QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")));
    QVERIFY(grants.contains(QStringLiteral("refresh_token")));
}

void TestSignInProtocol::registrationRefusalIsExplained_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("errcode");
    QTest::addColumn<QString>("serverText");

    QTest::newRow("MAS policy violation")
        << 400
        << QByteArray(R"({"error":"invalid_client_metadata",)"
                      R"("error_description":"client_uri is a public suffix"})")
        << "invalid_client_metadata"
        << "client_uri is a public suffix";
    QTest::newRow("redirect refused")
        << 400 << QByteArray(R"({"error":"invalid_redirect_uri"})") << "invalid_redirect_uri" << QString();
    QTest::newRow("no JSON") << 500 << QByteArray("<html>oops</html>") << QString() << QString();
}

void TestSignInProtocol::registrationRefusalIsExplained()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, errcode);
    QFETCH(QString, serverText);
    const Result<QString> result =
        ClientRegistration::parseClientId(status, body, QStringLiteral("auth.example.org"));
    QVERIFY(!result);
    QVERIFY(result.error().message.contains(QStringLiteral("refused to register Gatehouse")));
    QVERIFY(result.error().message.contains(QStringLiteral("auth.example.org")));
    QCOMPARE(result.error().errcode, errcode);
    QCOMPARE(result.error().serverText, serverText);
}

void TestSignInProtocol::authorizationUrlCarriesEveryParameter()
{
    AuthorizationRequest request = AuthorizationRequest::create(
        QStringLiteral("client 1"), QStringLiteral("http://127.0.0.1:4711/callback"));
    const QUrl url = request.url(QStringLiteral("https://auth.example.org/authorize"));
    QCOMPARE(url.scheme(), QStringLiteral("https"));
    QCOMPARE(url.path(), QStringLiteral("/authorize"));
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
    QCOMPARE(query.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded),
             QStringLiteral("client 1"));
    QCOMPARE(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
             QStringLiteral("http://127.0.0.1:4711/callback"));
    QCOMPARE(query.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
             QStringLiteral("urn:matrix:client:api:* urn:matrix:client:device:") + request.deviceId);
    QCOMPARE(query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded), request.state);
    QCOMPARE(query.queryItemValue(QStringLiteral("response_mode")), QStringLiteral("query"));
    QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge"), QUrl::FullyDecoded),
             request.pkce.challenge);
    QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QVERIFY(!query.hasQueryItem(QStringLiteral("prompt")));
    // Spaces are %20 and reserved characters are encoded, never left for the browser to guess.
    const QString encoded = url.toString(QUrl::FullyEncoded);
    QVERIFY(encoded.contains(QStringLiteral("scope=urn%3Amatrix%3Aclient%3Aapi%3A%2A%20urn%3Amatrix")));
    QVERIFY(encoded.contains(QStringLiteral("redirect_uri=http%3A%2F%2F127.0.0.1%3A4711%2Fcallback")));
}

void TestSignInProtocol::authorizationUrlKeepsTheEndpointQueryAndAsksForCreate()
{
    const AuthorizationRequest request = AuthorizationRequest::create(
        QStringLiteral("c"), QStringLiteral("http://127.0.0.1:1/callback"), true);
    const QUrl url = request.url(QStringLiteral("https://auth.example.org/authorize?tenant=a%20b"));
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(QStringLiteral("tenant"), QUrl::FullyDecoded), QStringLiteral("a b"));
    QCOMPARE(query.queryItemValue(QStringLiteral("prompt")), QStringLiteral("create"));
    QVERIFY(url.toString(QUrl::FullyEncoded)
                .startsWith(QStringLiteral("https://auth.example.org/authorize?tenant=a%20b&")));
}

void TestSignInProtocol::scopeHoldsExactlyOneDeviceScope()
{
    const QString scope = AuthorizationRequest::scopeFor(QStringLiteral("ABCDEFGHIJ"));
    QCOMPARE(scope.count(QStringLiteral("urn:matrix:client:device:")), 1);
    QCOMPARE(AuthorizationRequest::deviceIdInScope(scope), QStringLiteral("ABCDEFGHIJ"));
    QCOMPARE(AuthorizationRequest::deviceIdInScope(QStringLiteral("urn:matrix:client:api:*")), QString());
}

void TestSignInProtocol::callbackWithMatchingStateGivesTheCode()
{
    const AuthorizationCallback callback =
        AuthorizationCallback::fromQuery(QStringLiteral("code=abc%2Bdef&state=S1&iss=https%3A%2F%2Fa"));
    const Result<QString> code = callback.check(QStringLiteral("S1"));
    QVERIFY(code);
    QCOMPARE(code.value(), QStringLiteral("abc+def"));
}

void TestSignInProtocol::callbackChecksStateBeforeAnythingElse_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("other state") << "code=abc&state=S2";
    QTest::newRow("no state") << "code=abc";
    QTest::newRow("empty state") << "code=abc&state=";
    QTest::newRow("error with other state") << "error=access_denied&state=S2";
    QTest::newRow("state differs in case") << "code=abc&state=s1";
}

void TestSignInProtocol::callbackChecksStateBeforeAnythingElse()
{
    QFETCH(QString, query);
    const Result<QString> code = AuthorizationCallback::fromQuery(query).check(QStringLiteral("S1"));
    QVERIFY(!code);
    QCOMPARE(code.error().errcode, QStringLiteral("state_mismatch"));
    QVERIFY(code.error().message.contains(QStringLiteral("state does not match")));
}

void TestSignInProtocol::callbackErrorIsReported()
{
    const Result<QString> denied =
        AuthorizationCallback::fromQuery(
            QStringLiteral("error=access_denied&error_description=User+said+no&state=S1"))
            .check(QStringLiteral("S1"));
    QVERIFY(!denied);
    QCOMPARE(denied.error().errcode, QStringLiteral("access_denied"));
    QCOMPARE(denied.error().serverText, QStringLiteral("User said no"));
    QVERIFY(denied.error().message.contains(QStringLiteral("cancelled or refused")));

    const Result<QString> other =
        AuthorizationCallback::fromQuery(QStringLiteral("error=invalid_scope%3Cb%3E&state=S1"))
            .check(QStringLiteral("S1"));
    QVERIFY(!other);
    // The code is an identifier; markup in it does not survive.
    QCOMPARE(other.error().errcode, QStringLiteral("invalid_scopeb"));
    const Result<QString> empty =
        AuthorizationCallback::fromQuery(QStringLiteral("state=S1")).check(QStringLiteral("S1"));
    QVERIFY(!empty);
}

void TestSignInProtocol::tokenAnswerIsParsed_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("refresh");
    QTest::addColumn<qint64>("expiresInSeconds");

    QTest::newRow("MAS") << QByteArray(R"({"access_token":"mat_1","token_type":"Bearer","expires_in":300,)"
                                       R"("refresh_token":"mar_1","scope":"urn:matrix:client:api:*"})")
                         << true << "mar_1" << qint64(300);
    QTest::newRow("bearer in lower case")
        << QByteArray(R"({"access_token":"a","token_type":"bearer"})") << true << QString() << qint64(-1);
    QTest::newRow("not bearer") << QByteArray(R"({"access_token":"a","token_type":"DPoP"})") << false
                                << QString() << qint64(-1);
    QTest::newRow("no access token") << QByteArray(R"({"token_type":"Bearer"})") << false << QString()
                                     << qint64(-1);
    QTest::newRow("not JSON") << QByteArray("<html/>") << false << QString() << qint64(-1);
}

void TestSignInProtocol::tokenAnswerIsParsed()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(QString, refresh);
    QFETCH(qint64, expiresInSeconds);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
    const Result<TokenResponse> response = TokenResponse::fromOAuth(200, body, QStringLiteral("auth"), now);
    QCOMPARE(response.ok(), ok);
    if (!ok)
        return;
    QCOMPARE(response->tokens.refreshToken, refresh);
    if (expiresInSeconds > 0)
        QCOMPARE(now.secsTo(response->tokens.expiresAt), expiresInSeconds);
    else
        QVERIFY(!response->tokens.expiresAt.isValid());
}

void TestSignInProtocol::tokenFailuresAreClassified_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("failure");

    using F = TokenResponse::Failure;
    QTest::newRow("invalid_grant: signed out")
        << 400 << QByteArray(R"({"error":"invalid_grant"})") << int(F::SignedOut);
    QTest::newRow("invalid_client 401: signed out")
        << 401 << QByteArray(R"({"error":"invalid_client"})") << int(F::SignedOut);
    QTest::newRow("MAS policy 403: signed out")
        << 403 << QByteArray(R"({"error":"invalid_scope"})") << int(F::SignedOut);
    QTest::newRow("500: try later") << 500 << QByteArray(R"({"error":"server_error"})") << int(F::TryLater);
    QTest::newRow("503 HTML: try later") << 503 << QByteArray("<html/>") << int(F::TryLater);
    QTest::newRow("429: try later") << 429 << QByteArray(R"({"error":"slow"})") << int(F::TryLater);
    QTest::newRow("device grant pending (MAS sends 403)")
        << 403 << QByteArray(R"({"error":"authorization_pending"})") << int(F::Pending);
    QTest::newRow("device grant slow_down")
        << 400 << QByteArray(R"({"error":"slow_down"})") << int(F::SlowDown);
    QTest::newRow("classic refresh rejected")
        << 401 << QByteArray(R"({"errcode":"M_UNKNOWN_TOKEN"})") << int(F::SignedOut);
}

void TestSignInProtocol::tokenFailuresAreClassified()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, failure);
    const Result<TokenResponse> oauth =
        TokenResponse::fromOAuth(status, body, QStringLiteral("auth"), QDateTime::currentDateTimeUtc());
    QVERIFY(!oauth);
    QCOMPARE(int(TokenResponse::classify(oauth.error())), failure);
    QCOMPARE(int(TokenResponse::classify(Error::make(Error::Kind::Network, QStringLiteral("down")))),
             int(TokenResponse::Failure::TryLater));
    QCOMPARE(int(TokenResponse::classify(Error::make(Error::Kind::Timeout, QStringLiteral("slow")))),
             int(TokenResponse::Failure::TryLater));
}

void TestSignInProtocol::classicLoginAsksForARefreshToken()
{
    const QJsonObject body =
        QJsonDocument::fromJson(PasswordSignIn::body(QStringLiteral("alice"), QStringLiteral("pw"),
                                                     QStringLiteral("Gatehouse on host")))
            .object();
    QCOMPARE(body.value(QLatin1String("type")).toString(), QStringLiteral("m.login.password"));
    QCOMPARE(body.value(QLatin1String("identifier")).toObject().value(QLatin1String("type")).toString(),
             QStringLiteral("m.id.user"));
    QCOMPARE(body.value(QLatin1String("identifier")).toObject().value(QLatin1String("user")).toString(),
             QStringLiteral("alice"));
    QCOMPARE(body.value(QLatin1String("refresh_token")).toBool(), true);
}

void TestSignInProtocol::classicLoginAnswerNeedsIdentity()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto ok = TokenResponse::fromMatrix(
        200,
        R"({"user_id":"@a:b","access_token":"t","device_id":"D","refresh_token":"r","expires_in_ms":60000})",
        QStringLiteral("hs"), now, true);
    QVERIFY(ok);
    QCOMPARE(ok->userId, QStringLiteral("@a:b"));
    QCOMPARE(ok->deviceId, QStringLiteral("D"));
    QCOMPARE(now.msecsTo(ok->tokens.expiresAt), qint64(60000));
    QVERIFY(!TokenResponse::fromMatrix(200, R"({"access_token":"t"})", QStringLiteral("hs"), now, true));
    const auto forbidden = TokenResponse::fromMatrix(
        403, R"({"errcode":"M_FORBIDDEN","error":"Invalid password"})", QStringLiteral("hs"), now, true);
    QVERIFY(!forbidden);
    QVERIFY(forbidden.error().message.contains(QStringLiteral("user name and password")));
}

void TestSignInProtocol::tokenPairRoundTripsThroughTheKeychainForm()
{
    TokenPair pair{QStringLiteral("access"), QStringLiteral("refresh"),
                   QDateTime::fromMSecsSinceEpoch(1'700'000'000'123, Qt::UTC)};
    const std::optional<TokenPair> back = TokenPair::fromJson(pair.toJson());
    QVERIFY(back);
    QCOMPARE(back->accessToken, pair.accessToken);
    QCOMPARE(back->refreshToken, pair.refreshToken);
    QCOMPARE(back->expiresAt, pair.expiresAt);
    QVERIFY(!TokenPair::fromJson("{}"));
    QVERIFY(!TokenPair::fromJson("garbage"));
}

QTEST_GUILESS_MAIN(TestSignInProtocol)
#include "tst_SignInProtocol.moc"
