// Sign-in notifications over the freedesktop service (app/watch/FreedesktopNotifier, WatchAlerts), against a
// stand-in service on a private session bus (tests/support/TestNotificationServer) that emits ActionInvoked
// for the action a test chooses: what each notification says, the summary above three, the three actions
// and what each leads to, and the tray fallback when the service has no actions or is missing.
#include "TestNotificationServer.h"
#include "TestServer.h"

#include "auth/TokenSource.h"
#include "history/HistoryStore.h"
#include "i18n/Translations.h"
#include "matrix/AccountSession.h"
#include "matrix/MetadataService.h"
#include "network/HttpClient.h"
#include "watch/AccountWatcher.h"
#include "watch/FreedesktopNotifier.h"
#include "watch/WatchAlerts.h"

#include <QDBusConnection>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;

namespace {

const HistoryAccount Alice{"https://matrix.example.org", "@alice:example.org"};

WatchEvent added(const QString& id, const QString& name, const QString& ip = QStringLiteral("203.0.113.9"))
{
    WatchEvent event;
    event.kind = WatchEvent::Kind::SessionAdded;
    event.time = QDateTime::currentDateTimeUtc();
    event.userId = Alice.userId;
    event.baseUrl = Alice.baseUrl;
    event.device = Device{id, name, ip, QDateTime::currentMSecsSinceEpoch()};
    return event;
}

struct Fixture
{
    explicit Fixture(const QStringList& capabilities = {"actions", "body"}, bool withService = true)
        : service(capabilities)
        , alerts(&notifier, nullptr)
    {
        if (withService)
            registered = service.registerOnBus();
        notifier.setFallback([this](const SignInAlert& alert) { fallback.append(alert); });
    }
    bool waitForShown(qsizetype count)
    {
        return QTest::qWaitFor([&] { return service.shown().size() >= count; }, 10'000);
    }

    TestNotificationServer service;
    FreedesktopNotifier notifier;
    WatchAlerts alerts;
    QList<SignInAlert> fallback;
    bool registered = false;
};

} // namespace

class TestNotificationActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void oneNotificationPerNewSessionWithThreeActions();
    void moreThanThreeAtOnceIsOneSummary();
    void longNamesAreIsolatedAndShortened();
    void markupInNamesIsEscapedWhenTheServiceReadsMarkup();
    void itWasMeIsRecordedInTheHistory();
    void reviewAndSignOutAreAskedOfTheWindow();
    void anotherProgramsNotificationIsIgnored();
    void withoutActionsTheFallbackShowsIt();
    void withoutAServiceTheFallbackShowsIt();
    void watcherFindingsBecomeNotifications();
};

void TestNotificationActions::initTestCase()
{
    Translations::install(*QCoreApplication::instance(), "en"); // the English plural forms
    if (!QDBusConnection::sessionBus().isConnected())
        QSKIP("no D-Bus session bus (run through tests/notifications/with-private-bus.sh)");
}

void TestNotificationActions::oneNotificationPerNewSessionWithThreeActions()
{
    Fixture f;
    QVERIFY(f.registered);
    f.alerts.alert(
        {added("PHONE1", "Element on iPhone"), added("LAPTOP1", "Firefox on Windows", "198.51.100.4")});
    QVERIFY(f.waitForShown(2));
    const auto& first = f.service.shown().at(0);
    QCOMPARE(first.appName, "Gatehouse");
    QCOMPARE(first.summary, QString("New sign-in to \u2068@alice:example.org\u2069"));
    QVERIFY2(first.body.contains("\u2068Element on iPhone\u2069"), qPrintable(first.body));
    QVERIFY2(first.body.contains("203.0.113.9"), qPrintable(first.body));
    QCOMPARE(first.actions, QStringList({"default", "Review", "review", "Review", "sign-out", "Sign Out…",
                                         "it-was-me", "It Was Me"}));
    QCOMPARE(first.hints.value("desktop-entry").toString(), "io.github.gatehouse.Gatehouse");
    QVERIFY(f.service.shown().at(1).body.contains("198.51.100.4"));
    QVERIFY(f.fallback.isEmpty());
}

