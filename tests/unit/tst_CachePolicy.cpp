// How long metadata may be reused (docs/protocol.md "Finding the account page"): Cache-Control for a private
// cache, then Expires against Date.
#include "network/CachePolicy.h"

#include <QTest>
#include <QTimeZone>

using namespace gatehouse;

namespace {

const QDateTime now(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc());
const QByteArray date = "Thu, 01 Jan 2026 00:00:00 GMT";
const QByteArray tenMinutesLater = "Thu, 01 Jan 2026 00:10:00 GMT";
constexpr qint64 oneDayMs = 24LL * 3600 * 1000;

} // namespace

class TestCachePolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void computesFreshness_data();
    void computesFreshness();
};

void TestCachePolicy::computesFreshness_data()
{
    QTest::addColumn<QByteArray>("cacheControl");
    QTest::addColumn<QByteArray>("expires");
    QTest::addColumn<QByteArray>("dateHeader");
    QTest::addColumn<qint64>("freshMs");

    QTest::newRow("max-age") << QByteArray("max-age=600") << QByteArray() << QByteArray() << qint64(600'000);
    QTest::newRow("Synapse's header")
        << QByteArray("public, max-age=600, s-maxage=3600, stale-while-revalidate=600") << QByteArray()
        << date << qint64(600'000);
    QTest::newRow("s-maxage first is still ignored")
        << QByteArray("s-maxage=3600, max-age=60") << QByteArray() << QByteArray() << qint64(60'000);
    QTest::newRow("s-maxage alone does not apply")
        << QByteArray("public, s-maxage=3600") << QByteArray() << QByteArray() << qint64(0);
    QTest::newRow("upper case") << QByteArray("Public, MAX-AGE=60") << QByteArray() << QByteArray()
                                << qint64(60'000);
    QTest::newRow("quoted max-age") << QByteArray("max-age=\"60\"") << QByteArray() << QByteArray()
                                    << qint64(60'000);
    QTest::newRow("spaces around directives")
        << QByteArray("  private ,  max-age=120  ") << QByteArray() << QByteArray() << qint64(120'000);
    QTest::newRow("max-age zero") << QByteArray("max-age=0") << tenMinutesLater << date << qint64(0);
    QTest::newRow("at most a day") << QByteArray("max-age=31536000") << QByteArray() << QByteArray()
                                   << oneDayMs;

    QTest::newRow("no-store") << QByteArray("no-store") << QByteArray() << QByteArray() << qint64(0);
    QTest::newRow("no-cache") << QByteArray("no-cache") << QByteArray() << QByteArray() << qint64(0);
    QTest::newRow("no-cache with fields")
        << QByteArray("no-cache=\"set-cookie\"") << QByteArray() << QByteArray() << qint64(0);
    QTest::newRow("no-store beats max-age")
        << QByteArray("max-age=600, no-store") << QByteArray() << QByteArray() << qint64(0);
    QTest::newRow("no-cache beats max-age")
        << QByteArray("no-cache, max-age=600") << QByteArray() << QByteArray() << qint64(0);
    QTest::newRow("no-store beats Expires") << QByteArray("no-store") << tenMinutesLater << date << qint64(0);

    QTest::newRow("malformed max-age")
        << QByteArray("max-age=ten") << QByteArray() << QByteArray() << qint64(0);
    QTest::newRow("empty max-age") << QByteArray("max-age=") << QByteArray() << QByteArray() << qint64(0);
    QTest::newRow("negative max-age")
        << QByteArray("max-age=-5") << QByteArray() << QByteArray() << qint64(0);
    QTest::newRow("malformed max-age beats Expires")
        << QByteArray("max-age=1.5") << tenMinutesLater << date << qint64(0);

    QTest::newRow("Expires against Date") << QByteArray() << tenMinutesLater << date << qint64(600'000);
    QTest::newRow("Expires against a skewed Date")
        << QByteArray() << QByteArray("Wed, 31 Dec 2025 12:10:00 GMT")
        << QByteArray("Wed, 31 Dec 2025 12:00:00 GMT") << qint64(600'000);
    QTest::newRow("Expires against now without Date")
        << QByteArray() << tenMinutesLater << QByteArray() << qint64(600'000);
    QTest::newRow("Expires against now with a bad Date")
        << QByteArray() << tenMinutesLater << QByteArray("yesterday") << qint64(600'000);
    QTest::newRow("Expires in the past")
        << QByteArray() << QByteArray("Wed, 31 Dec 2025 00:00:00 GMT") << date << qint64(0);
    QTest::newRow("Expires 0") << QByteArray() << QByteArray("0") << date << qint64(0);
    QTest::newRow("Expires garbage") << QByteArray() << QByteArray("never") << date << qint64(0);
    QTest::newRow("Expires more than a day ahead")
        << QByteArray() << QByteArray("Sat, 10 Jan 2026 00:00:00 GMT") << date << oneDayMs;
    QTest::newRow("max-age wins over Expires")
        << QByteArray("max-age=60") << tenMinutesLater << date << qint64(60'000);
    QTest::newRow("other directives, Expires used")
        << QByteArray("public") << tenMinutesLater << date << qint64(600'000);

    QTest::newRow("no headers") << QByteArray() << QByteArray() << QByteArray() << qint64(0);
}

void TestCachePolicy::computesFreshness()
{
    QFETCH(QByteArray, cacheControl);
    QFETCH(QByteArray, expires);
    QFETCH(QByteArray, dateHeader);
    QFETCH(qint64, freshMs);
    QCOMPARE(CachePolicy::freshForMs(cacheControl, expires, dateHeader, now), freshMs);
}

QTEST_GUILESS_MAIN(TestCachePolicy)
#include "tst_CachePolicy.moc"
