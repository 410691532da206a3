// Where the auth metadata comes from, over real HTTP against the demo server: the stable route, the unstable
// one, auth_issuer + OpenID discovery, or none of them (a classic server). Only 404 + M_UNRECOGNIZED moves
// on to the next route; every other failure is an error and never "legacy". Answers are cached by their
// cache headers. docs/protocol.md "Finding the account page", "Valid metadata".
#include "Await.h"
#include "TestServer.h"
#include "matrix/MetadataService.h"
#include "network/HttpClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;

Q_DECLARE_METATYPE(DemoOptions::Metadata)
Q_DECLARE_METATYPE(MetadataRoute)
Q_DECLARE_METATYPE(Error::Kind)

namespace {

const QString StablePath = QStringLiteral("/_matrix/client/v1/auth_metadata");
const QString UnstablePath = QStringLiteral("/_matrix/client/unstable/org.matrix.msc2965/auth_metadata");
const QString IssuerPath = QStringLiteral("/_matrix/client/unstable/org.matrix.msc2965/auth_issuer");
const QString OpenIdPath = QStringLiteral("/oauth/.well-known/openid-configuration");

const QByteArray Unrecognized = R"({"errcode":"M_UNRECOGNIZED","error":"Unrecognized request"})";

std::optional<Result<MetadataLookup>> lookup(MetadataService& service, const QString& baseUrl)
{
    return await<MetadataLookup>([&service, &baseUrl](const QObject* context, auto done) {
        service.lookup(baseUrl, context, std::move(done));
    });
}

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestMetadataRoutes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsMetadataOnEveryRoute_data();
    void findsMetadataOnEveryRoute();
    void reportsFailuresOnTheStableRouteAsErrors_data();
    void reportsFailuresOnTheStableRouteAsErrors();
    void reportsFailuresOnLaterRoutesAsErrors_data();
    void reportsFailuresOnLaterRoutesAsErrors();
    void reportsABodyOverTheCapAsAnError();
    void unrecognizedWithAnotherContentTypeStillMovesOn();
    void cachesWithinMaxAge();
    void cachesTheIssuerRouteByTheOpenIdAnswer();
    void refetchesWithNoStore_data();
    void refetchesWithNoStore();
    void doesNotCacheErrors();
    void doesNotCacheAClassicServer();
};

void TestMetadataRoutes::findsMetadataOnEveryRoute_data()
{
    QTest::addColumn<DemoOptions::Metadata>("mode");
    QTest::addColumn<MetadataRoute>("route");
    QTest::addColumn<QStringList>("requests");

    QTest::newRow("stable") << DemoOptions::Metadata::Stable << MetadataRoute::Stable
                            << QStringList{"GET " + StablePath};
    QTest::newRow("unstable") << DemoOptions::Metadata::Unstable << MetadataRoute::Unstable
                              << QStringList{"GET " + StablePath, "GET " + UnstablePath};
    QTest::newRow("issuer") << DemoOptions::Metadata::Issuer << MetadataRoute::Issuer
                            << QStringList{"GET " + StablePath, "GET " + UnstablePath, "GET " + IssuerPath,
                                           "GET " + OpenIdPath};
    QTest::newRow("none (classic server)")
        << DemoOptions::Metadata::None << MetadataRoute::None
        << QStringList{"GET " + StablePath, "GET " + UnstablePath, "GET " + IssuerPath};
}

void TestMetadataRoutes::findsMetadataOnEveryRoute()
{
    QFETCH(DemoOptions::Metadata, mode);
    QFETCH(MetadataRoute, route);
    QFETCH(QStringList, requests);

    DemoOptions options;
    options.metadata = mode;
    TestServer server(options);
    HttpClient http;
    MetadataService service(&http);

    const auto result = lookup(service, server.baseUrl());
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().fullText()));
    const MetadataLookup& found = result->value();
    QCOMPARE(found.route, route);
    QCOMPARE(server->requestLog(), requests);
    if (route == MetadataRoute::None) {
        QVERIFY(!found.usesOAuth());
        QVERIFY(!found.metadata);
        return;
    }
    QVERIFY(found.usesOAuth());
    QVERIFY(found.metadata);
    QCOMPARE(found.metadata->issuer, server->issuer());
    QCOMPARE(found.metadata->accountManagementUri, std::optional<QString>(server->accountUri()));
    QCOMPARE(found.metadata->accountManagementActions, std::optional<QStringList>(DemoOptions::allActions()));
    QCOMPARE(found.metadata->tokenEndpoint, server->issuer() + "token");
    QVERIFY(found.metadata->codeChallengeMethodsSupported.contains("S256"));
}

