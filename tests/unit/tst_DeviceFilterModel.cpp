// Sorting and filtering the session table: this session first and unknown times last whatever the
// direction, the default order equal to --list's, search over name, ID and IP, and the activity filter.
#include "TestDevices.h"
#include "model/DeviceFilterModel.h"
#include "model/DeviceListModel.h"
#include "model/DeviceOrder.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::testing;

using Activity = DeviceFilterModel::Activity;
Q_DECLARE_METATYPE(gatehouse::DeviceFilterModel::Activity)

namespace {

// Twelve sessions with every kind of tie: equal times, unknown times, equal names, this session.
QList<Device> sample()
{
    return {
        makeDevice("ME", "Laptop", daysAgo(3)),
        makeDevice("PHONE1", "Phone", daysAgo(1), "192.0.2.10"),
        makeDevice("PHONE2", "phone", daysAgo(1), "192.0.2.11"),
        makeDevice("TABLET", "Tablet", daysAgo(200), "2001:db8::7"),
        makeDevice("OLDPC", "Old PC", daysAgo(400)),
        makeDevice("NOTIME2", "Unknown B", std::nullopt),
        makeDevice("NOTIME1", "Unknown A", std::nullopt),
        makeDevice("WEB", "Element Web", daysAgo(1), "198.51.100.1"),
        makeDevice("BOT", std::nullopt, daysAgo(95)),
        makeDevice("abc", "lower id", daysAgo(10)),
        makeDevice("ABC", "upper id", daysAgo(10)),
        makeDevice("NEWEST", "Newest", daysAgo(0)),
    };
}

struct Fixture
{
    DeviceListModel source;
    DeviceFilterModel proxy;

    explicit Fixture(const QList<Device>& devices = sample(), const QString& current = "ME")
    {
        source.setReferenceTime(referenceNow);
        source.setDevices(devices, current);
        proxy.setSourceModel(&source);
    }

    QStringList ids() const
    {
        QStringList out;
        for (int row = 0; row < proxy.rowCount(); ++row)
            out.append(proxy.index(row, 0).data(DeviceListModel::DeviceIdRole).toString());
        return out;
    }
};

} // namespace

class TestDeviceFilterModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesTheModelTester();
    void defaultOrderEqualsTheListOrder();
    void defaultOrderEqualsTheListOrderForAnyCurrentSession_data();
    void defaultOrderEqualsTheListOrderForAnyCurrentSession();
    void currentSessionFirstInBothOrders_data();
    void currentSessionFirstInBothOrders();
    void unknownTimesLastInBothOrders_data();
    void unknownTimesLastInBothOrders();
    void oldestFirstWhenAscending();
    void tiesAreBrokenByIdInBothOrders_data();
    void tiesAreBrokenByIdInBothOrders();
    void sortsByNameCaseInsensitively();
    void newSessionsTakeTheirPlace();
    void filtersByText_data();
    void filtersByText();
    void filtersByActivity_data();
    void filtersByActivity();
    void activityFilterFollowsTheThreshold();
    void combinesTextAndActivity();
};

void TestDeviceFilterModel::passesTheModelTester()
{
    Fixture f;
    QAbstractItemModelTester tester(&f.proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    f.proxy.sort(DeviceListModel::LastActivityColumn, Qt::DescendingOrder);
    f.proxy.setSearchText("phone");
    f.proxy.setActivity(Activity::InactiveOnly);
    f.proxy.setSearchText("");
    f.source.setInactiveAfterDays(2);
    f.proxy.setActivity(Activity::ActiveOnly);
    f.source.setDevices({makeDevice("ME", "Laptop", daysAgo(0)), makeDevice("NEW", "n", daysAgo(1))}, "ME");
    f.proxy.setActivity(Activity::All);
    f.proxy.sort(DeviceListModel::NameColumn, Qt::AscendingOrder);
    QVERIFY(!QTest::currentTestFailed());
}

void TestDeviceFilterModel::defaultOrderEqualsTheListOrder()
{
    Fixture f;
    QCOMPARE(f.proxy.activity(), Activity::All);
    QVERIFY(f.proxy.searchText().isEmpty());
    // The window's default: last activity, newest first.
    f.proxy.sort(DeviceListModel::LastActivityColumn, Qt::DescendingOrder);
    QCOMPARE(f.ids(), idsOf(DeviceOrder::sorted(sample(), "ME")));
    QCOMPARE(f.ids(), (QStringList{"ME", "NEWEST", "PHONE1", "PHONE2", "WEB", "ABC", "abc", "BOT", "TABLET",
                                   "OLDPC", "NOTIME1", "NOTIME2"}));
}

void TestDeviceFilterModel::defaultOrderEqualsTheListOrderForAnyCurrentSession_data()
{
    QTest::addColumn<QString>("current");
    for (const Device& d : sample())
        QTest::newRow(qPrintable(d.id)) << d.id;
    QTest::newRow("none") << QString();
}

void TestDeviceFilterModel::defaultOrderEqualsTheListOrderForAnyCurrentSession()
{
    QFETCH(QString, current);
    Fixture f(sample(), current);
    f.proxy.sort(DeviceListModel::LastActivityColumn, Qt::DescendingOrder);
    QCOMPARE(f.ids(), idsOf(DeviceOrder::sorted(sample(), current)));
}

void TestDeviceFilterModel::currentSessionFirstInBothOrders_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QString>("current");
    for (const int column : {int(DeviceListModel::NameColumn), int(DeviceListModel::DeviceIdColumn),
                             int(DeviceListModel::LastActivityColumn), int(DeviceListModel::LastIpColumn),
                             int(DeviceListModel::StatusColumn)}) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            for (const char* current : {"ME", "NOTIME1", "NEWEST", "OLDPC"}) {
                QTest::addRow("column %d, %s, current %s", column,
                              order == Qt::AscendingOrder ? "asc" : "desc", current)
                    << column << order << QString(current);
            }
        }
    }
}

