// QBENCHMARKs for the hot paths of a 10,000-session account: parsing the device list, filling the model
// (with the window's sorted proxy on top), a filter keystroke, and sorting. Labelled `benchmark`, so the
// default test run leaves them out; run them with `ctest --preset benchmark` (see README, Performance).
// They report times (or instruction counts with -callgrind under valgrind) and assert no timing.
#include "RecordingUrlOpener.h"
#include "TestServer.h"

#include "auth/TokenSource.h"
#include "demo/DemoAccount.h"
#include "matrix/AccountSession.h"
#include "matrix/Device.h"
#include "matrix/MetadataService.h"
#include "model/DeviceFilterModel.h"
#include "model/DeviceListModel.h"
#include "network/HttpClient.h"
#include "sessions/SessionTable.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace gatehouse;

namespace {

constexpr int SessionCount = 10'000;

// The same sessions the demo server serves with --devices 10000, as the server sends them.
QByteArray devicesResponse(const QList<Device>& devices)
{
    QJsonArray array;
    for (const Device& device : devices) {
        const auto orNull = [](const std::optional<QString>& value) {
            return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
        };
        array.append(QJsonObject{{"device_id", device.id},
                                 {"display_name", orNull(device.displayName)},
                                 {"last_seen_ip", orNull(device.lastSeenIp)},
                                 {"last_seen_ts", device.lastSeenTs ? QJsonValue(*device.lastSeenTs)
                                                                    : QJsonValue(QJsonValue::Null)},
                                 {"user_id", "@alice:localhost"}});
    }
    return QJsonDocument(QJsonObject{{"devices", array}}).toJson(QJsonDocument::Compact);
}

QList<Device> demoDevices()
{
    DemoAccount account;
    account.populate(SessionCount, QDateTime::currentDateTimeUtc());
    return account.devices();
}

// The window's arrangement: the model, the sorting and filtering proxy, and the session table on it.
struct Table
{
    Table()
    {
        proxy.setSourceModel(&model);
        table.setModel(&proxy);
        table.sortByColumn(DeviceListModel::LastActivityColumn, Qt::DescendingOrder);
        table.resize(1000, 600);
        table.show();
    }

    DeviceListModel model;
    DeviceFilterModel proxy;
    SessionTable table;
};

} // namespace

class TestHotPaths : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void parseDeviceList();
    void fillModel();
    void fillModelUnderTable();
    void filterKeystroke_data();
    void filterKeystroke();
    void keystrokeInTheWindow_data();
    void keystrokeInTheWindow();
    void sort_data();
    void sort();
    void scrollOnePage();

private:
    QList<Device> m_devices;
    QByteArray m_response;
};

void TestHotPaths::initTestCase()
{
    m_devices = demoDevices();
    m_response = devicesResponse(m_devices);
    QCOMPARE(m_devices.size(), SessionCount);
}

void TestHotPaths::parseDeviceList()
{
    Result<QList<Device>> parsed = Error::make(Error::Kind::InvalidResponse, QString());
    QBENCHMARK
    {
        parsed = Device::listFromJson(m_response);
    }
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.value(), m_devices);
}

void TestHotPaths::fillModel()
{
    // The first load into an empty model, as the window does it: sorted by last activity through the proxy.
    QBENCHMARK
    {
        DeviceListModel model;
        DeviceFilterModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(DeviceListModel::LastActivityColumn, Qt::DescendingOrder);
        model.setDevices(m_devices, m_devices.first().id);
        QCOMPARE(proxy.rowCount(), SessionCount);
    }
}

void TestHotPaths::fillModelUnderTable()
{
    // The same with the session table attached and painted once, as after the first load.
    QBENCHMARK
    {
        Table t;
        t.model.setDevices(m_devices, m_devices.first().id);
        t.table.viewport()->repaint();
        QCOMPARE(t.proxy.rowCount(), SessionCount);
    }
}

void TestHotPaths::filterKeystroke_data()
{
    // One keystroke: each iteration switches between the two texts, typing or deleting a character.
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<int>("matchesAfter");
    QTest::newRow("first letter, most rows stay") << ""
                                                  << "e" << -1;
    QTest::newRow("narrowing to a tenth") << "dev000"
                                          << "dev0001" << 1000;
    QTest::newRow("one session left") << "dev000123"
                                      << "dev0001234" << 1;
    QTest::newRow("nothing matches") << "zz"
                                     << "zzq" << 0;
}

