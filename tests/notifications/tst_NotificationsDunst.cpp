// Delivery to a real notification daemon: dunst on Xvfb in a private D-Bus session
// (tests/notifications/with-dunst.sh; skipped where those tools are missing). `dunstctl history` shows
// what arrived: the title, the body with the session's name, and the three actions.
#include "watch/FreedesktopNotifier.h"
#include "watch/WatchAlerts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace gatehouse;

namespace {

QByteArray dunstctl(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral("dunstctl"), arguments);
    process.waitForFinished(10'000);
    return process.readAllStandardOutput();
}

// dunstctl history: {"type": "aa{sv}", "data": [[{"summary": {"type": "s", "data": "..."}, ...}, ...]]}
QList<QJsonObject> history()
{
    QList<QJsonObject> result;
    const QJsonArray outer = QJsonDocument::fromJson(dunstctl({"history"})).object().value("data").toArray();
    for (const QJsonValue& list : outer) {
        const QJsonArray inner = list.toArray();
        for (const QJsonValue& entry : inner)
            result.append(entry.toObject());
    }
    return result;
}

QString field(const QJsonObject& entry, const QString& name)
{
    const QJsonValue value = entry.value(name).toObject().value("data");
    return value.isString() ? value.toString() : QString::fromUtf8(QJsonDocument(value.toArray()).toJson());
}

} // namespace

class TestNotificationsDunst : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void newSignInArrivesWithItsActions();
    void clickingTheNotificationAsksForReview();
};

void TestNotificationsDunst::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DISPLAY"))
        QSKIP("no dunst on Xvfb here (run through tests/notifications/with-dunst.sh)");
}

void TestNotificationsDunst::newSignInArrivesWithItsActions()
{
    FreedesktopNotifier notifier;
    QVERIFY2(notifier.serviceHasActions(), "dunst offers actions");
    WatchAlerts alerts(&notifier, nullptr);
    QSignalSpy delivered(&notifier, &FreedesktopNotifier::delivered);
    WatchEvent event;
    event.kind = WatchEvent::Kind::SessionAdded;
    event.time = QDateTime::currentDateTimeUtc();
    event.userId = "@alice:example.org";
    event.baseUrl = "https://matrix.example.org";
    event.device = Device{"DUNSTDEV", QString("Element on iPhone"), QString("203.0.113.9"), {}};
    alerts.alert({event});
    QVERIFY(delivered.wait(10'000));

    // What is on screen goes to the history when closed.
    dunstctl({"close-all"});
    QList<QJsonObject> entries;
    QVERIFY(QTest::qWaitFor(
        [&] {
            entries = history();
            return !entries.isEmpty();
        },
        10'000));
    const QJsonObject& entry = entries.constFirst();
    QCOMPARE(field(entry, "appname"), "Gatehouse");
    QVERIFY2(field(entry, "summary").contains("New sign-in to") &&
                 field(entry, "summary").contains("@alice:example.org"),
             qPrintable(field(entry, "summary")));
    QVERIFY2(field(entry, "body").contains("Element on iPhone"), qPrintable(field(entry, "body")));
    QVERIFY2(field(entry, "body").contains("203.0.113.9"), qPrintable(field(entry, "body")));
    // dunst 1.9's history lists only the default action; the others are proved against the stand-in
    // service (tst_NotificationActions).
    QCOMPARE(field(entry, "default_action_name"), "default");
}

void TestNotificationsDunst::clickingTheNotificationAsksForReview()
{
    FreedesktopNotifier notifier;
    WatchAlerts alerts(&notifier, nullptr);
    QSignalSpy delivered(&notifier, &FreedesktopNotifier::delivered);
    QSignalSpy review(&alerts, &WatchAlerts::reviewRequested);
    WatchEvent event;
    event.kind = WatchEvent::Kind::SessionAdded;
    event.time = QDateTime::currentDateTimeUtc();
    event.userId = "@alice:example.org";
    event.baseUrl = "https://matrix.example.org";
    event.device = Device{"CLICKED", QString("Firefox on Windows"), QString("198.51.100.7"), {}};
    alerts.alert({event});
    QVERIFY(delivered.wait(10'000));
    // The daemon's own "action" command: the default action of the newest notification, as a click does.
    dunstctl({"action", "0"});
    QVERIFY(review.wait(10'000));
    QCOMPARE(review.at(0).at(1).toString(), "CLICKED");
}

QTEST_GUILESS_MAIN(TestNotificationsDunst)
#include "tst_NotificationsDunst.moc"
