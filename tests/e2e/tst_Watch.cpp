// `gatehouse --watch` end to end (README, "Watching from the command line"): the built binary watches an
// in-process demo server (or `gatehouse --demo-server` in its own process) with quick polls through the
// test-only GATEHOUSE_TEST_WATCH_INTERVAL_MS hook, and the test waits on its output as it comes: sessions
// appearing and disappearing in both formats, the baseline, an error that does not stop it, exit 5 on a
// revoked sign-in and exit 0 on SIGTERM.
#include "E2e.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;

namespace {

const QString DevicesPath = QStringLiteral("/_matrix/client/v3/devices");
constexpr int WaitMs = 30'000;

// A running `gatehouse --watch ...` whose output is read as it arrives.
class WatchRun
{
public:
    WatchRun(const QStringList& arguments, const QMap<QString, QString>& extra)
    {
        QMap<QString, QString> environment = extra;
        environment.insert(QStringLiteral("GATEHOUSE_TEST_WATCH_INTERVAL_MS"), QStringLiteral("50"));
        environment.insert(QStringLiteral("HOME"), m_home.path());
        if (!environment.contains(QStringLiteral("XDG_DATA_HOME")))
            environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        m_process.setProcessEnvironment(e2eEnvironment(environment));
        m_process.start(GatehouseProcess::binary(), arguments);
        m_process.waitForStarted(10'000);
    }
    ~WatchRun()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

    QStringList lines()
    {
        m_out += m_process.readAllStandardOutput();
        m_err += m_process.readAllStandardError();
        QStringList result = QString::fromUtf8(m_out).split(u'\n');
        result.removeLast(); // an unfinished line (or the empty rest after the last newline)
        return result;
    }
    // Waits (the event loop turning, so the in-process server answers) for a line that contains `text`.
    bool waitForLine(const QString& text, QString* found = nullptr)
    {
        return QTest::qWaitFor(
            [&] {
                const QStringList all = lines();
                for (const QString& line : all) {
                    if (line.contains(text)) {
                        if (found)
                            *found = line;
                        return true;
                    }
                }
                return false;
            },
            WaitMs);
    }
    bool finished(int* exitCode)
    {
        const bool done =
            QTest::qWaitFor([this] { return m_process.state() == QProcess::NotRunning; }, WaitMs);
        lines();
        *exitCode = m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
        return done;
    }
    void terminate() { m_process.terminate(); }
    QByteArray describe()
    {
        lines();
        return "--- stdout:\n" + m_out + "\n--- stderr:\n" + m_err;
    }
    QString home() const { return m_home.path(); }

private:
    QTemporaryDir m_home;
    QProcess m_process;
    QByteArray m_out;
    QByteArray m_err;
};

QMap<QString, QString> tokenFor(TestServer& server)
{
    return {{QLatin1String(TokenVariable), server.token()}};
}

QStringList watchArguments(TestServer& server, const QStringList& more)
{
    return QStringList{"--homeserver", server.baseUrl(), "--watch"} + more;
}

// Waits until the watcher has polled at least `count` times since `before`.
bool polled(TestServer& server, int count)
{
    return QTest::qWaitFor([&] { return server->requestCount(DevicesPath) >= count; }, WaitMs);
}

const QStringList JsonKeys{"event",        "time",         "user_id",      "base_url", "device_id",
                           "display_name", "last_seen_ip", "last_seen_ts", "message"};

QJsonObject parseLine(const QString& line)
{
    return QJsonDocument::fromJson(line.toUtf8()).object();
}

} // namespace

class TestWatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonLinesForSessionsAppearingAndDisappearing();
    void textSentencesForSessionsAppearingAndDisappearing();
    void firstPollComparesWithTheHistory();
    void noHistoryOnlySetsTheBaseline();
    void networkErrorIsPrintedAndWatchingGoesOn();
    void revokedSignInPrintsOneSignedOutAndExitsFive();
    void sigtermExitsZero();
    void demoServerAddsNewSessions();
    void demoWithNewSessionsInProcess();
    void intervalOutsideItsRangeIsAUsageError_data();
    void intervalOutsideItsRangeIsAUsageError();
};

