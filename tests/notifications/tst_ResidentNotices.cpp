// The resident process's own notifications at a real notification daemon: dunst on Xvfb in a private D-Bus
// session (tests/notifications/with-dunst.sh; skipped where those tools are missing). The first time the
// window closes to the tray, "Gatehouse is still watching in the background" arrives, and a click on it opens
// the window; the weekly clean-up reminder arrives, and a click on it asks for the window's clean-up. The
// tray is declared present (offscreen has none); settings go to the test's own XDG_CONFIG_HOME.
#include "TestServer.h"

#include "auth/TokenSource.h"
#include "matrix/AccountSession.h"
#include "matrix/MetadataService.h"
#include "network/HttpClient.h"
#include "watch/BackgroundWatch.h"
#include "watch/FreedesktopNotifier.h"
#include "watch/ResidentWatch.h"
#include "watch/WakeSignals.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>

using namespace gatehouse;
using namespace gatehouse::test;

namespace {

QByteArray dunstctl(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral("dunstctl"), arguments);
    process.waitForFinished(10'000);
    return process.readAllStandardOutput();
}

// The summaries in `dunstctl history` (the notifications closed so far).
QStringList historySummaries()
{
    QStringList result;
    const QJsonArray outer = QJsonDocument::fromJson(dunstctl({"history"})).object().value("data").toArray();
    for (const QJsonValue& list : outer) {
        const QJsonArray inner = list.toArray();
        for (const QJsonValue& entry : inner)
            result.append(entry.toObject().value("summary").toObject().value("data").toString());
    }
    return result;
}

struct Resident
{
    Resident()
        : metadata(&http)
        , resident(nullptr, nullptr, &wake) // the system's notifier: dunst
    {
        resident.watch()->watch(new AccountSession(&http, &metadata, server.baseUrl(),
                                                   std::make_shared<StaticTokenSource>(server.token())),
                                600'000);
        resident.setTrayAvailableForTesting(true);
        resident.start();
    }
    FreedesktopNotifier* notifier() const { return qobject_cast<FreedesktopNotifier*>(resident.notifier()); }

    TestServer server;
    HttpClient http;
    MetadataService metadata;
    WakeSignals wake;
    ResidentWatch resident;
};

} // namespace

class TestResidentNotices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void firstCloseNoticeArrivesAndAClickOpensTheWindow();
    void cleanUpReminderArrivesAndAClickAsksForTheCleanUp();
};

void TestResidentNotices::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DISPLAY"))
        QSKIP("no dunst on Xvfb here (run through tests/notifications/with-dunst.sh)");
}

void TestResidentNotices::init()
{
    QSettings().clear();
    dunstctl({"close-all"});
}

void TestResidentNotices::firstCloseNoticeArrivesAndAClickOpensTheWindow()
{
    Resident r;
    QVERIFY2(r.notifier() && r.notifier()->serviceHasActions(), "dunst offers actions");
    QSignalSpy delivered(r.notifier(), &FreedesktopNotifier::delivered);
    QSignalSpy open(&r.resident, &ResidentWatch::openRequested);
    QWidget window;
    r.resident.attachWindow(&window);
    window.show();
    window.close();
    QVERIFY(delivered.wait(10'000));
    // The daemon's own "action" command: the default action of the newest notification, as a click does.
    dunstctl({"action", "0"});
    QVERIFY(open.wait(10'000));
    QVERIFY2(QTest::qWaitFor(
                 [] { return historySummaries().contains("Gatehouse is still watching in the background"); },
                 10'000),
             qPrintable(historySummaries().join(u'|')));
}

void TestResidentNotices::cleanUpReminderArrivesAndAClickAsksForTheCleanUp()
{
    Resident r;
    QSignalSpy delivered(r.notifier(), &FreedesktopNotifier::delivered);
    QSignalSpy cleanUp(&r.resident, &ResidentWatch::cleanUpRequested);
    const HistoryAccount account{r.server.baseUrl(), QStringLiteral("@alice:localhost")};
    r.notifier()->show(SignInAlert::forCleanUp(account, 3, 90));
    QVERIFY(delivered.wait(10'000));
    dunstctl({"action", "0"});
    QVERIFY(cleanUp.wait(10'000));
    QCOMPARE(cleanUp.constFirst().at(0).value<HistoryAccount>(), account);
    QCOMPARE(cleanUp.constFirst().at(1).toInt(), 90);
    QVERIFY2(QTest::qWaitFor([] { return !historySummaries().filter("Clean up").isEmpty(); }, 10'000),
             qPrintable(historySummaries().join(u'|')));
}

QTEST_MAIN(TestResidentNotices)
#include "tst_ResidentNotices.moc"
