// Reading OAuth 2.0 server metadata with the MSC4191 fields: docs/protocol.md "Valid metadata"
// and "Finding the account page".
#include "matrix/AuthMetadata.h"

#include <QTest>

using namespace gatehouse;

class TestAuthMetadata : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheMasBody();
    void readsAMinimalBody();
    void refusesInvalidMetadata_data();
    void refusesInvalidMetadata();
    void ignoresNonStringActionItems();
    void keepsTheActionsInServerOrder();
    void ignoresTheUnstableMsc4191FieldNames();
    void treatsWrongTypedEndpointsAsAbsent();
};

namespace {

// A realistic Matrix Authentication Service body (the "...same N..." placeholders filled in as strings).
const char masBody[] = R"({
  "issuer": "https://account.example.com/",
  "authorization_endpoint": "https://account.example.com/authorize",
  "token_endpoint": "https://account.example.com/oauth2/token",
  "jwks_uri": "https://account.example.com/oauth2/keys.json",
  "registration_endpoint": "https://account.example.com/oauth2/registration",
  "scopes_supported": ["openid", "email"],
  "response_types_supported": ["code", "id_token", "code id_token"],
  "response_modes_supported": ["form_post", "query", "fragment"],
  "grant_types_supported": ["authorization_code","refresh_token","client_credentials","urn:ietf:params:oauth:grant-type:device_code"],
  "token_endpoint_auth_methods_supported": ["client_secret_basic","client_secret_post","client_secret_jwt","private_key_jwt","none"],
  "revocation_endpoint": "https://account.example.com/oauth2/revoke",
  "introspection_endpoint": "https://account.example.com/oauth2/introspect",
  "code_challenge_methods_supported": ["plain", "S256"],
  "userinfo_endpoint": "https://account.example.com/oauth2/userinfo",
  "claims_parameter_supported": false,
  "prompt_values_supported": ["login", "create"],
  "device_authorization_endpoint": "https://account.example.com/oauth2/device",
  "org.matrix.matrix-authentication-service.graphql_endpoint": "https://account.example.com/graphql",
  "account_management_uri": "https://account.example.com/account/",
  "account_management_actions_supported": ["org.matrix.profile","org.matrix.devices_list","org.matrix.device_view",
    "org.matrix.device_delete","org.matrix.cross_signing_reset","org.matrix.sessions_list","org.matrix.session_view","org.matrix.session_end"]
})";

} // namespace

void TestAuthMetadata::readsTheMasBody()
{
    const Result<AuthMetadata> parsed = AuthMetadata::parse(masBody);
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message));
    const AuthMetadata& metadata = parsed.value();
    QCOMPARE(metadata.issuer, QString("https://account.example.com/"));
    QCOMPARE(metadata.authorizationEndpoint, QString("https://account.example.com/authorize"));
    QCOMPARE(metadata.tokenEndpoint, QString("https://account.example.com/oauth2/token"));
    QCOMPARE(metadata.registrationEndpoint, QString("https://account.example.com/oauth2/registration"));
    QCOMPARE(metadata.revocationEndpoint, QString("https://account.example.com/oauth2/revoke"));
    QCOMPARE(metadata.deviceAuthorizationEndpoint, QString("https://account.example.com/oauth2/device"));
    QVERIFY(metadata.accountManagementUri.has_value());
    QCOMPARE(*metadata.accountManagementUri, QString("https://account.example.com/account/"));
    QVERIFY(metadata.accountManagementActions.has_value());
    QCOMPARE(metadata.accountManagementActions->size(), 8);
    QCOMPARE(metadata.accountManagementActions->first(), QString("org.matrix.profile"));
    QCOMPARE(metadata.promptValuesSupported, (QStringList{"login", "create"}));
    QCOMPARE(metadata.grantTypesSupported,
             (QStringList{"authorization_code", "refresh_token", "client_credentials",
                          "urn:ietf:params:oauth:grant-type:device_code"}));
    QCOMPARE(metadata.responseModesSupported, (QStringList{"form_post", "query", "fragment"}));
    QCOMPARE(metadata.codeChallengeMethodsSupported, (QStringList{"plain", "S256"}));
}

void TestAuthMetadata::readsAMinimalBody()
{
    const Result<AuthMetadata> parsed = AuthMetadata::parse(R"({"issuer": "https://issuer.example/"})");
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->issuer, QString("https://issuer.example/"));
    QVERIFY(!parsed->accountManagementUri.has_value());
    QVERIFY(!parsed->accountManagementActions.has_value());
    QVERIFY(parsed->authorizationEndpoint.isEmpty());
    QVERIFY(parsed->tokenEndpoint.isEmpty());
    QVERIFY(parsed->grantTypesSupported.isEmpty());

    const Result<AuthMetadata> emptyActions =
        AuthMetadata::parse(R"({"issuer": "i", "account_management_actions_supported": []})");
    QVERIFY(emptyActions.ok());
    QVERIFY(emptyActions->accountManagementActions.has_value());
    QVERIFY(emptyActions->accountManagementActions->isEmpty());
}