void TestWatch::jsonLinesForSessionsAppearingAndDisappearing()
{
    TestServer server;
    WatchRun run(watchArguments(server, {"--json"}), tokenFor(server));
    QVERIFY2(polled(server, 2), run.describe().constData());
    QVERIFY(run.lines().isEmpty()); // the baseline says nothing

    Device& added = server->account().addDevice("E2EPHONE", "Element on iPhone");
    added.lastSeenIp = "203.0.113.7";
    added.lastSeenTs = 1'765'000'000'000;
    QString line;
    QVERIFY2(run.waitForLine("session_added", &line), run.describe().constData());
    QJsonObject object = parseLine(line);
    QCOMPARE(object.keys().size(), JsonKeys.size());
    for (const QString& key : JsonKeys)
        QVERIFY2(object.contains(key), qPrintable(key));
    QCOMPARE(object.value("event").toString(), "session_added");
    QVERIFY(object.value("time").toString().endsWith(u'Z'));
    QVERIFY(QDateTime::fromString(object.value("time").toString(), Qt::ISODate).isValid());
    QCOMPARE(object.value("user_id").toString(), server->account().userId());
    QCOMPARE(object.value("base_url").toString(), server.baseUrl());
    QCOMPARE(object.value("device_id").toString(), "E2EPHONE");
    QCOMPARE(object.value("display_name").toString(), "Element on iPhone");
    QCOMPARE(object.value("last_seen_ip").toString(), "203.0.113.7");
    QCOMPARE(object.value("last_seen_ts").toInteger(), 1'765'000'000'000);
    QVERIFY(object.value("message").isNull());

    QVERIFY(server->account().removeDevice("E2EPHONE"));
    QVERIFY2(run.waitForLine("session_removed", &line), run.describe().constData());
    object = parseLine(line);
    QCOMPARE(object.value("device_id").toString(), "E2EPHONE");
    QCOMPARE(object.value("display_name").toString(), "Element on iPhone");
    QVERIFY(object.value("message").isNull());
    // One line per event, nothing else.
    const QStringList all = run.lines();
    for (const QString& each : all)
        QVERIFY2(!parseLine(each).isEmpty(), qPrintable(each));
    QCOMPARE(run.lines().size(), 2);

    run.terminate();
    int exitCode = -1;
    QVERIFY(run.finished(&exitCode));
    QCOMPARE(exitCode, 0);
}

void TestWatch::textSentencesForSessionsAppearingAndDisappearing()
{
    TestServer server;
    WatchRun run(watchArguments(server, {}), tokenFor(server));
    QVERIFY2(polled(server, 2), run.describe().constData());
    server->account().addDevice("E2ETEXT", "Firefox on Windows");
    QString line;
    QVERIFY2(run.waitForLine("E2ETEXT", &line), run.describe().constData());
    QVERIFY2(line.contains("New sign-in to @alice:localhost: “Firefox on Windows” (E2ETEXT)"),
             qPrintable(line));
    QVERIFY2(line.section(u' ', 0, 0).endsWith(u'Z'), qPrintable(line)); // the time first
    QVERIFY(server->account().removeDevice("E2ETEXT"));
    QVERIFY2(run.waitForLine("is no longer signed in", &line), run.describe().constData());
    QVERIFY2(line.contains("E2ETEXT"), qPrintable(line));
    QCOMPARE(run.lines().size(), 2);
    run.terminate();
    int exitCode = -1;
    QVERIFY(run.finished(&exitCode));
    QCOMPARE(exitCode, 0);
}

void TestWatch::firstPollComparesWithTheHistory()
{
    TestServer server;
    QTemporaryDir data;
    const QMap<QString, QString> environment{{QLatin1String(TokenVariable), server.token()},
                                             {"XDG_DATA_HOME", data.path()}};
    {
        WatchRun first(watchArguments(server, {"--json"}), environment);
        // A second request means the first answer was recorded.
        QVERIFY2(polled(server, 2), first.describe().constData());
        first.terminate();
        int exitCode = -1;
        QVERIFY(first.finished(&exitCode));
        QCOMPARE(exitCode, 0);
    }
    // Signed in while nothing watched: the next run's first poll tells.
    server->account().addDevice("WHILEAWAY", "Chrome on Linux");
    server->resetStatistics();
    WatchRun run(watchArguments(server, {"--json"}), environment);
    QString line;
    QVERIFY2(run.waitForLine("WHILEAWAY", &line), run.describe().constData());
    QCOMPARE(parseLine(line).value("event").toString(), "session_added");
    run.terminate();
    int exitCode = -1;
    QVERIFY(run.finished(&exitCode));
}

void TestWatch::noHistoryOnlySetsTheBaseline()
{
    TestServer server;
    WatchRun run(watchArguments(server, {"--json", "--no-history"}), tokenFor(server));
    QVERIFY2(polled(server, 3), run.describe().constData());
    QVERIFY(run.lines().isEmpty());
    QVERIFY(!QFile::exists(run.home() + "/data/Gatehouse/Gatehouse/history.sqlite"));
    server->account().addDevice("NOHIST", "Element Desktop");
    QVERIFY2(run.waitForLine("NOHIST"), run.describe().constData());
    run.terminate();
    int exitCode = -1;
    QVERIFY(run.finished(&exitCode));
    QCOMPARE(exitCode, 0);
}