void TestDeviceFilterModel::currentSessionFirstInBothOrders()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QString, current);
    Fixture f(sample(), current);
    f.proxy.sort(column, order);
    QCOMPARE(f.ids().constFirst(), current);
}

void TestDeviceFilterModel::unknownTimesLastInBothOrders_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    for (const int column : {int(DeviceListModel::LastActivityColumn), int(DeviceListModel::StatusColumn)}) {
        QTest::addRow("column %d ascending", column) << column << Qt::AscendingOrder;
        QTest::addRow("column %d descending", column) << column << Qt::DescendingOrder;
    }
}

void TestDeviceFilterModel::unknownTimesLastInBothOrders()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    Fixture f;
    f.proxy.sort(column, order);
    const QStringList ids = f.ids();
    QCOMPARE(ids.size(), 12);
    QCOMPARE(QSet<QString>(ids.end() - 2, ids.end()), (QSet<QString>{"NOTIME1", "NOTIME2"}));
}

void TestDeviceFilterModel::oldestFirstWhenAscending()
{
    Fixture f;
    f.proxy.sort(DeviceListModel::LastActivityColumn, Qt::AscendingOrder);
    const QStringList ids = f.ids();
    QCOMPARE(ids.first(), QString("ME"));
    QCOMPARE(ids.mid(1, 3), (QStringList{"OLDPC", "TABLET", "BOT"}));
    QCOMPARE(ids.indexOf("NEWEST"), 9);
}

void TestDeviceFilterModel::tiesAreBrokenByIdInBothOrders_data()
{
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::newRow("ascending") << Qt::AscendingOrder;
    QTest::newRow("descending") << Qt::DescendingOrder;
}

void TestDeviceFilterModel::tiesAreBrokenByIdInBothOrders()
{
    QFETCH(Qt::SortOrder, order);
    Fixture f;
    f.proxy.sort(DeviceListModel::LastActivityColumn, order);
    const QStringList ids = f.ids();
    // Same time: PHONE1, PHONE2, WEB; ABC, abc. Unknown: NOTIME1, NOTIME2. Each run in ID order.
    QVERIFY(ids.indexOf("PHONE1") < ids.indexOf("PHONE2"));
    QVERIFY(ids.indexOf("PHONE2") < ids.indexOf("WEB"));
    QCOMPARE(ids.indexOf("abc"), ids.indexOf("ABC") + 1);
    QCOMPARE(ids.indexOf("NOTIME2"), ids.indexOf("NOTIME1") + 1);
}

