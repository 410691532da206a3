// The kind of device guessed from the app behind a session and its name (DeviceKind), and the hint that
// two sessions may be the same device (SameDeviceHints): pure logic, as tables.
#include "model/DeviceKind.h"
#include "model/SameDeviceHints.h"

#include <QTest>

using namespace gatehouse;

namespace {

std::optional<ClientInformation> app(const char* name, const char* url = nullptr)
{
    ClientInformation client;
    if (name)
        client.name = QString::fromUtf8(name);
    if (url)
        client.url = QString::fromUtf8(url);
    return client;
}

Device device(const QString& id, const std::optional<QString>& name)
{
    Device d;
    d.id = id;
    d.displayName = name;
    return d;
}

} // namespace

Q_DECLARE_METATYPE(std::optional<ClientInformation>)
Q_DECLARE_METATYPE(std::optional<QString>)

class TestDeviceKind : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void guessesTheKind_data();
    void guessesTheKind();
    void sameAppAndNameArePossiblyTheSameDevice();
};

void TestDeviceKind::guessesTheKind_data()
{
    QTest::addColumn<std::optional<ClientInformation>>("client");
    QTest::addColumn<std::optional<QString>>("name");
    QTest::addColumn<int>("kind");
    const std::optional<ClientInformation> none;
    QTest::newRow("nothing known") << none << std::optional<QString>() << int(DeviceKind::Unknown);
    QTest::newRow("a name that says nothing")
        << none << std::optional<QString>("Alice's thing") << int(DeviceKind::Unknown);
    QTest::newRow("desktop by name") << none << std::optional<QString>("Element Desktop on Linux")
                                     << int(DeviceKind::Desktop);
    QTest::newRow("laptop") << none << std::optional<QString>("Old laptop") << int(DeviceKind::Desktop);
    QTest::newRow("phone by name") << none << std::optional<QString>("FluffyChat on Pixel 8")
                                   << int(DeviceKind::Mobile);
    QTest::newRow("iPhone") << none << std::optional<QString>("Element X on iPhone 15")
                            << int(DeviceKind::Mobile);
    QTest::newRow("browser by name") << none << std::optional<QString>("Cinny on Chrome for macOS")
                                     << int(DeviceKind::Web);
    QTest::newRow("bot by name") << none << std::optional<QString>("matrix-commander (backup bot)")
                                 << int(DeviceKind::Bot);
    QTest::newRow("bridge") << none << std::optional<QString>("mautrix-telegram bridge")
                            << int(DeviceKind::Bot);
    QTest::newRow("a name containing bot inside a word")
        << none << std::optional<QString>("Abbott's desktop") << int(DeviceKind::Desktop);
    QTest::newRow("Studios is not iOS")
        << none << std::optional<QString>("Studios") << int(DeviceKind::Unknown);
    QTest::newRow("web app address") << app("Cinny", "app.cinny.in") << std::optional<QString>("Cinny")
                                     << int(DeviceKind::Web);
    QTest::newRow("web address beats a desktop name")
        << app("Element", "https://app.element.io/") << std::optional<QString>("Firefox on Windows")
        << int(DeviceKind::Web);
    QTest::newRow("Element Desktop's vector address")
        << app("Element", "vector://vector/webapp/") << std::optional<QString>("Work")
        << int(DeviceKind::Desktop);
    QTest::newRow("mobile app name") << app("Element X") << std::optional<QString>("My thing")
                                     << int(DeviceKind::Mobile);
    QTest::newRow("desktop app name") << app("Nheko") << std::optional<QString>() << int(DeviceKind::Desktop);
    QTest::newRow("a bot beats everything") << app("maubot", "https://bots.example.org")
                                            << std::optional<QString>("Phone") << int(DeviceKind::Bot);
    QTest::newRow("case does not matter")
        << none << std::optional<QString>("ANDROID") << int(DeviceKind::Mobile);
}

void TestDeviceKind::guessesTheKind()
{
    QFETCH(std::optional<ClientInformation>, client);
    QFETCH(std::optional<QString>, name);
    QFETCH(int, kind);
    QCOMPARE(int(DeviceKind::guess(client, name)), kind);
    QVERIFY(!DeviceKind::label(DeviceKind::guess(client, name)).isEmpty());
}

void TestDeviceKind::sameAppAndNameArePossiblyTheSameDevice()
{
    const QList<Device> devices{device("A", "Laptop"), device("B", "Laptop"),     device("C", "Laptop"),
                                device("D", "Phone"),  device("E", std::nullopt), device("F", std::nullopt),
                                device("G", "laptop")};
    QHash<QString, ClientInformation> clients;
    for (const char* id : {"A", "B", "D", "E", "F", "G"})
        clients.insert(QString::fromLatin1(id), *app("Element"));
    clients.insert("C", *app("Nheko"));
    const QHash<QString, QStringList> hints = SameDeviceHints::find(devices, clients);
    QCOMPARE(hints.value("A"), QStringList{"B"});
    QCOMPARE(hints.value("B"), QStringList{"A"});
    QVERIFY(!hints.contains("C")); // another app
    QVERIFY(!hints.contains("D"));
    QVERIFY(!hints.contains("E")); // no name: nothing to compare
    QVERIFY(!hints.contains("G")); // another spelling is another name
    // Without client information, no hint at all.
    QVERIFY(SameDeviceHints::find(devices, {}).isEmpty());
}

QTEST_APPLESS_MAIN(TestDeviceKind)
#include "tst_DeviceKind.moc"
