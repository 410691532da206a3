// How long a 429 asks us to wait: Retry-After (seconds or an HTTP-date) first, then the deprecated
// retry_after_ms (spec "Rate limiting").
#include "network/RetryAfter.h"

#include <QTest>
#include <QTimeZone>

using namespace gatehouse;

Q_DECLARE_METATYPE(std::optional<qint64>)

namespace {

const QDateTime now(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc());

} // namespace

class TestRetryAfter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheDelay_data();
    void readsTheDelay();
    void boundsHugeDelays();
};

void TestRetryAfter::readsTheDelay_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<std::optional<qint64>>("delay");
    const std::optional<qint64> none;
    const QByteArray body1500 =
        R"({"errcode": "M_LIMIT_EXCEEDED", "error": "Too many", "retry_after_ms": 1500})";

    QTest::newRow("seconds") << QByteArray("120") << QByteArray() << std::optional<qint64>(120'000);
    QTest::newRow("zero seconds") << QByteArray("0") << QByteArray() << std::optional<qint64>(0);
    QTest::newRow("seconds with spaces") << QByteArray(" 5 ") << QByteArray() << std::optional<qint64>(5'000);
    QTest::newRow("IMF-fixdate") << QByteArray("Thu, 01 Jan 2026 00:01:30 GMT") << QByteArray()
                                 << std::optional<qint64>(90'000);
    QTest::newRow("RFC 850 date") << QByteArray("Thursday, 01-Jan-26 00:01:30 GMT") << QByteArray()
                                  << std::optional<qint64>(90'000);
    QTest::newRow("asctime date") << QByteArray("Thu Jan  1 00:01:30 2026") << QByteArray()
                                  << std::optional<qint64>(90'000);
    QTest::newRow("date in the past means now")
        << QByteArray("Wed, 31 Dec 2025 23:00:00 GMT") << QByteArray() << std::optional<qint64>(0);
    QTest::newRow("header wins over body") << QByteArray("3") << body1500 << std::optional<qint64>(3'000);
    QTest::newRow("date header wins over body")
        << QByteArray("Thu, 01 Jan 2026 00:00:10 GMT") << body1500 << std::optional<qint64>(10'000);
    QTest::newRow("body when no header") << QByteArray() << body1500 << std::optional<qint64>(1'500);
    QTest::newRow("body when the header is negative")
        << QByteArray("-1") << body1500 << std::optional<qint64>(1'500);
    QTest::newRow("body when the header is garbage")
        << QByteArray("soon") << body1500 << std::optional<qint64>(1'500);
    QTest::newRow("body when the header is a fraction")
        << QByteArray("1.5") << body1500 << std::optional<qint64>(1'500);
    QTest::newRow("body with a fractional value")
        << QByteArray() << QByteArray(R"({"retry_after_ms": 250.9})") << std::optional<qint64>(250);
    QTest::newRow("nothing") << QByteArray() << QByteArray() << none;
    QTest::newRow("negative header, no body") << QByteArray("-30") << QByteArray() << none;
    QTest::newRow("garbage header, no body") << QByteArray("later") << QByteArray() << none;
    QTest::newRow("negative body") << QByteArray() << QByteArray(R"({"retry_after_ms": -5})") << none;
    QTest::newRow("body value a string")
        << QByteArray() << QByteArray(R"({"retry_after_ms": "1500"})") << none;
    QTest::newRow("body value null") << QByteArray() << QByteArray(R"({"retry_after_ms": null})") << none;
    QTest::newRow("body not JSON") << QByteArray() << QByteArray("Too Many Requests") << none;
    QTest::newRow("body without the field")
        << QByteArray() << QByteArray(R"({"errcode": "M_LIMIT_EXCEEDED"})") << none;
}

void TestRetryAfter::readsTheDelay()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, body);
    QFETCH(std::optional<qint64>, delay);
    QCOMPARE(RetryAfter::delayMs(header, body, now), delay);
}

void TestRetryAfter::boundsHugeDelays()
{
    // A server cannot make the arithmetic overflow into a negative or tiny delay.
    for (const QByteArray& header : {QByteArray("9223372036854775807"), QByteArray("99999999999999")}) {
        const std::optional<qint64> delay = RetryAfter::fromHeader(header, now);
        QVERIFY(delay.has_value());
        QVERIFY(*delay >= 1'000'000'000);
    }
    const std::optional<qint64> fromBody = RetryAfter::fromBody(R"({"retry_after_ms": 1e300})");
    QVERIFY(fromBody.has_value());
    QVERIFY(*fromBody >= 1'000'000'000);
}

QTEST_GUILESS_MAIN(TestRetryAfter)
#include "tst_RetryAfter.moc"