void TestHotPaths::filterKeystroke()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(int, matchesAfter);

    Table t;
    t.model.setDevices(m_devices, m_devices.first().id);
    t.table.setCurrentIndex(t.proxy.index(0, 0));
    t.proxy.setSearchText(before);
    bool typed = false;
    QBENCHMARK
    {
        typed = !typed;
        t.proxy.setSearchText(typed ? after : before);
        // What the user sees: the table repainted with the new rows.
        t.table.viewport()->repaint();
    }
    t.proxy.setSearchText(after);
    if (matchesAfter >= 0)
        QCOMPARE(t.proxy.rowCount(), matchesAfter);
    else
        QVERIFY(t.proxy.rowCount() > 0);
}

void TestHotPaths::keystrokeInTheWindow_data()
{
    // What a user feels: a key typed into the window's filter field (or deleted again), the table filtered,
    // the counts updated, and what changed painted.
    QTest::addColumn<QString>("typed");
    QTest::addColumn<char>("key");
    QTest::newRow("first letter") << "" << 'e';
    QTest::newRow("narrowing to a tenth") << "dev000" << '1';
    QTest::newRow("one session left") << "dev000123" << '4';
    QTest::newRow("nothing matches") << "zz" << 'q';
}

void TestHotPaths::keystrokeInTheWindow()
{
    QFETCH(QString, typed);
    QFETCH(char, key);

    DemoOptions options;
    options.devices = SessionCount;
    test::TestServer server(options);
    test::RecordingUrlOpener opener;
    HttpClient http;
    MetadataService metadata(&http);
    MainWindow window(&opener);
    window.showAccount(new AccountSession(&http, &metadata, server.baseUrl(),
                                          std::make_shared<StaticTokenSource>(server.token())));
    window.show();
    QSignalSpy loaded(&window, &MainWindow::loaded);
    QVERIFY(loaded.wait(60'000));
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("searchField"));
    search->setFocus();
    QTest::keyClicks(search, typed);
    QCoreApplication::processEvents();

    bool added = false;
    QBENCHMARK
    {
        added = !added;
        if (added)
            QTest::keyClick(search, key);
        else
            QTest::keyClick(search, Qt::Key_Backspace);
        QCoreApplication::processEvents(); // the repaint
    }
    QCOMPARE(search->text(), added ? typed + QLatin1Char(key) : typed);
}

void TestHotPaths::sort_data()
{
    QTest::addColumn<int>("column");
    QTest::newRow("last activity") << int(DeviceListModel::LastActivityColumn);
    QTest::newRow("name") << int(DeviceListModel::NameColumn);
    QTest::newRow("device ID") << int(DeviceListModel::DeviceIdColumn);
    QTest::newRow("IP address") << int(DeviceListModel::LastIpColumn);
}

void TestHotPaths::sort()
{
    QFETCH(int, column);

    Table t;
    t.model.setDevices(m_devices, m_devices.first().id);
    bool ascending = false;
    QBENCHMARK
    {
        // A click on the column header: the other direction each time.
        ascending = !ascending;
        t.table.sortByColumn(column, ascending ? Qt::AscendingOrder : Qt::DescendingOrder);
        t.table.viewport()->repaint();
    }
    // This session stays first in both directions.
    QVERIFY(t.proxy.index(0, 0).data(DeviceListModel::IsCurrentRole).toBool());
}

void TestHotPaths::scrollOnePage()
{
    // Smooth scrolling: a page further down, painted (rows of every kind: named, inactive, this session).
    Table t;
    t.model.setDevices(m_devices, m_devices.first().id);
    QCoreApplication::processEvents(); // the scroll bar's range
    int page = 0;
    QBENCHMARK
    {
        page = (page + 1) % 200;
        t.table.verticalScrollBar()->setValue(page * t.table.verticalScrollBar()->pageStep());
        t.table.viewport()->repaint();
    }
    QVERIFY(t.table.verticalScrollBar()->value() > 0);
}

QTEST_MAIN(TestHotPaths)
#include "tst_HotPaths.moc"