void TestWatch::networkErrorIsPrintedAndWatchingGoesOn()
{
    TestServer server;
    WatchRun run(watchArguments(server, {"--json"}), tokenFor(server));
    QVERIFY2(polled(server, 1), run.describe().constData());
    server.answer(DevicesPath, 502, "{}");
    QString line;
    QVERIFY2(run.waitForLine("\"error\"", &line), run.describe().constData());
    const QJsonObject object = parseLine(line);
    QCOMPARE(object.value("event").toString(), "error");
    QVERIFY(!object.value("message").toString().isEmpty());
    QVERIFY(object.value("device_id").isNull());

    server->setOverride(DevicesPath, {});
    server->account().addDevice("AFTERERROR", "Element X on Pixel");
    QVERIFY2(run.waitForLine("AFTERERROR"), run.describe().constData());
    run.terminate();
    int exitCode = -1;
    QVERIFY(run.finished(&exitCode));
    QCOMPARE(exitCode, 0);
}

void TestWatch::revokedSignInPrintsOneSignedOutAndExitsFive()
{
    TestServer server;
    WatchRun run(watchArguments(server, {"--json"}), tokenFor(server));
    QVERIFY2(polled(server, 1), run.describe().constData());
    server->account().revokeToken(server.token());
    int exitCode = -1;
    QVERIFY2(run.finished(&exitCode), run.describe().constData());
    QCOMPARE(exitCode, 5);
    const QStringList lines = run.lines();
    QCOMPARE(lines.size(), 1);
    const QJsonObject object = parseLine(lines.constFirst());
    QCOMPARE(object.value("event").toString(), "signed_out");
    QVERIFY(!object.value("message").toString().isEmpty());
}

void TestWatch::sigtermExitsZero()
{
    TestServer server;
    WatchRun run(watchArguments(server, {}), tokenFor(server));
    QVERIFY2(polled(server, 1), run.describe().constData());
    run.terminate();
    int exitCode = -1;
    QVERIFY2(run.finished(&exitCode), run.describe().constData());
    QCOMPARE(exitCode, 0);
}

void TestWatch::demoServerAddsNewSessions()
{
    DemoServerProcess demo({"--new-session-every", "1"});
    QVERIFY(demo.isRunning());
    WatchRun run({"--homeserver", demo.baseUrl(), "--watch", "--json"},
                 {{QLatin1String(TokenVariable), demo.token()}});
    QString line;
    QVERIFY2(run.waitForLine("session_added", &line), run.describe().constData());
    const QJsonObject object = parseLine(line);
    QVERIFY(!object.value("display_name").toString().isEmpty());
    QVERIFY(!object.value("last_seen_ip").toString().isEmpty());
    QVERIFY(object.value("last_seen_ts").isDouble());
    run.terminate();
    int exitCode = -1;
    QVERIFY(run.finished(&exitCode));
    QCOMPARE(exitCode, 0);
    QVERIFY(demo.stop());
}

void TestWatch::demoWithNewSessionsInProcess()
{
    WatchRun run({"--demo", "--new-session-every", "1", "--watch"}, {});
    QVERIFY2(run.waitForLine("New sign-in to @alice:localhost"), run.describe().constData());
    run.terminate();
    int exitCode = -1;
    QVERIFY(run.finished(&exitCode));
    QCOMPARE(exitCode, 0);
}

void TestWatch::intervalOutsideItsRangeIsAUsageError_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("0") << QStringList{"--watch", "--interval", "0"};
    QTest::newRow("3601") << QStringList{"--watch", "--interval", "3601"};
    QTest::newRow("not a number") << QStringList{"--watch", "--interval", "soon"};
    QTest::newRow("without --watch") << QStringList{"--list", "--interval", "60"};
    QTest::newRow("--new-session-every without a demo") << QStringList{"--watch", "--new-session-every", "5"};
}

void TestWatch::intervalOutsideItsRangeIsAUsageError()
{
    QFETCH(QStringList, arguments);
    TestServer server;
    const GatehouseRun run = runAgainst(server, arguments);
    GATEHOUSE_VERIFY_EXIT(run, 2);
    QVERIFY(isOneErrorLine(run.err));
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestWatch)
#include "tst_Watch.moc"
