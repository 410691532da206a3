// The optional notifications while watching (app/watch/WatchAlerts), against the demo server on loopback: a
// session that disappeared without Gatehouse ending it (off by default), and "N sessions have been inactive
// for more than D days: clean up?" (on by default; a week after watching an account begins, then at most once
// a week, counted by SessionActions' rule); clicking the reminder asks for the window's clean-up. Settings go
// to a temporary XDG_CONFIG_HOME.
#include "TestServer.h"

#include "account/SessionActions.h"
#include "auth/SavedAccount.h"
#include "auth/TokenSource.h"
#include "matrix/AccountSession.h"
#include "matrix/MetadataService.h"
#include "network/HttpClient.h"
#include "settings/AppSettings.h"
#include "watch/AccountWatcher.h"
#include "watch/BackgroundWatch.h"
#include "watch/Notifier.h"
#include "watch/WakeSignals.h"
#include "watch/WatchAlerts.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;

namespace {

class RecordingNotifier : public Notifier
{
public:
    void show(const SignInAlert& alert) override { shown.append(alert); }
    QList<SignInAlert> of(SignInAlert::Kind kind) const
    {
        QList<SignInAlert> result;
        for (const SignInAlert& alert : shown) {
            if (alert.kind == kind)
                result.append(alert);
        }
        return result;
    }
    QList<SignInAlert> shown;
};

struct Fixture
{
    Fixture()
        : metadata(&http)
        , watch(nullptr, &notifier, &wake)
    {
        watcher = watch.watch(new AccountSession(&http, &metadata, server.baseUrl(),
                                                 std::make_shared<StaticTokenSource>(server.token())),
                              600'000);
    }
    bool pollOnce()
    {
        // The first poll starts by itself; later ones when asked.
        QSignalSpy finished(watcher, &AccountWatcher::pollFinished);
        if (watcher->state() != AccountWatcher::State::Polling)
            watcher->pollNow();
        return finished.wait(20'000) && finished.constLast().constFirst().toBool();
    }
    // How many of the server's sessions are inactive now, by the one rule.
    int inactiveOnServer() const
    {
        int count = 0;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const Device& device : server_().account().devices()) {
            if (SessionActions::isInactive(device.lastSeenTs,
                                           device.id == server_().account().currentDeviceId(),
                                           AppSettings::inactiveAfterDays(), now.toMSecsSinceEpoch()))
                ++count;
        }
        return count;
    }
    TestHomeserver& server_() const { return const_cast<TestServer&>(server).server(); }
    QString accountKey() const
    {
        return SavedAccount::keyOf(server.baseUrl(), QStringLiteral("@alice:localhost"));
    }

    TestServer server;
    HttpClient http;
    MetadataService metadata;
    RecordingNotifier notifier;
    WakeSignals wake;
    BackgroundWatch watch;
    AccountWatcher* watcher = nullptr;
};

} // namespace

class TestWatchReminders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void disappearedIsOffAndCleanUpOnByDefault();
    void disappearedSessionIsToldWhenTurnedOn();
    void disappearedSessionIsNotToldByDefault();
    void cleanUpReminderWaitsAWeekAfterWatchingBegins();
    void cleanUpReminderCountsInactiveSessionsOnceAWeek();
    void cleanUpReminderIsDueAfterAWeek();
    void cleanUpReminderOffShowsNothing();
    void clickingTheReminderAsksForTheCleanUp();

private:
    QTemporaryDir m_config;
};

void TestWatchReminders::initTestCase()
{
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
}

void TestWatchReminders::init()
{
    QSettings().clear();
}

void TestWatchReminders::disappearedIsOffAndCleanUpOnByDefault()
{
    QVERIFY(!AppSettings::notifyDisappeared());
    QVERIFY(AppSettings::notifyCleanUp());
    AppSettings::setNotifyDisappeared(true);
    AppSettings::setNotifyCleanUp(false);
    QVERIFY(AppSettings::notifyDisappeared());
    QVERIFY(!AppSettings::notifyCleanUp());
}

void TestWatchReminders::disappearedSessionIsToldWhenTurnedOn()
{
    AppSettings::setNotifyDisappeared(true);
    AppSettings::setNotifyCleanUp(false);
    Fixture f;
    QVERIFY(f.pollOnce()); // the baseline
    const Device gone = f.server->account().devices().at(2);
    QVERIFY(f.server->account().removeDevice(gone.id));
    QVERIFY(f.pollOnce());
    const QList<SignInAlert> told = f.notifier.of(SignInAlert::Kind::Disappeared);
    QCOMPARE(told.size(), 1);
    QVERIFY2(told.constFirst().body.contains(gone.id), qPrintable(told.constFirst().body));
    QVERIFY(!told.constFirst().offersSessionActions());
}

void TestWatchReminders::disappearedSessionIsNotToldByDefault()
{
    AppSettings::setNotifyCleanUp(false);
    Fixture f;
    QVERIFY(f.pollOnce());
    QVERIFY(f.server->account().removeDevice(f.server->account().devices().at(2).id));
    QVERIFY(f.pollOnce());
    QVERIFY(f.notifier.of(SignInAlert::Kind::Disappeared).isEmpty());
}

