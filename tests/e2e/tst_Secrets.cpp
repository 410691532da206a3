// docs/protocol.md "Secrets": no token appears in any output of the command line, including --verbose logs,
// and error messages, whatever the outcome. The one documented exception is `--demo-server`, whose JSON line
// hands out the demo's own token.
#include "E2e.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;

namespace {

const QString WhoamiPath = QStringLiteral("/_matrix/client/v3/account/whoami");
const QString StablePath = QStringLiteral("/_matrix/client/v1/auth_metadata");

bool leaks(const GatehouseRun& run, const QString& token)
{
    const QByteArray needle = token.toUtf8();
    // The whole token, and any long piece of it (a truncated log line would still leak most of it).
    for (qsizetype start = 0; start + 12 <= needle.size(); start += 4) {
        const QByteArray piece = needle.mid(start, 12);
        if (run.out.contains(piece) || run.err.contains(piece))
            return true;
    }
    return run.out.contains(needle) || run.err.contains(needle);
}

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noTokenInAnyOutput_data();
    void noTokenInAnyOutput();
    void noRejectedTokenInAnyOutput_data();
    void noRejectedTokenInAnyOutput();
    void noDemoTokenInAnyOutput_data();
    void noDemoTokenInAnyOutput();
    void verboseLogsRequestsWithoutTheToken();
    void demoServerHandsOutItsOwnToken();
};

void TestSecrets::noTokenInAnyOutput_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QStringList>("arguments");
    const QStringList verbose = {"--verbose"};
    for (const QStringList& arguments : {QStringList{"--list"}, QStringList{"--list", "--json"},
                                         QStringList{"--open", "profile", "--print-url"},
                                         QStringList{"--open", "device_delete", "--device", "GATEHOUSE0"},
                                         QStringList{"--open", "account"}}) {
        QTest::addRow("%s", qPrintable(arguments.join(' '))) << "" << arguments;
        QTest::addRow("%s --verbose", qPrintable(arguments.join(' '))) << "" << arguments + verbose;
    }
    QTest::newRow("invalid metadata --verbose") << "invalid metadata" << QStringList{"--list", "--verbose"};
    QTest::newRow("429 --verbose") << "429" << QStringList{"--list", "--verbose"};
    QTest::newRow("timeout --verbose") << "silent" << QStringList{"--list", "--verbose"};
    QTest::newRow("server echoes the token in its error --verbose")
        << "echo" << QStringList{"--open", "profile", "--print-url", "--verbose"};
    QTest::newRow("unsafe account page --verbose")
        << "unsafe page" << QStringList{"--open", "profile", "--print-url", "--verbose"};
    QTest::newRow("bad usage --verbose") << "" << QStringList{"--list", "--bogus", "--verbose"};
}

void TestSecrets::noTokenInAnyOutput()
{
    QFETCH(QString, setup);
    QFETCH(QStringList, arguments);

    TestServer server;
    QMap<QString, QString> environment;
    if (setup == "invalid metadata") {
        server.answer(StablePath, 200, "{\"issuer\":false}");
    } else if (setup == "429") {
        server.answer(WhoamiPath, 429, R"({"errcode":"M_LIMIT_EXCEEDED"})", "application/json",
                      {{"Retry-After", "0"}});
    } else if (setup == "silent") {
        server.neverAnswer(WhoamiPath);
        environment.insert("GATEHOUSE_TIMEOUT_MS", "300");
    } else if (setup == "echo") {
        // A careless server that repeats the token in its error text: still never printed.
        const QByteArray body =
            R"({"errcode":"M_UNKNOWN","error":"bad request for token )" + server.token().toUtf8() + R"("})";
        server.answer(StablePath, 500, body);
    } else if (setup == "unsafe page") {
        server->setAccountUri("http://example.org/account?token=" + server.token());
    }
    const GatehouseRun run = runAgainst(server, arguments, environment);
    QVERIFY2(run.finished, describe(run).constData());
    QVERIFY2(!leaks(run, server.token()), describe(run).constData());
    if (arguments.contains("--verbose") && setup.isEmpty() && !arguments.contains("--bogus"))
        QVERIFY2(run.err.contains("gatehouse.http"), describe(run).constData()); // the log did run
}

void TestSecrets::noRejectedTokenInAnyOutput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("--list") << QStringList{"--list"};
    QTest::newRow("--list --json --verbose") << QStringList{"--list", "--json", "--verbose"};
    QTest::newRow("--open --verbose") << QStringList{"--open", "profile", "--print-url", "--verbose"};
}

void TestSecrets::noRejectedTokenInAnyOutput()
{
    QFETCH(QStringList, arguments);

    TestServer server;
    const QString wrong = "syt_YWxpY2U_wrongwrongwrong_1a2b3c";
    const GatehouseRun run = runAgainst(server, arguments, {{TokenVariable, wrong}});
    GATEHOUSE_VERIFY_EXIT(run, 5);
    QVERIFY2(!leaks(run, wrong), describe(run).constData());
}

void TestSecrets::noDemoTokenInAnyOutput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("--demo --list --verbose") << QStringList{"--demo", "--list", "--verbose"};
    QTest::newRow("--demo --list --json --verbose") << QStringList{"--demo", "--list", "--json", "--verbose"};
    QTest::newRow("--demo --open --verbose")
        << QStringList{"--demo", "--open", "cross_signing_reset", "--print-url", "--verbose"};
}

void TestSecrets::noDemoTokenInAnyOutput()
{
    QFETCH(QStringList, arguments);
    // The in-app demo server's token is random; all of them start with "demo_".
    const GatehouseRun run = GatehouseProcess::run(arguments, e2eEnvironment());
    GATEHOUSE_VERIFY_EXIT(run, 0);
    QVERIFY2(!run.out.contains("demo_") && !run.err.contains("demo_"), describe(run).constData());
    QVERIFY2(run.err.contains("gatehouse.http"), describe(run).constData());
}

void TestSecrets::verboseLogsRequestsWithoutTheToken()
{
    TestServer server;
    const GatehouseRun run = runAgainst(server, {"--list", "--verbose"});
    GATEHOUSE_VERIFY_EXIT(run, 0);
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.contains("/_matrix/client/v3/devices"), run.err.constData());
    QVERIFY2(err.contains("/_matrix/client/v3/account/whoami"), run.err.constData());
    QVERIFY2(!leaks(run, server.token()), run.err.constData());
    QVERIFY(!run.out.isEmpty());
}

void TestSecrets::demoServerHandsOutItsOwnToken()
{
    DemoServerProcess demo;
    QVERIFY(demo.isRunning());
    QVERIFY(!demo.token().isEmpty());
    // The documented JSON line is the only place a token is printed; using it prints it nowhere.
    const GatehouseRun run =
        GatehouseProcess::run({"--homeserver", demo.baseUrl(), "--list", "--json", "--verbose"},
                              e2eEnvironment({{TokenVariable, demo.token()}}));
    GATEHOUSE_VERIFY_EXIT(run, 0);
    QVERIFY2(!leaks(run, demo.token()), describe(run).constData());
    QVERIFY(demo.stop());
}

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_Secrets.moc"
