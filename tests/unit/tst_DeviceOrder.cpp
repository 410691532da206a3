// The order of the session table and of --list: this session first, newest activity next, unknown
// times last, ties by device ID.
#include "TestDevices.h"
#include "model/DeviceOrder.h"

#include <QTest>

using namespace gatehouse;
using namespace gatehouse::testing;

Q_DECLARE_METATYPE(gatehouse::Device)

namespace {

Device seen(const QString& id, std::optional<qint64> ts)
{
    return makeDevice(id, std::nullopt, ts);
}

} // namespace

class TestDeviceOrder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sorts_data();
    void sorts();
    void comesBeforeIsAStrictOrder();
};

void TestDeviceOrder::sorts_data()
{
    QTest::addColumn<QList<Device>>("devices");
    QTest::addColumn<QString>("current");
    QTest::addColumn<QStringList>("expected");
    const std::optional<qint64> unknown;

    QTest::newRow("newest first") << QList<Device>{seen("A", 100), seen("B", 300), seen("C", 200)}
                                  << QString() << QStringList{"B", "C", "A"};
    QTest::newRow("current first although oldest")
        << QList<Device>{seen("A", 100), seen("B", 300), seen("C", 200)} << "A" << QStringList{"A", "B", "C"};
    QTest::newRow("current first although unknown")
        << QList<Device>{seen("A", 100), seen("ME", unknown), seen("C", 200)} << "ME"
        << QStringList{"ME", "C", "A"};
    QTest::newRow("unknown times last") << QList<Device>{seen("U", unknown), seen("A", 1), seen("B", 2)}
                                        << QString() << QStringList{"B", "A", "U"};
    QTest::newRow("ties by ID") << QList<Device>{seen("C", 5), seen("A", 5), seen("B", 5)} << QString()
                                << QStringList{"A", "B", "C"};
    QTest::newRow("unknown ties by ID") << QList<Device>{seen("Z", unknown), seen("M", unknown), seen("N", 9)}
                                        << QString() << QStringList{"N", "M", "Z"};
    QTest::newRow("zero is a known time")
        << QList<Device>{seen("U", unknown), seen("Z", 0)} << QString() << QStringList{"Z", "U"};
    QTest::newRow("negative is a known time")
        << QList<Device>{seen("U", unknown), seen("N", -5)} << QString() << QStringList{"N", "U"};
    QTest::newRow("IDs compare case-sensitively")
        << QList<Device>{seen("b", 1), seen("B", 1), seen("a", 1)} << QString() << QStringList{"B", "a", "b"};
    QTest::newRow("current not in the list")
        << QList<Device>{seen("A", 1), seen("B", 2)} << "GONE" << QStringList{"B", "A"};
    QTest::newRow("empty") << QList<Device>{} << "A" << QStringList{};
}

void TestDeviceOrder::sorts()
{
    QFETCH(QList<Device>, devices);
    QFETCH(QString, current);
    QFETCH(QStringList, expected);
    QCOMPARE(idsOf(DeviceOrder::sorted(devices, current)), expected);
}

void TestDeviceOrder::comesBeforeIsAStrictOrder()
{
    const QList<Device> devices = {
        seen("A", 1), seen("B", 1), seen("C", 2), seen("D", std::nullopt), seen("E", std::nullopt),
        seen("ME", 0)};
    for (const Device& left : devices) {
        QVERIFY(!DeviceOrder::comesBefore(left, left, "ME"));
        for (const Device& right : devices) {
            if (left.id != right.id) {
                QVERIFY(DeviceOrder::comesBefore(left, right, "ME") !=
                        DeviceOrder::comesBefore(right, left, "ME"));
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestDeviceOrder)
#include "tst_DeviceOrder.moc"
