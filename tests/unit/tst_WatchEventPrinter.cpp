// The lines `gatehouse --watch` prints (app/cli/WatchEventPrinter): every JSON key present with null where it
// does not apply, times in UTC ending in Z, and server text without control characters in the text form.
#include "cli/WatchEventPrinter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace gatehouse;

namespace {

WatchEvent added()
{
    WatchEvent event;
    event.kind = WatchEvent::Kind::SessionAdded;
    event.time = QDateTime(QDate(2026, 12, 6), QTime(7, 0, 5), Qt::UTC);
    event.userId = "@alice:example.org";
    event.baseUrl = "https://matrix.example.org";
    event.device =
        Device{"NEWDEVICE", QString("Element on iPhone"), QString("203.0.113.9"), 1'765'000'000'000};
    return event;
}

QJsonObject parse(const QString& line)
{
    return QJsonDocument::fromJson(line.toUtf8()).object();
}

} // namespace

class TestWatchEventPrinter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sessionAddedHasEveryKey();
    void errorHasNullDeviceFieldsAndAMessage();
    void missingDeviceFieldsAreNull();
    void kindNames();
    void textIsOneLineWithTheTimeFirst();
    void textStripsControlCharacters();
};

void TestWatchEventPrinter::sessionAddedHasEveryKey()
{
    const QString line = WatchEventPrinter::json(added());
    QVERIFY(line.endsWith(u'\n'));
    QCOMPARE(line.count(u'\n'), 1);
    const QJsonObject object = parse(line);
    QCOMPARE(object.size(), 9);
    QCOMPARE(object.value("event").toString(), "session_added");
    QCOMPARE(object.value("time").toString(), "2026-12-06T07:00:05Z");
    QCOMPARE(object.value("user_id").toString(), "@alice:example.org");
    QCOMPARE(object.value("base_url").toString(), "https://matrix.example.org");
    QCOMPARE(object.value("device_id").toString(), "NEWDEVICE");
    QCOMPARE(object.value("display_name").toString(), "Element on iPhone");
    QCOMPARE(object.value("last_seen_ip").toString(), "203.0.113.9");
    QCOMPARE(object.value("last_seen_ts").toInteger(), 1'765'000'000'000);
    QVERIFY(object.contains("message") && object.value("message").isNull());
}

void TestWatchEventPrinter::errorHasNullDeviceFieldsAndAMessage()
{
    WatchEvent event = added();
    event.kind = WatchEvent::Kind::Error;
    event.device.reset();
    event.message = "The server could not be reached.";
    const QJsonObject object = parse(WatchEventPrinter::json(event));
    QCOMPARE(object.size(), 9);
    QCOMPARE(object.value("event").toString(), "error");
    for (const char* key : {"device_id", "display_name", "last_seen_ip", "last_seen_ts"})
        QVERIFY2(object.value(QLatin1String(key)).isNull(), key);
    QCOMPARE(object.value("message").toString(), "The server could not be reached.");
}

void TestWatchEventPrinter::missingDeviceFieldsAreNull()
{
    WatchEvent event = added();
    event.kind = WatchEvent::Kind::SessionRemoved;
    event.device = Device{"BARE", std::nullopt, std::nullopt, std::nullopt};
    event.userId.clear(); // before whoami answered
    const QJsonObject object = parse(WatchEventPrinter::json(event));
    QCOMPARE(object.size(), 9);
    QCOMPARE(object.value("device_id").toString(), "BARE");
    for (const char* key : {"display_name", "last_seen_ip", "last_seen_ts", "user_id", "message"})
        QVERIFY2(object.value(QLatin1String(key)).isNull(), key);
}

void TestWatchEventPrinter::kindNames()
{
    QCOMPARE(WatchEvent::kindName(WatchEvent::Kind::SessionAdded), "session_added");
    QCOMPARE(WatchEvent::kindName(WatchEvent::Kind::SessionRemoved), "session_removed");
    QCOMPARE(WatchEvent::kindName(WatchEvent::Kind::SignedOut), "signed_out");
    QCOMPARE(WatchEvent::kindName(WatchEvent::Kind::Error), "error");
}

void TestWatchEventPrinter::textIsOneLineWithTheTimeFirst()
{
    const QString line = WatchEventPrinter::text(added());
    QCOMPARE(line, "2026-12-06T07:00:05Z New sign-in to @alice:example.org: “Element on iPhone” (NEWDEVICE), "
                   "from 203.0.113.9.\n");
}

void TestWatchEventPrinter::textStripsControlCharacters()
{
    WatchEvent event = added();
    event.device->displayName = QString("Evil\nname\x1b[31m");
    const QString line = WatchEventPrinter::text(event);
    QCOMPARE(line.count(u'\n'), 1);
    QVERIFY(!line.contains(QChar(0x1b)));
}

QTEST_GUILESS_MAIN(TestWatchEventPrinter)
#include "tst_WatchEventPrinter.moc"
