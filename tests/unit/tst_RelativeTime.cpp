// "Just now", "3 hours ago", "5 months ago": the boundaries between the units. Plural wording depends on
// the installed translator, so expectations are built with the same source strings.
#include "model/RelativeTime.h"

#include <QTest>
#include <QTimeZone>

using namespace gatehouse;

namespace {

const QDateTime now(QDate(2026, 1, 1), QTime(12, 0), QTimeZone::utc());
constexpr qint64 secondMs = 1000;
constexpr qint64 minuteMs = 60 * secondMs;
constexpr qint64 hourMs = 60 * minuteMs;
constexpr qint64 dayMs = 24 * hourMs;

QString plural(const char* source, int n)
{
    return QCoreApplication::translate("RelativeTime", source, nullptr, n);
}

} // namespace

class TestRelativeTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void describesTheDistance_data();
    void describesTheDistance();
    void givesTheDateForFutureTimestamps_data();
    void givesTheDateForFutureTimestamps();
    void describesAbsurdlyOldTimestampsInYears();
    void countsWholeDays_data();
    void countsWholeDays();
};

void TestRelativeTime::describesTheDistance_data()
{
    QTest::addColumn<qint64>("agoMs");
    QTest::addColumn<QString>("expected");
    const QString justNow = QCoreApplication::translate("RelativeTime", "Just now");

    QTest::newRow("now") << qint64(0) << justNow;
    QTest::newRow("59.9 seconds") << 59 * secondMs + 900 << justNow;
    QTest::newRow("a second ahead") << -secondMs << justNow;
    QTest::newRow("five minutes ahead (clock skew)") << -5 * minuteMs << justNow;
    QTest::newRow("60 seconds") << minuteMs << plural("%n minute(s) ago", 1);
    QTest::newRow("59 minutes 59 seconds") << hourMs - secondMs << plural("%n minute(s) ago", 59);
    QTest::newRow("one hour") << hourMs << plural("%n hour(s) ago", 1);
    QTest::newRow("23 hours 59 minutes") << dayMs - minuteMs << plural("%n hour(s) ago", 23);
    QTest::newRow("one day") << dayMs << plural("%n day(s) ago", 1);
    QTest::newRow("30 days") << 30 * dayMs << plural("%n day(s) ago", 30);
    QTest::newRow("31 days") << 31 * dayMs << plural("%n month(s) ago", 1);
    QTest::newRow("59 days") << 59 * dayMs << plural("%n month(s) ago", 1);
    QTest::newRow("60 days") << 60 * dayMs << plural("%n month(s) ago", 2);
    QTest::newRow("364 days") << 364 * dayMs << plural("%n month(s) ago", 12);
    QTest::newRow("365 days") << 365 * dayMs << plural("%n year(s) ago", 1);
    QTest::newRow("729 days") << 729 * dayMs << plural("%n year(s) ago", 1);
    QTest::newRow("730 days") << 730 * dayMs << plural("%n year(s) ago", 2);
    QTest::newRow("since 1970") << now.toMSecsSinceEpoch() << plural("%n year(s) ago", 56);
}

void TestRelativeTime::describesTheDistance()
{
    QFETCH(qint64, agoMs);
    QFETCH(QString, expected);
    QCOMPARE(RelativeTime::describe(now.toMSecsSinceEpoch() - agoMs, now), expected);
}

void TestRelativeTime::givesTheDateForFutureTimestamps_data()
{
    QTest::addColumn<qint64>("aheadMs");
    QTest::newRow("five minutes and a second") << 5 * minuteMs + secondMs;
    QTest::newRow("a day") << dayMs;
    QTest::newRow("ten years") << 3650 * dayMs;
}

void TestRelativeTime::givesTheDateForFutureTimestamps()
{
    QFETCH(qint64, aheadMs);
    const qint64 when = now.toMSecsSinceEpoch() + aheadMs;
    const QString text = RelativeTime::describe(when, now);
    QCOMPARE(text, RelativeTime::exact(when));
    QVERIFY(!text.isEmpty());
}

void TestRelativeTime::describesAbsurdlyOldTimestampsInYears()
{
    // A server may send any integer up to 2^53 in magnitude; the words must still be right.
    const qint64 when = -9007199254740992LL;
    const qint64 years = (now.toMSecsSinceEpoch() - when) / dayMs / 365;
    QCOMPARE(RelativeTime::describe(when, now), plural("%n year(s) ago", int(years)));
}

void TestRelativeTime::countsWholeDays_data()
{
    QTest::addColumn<qint64>("agoMs");
    QTest::addColumn<qint64>("days");
    QTest::newRow("now") << qint64(0) << qint64(0);
    QTest::newRow("just under a day") << dayMs - 1 << qint64(0);
    QTest::newRow("a day") << dayMs << qint64(1);
    QTest::newRow("90 days and change") << 90 * dayMs + hourMs << qint64(90);
}

void TestRelativeTime::countsWholeDays()
{
    QFETCH(qint64, agoMs);
    QFETCH(qint64, days);
    QCOMPARE(RelativeTime::daysBetween(now.toMSecsSinceEpoch() - agoMs, now), days);
}

QTEST_GUILESS_MAIN(TestRelativeTime)
#include "tst_RelativeTime.moc"