void TestWatchReminders::cleanUpReminderWaitsAWeekAfterWatchingBegins()
{
    Fixture f;
    Device& old = f.server->account().addDevice(QStringLiteral("OLDLAPTOP"), QStringLiteral("Old laptop"));
    old.lastSeenTs = QDateTime::currentDateTimeUtc().addDays(-400).toMSecsSinceEpoch();
    QVERIFY(f.pollOnce());
    QVERIFY(f.pollOnce());
    QVERIFY(f.notifier.of(SignInAlert::Kind::CleanUp).isEmpty());
    const QDateTime began = AppSettings::lastCleanUpReminder(f.accountKey());
    QVERIFY(began.isValid());
    QVERIFY(began.secsTo(QDateTime::currentDateTimeUtc()) < 3600);
}

void TestWatchReminders::cleanUpReminderCountsInactiveSessionsOnceAWeek()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Fixture f;
    Device& old = f.server->account().addDevice(QStringLiteral("OLDLAPTOP"), QStringLiteral("Old laptop"));
    old.lastSeenTs = now.addDays(-400).toMSecsSinceEpoch();
    const int inactive = f.inactiveOnServer();
    QVERIFY(inactive >= 1);
    AppSettings::setLastCleanUpReminder(f.accountKey(), now.addDays(-8)); // watching began 8 days ago
    QVERIFY(f.pollOnce());
    const QList<SignInAlert> reminders = f.notifier.of(SignInAlert::Kind::CleanUp);
    QCOMPARE(reminders.size(), 1);
    QCOMPARE(reminders.constFirst().count, inactive);
    QCOMPARE(reminders.constFirst().days, AppSettings::DefaultInactiveAfterDays);
    QCOMPARE(reminders.constFirst().body,
             QString("%1 session(s) have been inactive for more than 90 days: clean up?").arg(inactive));
    QVERIFY(AppSettings::lastCleanUpReminder(f.accountKey()) > now.addDays(-1));
    // Polls within the week say nothing more.
    QVERIFY(f.pollOnce());
    QVERIFY(f.pollOnce());
    QCOMPARE(f.notifier.of(SignInAlert::Kind::CleanUp).size(), 1);
}

void TestWatchReminders::cleanUpReminderIsDueAfterAWeek()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(!WatchAlerts::cleanUpReminderDue(QDateTime(), now));
    QVERIFY(!WatchAlerts::cleanUpReminderDue(now.addDays(-6), now));
    QVERIFY(!WatchAlerts::cleanUpReminderDue(now.addDays(-7).addSecs(1), now));
    QVERIFY(WatchAlerts::cleanUpReminderDue(now.addDays(-7), now));

    // Shown yesterday: not yet.
    Fixture f;
    Device& old = f.server->account().addDevice(QStringLiteral("OLDLAPTOP"), QStringLiteral("Old laptop"));
    old.lastSeenTs = now.addDays(-400).toMSecsSinceEpoch();
    AppSettings::setLastCleanUpReminder(f.accountKey(), now.addDays(-1));
    QVERIFY(f.pollOnce());
    QVERIFY(f.notifier.of(SignInAlert::Kind::CleanUp).isEmpty());
}

void TestWatchReminders::cleanUpReminderOffShowsNothing()
{
    AppSettings::setNotifyCleanUp(false);
    Fixture f;
    Device& old = f.server->account().addDevice(QStringLiteral("OLDLAPTOP"), QStringLiteral("Old laptop"));
    old.lastSeenTs = QDateTime::currentDateTimeUtc().addDays(-400).toMSecsSinceEpoch();
    AppSettings::setLastCleanUpReminder(f.accountKey(), QDateTime::currentDateTimeUtc().addDays(-8));
    QVERIFY(f.pollOnce());
    QVERIFY(f.notifier.of(SignInAlert::Kind::CleanUp).isEmpty());
}

void TestWatchReminders::clickingTheReminderAsksForTheCleanUp()
{
    Fixture f;
    QSignalSpy cleanUp(f.watch.alerts(), &WatchAlerts::cleanUpRequested);
    QSignalSpy review(f.watch.alerts(), &WatchAlerts::reviewRequested);
    const HistoryAccount account{f.server.baseUrl(), QStringLiteral("@alice:localhost")};
    Q_EMIT f.notifier.actionInvoked(SignInAlert::forCleanUp(account, 4, 90), Notifier::Action::Review);
    QCOMPARE(cleanUp.size(), 1);
    QCOMPARE(cleanUp.constFirst().at(0).value<HistoryAccount>(), account);
    QCOMPARE(cleanUp.constFirst().at(1).toInt(), 90);
    QCOMPARE(review.size(), 0);
}

QTEST_GUILESS_MAIN(TestWatchReminders)
#include "tst_WatchReminders.moc"