void TestNotificationActions::moreThanThreeAtOnceIsOneSummary()
{
    Fixture f;
    QVERIFY(f.registered);
    QList<WatchEvent> events;
    for (int i = 0; i < 4; ++i)
        events.append(added(QString("DEV%1").arg(i), "Element Desktop"));
    f.alerts.alert(events);
    QVERIFY(f.waitForShown(1));
    QCOMPARE(f.service.shown().size(), 1);
    QCOMPARE(f.service.shown().at(0).summary, QString("4 new sign-ins to \u2068@alice:example.org\u2069"));
    QCOMPARE(f.service.shown().at(0).actions, QStringList({"default", "Review", "review", "Review"}));

    // Three at once are still shown one by one.
    f.alerts.alert(events.mid(0, 3));
    QVERIFY(f.waitForShown(4));
}

void TestNotificationActions::longNamesAreIsolatedAndShortened()
{
    Fixture f;
    QVERIFY(f.registered);
    f.alerts.alert({added("LONG", QString(200, u'x'))});
    QVERIFY(f.waitForShown(1));
    const QString body = f.service.shown().at(0).body;
    const QString name = body.section(u'\n', 0, 0);
    QVERIFY2(name.startsWith(QChar(0x2068)) && name.endsWith(QChar(0x2069)), qPrintable(name));
    QCOMPARE(name.count(u'x'), SignInAlert::MaxNameLength);
}

void TestNotificationActions::markupInNamesIsEscapedWhenTheServiceReadsMarkup()
{
    Fixture f({"actions", "body", "body-markup"});
    QVERIFY(f.registered);
    f.alerts.alert({added("MARKUP", "<b>bold</b> & <a href='x'>link</a>")});
    QVERIFY(f.waitForShown(1));
    const QString body = f.service.shown().at(0).body;
    QVERIFY2(body.contains("&lt;b&gt;bold&lt;/b&gt; &amp; &lt;a"), qPrintable(body));
    QVERIFY(!body.contains("<b>"));
}

