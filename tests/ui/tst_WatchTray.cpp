// The tray while watching (ui/tray/WatchTray), offscreen: the menu lists each watched account with its state
// (watching, retrying after a failure with the reason in the tooltip, paused), and Check Now, Pause Watching,
// Open Gatehouse and Quit do what they say. Offscreen has no tray, so the icon stays hidden and the menu is
// driven directly.
#include "TestServer.h"

#include "auth/TokenSource.h"
#include "i18n/Translations.h"
#include "matrix/AccountSession.h"
#include "matrix/MetadataService.h"
#include "network/HttpClient.h"
#include "tray/WatchTray.h"
#include "watch/AccountWatcher.h"
#include "watch/BackgroundWatch.h"
#include "watch/Notifier.h"
#include "watch/WakeSignals.h"

#include <QAction>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;

namespace {

const QString DevicesPath = QStringLiteral("/_matrix/client/v3/devices");

class RecordingNotifier : public Notifier
{
public:
    void show(const SignInAlert& alert) override { shown.append(alert); }
    QList<SignInAlert> shown;
};

QAction* actionNamed(QMenu* menu, const QString& text)
{
    const QList<QAction*> actions = menu->actions();
    for (QAction* action : actions) {
        if (action->text().remove(u'&') == text)
            return action;
    }
    return nullptr;
}

QStringList lines(QMenu* menu)
{
    QStringList result;
    const QList<QAction*> actions = menu->actions();
    for (const QAction* action : actions)
        result.append(action->isSeparator()
                          ? QStringLiteral("--")
                          : action->text().remove(u'&').remove(QChar(0x2068)).remove(QChar(0x2069)));
    return result;
}

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
    bool waitForState(AccountWatcher::State state)
    {
        return QTest::qWaitFor([&] { return watcher->state() == state; }, 20'000);
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

class TestWatchTray : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Translations::install(*qApp, "en"); } // the English plural forms
    void menuListsAccountsAndTheFourEntries();
    void failureShowsRetryAndTheReason();
    void checkNowPolls();
    void pauseStopsAndResumes();
    void openAndQuitAreSignalled();
    void noTrayOffscreen();
};

void TestWatchTray::menuListsAccountsAndTheFourEntries()
{
    Fixture f;
    WatchTray tray(&f.watch);
    QVERIFY(f.waitForState(AccountWatcher::State::Waiting));
    QCOMPARE(lines(tray.menu()), QStringList({"@alice:localhost — watching", "--", "Open Gatehouse",
                                              "Check Now", "Pause Watching", "--", "Quit"}));
    QVERIFY(!tray.menu()->actions().constFirst()->isEnabled());
}

void TestWatchTray::failureShowsRetryAndTheReason()
{
    Fixture f;
    WatchTray tray(&f.watch);
    QVERIFY(f.waitForState(AccountWatcher::State::Waiting));
    f.server.answer(DevicesPath, 502, "{}");
    f.watch.checkNow();
    QVERIFY(f.waitForState(AccountWatcher::State::BackingOff));
    QVERIFY2(lines(tray.menu()).constFirst().startsWith("@alice:localhost — retrying in ") &&
                 lines(tray.menu()).constFirst().endsWith(" minutes"),
             qPrintable(lines(tray.menu()).constFirst()));
    QVERIFY2(tray.toolTip().contains("502") || tray.toolTip().contains("server"), qPrintable(tray.toolTip()));
}

void TestWatchTray::checkNowPolls()
{
    Fixture f;
    WatchTray tray(&f.watch);
    QVERIFY(f.waitForState(AccountWatcher::State::Waiting));
    f.server->resetStatistics();
    actionNamed(tray.menu(), "Check Now")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(f.server->requestCount(DevicesPath), 1, 20'000);
}

void TestWatchTray::pauseStopsAndResumes()
{
    Fixture f;
    WatchTray tray(&f.watch);
    QVERIFY(f.waitForState(AccountWatcher::State::Waiting));
    QAction* pause = actionNamed(tray.menu(), "Pause Watching");
    pause->trigger();
    QCOMPARE(f.watcher->state(), AccountWatcher::State::Stopped);
    QVERIFY(!f.watcher->isTimerActive());
    QCOMPARE(lines(tray.menu()).constFirst(), "@alice:localhost — paused");
    pause->trigger();
    QVERIFY(f.waitForState(AccountWatcher::State::Waiting));
}

void TestWatchTray::openAndQuitAreSignalled()
{
    Fixture f;
    WatchTray tray(&f.watch);
    QSignalSpy open(&tray, &WatchTray::openRequested);
    QSignalSpy quit(&tray, &WatchTray::quitRequested);
    actionNamed(tray.menu(), "Open Gatehouse")->trigger();
    actionNamed(tray.menu(), "Quit")->trigger();
    QCOMPARE(open.size(), 1);
    QCOMPARE(quit.size(), 1);
}

void TestWatchTray::noTrayOffscreen()
{
    Fixture f;
    WatchTray tray(&f.watch);
    QVERIFY(!tray.showIfAvailable());
}

QTEST_MAIN(TestWatchTray)
#include "tst_WatchTray.moc"
