// `gatehouse --sign-out-inactive DAYS [--dry-run]` against the demo server: the plan, and the same guided
// queue as the window, driven here through the demo page's HTTP form and the terminal (Enter, q).
#include "DemoPageBrowser.h"
#include "E2e.h"

#include "cleanup/SignOutQueueStore.h"
#include "history/HistoryStore.h"
#include "matrix/CanonicalBaseUrl.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace gatehouse;
using namespace gatehouse::test;

namespace {

// A running `--sign-out-inactive` whose output is read as it comes.
class QueueRun
{
public:
    QueueRun(TestServer& server, int days, const QString& dataHome = {})
    {
        QProcessEnvironment environment = e2eEnvironment({{TokenVariable, server.token()}});
        if (!dataHome.isEmpty())
            environment.insert("XDG_DATA_HOME", dataHome);
        environment.insert("GATEHOUSE_QUEUE_CHECK_MS", "20");
        m_process.setProcessEnvironment(environment);
        m_process.start(GatehouseProcess::binary(),
                        {"--homeserver", server.baseUrl(), "--sign-out-inactive", QString::number(days)});
    }
    ~QueueRun()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

    // Waits (turning the event loop) until stdout shows `pattern` for the `nth` time; returns the match.
    QString waitFor(const QString& pattern, int nth = 1)
    {
        const QRegularExpression expression(pattern);
        QSignalSpy output(&m_process, &QProcess::readyReadStandardOutput);
        for (int attempt = 0; attempt < 200; ++attempt) {
            m_out += m_process.readAllStandardOutput();
            auto matches = expression.globalMatch(QString::fromUtf8(m_out));
            for (int seen = 1; matches.hasNext(); ++seen) {
                const QString match = matches.next().captured(0);
                if (seen == nth)
                    return match;
            }
            if (m_process.state() == QProcess::NotRunning)
                return {};
            output.wait(200);
        }
        return {};
    }
    void type(const QByteArray& line) { m_process.write(line); }
    int waitExit()
    {
        QSignalSpy finished(&m_process, &QProcess::finished);
        if (m_process.state() != QProcess::NotRunning && !finished.wait(30'000))
            return -1;
        m_out += m_process.readAllStandardOutput();
        return m_process.exitCode();
    }
    QString out() const { return QString::fromUtf8(m_out); }

private:
    QProcess m_process;
    QByteArray m_out;
};

const QString DeletePage = QStringLiteral(
    "http://127\\.0\\.0\\.1:\\d+/account/\\?action=org\\.matrix\\.device_delete&device_id=\\w+");

bool confirmInBrowser(const QString& url)
{
    DemoPageBrowser browser;
    const DemoPageBrowser::Page page = browser.get(QUrl(url));
    return page.status == 200 && browser.submitFirstForm(page).status == 200;
}

QString deviceIdOf(const QString& url)
{
    return QUrlQuery(QUrl(url)).queryItemValue("device_id");
}

} // namespace

class TestSignOutInactive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dryRunListsWhatWouldBeSignedOut();
    void dryRunAsJson();
    void nothingInactiveSaysSo();
    void walksTheQueueOnePageAtATime();
    void enterSkipsAndQStops();
    void classicServerIsRefusedFromTheCommandLine();
    void historySaysWhichWereSignedOutByGatehouse();
};

void TestSignOutInactive::dryRunListsWhatWouldBeSignedOut()
{
    TestServer server;
    const GatehouseRun run = runAgainst(server, {"--sign-out-inactive", "90", "--dry-run"});
    GATEHOUSE_VERIFY_EXIT(run, 0);
    QVERIFY(run.out.startsWith("Would sign out 3 sessions:"));
    QVERIFY(run.out.contains("Element Android on Galaxy S10"));
    QVERIFY(run.out.contains("SchildiChat on OnePlus 6"));
    QVERIFY(!run.out.contains("Gatehouse on this computer"));
    QCOMPARE(server->account().devices().size(), 12); // nothing signed out
    QCOMPARE(server->requestCount("/account/"), 0);   // no page opened
}

void TestSignOutInactive::dryRunAsJson()
{
    TestServer server;
    const GatehouseRun run = runAgainst(server, {"--sign-out-inactive", "150", "--dry-run", "--json"});
    GATEHOUSE_VERIFY_EXIT(run, 0);
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(root.value("inactive_days").toInt(), 150);
    QCOMPARE(root.value("devices").toArray().size(), 2);
}

void TestSignOutInactive::nothingInactiveSaysSo()
{
    TestServer server;
    const GatehouseRun run = runAgainst(server, {"--sign-out-inactive", "3000"});
    GATEHOUSE_VERIFY_EXIT(run, 0);
    QVERIFY(run.out.contains("No session has been inactive for more than 3000 days."));
}

void TestSignOutInactive::walksTheQueueOnePageAtATime()
{
    TestServer server;
    QueueRun run(server, 90);
    QStringList confirmed;
    for (int i = 1; i <= 3; ++i) {
        // No browser here (offscreen): the command prints the page to open, and waits for the list.
        const QString url = run.waitFor(DeletePage, i);
        QVERIFY2(!url.isEmpty(), qPrintable(run.out()));
        QVERIFY(confirmInBrowser(url));
        confirmed.append(deviceIdOf(url));
    }
    QCOMPARE(run.waitExit(), 0);
    QVERIFY2(run.out().contains("Done: 3 of 3 signed out."), qPrintable(run.out()));
    QCOMPARE(server->account().devices().size(), 12 - 3);
    for (const QString& id : confirmed)
        QVERIFY(!server->account().device(id));
}

void TestSignOutInactive::enterSkipsAndQStops()
{
    TestServer server;
    QueueRun run(server, 90);
    const QString first = run.waitFor(DeletePage, 1);
    QVERIFY(!first.isEmpty());
    run.type("\n"); // skip the first
    const QString second = run.waitFor(DeletePage, 2);
    QVERIFY(!second.isEmpty());
    QVERIFY(deviceIdOf(first) != deviceIdOf(second));
    run.type("q\n"); // stop with two left
    QCOMPARE(run.waitExit(), 0);
    QVERIFY2(run.out().contains("Done: 0 of 3 signed out, 1 skipped."), qPrintable(run.out()));
    QVERIFY(run.out().contains("skipped, still signed in: " + deviceIdOf(first)));
    QVERIFY(run.out().contains("not done, still signed in: " + deviceIdOf(second)));
    QCOMPARE(server->account().devices().size(), 12);
}

void TestSignOutInactive::classicServerIsRefusedFromTheCommandLine()
{
    DemoOptions options;
    options.metadata = DemoOptions::Metadata::None;
    TestServer server(options);
    const GatehouseRun run = runAgainst(server, {"--sign-out-inactive", "90"});
    GATEHOUSE_VERIFY_EXIT(run, 3);
    QVERIFY(isOneErrorLine(run.err));
}

void TestSignOutInactive::historySaysWhichWereSignedOutByGatehouse()
{
    TestServer server;
    QTemporaryDir data;
    QueueRun run(server, 90, data.path());
    const QString first = run.waitFor(DeletePage, 1);
    QVERIFY2(!first.isEmpty(), qPrintable(run.out()));
    QVERIFY(confirmInBrowser(first));
    const QString second = run.waitFor(DeletePage, 2);
    QVERIFY2(!second.isEmpty(), qPrintable(run.out()));
    run.type("q\n"); // the second is left, still signed in
    QCOMPARE(run.waitExit(), 0);
    // Then the second goes some other way, and a later --list sees it gone.
    QVERIFY(server->account().removeDevice(deviceIdOf(second)));
    GATEHOUSE_VERIFY_EXIT(runAgainst(server, {"--list"}, {{"XDG_DATA_HOME", data.path()}}), 0);

    HistoryStore history(data.path() + QStringLiteral("/Gatehouse/Gatehouse/history.sqlite"));
    QCOMPARE(history.open(), HistoryStore::State::Open);
    const QList<HistorySession> sessions =
        history.sessions({CanonicalBaseUrl::of(server.baseUrl()), server->account().userId()});
    const auto how = [&sessions](const QString& id) {
        for (const HistorySession& session : sessions) {
            if (session.deviceId == id)
                return session.removedHow;
        }
        return HistorySession::RemovedHow::NotRemoved;
    };
    QCOMPARE(how(deviceIdOf(first)), HistorySession::RemovedHow::SignedOutByGatehouse);
    QCOMPARE(how(deviceIdOf(second)), HistorySession::RemovedHow::Vanished);
}

QTEST_GUILESS_MAIN(TestSignOutInactive)
#include "tst_SignOutInactive.moc"