void TestMetadataRoutes::reportsFailuresOnTheStableRouteAsErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<Error::Kind>("kind");

    const QByteArray jsonType = "application/json";
    QTest::newRow("500 with a Matrix error")
        << 500 << QByteArray(R"({"errcode":"M_UNKNOWN","error":"boom"})") << jsonType << Error::Kind::Http;
    QTest::newRow("502 from a proxy")
        << 502 << QByteArray("<html>Bad gateway</html>") << QByteArray("text/html") << Error::Kind::Http;
    QTest::newRow("bare 404 without JSON")
        << 404 << QByteArray("Not Found") << QByteArray("text/plain") << Error::Kind::Http;
    QTest::newRow("404 with an empty body") << 404 << QByteArray() << jsonType << Error::Kind::Http;
    QTest::newRow("404 with another errcode")
        << 404 << QByteArray(R"({"errcode":"M_NOT_FOUND","error":"nope"})") << jsonType << Error::Kind::Http;
    QTest::newRow("400 with M_UNRECOGNIZED")
        << 400 << QByteArray(R"({"errcode":"M_UNRECOGNIZED","error":"x"})") << jsonType << Error::Kind::Http;
    QTest::newRow("401 on an unauthenticated route")
        << 401 << QByteArray(R"({"errcode":"M_UNKNOWN_TOKEN","error":"x"})") << jsonType << Error::Kind::Http;
    QTest::newRow("200 that is not JSON")
        << 200 << QByteArray("<html>hello</html>") << QByteArray("text/html") << Error::Kind::InvalidResponse;
    QTest::newRow("200 with an empty body")
        << 200 << QByteArray() << jsonType << Error::Kind::InvalidResponse;
    QTest::newRow("200 with a JSON array") << 200 << QByteArray(R"([{"issuer":"https://a.example/"}])")
                                           << jsonType << Error::Kind::InvalidResponse;
    QTest::newRow("issuer missing") << 200
                                    << QByteArray(R"({"account_management_uri":"https://a.example/account"})")
                                    << jsonType << Error::Kind::InvalidResponse;
    QTest::newRow("issuer a number") << 200 << QByteArray(R"({"issuer":5})") << jsonType
                                     << Error::Kind::InvalidResponse;
    QTest::newRow("issuer null") << 200 << QByteArray(R"({"issuer":null})") << jsonType
                                 << Error::Kind::InvalidResponse;
    QTest::newRow("account_management_uri not a string")
        << 200 << QByteArray(R"({"issuer":"https://a.example/","account_management_uri":["https://a/"]})")
        << jsonType << Error::Kind::InvalidResponse;
    QTest::newRow("account_management_uri null")
        << 200 << QByteArray(R"({"issuer":"https://a.example/","account_management_uri":null})") << jsonType
        << Error::Kind::InvalidResponse;
    QTest::newRow("actions not an array")
        << 200
        << QByteArray(
               R"({"issuer":"https://a.example/","account_management_uri":"https://a.example/account",)"
               R"("account_management_actions_supported":"org.matrix.profile"})")
        << jsonType << Error::Kind::InvalidResponse;
    QTest::newRow("actions an object")
        << 200
        << QByteArray(R"({"issuer":"https://a.example/","account_management_actions_supported":{"a":1}})")
        << jsonType << Error::Kind::InvalidResponse;
    QTest::newRow("truncated JSON") << 200 << QByteArray(R"({"issuer":"https://a.example/")") << jsonType
                                    << Error::Kind::InvalidResponse;
}

void TestMetadataRoutes::reportsFailuresOnTheStableRouteAsErrors()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(Error::Kind, kind);

    TestServer server;
    server.answer(StablePath, status, body, contentType);
    HttpClient http;
    MetadataService service(&http);

    const auto result = lookup(service, server.baseUrl());
    QVERIFY(result);
    QVERIFY2(!result->ok(), "a failing route must not be taken for metadata or for a classic server");
    QCOMPARE(result->error().kind, kind);
    QVERIFY(!result->error().message.isEmpty());
    // Never moved on to the next route.
    QCOMPARE(server->requestLog(), QStringList{"GET " + StablePath});
}

void TestMetadataRoutes::reportsFailuresOnLaterRoutesAsErrors_data()
{
    QTest::addColumn<DemoOptions::Metadata>("mode");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Error::Kind>("kind");

    QTest::newRow("unstable route 500") << DemoOptions::Metadata::Issuer << UnstablePath << 500
                                        << QByteArray(R"({"errcode":"M_UNKNOWN"})") << Error::Kind::Http;
    QTest::newRow("unstable route bare 404") << DemoOptions::Metadata::Issuer << UnstablePath << 404
                                             << QByteArray("Not Found") << Error::Kind::Http;
    QTest::newRow("unstable route invalid metadata")
        << DemoOptions::Metadata::Unstable << UnstablePath << 200 << QByteArray(R"({"issuer":1})")
        << Error::Kind::InvalidResponse;
    QTest::newRow("auth_issuer 500") << DemoOptions::Metadata::Issuer << IssuerPath << 500 << QByteArray("{}")
                                     << Error::Kind::Http;
    QTest::newRow("auth_issuer bare 404 on a classic server")
        << DemoOptions::Metadata::None << IssuerPath << 404 << QByteArray() << Error::Kind::Http;
    QTest::newRow("auth_issuer not JSON") << DemoOptions::Metadata::Issuer << IssuerPath << 200
                                          << QByteArray("issuer=x") << Error::Kind::InvalidResponse;
    QTest::newRow("auth_issuer issuer a number")
        << DemoOptions::Metadata::Issuer << IssuerPath << 200 << QByteArray(R"({"issuer":42})")
        << Error::Kind::InvalidResponse;
    QTest::newRow("auth_issuer issuer over plain http to another computer")
        << DemoOptions::Metadata::Issuer << IssuerPath << 200
        << QByteArray(R"({"issuer":"http://example.org/"})") << Error::Kind::UnsafeUrl;
    QTest::newRow("auth_issuer issuer with userinfo")
        << DemoOptions::Metadata::Issuer << IssuerPath << 200
        << QByteArray(R"({"issuer":"https://user:pw@example.org/"})") << Error::Kind::UnsafeUrl;
    QTest::newRow("openid-configuration 404 M_UNRECOGNIZED is not legacy")
        << DemoOptions::Metadata::Issuer << OpenIdPath << 404 << Unrecognized << Error::Kind::Http;
    QTest::newRow("openid-configuration 500")
        << DemoOptions::Metadata::Issuer << OpenIdPath << 500 << QByteArray("{}") << Error::Kind::Http;
    QTest::newRow("openid-configuration invalid")
        << DemoOptions::Metadata::Issuer << OpenIdPath << 200
        << QByteArray(R"({"issuer":"https://a.example/","account_management_actions_supported":7})")
        << Error::Kind::InvalidResponse;
}

void TestMetadataRoutes::reportsFailuresOnLaterRoutesAsErrors()
{
    QFETCH(DemoOptions::Metadata, mode);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(Error::Kind, kind);

    DemoOptions options;
    options.metadata = mode;
    TestServer server(options);
    server.answer(path, status, body);
    HttpClient http;
    MetadataService service(&http);

    const auto result = lookup(service, server.baseUrl());
    QVERIFY(result);
    QVERIFY2(!result->ok(), "a failing route must not be taken for metadata or for a classic server");
    QCOMPARE(result->error().kind, kind);
    QCOMPARE(server->requestLog().constLast(), "GET " + path);
}

void TestMetadataRoutes::reportsABodyOverTheCapAsAnError()
{
    TestServer server;
    QJsonObject metadata = server->authMetadata();
    metadata.insert("padding", QString(8 * 1024, u'x'));
    server.answer(StablePath, 200, json(metadata));
    HttpClient http;
    http.setMaxBodyBytes(4 * 1024);
    MetadataService service(&http);

    const auto result = lookup(service, server.baseUrl());
    QVERIFY(result);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind, Error::Kind::TooLarge);
    QCOMPARE(server->requestLog(), QStringList{"GET " + StablePath});

    // The same body under the cap is fine: the cap, not the content, refused it.
    http.setMaxBodyBytes(HttpClient::DefaultMaxBodyBytes);
    const auto accepted = lookup(service, server.baseUrl());
    QVERIFY(accepted && accepted->ok());
}

void TestMetadataRoutes::unrecognizedWithAnotherContentTypeStillMovesOn()
{
    // The rule is about the status and the errcode in the body, not about headers.
    DemoOptions options;
    options.metadata = DemoOptions::Metadata::Unstable;
    TestServer server(options);
    server.answer(StablePath, 404, Unrecognized, "text/plain");
    HttpClient http;
    MetadataService service(&http);

    const auto result = lookup(service, server.baseUrl());
    QVERIFY(result && result->ok());
    QCOMPARE(result->value().route, MetadataRoute::Unstable);
}

void TestMetadataRoutes::cachesWithinMaxAge()
{
    TestServer server; // the stable route answers with max-age=600, as Synapse does
    HttpClient http;
    MetadataService service(&http);

    const auto first = lookup(service, server.baseUrl());
    QVERIFY(first && first->ok());
    QCOMPARE(server->requestCount(StablePath), 1);

    const auto second = lookup(service, server.baseUrl());
    QVERIFY(second && second->ok());
    QCOMPARE(second->value().route, MetadataRoute::Stable);
    QCOMPARE(second->value().metadata->issuer, server->issuer());
    QCOMPARE(server->requestLog().size(), 1);

    service.clearCache();
    const auto third = lookup(service, server.baseUrl());
    QVERIFY(third && third->ok());
    QCOMPARE(server->requestCount(StablePath), 2);
}

void TestMetadataRoutes::cachesTheIssuerRouteByTheOpenIdAnswer()
{
    DemoOptions options;
    options.metadata = DemoOptions::Metadata::Issuer;
    TestServer server(options); // openid-configuration answers with max-age=600
    HttpClient http;
    MetadataService service(&http);

    const auto first = lookup(service, server.baseUrl());
    QVERIFY(first && first->ok());
    QCOMPARE(server->requestLog().size(), 4);
    const auto second = lookup(service, server.baseUrl());
    QVERIFY(second && second->ok());
    QCOMPARE(second->value().route, MetadataRoute::Issuer);
    QCOMPARE(server->requestLog().size(), 4);
}

void TestMetadataRoutes::refetchesWithNoStore_data()
{
    QTest::addColumn<QByteArray>("cacheControl");
    QTest::newRow("no-store") << QByteArray("no-store");
    QTest::newRow("no-cache") << QByteArray("no-cache");
    QTest::newRow("max-age=0") << QByteArray("public, max-age=0");
    QTest::newRow("no cache headers at all") << QByteArray();
    QTest::newRow("no-store beside max-age") << QByteArray("max-age=600, no-store");
}

void TestMetadataRoutes::refetchesWithNoStore()
{
    QFETCH(QByteArray, cacheControl);

    TestServer server;
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!cacheControl.isEmpty())
        headers.append({"Cache-Control", cacheControl});
    server.answer(StablePath, 200, json(server->authMetadata()), "application/json", headers);
    HttpClient http;
    MetadataService service(&http);

    for (int round = 1; round <= 2; ++round) {
        const auto result = lookup(service, server.baseUrl());
        QVERIFY(result && result->ok());
        QCOMPARE(result->value().route, MetadataRoute::Stable);
        QCOMPARE(server->requestCount(StablePath), round);
    }
}

void TestMetadataRoutes::doesNotCacheErrors()
{
    TestServer server;
    server.answer(StablePath, 503, R"({"errcode":"M_UNKNOWN","error":"maintenance"})");
    HttpClient http;
    MetadataService service(&http);

    const auto failed = lookup(service, server.baseUrl());
    QVERIFY(failed && !failed->ok());
    QCOMPARE(failed->error().httpStatus, 503);

    server->setOverride(StablePath, {});
    const auto recovered = lookup(service, server.baseUrl());
    QVERIFY(recovered && recovered->ok());
    QCOMPARE(recovered->value().route, MetadataRoute::Stable);
    QCOMPARE(server->requestCount(StablePath), 2);
}

void TestMetadataRoutes::doesNotCacheAClassicServer()
{
    // A server can switch to OAuth (MAS enabled) at any time; "classic" is asked again every time.
    DemoOptions options;
    options.metadata = DemoOptions::Metadata::None;
    TestServer server(options);
    HttpClient http;
    MetadataService service(&http);

    const auto classic = lookup(service, server.baseUrl());
    QVERIFY(classic && classic->ok());
    QCOMPARE(classic->value().route, MetadataRoute::None);

    server->setMetadataMode(DemoOptions::Metadata::Stable);
    const auto oauth = lookup(service, server.baseUrl());
    QVERIFY(oauth && oauth->ok());
    QCOMPARE(oauth->value().route, MetadataRoute::Stable);
}

QTEST_GUILESS_MAIN(TestMetadataRoutes)
#include "tst_MetadataRoutes.moc"