void TestAuthMetadata::refusesInvalidMetadata_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("problem");
    QTest::newRow("empty body") << QByteArray() << "not JSON";
    QTest::newRow("HTML") << QByteArray("<html><body>Not found</body></html>") << "not JSON";
    QTest::newRow("truncated JSON") << QByteArray(R"({"issuer": "https://x/")") << "not JSON";
    QTest::newRow("array") << QByteArray(R"(["issuer"])") << "not a JSON object";
    QTest::newRow("issuer missing") << QByteArray(R"({"account_management_uri": "https://x/"})")
                                    << "“issuer” is missing";
    QTest::newRow("issuer null") << QByteArray(R"({"issuer": null})") << "“issuer” is not a string";
    QTest::newRow("issuer number") << QByteArray(R"({"issuer": 42})") << "“issuer” is not a string";
    QTest::newRow("issuer object") << QByteArray(R"({"issuer": {"url": "https://x/"}})")
                                   << "“issuer” is not a string";
    QTest::newRow("account page null") << QByteArray(R"({"issuer": "i", "account_management_uri": null})")
                                       << "“account_management_uri” is not a string";
    QTest::newRow("account page number") << QByteArray(R"({"issuer": "i", "account_management_uri": 1})")
                                         << "“account_management_uri” is not a string";
    QTest::newRow("account page list")
        << QByteArray(R"({"issuer": "i", "account_management_uri": ["https://x/"]})")
        << "“account_management_uri” is not a string";
    QTest::newRow("actions a string")
        << QByteArray(R"({"issuer": "i", "account_management_actions_supported": "org.matrix.profile"})")
        << "“account_management_actions_supported” is not a list";
    QTest::newRow("actions an object")
        << QByteArray(R"({"issuer": "i", "account_management_actions_supported": {}})")
        << "“account_management_actions_supported” is not a list";
    QTest::newRow("actions null") << QByteArray(
                                         R"({"issuer": "i", "account_management_actions_supported": null})")
                                  << "“account_management_actions_supported” is not a list";
}

void TestAuthMetadata::refusesInvalidMetadata()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, problem);
    const Result<AuthMetadata> parsed = AuthMetadata::parse(body);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().kind, Error::Kind::InvalidResponse);
    QVERIFY2(parsed.error().message.contains(problem), qPrintable(parsed.error().message));
}

void TestAuthMetadata::ignoresNonStringActionItems()
{
    const Result<AuthMetadata> parsed = AuthMetadata::parse(
        R"({"issuer": "i", "account_management_actions_supported":
            [1, null, "org.matrix.profile", {"name": "org.matrix.device_view"}, ["x"], true, "session_end"]})");
    QVERIFY(parsed.ok());
    QCOMPARE(*parsed->accountManagementActions, (QStringList{"org.matrix.profile", "session_end"}));
}

void TestAuthMetadata::keepsTheActionsInServerOrder()
{
    const Result<AuthMetadata> parsed = AuthMetadata::parse(
        R"({"issuer": "i", "account_management_actions_supported": ["b", "a", "org.matrix.profile", "a"]})");
    QVERIFY(parsed.ok());
    QCOMPARE(*parsed->accountManagementActions, (QStringList{"b", "a", "org.matrix.profile", "a"}));
}

void TestAuthMetadata::ignoresTheUnstableMsc4191FieldNames()
{
    const Result<AuthMetadata> parsed = AuthMetadata::parse(
        R"({"issuer": "i",
            "org.matrix.msc4191.account_management_uri": "https://x/account",
            "org.matrix.msc4191.account_management_actions_supported": ["org.matrix.profile"]})");
    QVERIFY(parsed.ok());
    QVERIFY(!parsed->accountManagementUri.has_value());
    QVERIFY(!parsed->accountManagementActions.has_value());
}

void TestAuthMetadata::treatsWrongTypedEndpointsAsAbsent()
{
    const Result<AuthMetadata> parsed = AuthMetadata::parse(
        R"({"issuer": "i", "authorization_endpoint": 5, "token_endpoint": null,
            "grant_types_supported": "authorization_code", "prompt_values_supported": ["create", 1]})");
    QVERIFY(parsed.ok());
    QVERIFY(parsed->authorizationEndpoint.isEmpty());
    QVERIFY(parsed->tokenEndpoint.isEmpty());
    QVERIFY(parsed->grantTypesSupported.isEmpty());
    QCOMPARE(parsed->promptValuesSupported, QStringList{"create"});
}

QTEST_GUILESS_MAIN(TestAuthMetadata)
#include "tst_AuthMetadata.moc"
