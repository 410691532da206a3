// The window's launcher asks AccountSession to load before the window exists (prefetch), so the server
// answers while the window is built. The window's own load() then gets that result: no second round of
// requests, the same snapshot, errors included; and only once.
#include "TestServer.h"

#include "auth/TokenSource.h"
#include "matrix/AccountSession.h"
#include "matrix/MetadataService.h"
#include "network/HttpClient.h"

#include <QSignalSpy>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;

namespace {

struct Session
{
    explicit Session(TestServer& server, const QString& token = {})
        : metadata(&http)
        , session(&http, &metadata, server.baseUrl(),
                  std::make_shared<StaticTokenSource>(token.isEmpty() ? server.token() : token))
    {}

    // Loads through the session and waits for the answer.
    std::optional<Result<AccountSnapshot>> load()
    {
        std::optional<Result<AccountSnapshot>> result;
        session.load(&context, [&result](const Result<AccountSnapshot>& snapshot) { result = snapshot; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20'000))
            return std::nullopt;
        return result;
    }

    HttpClient http;
    MetadataService metadata;
    AccountSession session;
    QObject context;
};

const QString DevicesPath = QStringLiteral("/_matrix/client/v3/devices");
const QString WhoamiPath = QStringLiteral("/_matrix/client/v3/account/whoami");

} // namespace

class TestAccountSessionPrefetch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadDuringPrefetchGetsItsResult();
    void prefetchedResultIsUsedOnce();
    void prefetchErrorReachesTheLoad();
    void loadWithoutPrefetchStillLoads();
};

void TestAccountSessionPrefetch::loadDuringPrefetchGetsItsResult()
{
    TestServer server;
    Session s(server);
    s.session.prefetch();
    s.session.prefetch(); // asking twice changes nothing
    const auto result = s.load();
    QVERIFY(result.has_value());
    QVERIFY(result->ok());
    QCOMPARE(result->value().devices.size(), server->account().devices().size());
    QCOMPARE(result->value().deviceId, server->account().currentDeviceId());
    QCOMPARE(server->requestCount(DevicesPath), 1);
    QCOMPARE(server->requestCount(WhoamiPath), 1);
}

void TestAccountSessionPrefetch::prefetchedResultIsUsedOnce()
{
    TestServer server;
    Session s(server);
    s.session.prefetch();
    QVERIFY(s.load().has_value());
    const auto again = s.load(); // a refresh: asks the server anew
    QVERIFY(again.has_value());
    QVERIFY(again->ok());
    QCOMPARE(server->requestCount(DevicesPath), 2);
}

void TestAccountSessionPrefetch::prefetchErrorReachesTheLoad()
{
    TestServer server;
    Session s(server, QStringLiteral("not-a-token"));
    s.session.prefetch();
    const auto result = s.load();
    QVERIFY(result.has_value());
    QVERIFY(!result->ok());
    QVERIFY(result->error().isTokenProblem());
}

void TestAccountSessionPrefetch::loadWithoutPrefetchStillLoads()
{
    TestServer server;
    Session s(server);
    const auto result = s.load();
    QVERIFY(result.has_value());
    QVERIFY(result->ok());
    QCOMPARE(server->requestCount(DevicesPath), 1);
}

QTEST_GUILESS_MAIN(TestAccountSessionPrefetch)
#include "tst_AccountSessionPrefetch.moc"
