// RFC 9110 HTTP-dates, in the preferred form and the two obsolete ones.
#include "network/HttpDate.h"

#include <QTest>
#include <QTimeZone>

#include <ctime>

using namespace gatehouse;

class TestHttpDate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesAllThreeForms_data();
    void parsesAllThreeForms();
    void refusesOtherText_data();
    void refusesOtherText();
    void readsGmtWhateverTheLocalZone_data();
    void readsGmtWhateverTheLocalZone();
};

void TestHttpDate::parsesAllThreeForms_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime rfcExample(QDate(1994, 11, 6), QTime(8, 49, 37), QTimeZone::utc());
    QTest::newRow("IMF-fixdate") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << rfcExample;
    QTest::newRow("RFC 850") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT") << rfcExample;
    QTest::newRow("asctime") << QByteArray("Sun Nov  6 08:49:37 1994") << rfcExample;
    QTest::newRow("surrounding space") << QByteArray("  Sun, 06 Nov 1994 08:49:37 GMT\r\n") << rfcExample;
    QTest::newRow("IMF-fixdate, recent") << QByteArray("Thu, 01 Jan 2026 00:01:30 GMT")
                                         << QDateTime(QDate(2026, 1, 1), QTime(0, 1, 30), QTimeZone::utc());
    QTest::newRow("RFC 850, two-digit year in this century")
        << QByteArray("Thursday, 01-Jan-26 00:01:30 GMT")
        << QDateTime(QDate(2026, 1, 1), QTime(0, 1, 30), QTimeZone::utc());
    QTest::newRow("asctime, two-digit day")
        << QByteArray("Sat Dec 12 23:59:59 2026")
        << QDateTime(QDate(2026, 12, 12), QTime(23, 59, 59), QTimeZone::utc());
}

void TestHttpDate::parsesAllThreeForms()
{
    QFETCH(QByteArray, text);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = HttpDate::parse(text);
    QVERIFY(parsed.isValid());
    QCOMPARE(parsed.toUTC(), expected);
    QCOMPARE(parsed.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
}

void TestHttpDate::refusesOtherText_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("seconds") << QByteArray("120");
    QTest::newRow("garbage") << QByteArray("soon");
    QTest::newRow("ISO 8601") << QByteArray("2026-01-01T00:00:00Z");
    QTest::newRow("other zone") << QByteArray("Sun, 06 Nov 1994 08:49:37 PST");
    QTest::newRow("no zone") << QByteArray("Sun, 06 Nov 1994 08:49:37");
    QTest::newRow("day out of range") << QByteArray("Wed, 32 Nov 1994 08:49:37 GMT");
    QTest::newRow("hour out of range") << QByteArray("Sun, 06 Nov 1994 25:49:37 GMT");
    QTest::newRow("wrong weekday") << QByteArray("Mon, 06 Nov 1994 08:49:37 GMT");
    QTest::newRow("RFC 850, weekday of the wrong century") << QByteArray("Friday, 01-Jan-26 00:01:30 GMT");
    QTest::newRow("asctime, wrong weekday") << QByteArray("Mon Nov  6 08:49:37 1994");
    QTest::newRow("short weekday in RFC 850") << QByteArray("Sun, 06-Nov-94 08:49:37 GMT");
    QTest::newRow("long weekday in IMF-fixdate") << QByteArray("Sunday, 06 Nov 1994 08:49:37 GMT");
    QTest::newRow("lower-case zone") << QByteArray("Sun, 06 Nov 1994 08:49:37 gmt");
}

void TestHttpDate::refusesOtherText()
{
    QFETCH(QByteArray, text);
    QVERIFY(!HttpDate::parse(text).isValid());
}

// The time is GMT; the local zone, its daylight-saving gaps and overlaps included, must not matter.
void TestHttpDate::readsGmtWhateverTheLocalZone_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("Berlin, spring-forward gap")
        << QByteArray("Europe/Berlin") << QByteArray("Sun, 29 Mar 2026 02:30:00 GMT")
        << QDateTime(QDate(2026, 3, 29), QTime(2, 30), QTimeZone::utc());
    QTest::newRow("Berlin, fall-back overlap")
        << QByteArray("Europe/Berlin") << QByteArray("Sun, 25 Oct 2026 02:30:00 GMT")
        << QDateTime(QDate(2026, 10, 25), QTime(2, 30), QTimeZone::utc());
    QTest::newRow("New York, spring-forward gap")
        << QByteArray("America/New_York") << QByteArray("Sun, 08 Mar 2026 02:30:00 GMT")
        << QDateTime(QDate(2026, 3, 8), QTime(2, 30), QTimeZone::utc());
    QTest::newRow("New York, asctime in the gap")
        << QByteArray("America/New_York") << QByteArray("Sun Mar  8 02:30:00 2026")
        << QDateTime(QDate(2026, 3, 8), QTime(2, 30), QTimeZone::utc());
}

void TestHttpDate::readsGmtWhateverTheLocalZone()
{
    QFETCH(QByteArray, zone);
    QFETCH(QByteArray, text);
    QFETCH(QDateTime, expected);
    const QByteArray saved = qgetenv("TZ");
    const bool hadZone = qEnvironmentVariableIsSet("TZ");
    qputenv("TZ", zone);
    tzset();
    const QDateTime parsed = HttpDate::parse(text);
    if (hadZone)
        qputenv("TZ", saved);
    else
        qunsetenv("TZ");
    tzset();
    QVERIFY(parsed.isValid());
    QCOMPARE(parsed.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
}

QTEST_GUILESS_MAIN(TestHttpDate)
#include "tst_HttpDate.moc"