void TestDeviceFilterModel::sortsByNameCaseInsensitively()
{
    Fixture f({makeDevice("ME", "zeta", 1), makeDevice("B", "beta", 1), makeDevice("A2", "Alpha", 1),
               makeDevice("A1", "alpha", 1), makeDevice("C", "Gamma", 1)},
              "ME");
    f.proxy.sort(DeviceListModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(f.ids(), (QStringList{"ME", "A1", "A2", "B", "C"}));
    f.proxy.sort(DeviceListModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(f.ids().constFirst(), QString("ME"));
    QCOMPARE(f.ids().mid(1, 2), (QStringList{"C", "B"}));
}

void TestDeviceFilterModel::newSessionsTakeTheirPlace()
{
    Fixture f;
    f.proxy.sort(DeviceListModel::LastActivityColumn, Qt::DescendingOrder);
    QList<Device> devices = sample();
    devices.append(makeDevice("BRANDNEW", "new", daysAgo(0) + 1));
    devices.removeIf([](const Device& d) { return d.id == "WEB"; });
    f.source.setDevices(devices, "ME");
    QCOMPARE(f.ids(), idsOf(DeviceOrder::sorted(devices, "ME")));
    QCOMPARE(f.ids().at(1), QString("BRANDNEW"));
}

void TestDeviceFilterModel::filtersByText_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("empty shows all") << "" << idsOf(sample());
    QTest::newRow("only spaces shows all") << "   " << idsOf(sample());
    QTest::newRow("name, any case") << "PHONE" << QStringList{"PHONE1", "PHONE2"};
    QTest::newRow("part of a name") << "lem" << QStringList{"WEB"};
    QTest::newRow("device ID, any case") << "tablet" << QStringList{"TABLET"};
    QTest::newRow("device ID only") << "bot" << QStringList{"BOT"};
    QTest::newRow("IP address") << "192.0.2.1" << QStringList{"PHONE1", "PHONE2"};
    QTest::newRow("exact IP") << "192.0.2.11" << QStringList{"PHONE2"};
    QTest::newRow("IPv6 part") << "db8::7" << QStringList{"TABLET"};
    QTest::newRow("surrounding space ignored") << "  newest  " << QStringList{"NEWEST"};
    QTest::newRow("IDs differing in case") << "ABC" << QStringList{"abc", "ABC"};
    QTest::newRow("no match") << "nothing like this" << QStringList{};
}

void TestDeviceFilterModel::filtersByText()
{
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    Fixture f;
    f.proxy.setSearchText(search);
    QCOMPARE(f.proxy.searchText(), search.trimmed().toCaseFolded());
    QStringList ids = f.ids();
    ids.sort();
    expected.sort();
    QCOMPARE(ids, expected);
}

void TestDeviceFilterModel::filtersByActivity_data()
{
    QTest::addColumn<Activity>("activity");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("all") << Activity::All
                         << QStringList{"ABC",   "BOT",    "ME",     "NEWEST", "NOTIME1", "NOTIME2",
                                        "OLDPC", "PHONE1", "PHONE2", "TABLET", "WEB",     "abc"};
    QTest::newRow("active only: this session and unknown times included")
        << Activity::ActiveOnly
        << QStringList{"ABC", "ME", "NEWEST", "NOTIME1", "NOTIME2", "PHONE1", "PHONE2", "WEB", "abc"};
    QTest::newRow("inactive only: more than 90 days")
        << Activity::InactiveOnly << QStringList{"BOT", "OLDPC", "TABLET"};
}

void TestDeviceFilterModel::filtersByActivity()
{
    QFETCH(Activity, activity);
    QFETCH(QStringList, expected);
    Fixture f;
    f.proxy.setActivity(activity);
    QCOMPARE(f.proxy.activity(), activity);
    QStringList ids = f.ids();
    ids.sort();
    QCOMPARE(ids, expected);
}

void TestDeviceFilterModel::activityFilterFollowsTheThreshold()
{
    Fixture f;
    f.proxy.setActivity(Activity::InactiveOnly);
    QCOMPARE(f.proxy.rowCount(), 3);
    f.source.setInactiveAfterDays(5);
    QStringList ids = f.ids();
    ids.sort();
    QCOMPARE(ids, (QStringList{"ABC", "BOT", "OLDPC", "TABLET", "abc"}));
    f.source.setInactiveAfterDays(365);
    QCOMPARE(f.ids(), QStringList{"OLDPC"});
    f.source.setReferenceTime(referenceNow.addDays(-300));
    QVERIFY(f.ids().isEmpty());
}

void TestDeviceFilterModel::combinesTextAndActivity()
{
    Fixture f;
    f.proxy.setSearchText("o");
    f.proxy.setActivity(Activity::InactiveOnly);
    QStringList ids = f.ids();
    ids.sort();
    QCOMPARE(ids, (QStringList{"BOT", "OLDPC"}));
    f.proxy.setActivity(Activity::All);
    QVERIFY(f.ids().size() > 2);
}

QTEST_GUILESS_MAIN(TestDeviceFilterModel)
#include "tst_DeviceFilterModel.moc"
