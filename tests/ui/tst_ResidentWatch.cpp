// The resident process (ui/watch/ResidentWatch) offscreen: closing the window while watching keeps the
// process and its watching (closing it quits when nothing is watched); the first close with a tray says so
// once; the "Watching in the background" header with Stop Watching where there is no tray; Review from a
// notification selects the session's row with its details; and which notifier each system gets. Offscreen has
// no tray: the tests say when there is one (ResidentWatch::setTrayAvailableForTesting).
#include "WindowFixture.h"

#include "auth/TokenSource.h"
#include "i18n/Translations.h"
#include "matrix/AccountSession.h"
#include "sessions/SessionDetailsPane.h"
#include "sessions/SessionTable.h"
#include "sessions/SessionWorkspace.h"
#include "settings/AppSettings.h"
#include "tray/TrayNotifier.h"
#include "watch/AccountWatcher.h"
#include "watch/BackgroundWatch.h"
#include "watch/FreedesktopNotifier.h"
#include "watch/NotifierChoice.h"
#include "watch/ResidentWatch.h"
#include "watch/WakeSignals.h"
#include "watch/WatchReview.h"
#include "watch/WatchingHeader.h"

#include <QApplication>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;

namespace {

const QString DevicesPath = QStringLiteral("/_matrix/client/v3/devices");

class RecordingNotifier : public Notifier
{
public:
    void show(const SignInAlert& alert) override { shown.append(alert); }
    int count(SignInAlert::Kind kind) const
    {
        return int(std::count_if(shown.cbegin(), shown.cend(),
                                 [kind](const SignInAlert& alert) { return alert.kind == kind; }));
    }
    QList<SignInAlert> shown;
};

// A resident process watching one demo account (or none).
struct Resident
{
    explicit Resident(bool watchSomething = true)
        : metadata(&http)
        , resident(nullptr, &notifier, &wake)
    {
        if (watchSomething) {
            watcher = resident.watch()->watch(
                new AccountSession(&http, &metadata, server.baseUrl(),
                                   std::make_shared<StaticTokenSource>(server.token())),
                600'000);
        }
    }
    bool waitForState(AccountWatcher::State state)
    {
        return QTest::qWaitFor([&] { return watcher->state() == state; }, 20'000);
    }
    // The window closed as the person closes it, then the deferred look at it.
    static void close(QWidget& window)
    {
        window.close();
        QCoreApplication::processEvents(); // the zero-time look after the close event
        QCoreApplication::processEvents();
    }

    TestServer server;
    HttpClient http;
    MetadataService metadata;
    RecordingNotifier notifier;
    WakeSignals wake;
    ResidentWatch resident;
    AccountWatcher* watcher = nullptr;
};

} // namespace

class TestResidentWatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void closingTheWindowWhileWatchingKeepsWatching();
    void closingTheWindowQuitsWhenNothingIsWatched();
    void firstCloseWithATraySaysSoOnce();
    void noCloseNoticeWithoutATray();
    void headerShowsWithoutATrayAndStopWatchingStops();
    void noHeaderWithATray();
    void reviewSelectsTheRowWithItsDetails();
    void accountsTurnedOnOrOffLaterAreFollowed();
    void notifierIsTheTrayOnWindowsAndFreedesktopElsewhere();
    void trayMessageClickIsReviewOfTheLastAlert();
    void reviewLabelSaysWhatTheClickDoes();

private:
    QTemporaryDir m_config;
};

void TestResidentWatch::initTestCase()
{
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    Translations::install(*qApp, "en");
}

void TestResidentWatch::init()
{
    QSettings().clear();
    QApplication::setQuitOnLastWindowClosed(true);
}

void TestResidentWatch::closingTheWindowWhileWatchingKeepsWatching()
{
    Resident r;
    r.resident.start();
    QVERIFY(r.waitForState(AccountWatcher::State::Waiting));
    QVERIFY(r.resident.isWatching());
    QVERIFY(!QApplication::quitOnLastWindowClosed());
    QWidget window;
    r.resident.attachWindow(&window);
    window.show();
    Resident::close(window);
    QVERIFY(!window.isVisible());
    // Still watching: the timer is armed and Check Now still asks the server.
    QVERIFY(r.watcher->isTimerActive());
    r.server->resetStatistics();
    r.resident.watch()->checkNow();
    QTRY_COMPARE_WITH_TIMEOUT(r.server->requestCount(DevicesPath), 1, 20'000);
}

void TestResidentWatch::closingTheWindowQuitsWhenNothingIsWatched()
{
    Resident nothing(false);
    nothing.resident.start();
    QVERIFY(!nothing.resident.isWatching());
    QVERIFY(QApplication::quitOnLastWindowClosed());

    Resident r;
    r.resident.start();
    QVERIFY(!QApplication::quitOnLastWindowClosed());
    r.resident.stopWatching();
    QVERIFY(QApplication::quitOnLastWindowClosed());
}

void TestResidentWatch::firstCloseWithATraySaysSoOnce()
{
    Resident r;
    r.resident.setTrayAvailableForTesting(true);
    r.resident.start();
    QWidget window;
    r.resident.attachWindow(&window);
    for (int i = 0; i < 2; ++i) {
        window.show();
        Resident::close(window);
    }
    QCOMPARE(r.notifier.count(SignInAlert::Kind::Notice), 1);
    QCOMPARE(r.notifier.shown.constFirst().title, QString("Gatehouse is still watching in the background"));
    QVERIFY(AppSettings::trayNoticeShown());

    // A later run remembers it was said.
    Resident later;
    later.resident.setTrayAvailableForTesting(true);
    later.resident.start();
    QWidget again;
    later.resident.attachWindow(&again);
    again.show();
    Resident::close(again);
    QCOMPARE(later.notifier.count(SignInAlert::Kind::Notice), 0);
}

void TestResidentWatch::noCloseNoticeWithoutATray()
{
    Resident r;
    r.resident.start();
    QWidget window;
    r.resident.attachWindow(&window);
    window.show();
    Resident::close(window);
    QCOMPARE(r.notifier.count(SignInAlert::Kind::Notice), 0);
    QVERIFY(!AppSettings::trayNoticeShown());
}

void TestResidentWatch::headerShowsWithoutATrayAndStopWatchingStops()
{
    Resident r;
    r.resident.start();
    QVERIFY(r.waitForState(AccountWatcher::State::Waiting));
    RecordingUrlOpener opener;
    MainWindow window(&opener);
    auto* header = new WatchingHeader(&window, &r.resident);
    window.show();
    QVERIFY(header->isVisible());
    QCOMPARE(header->text(), QString("Watching in the background"));
    QPushButton* stop = header->actionButton();
    QVERIFY(stop->isVisible());
    QCOMPARE(stop->text().remove(u'&'), QString("Stop Watching"));
    QVERIFY(stop->toolTip().contains("quits"));
    QVERIFY(!QApplication::quitOnLastWindowClosed());

    QSignalSpy changed(&r.resident, &ResidentWatch::watchingChanged);
    QTest::mouseClick(stop, Qt::LeftButton);
    QCOMPARE(changed.size(), 1);
    QVERIFY(!r.resident.isWatching());
    QCOMPARE(r.watcher->state(), AccountWatcher::State::Stopped);
    QVERIFY(!r.watcher->isTimerActive());
    QVERIFY(!header->isVisible());
    QVERIFY(QApplication::quitOnLastWindowClosed()); // closing the window now quits
}

void TestResidentWatch::noHeaderWithATray()
{
    Resident r;
    r.resident.setTrayAvailableForTesting(true);
    r.resident.start();
    RecordingUrlOpener opener;
    MainWindow window(&opener);
    auto* header = new WatchingHeader(&window, &r.resident);
    window.show();
    QVERIFY(!header->isVisible());

    Resident none(false);
    none.resident.start();
    MainWindow other(&opener);
    auto* noHeader = new WatchingHeader(&other, &none.resident);
    other.show();
    QVERIFY(!noHeader->isVisible());
}

void TestResidentWatch::reviewSelectsTheRowWithItsDetails()
{
    WindowFixture f;
    QVERIFY(f.waitLoaded());
    auto* review = new WatchReview(&f.window);
    const QString deviceId = f.otherDevice();
    QVERIFY(f.window.table()->currentIndex().data(DeviceListModel::DeviceIdRole).toString() != deviceId);
    QSignalSpy loaded(&f.window, &MainWindow::loaded);
    review->review(HistoryAccount{f.server.baseUrl(), f.window.currentAccount()}, deviceId);
    QVERIFY(loaded.wait(20'000)); // the list is asked again, so a session that just signed in is listed
    QCOMPARE(f.window.table()->currentIndex().data(DeviceListModel::DeviceIdRole).toString(), deviceId);
    QCOMPARE(f.window.selectedDeviceIds(), QStringList{deviceId});
    SessionDetailsPane* pane = f.window.findChild<SessionWorkspace*>()->detailsPane();
    QCOMPARE(pane->deviceId(), deviceId);
    QVERIFY(pane->isVisible());
}

void TestResidentWatch::accountsTurnedOnOrOffLaterAreFollowed()
{
    Resident r(false);
    SavedAccount alice;
    alice.homeserver = r.server.baseUrl();
    alice.userId = QStringLiteral("@alice:localhost");
    QList<SavedAccount> chosen;
    r.resident.followSettings([&chosen] { return chosen; },
                              [&r](const SavedAccount& account) {
                                  return new AccountSession(
                                      &r.http, &r.metadata, account.homeserver,
                                      std::make_shared<StaticTokenSource>(r.server.token()));
                              },
                              600'000);
    r.resident.start();
    QVERIFY(!r.resident.isWatching());
    QVERIFY(QApplication::quitOnLastWindowClosed());

    QSignalSpy changed(&r.resident, &ResidentWatch::watchingChanged);
    chosen = {alice};
    r.resident.updateAccounts();
    QVERIFY(r.resident.isWatching());
    QCOMPARE(r.resident.watch()->watchers().size(), 1);
    QVERIFY(!QApplication::quitOnLastWindowClosed());
    r.resident.updateAccounts(); // nothing new: still one watcher
    QCOMPARE(r.resident.watch()->watchers().size(), 1);

    chosen.clear();
    r.resident.updateAccounts();
    QVERIFY(!r.resident.isWatching());
    QVERIFY(QApplication::quitOnLastWindowClosed());
    QCOMPARE(changed.size(), 2);
}

void TestResidentWatch::notifierIsTheTrayOnWindowsAndFreedesktopElsewhere()
{
    QCOMPARE(NotifierChoice::kindFor(true), NotifierChoice::Kind::Tray);
    QCOMPARE(NotifierChoice::kindFor(false), NotifierChoice::Kind::Freedesktop);
#ifdef Q_OS_WIN
    QCOMPARE(NotifierChoice::forThisSystem(), NotifierChoice::Kind::Tray);
#else
    QCOMPARE(NotifierChoice::forThisSystem(), NotifierChoice::Kind::Freedesktop);
#endif
    QObject parent;
    TrayNotifier tray;
    QCOMPARE(NotifierChoice::make(NotifierChoice::Kind::Tray, &tray, &parent), &tray);
    Notifier* freedesktop = NotifierChoice::make(NotifierChoice::Kind::Freedesktop, &tray, &parent);
    QVERIFY(qobject_cast<FreedesktopNotifier*>(freedesktop));
    // A click on the fallback's message reaches whoever listens to the chosen notifier.
    QSignalSpy invoked(freedesktop, &Notifier::actionInvoked);
    SignInAlert alert;
    alert.deviceId = QStringLiteral("NEWDEVICE");
    tray.show(alert);
    tray.onMessageClicked();
    QCOMPARE(invoked.size(), 1);
}

void TestResidentWatch::trayMessageClickIsReviewOfTheLastAlert()
{
    TrayNotifier tray;
    QSignalSpy invoked(&tray, &Notifier::actionInvoked);
    tray.onMessageClicked(); // nothing shown yet: nothing to review
    QCOMPARE(invoked.size(), 0);
    SignInAlert first;
    first.deviceId = QStringLiteral("FIRST");
    SignInAlert second;
    second.deviceId = QStringLiteral("SECOND");
    tray.show(first);
    tray.show(second);
    tray.onMessageClicked();
    QCOMPARE(invoked.size(), 1);
    QCOMPARE(invoked.at(0).at(0).value<SignInAlert>().deviceId, QString("SECOND"));
    QCOMPARE(invoked.at(0).at(1).value<Notifier::Action>(), Notifier::Action::Review);
}

void TestResidentWatch::reviewLabelSaysWhatTheClickDoes()
{
    SignInAlert alert;
    QCOMPARE(FreedesktopNotifier::reviewLabel(alert), QString("Review"));
    QCOMPARE(FreedesktopNotifier::reviewLabel(SignInAlert::forCleanUp({}, 3, 90)), QString("Clean Up…"));
    QCOMPARE(FreedesktopNotifier::reviewLabel(SignInAlert::stillWatching()), QString("Open Gatehouse"));
}

QTEST_MAIN(TestResidentWatch)
#include "tst_ResidentWatch.moc"