void TestNotificationActions::itWasMeIsRecordedInTheHistory()
{
    QTemporaryDir dir;
    HistoryStore store(dir.filePath("history.sqlite"));
    QCOMPARE(store.open(), HistoryStore::State::Open);
    const QList<Device> before{Device{"OLD", QString("Old laptop"), {}, {}}};
    QVERIFY(store.recordRefresh(Alice, before, QDateTime::currentDateTimeUtc()).baseline);
    const Device fresh{"FRESH", QString("Element on iPhone"), QString("203.0.113.9"), {}};
    QCOMPARE(
        store.recordRefresh(Alice, before + QList<Device>{fresh}, QDateTime::currentDateTimeUtc()).appeared,
        QStringList{"FRESH"});

    TestNotificationServer service;
    QVERIFY(service.registerOnBus());
    FreedesktopNotifier notifier;
    WatchAlerts alerts(&notifier, &store);
    QSignalSpy delivered(&notifier, &FreedesktopNotifier::delivered);
    QSignalSpy acknowledged(&alerts, &WatchAlerts::acknowledged);
    alerts.alert({added("FRESH", "Element on iPhone")});
    QVERIFY(delivered.wait(10'000));
    service.invoke(delivered.at(0).at(0).toUInt(), "it-was-me");
    QVERIFY(acknowledged.wait(10'000));
    QCOMPARE(acknowledged.at(0).at(1).toString(), "FRESH");
    const QList<HistorySession> sessions = store.sessions(Alice);
    const auto it = std::find_if(sessions.cbegin(), sessions.cend(),
                                 [](const HistorySession& s) { return s.deviceId == u"FRESH"; });
    QVERIFY(it != sessions.cend());
    QVERIFY(it->acknowledged);
}

void TestNotificationActions::reviewAndSignOutAreAskedOfTheWindow()
{
    Fixture f;
    QVERIFY(f.registered);
    QSignalSpy delivered(&f.notifier, &FreedesktopNotifier::delivered);
    QSignalSpy review(&f.alerts, &WatchAlerts::reviewRequested);
    QSignalSpy signOut(&f.alerts, &WatchAlerts::signOutRequested);
    f.alerts.alert({added("ONE", "Element on iPhone"), added("TWO", "Chrome on macOS")});
    QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 2, 10'000);
    f.service.invoke(delivered.at(0).at(0).toUInt(), "review");
    QVERIFY(review.wait(10'000));
    QCOMPARE(review.at(0).at(0).value<HistoryAccount>(), Alice);
    QCOMPARE(review.at(0).at(1).toString(), "ONE");
    f.service.invoke(delivered.at(1).at(0).toUInt(), "sign-out");
    QVERIFY(signOut.wait(10'000));
    QCOMPARE(signOut.at(0).at(1).toString(), "TWO");
    QCOMPARE(review.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(f.notifier.pendingCount(), 0, 10'000); // both closed
}

void TestNotificationActions::anotherProgramsNotificationIsIgnored()
{
    Fixture f;
    QVERIFY(f.registered);
    QSignalSpy delivered(&f.notifier, &FreedesktopNotifier::delivered);
    QSignalSpy actions(&f.notifier, &Notifier::actionInvoked);
    f.alerts.alert({added("ONE", "Element on iPhone")});
    QVERIFY(delivered.wait(10'000));
    const uint id = delivered.at(0).at(0).toUInt();
    f.service.invoke(id + 1000, "review");                // not ours
    Q_EMIT f.service.ActionInvoked(id, "something-else"); // a key we did not send
    f.service.invoke(id, "it-was-me");                    // signals arrive in order: this one is last
    QVERIFY(actions.wait(10'000));
    QCOMPARE(actions.size(), 1);
    QCOMPARE(actions.at(0).at(1).value<Notifier::Action>(), Notifier::Action::ItWasMe);
}

void TestNotificationActions::withoutActionsTheFallbackShowsIt()
{
    Fixture f({"body"});
    QVERIFY(f.registered);
    f.alerts.alert({added("ONE", "Element on iPhone")});
    QCOMPARE(f.fallback.size(), 1);
    QCOMPARE(f.fallback.at(0).deviceId, "ONE");
    QVERIFY(f.service.shown().isEmpty());
}

void TestNotificationActions::withoutAServiceTheFallbackShowsIt()
{
    Fixture f({"actions"}, false);
    f.alerts.alert({added("ONE", "Element on iPhone")});
    QCOMPARE(f.fallback.size(), 1);
}

void TestNotificationActions::watcherFindingsBecomeNotifications()
{
    Fixture f;
    QVERIFY(f.registered);
    TestServer server;
    HttpClient http;
    MetadataService metadata(&http);
    AccountSession session(&http, &metadata, server.baseUrl(),
                           std::make_shared<StaticTokenSource>(server.token()));
    AccountWatcher watcher(&session, nullptr);
    watcher.setIntervalMs(600'000);
    f.alerts.addWatcher(&watcher);
    QSignalSpy polls(&watcher, &AccountWatcher::pollFinished);
    watcher.start();
    QVERIFY(polls.wait(20'000));
    server->addNewSession();
    watcher.pollNow();
    QVERIFY(f.waitForShown(1));
    for (int i = 0; i < 5; ++i)
        server->addNewSession();
    watcher.pollNow();
    QVERIFY(f.waitForShown(2));
    QTRY_COMPARE_WITH_TIMEOUT(polls.size(), 3, 20'000);
    QCOMPARE(f.service.shown().size(), 2);
    QVERIFY2(f.service.shown().at(1).summary.startsWith("5 new sign-ins"),
             qPrintable(f.service.shown().at(1).summary));
}

QTEST_GUILESS_MAIN(TestNotificationActions)
#include "tst_NotificationActions.moc"
