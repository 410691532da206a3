// The watching soak run (label `soak`, outside the default run): 10,000 polls of a 12-session demo account
// through the test-only interval hook (GATEHOUSE_TEST_WATCH_INTERVAL_MS, milliseconds), with the history
// store, and the resident memory may grow by less than 2 MiB between poll 500 and the last (measure in a
// Release build). GATEHOUSE_SOAK_POLLS changes the count. The sanitizer run uses 1,000 polls and looks for
// leaks only (LeakSanitizer at exit): ASan's quarantine holds freed memory, so RSS says nothing there.
#include "TestServer.h"

#include "auth/TokenSource.h"
#include "history/HistoryStore.h"
#include "matrix/AccountSession.h"
#include "matrix/MetadataService.h"
#include "network/HttpClient.h"
#include "watch/AccountWatcher.h"

#include <QEventLoop>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <chrono>

using namespace gatehouse;
using namespace gatehouse::test;

#if defined(__SANITIZE_ADDRESS__)
#define GATEHOUSE_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define GATEHOUSE_UNDER_ASAN 1
#endif
#endif

namespace {

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (QByteArray line = status.readLine(); !line.isEmpty(); line = status.readLine()) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

} // namespace

class TestWatchSoak : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void manyPollsKeepMemoryFlat();
};

void TestWatchSoak::manyPollsKeepMemoryFlat()
{
#ifndef Q_OS_LINUX
    QSKIP("reads /proc/self/status");
#endif
    bool ok = false;
    int polls = qEnvironmentVariableIntValue("GATEHOUSE_SOAK_POLLS", &ok);
    if (!ok || polls <= 0)
        polls = 10'000;
    const int warmUp = qMin(500, polls / 10);

    QTemporaryDir dir;
    TestServer server;
    HttpClient http;
    MetadataService metadata(&http);
    HistoryStore store(dir.filePath("history.sqlite"));
    QCOMPARE(store.open(), HistoryStore::State::Open);
    AccountSession session(&http, &metadata, server.baseUrl(),
                           std::make_shared<StaticTokenSource>(server.token()));
    AccountWatcher watcher(&session, &store);
    watcher.setIntervalMs(AccountWatcher::intervalFromEnvironment(300'000));
    QVERIFY2(watcher.intervalMs() < 1000, "set GATEHOUSE_TEST_WATCH_INTERVAL_MS (ctest does)");

    int finished = 0;
    int failed = 0;
    qint64 atWarmUp = 0;
    // A plain event loop, not QTest::qWaitFor: that sleeps 10 ms between rounds of events, which made each
    // poll take tens of milliseconds and 10,000 polls overrun QtTest's five-minute limit.
    QEventLoop loop;
    connect(&watcher, &AccountWatcher::pollFinished, this, [&](bool pollOk) {
        ++finished;
        failed += pollOk ? 0 : 1;
        // The test server runs in this process and logs every request: forget it, so that only the
        // watcher's own memory is measured.
        server->resetStatistics();
        if (finished == warmUp)
            atWarmUp = residentKiB();
        if (finished == polls) {
            watcher.stop();
            loop.quit();
        }
    });
    QTimer::singleShot(std::chrono::hours(1), &loop, &QEventLoop::quit);
    watcher.start();
    loop.exec();
    QCOMPARE(finished, polls);
    const qint64 atEnd = residentKiB();
    qInfo("%d polls, %d failed; RSS %lld KiB after %d polls, %lld KiB at the end (growth %lld KiB)", polls,
          failed, atWarmUp, warmUp, atEnd, atEnd - atWarmUp);
    QCOMPARE(failed, 0);
    QCOMPARE(watcher.pollCount(), polls);
#ifndef GATEHOUSE_UNDER_ASAN
    QVERIFY2(atEnd - atWarmUp < 2048, "RSS grew by 2 MiB or more");
#endif
}

QTEST_GUILESS_MAIN(TestWatchSoak)
#include "tst_WatchSoak.moc"
