// Attacks through the process and the command line (docs/threat-model.md), each run against the built
// gatehouse binary: the browser inheriting the token (a fake xdg-open on PATH records its environment, under
// a private Xvfb), core dumps, an account page that carries the token, hosts and characters that mislead
// in printed URLs, and the "No access token" message the redactor used to eat.
#include "GatehouseProcess.h"
#include "HostileSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

using namespace gatehouse;
using namespace gatehouse::test;

class TestProcessSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theBrowserNeverInheritsTheToken();
    void coreDumpsAreOff();
    void anAccountPageCarryingTheTokenIsRefused_data();
    void anAccountPageCarryingTheTokenIsRefused();
    void printedUrlsShowTheirRealHostAndCharacters_data();
    void printedUrlsShowTheirRealHostAndCharacters();
    void theMissingTokenMessageKeepsItsWords_data();
    void theMissingTokenMessageKeepsItsWords();

private:
    static void serveAccountPage(TestServer& server, const QString& uri);
};

void TestProcessSecrets::serveAccountPage(TestServer& server, const QString& uri)
{
    QJsonObject metadata = server->authMetadata();
    metadata.insert(QStringLiteral("account_management_uri"), uri);
    server.answer(QStringLiteral("/_matrix/client/v1/auth_metadata"), 200, json(metadata));
}

void TestProcessSecrets::theBrowserNeverInheritsTheToken()
{
    const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
    if (xvfb.isEmpty())
        QSKIP("Xvfb is not installed (apt-get install xvfb)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    // A private X display, so the desktop platform (not offscreen) starts the URL opener for real.
    QProcess display;
    display.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    display.start(xvfb, {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-nolisten"),
                         QStringLiteral("tcp"), QStringLiteral("-screen"), QStringLiteral("0"),
                         QStringLiteral("640x480x24")});
    QVERIFY(display.waitForStarted(10'000));
    QTRY_VERIFY_WITH_TIMEOUT(display.canReadLine(), 20'000);
    const QString number = QString::fromLatin1(display.readLine()).trimmed();
    QVERIFY(!number.isEmpty());

    // The fake xdg-open writes down its whole environment and its arguments.
    const QString record = dir.filePath(QStringLiteral("environment"));
    QFile opener(dir.filePath(QStringLiteral("xdg-open")));
    QVERIFY(opener.open(QIODevice::WriteOnly));
    opener.write("#!/bin/sh\nenv > \"" + record.toUtf8() + ".tmp\"\nprintf 'ARG=%s\\n' \"$@\" >> \"" +
                 record.toUtf8() + ".tmp\"\nmv \"" + record.toUtf8() + ".tmp\" \"" + record.toUtf8() +
                 "\"\n");
    opener.close();
    opener.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    TestServer server;
    QProcessEnvironment environment = GatehouseProcess::environment({
        {QStringLiteral("GATEHOUSE_ACCESS_TOKEN"), server.token()},
        {QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb")},
        {QStringLiteral("DISPLAY"), u':' + number},
        {QStringLiteral("PATH"), dir.path() + u':' + qEnvironmentVariable("PATH")},
    });
    const GatehouseRun run = GatehouseProcess::run({QStringLiteral("--open"), QStringLiteral("account"),
                                                    QStringLiteral("--homeserver"), server.baseUrl()},
                                                   environment);
    display.terminate();
    display.waitForFinished(5'000);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(record), 20'000);
    QFile recorded(record);
    QVERIFY(recorded.open(QIODevice::ReadOnly));
    const QByteArray seen = recorded.readAll();
    QVERIFY2(seen.contains("ARG=" + (server.baseUrl() + QStringLiteral("/account/")).toUtf8()),
             seen.constData());
    QVERIFY2(!seen.contains("GATEHOUSE_ACCESS_TOKEN"), seen.constData());
    QVERIFY(!seen.contains(server.token().toUtf8()));
}

void TestProcessSecrets::coreDumpsAreOff()
{
#ifndef Q_OS_LINUX
    QSKIP("core dumps are switched off on Linux; Windows writes none by default");
#else
    QProcess process;
    QProcessEnvironment environment = GatehouseProcess::environment(
        {{QStringLiteral("GATEHOUSE_ACCESS_TOKEN"), QStringLiteral("env-token-0123456789abcdef")}});
    process.setProcessEnvironment(environment);
    // The test's own limit may already be 0; the child starts with core dumps allowed, as a shell might.
    process.setChildProcessModifier([] {
        const rlimit unlimited{RLIM_INFINITY, RLIM_INFINITY};
        if (setrlimit(RLIMIT_CORE, &unlimited) != 0) {
            rlimit current{};
            getrlimit(RLIMIT_CORE, &current);
            current.rlim_cur = current.rlim_max;
            setrlimit(RLIMIT_CORE, &current);
        }
    });
    process.start(GatehouseProcess::binary(), {QStringLiteral("--demo-server")});
    QVERIFY(process.waitForStarted(10'000));
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 20'000);
    QFile limits(QStringLiteral("/proc/%1/limits").arg(process.processId()));
    QVERIFY(limits.open(QIODevice::ReadOnly));
    QByteArray coreLine;
    for (const QByteArray& line : limits.readAll().split('\n')) {
        if (line.startsWith("Max core file size"))
            coreLine = line.simplified();
    }
    // The token also left the environment block itself (what /proc and a debugger read).
    QFile environ(QStringLiteral("/proc/%1/environ").arg(process.processId()));
    const bool readable = environ.open(QIODevice::ReadOnly);
    const QByteArray environBlock = readable ? environ.readAll() : QByteArray();
    process.terminate();
    process.waitForFinished(10'000);
    QCOMPARE(coreLine, QByteArray("Max core file size 0 0 bytes"));
    QVERIFY(!environBlock.contains("env-token-0123456789abcdef"));
#endif
}

void TestProcessSecrets::anAccountPageCarryingTheTokenIsRefused_data()
{
    QTest::addColumn<bool>("printOnly");
    QTest::addColumn<bool>("encoded");
    QTest::newRow("--print-url, raw") << true << false;
    QTest::newRow("--print-url, percent-encoded") << true << true;
    QTest::newRow("open, raw") << false << false;
}

void TestProcessSecrets::anAccountPageCarryingTheTokenIsRefused()
{
    QFETCH(bool, printOnly);
    QFETCH(bool, encoded);
    TestServer server;
    // The token is handed over raw; the hostile metadata repeats it in its account page.
    const QString token = server.token();
    const QString inUrl = encoded ? QString(token).replace(u'_', QStringLiteral("%5F")) : token;
    serveAccountPage(server, QStringLiteral("https://account.example.org/?session=") + inUrl);
    QStringList arguments{QStringLiteral("--open"), QStringLiteral("account"), QStringLiteral("--homeserver"),
                          server.baseUrl()};
    if (printOnly)
        arguments << QStringLiteral("--print-url");
    const GatehouseRun run = GatehouseProcess::run(
        arguments, GatehouseProcess::environment({{QStringLiteral("GATEHOUSE_ACCESS_TOKEN"), token}}));
    QCOMPARE(run.exitCode, 6);
    QVERIFY(run.out.isEmpty());
    QVERIFY(!run.err.contains(token.toUtf8()));
    QVERIFY(!run.err.contains(inUrl.toUtf8()));
}

void TestProcessSecrets::printedUrlsShowTheirRealHostAndCharacters_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QByteArray>("printed");
    QTest::newRow("look-alike host") << QStringLiteral("https://account.аррӏе.com/manage")
                                     << QByteArray("https://account.xn--80ak6aa92e.com/manage");
    QTest::newRow("right-to-left override") << QStringLiteral("https://account.example.org/\u202Egnp.exe")
                                            << QByteArray("https://account.example.org/%E2%80%AEgnp.exe");
    QTest::newRow("zero-width space") << QStringLiteral("https://account.example.org/a\u200Bb")
                                      << QByteArray("https://account.example.org/a%E2%80%8Bb");
}

void TestProcessSecrets::printedUrlsShowTheirRealHostAndCharacters()
{
    QFETCH(QString, page);
    QFETCH(QByteArray, printed);
    TestServer server;
    serveAccountPage(server, page);
    const GatehouseRun run = GatehouseProcess::run(
        {QStringLiteral("--open"), QStringLiteral("account"), QStringLiteral("--print-url"),
         QStringLiteral("--homeserver"), server.baseUrl()},
        GatehouseProcess::environment({{QStringLiteral("GATEHOUSE_ACCESS_TOKEN"), server.token()}}));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out.trimmed(), printed);
}

void TestProcessSecrets::theMissingTokenMessageKeepsItsWords_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QByteArray>("words");
    QTest::newRow("English")
        << QStringLiteral("C.UTF-8")
        << QByteArray("No access token: put it in the environment variable GATEHOUSE_ACCESS_TOKEN");
    QTest::newRow("German") << QStringLiteral("de_DE.UTF-8")
                            << QByteArray("Kein Zugriffstoken: Legen Sie es in der Umgebungsvariable");
}

void TestProcessSecrets::theMissingTokenMessageKeepsItsWords()
{
    QFETCH(QString, language);
    QFETCH(QByteArray, words);
    const GatehouseRun run = GatehouseProcess::run(
        {QStringLiteral("--list"), QStringLiteral("--homeserver"), QStringLiteral("http://127.0.0.1:9")},
        GatehouseProcess::environment(
            {{QStringLiteral("LANG"), language}, {QStringLiteral("LC_ALL"), language}}));
    QCOMPARE(run.exitCode, 5);
    QVERIFY2(run.err.contains(words), run.err.constData());
    QVERIFY2(!run.err.contains("[redacted]"), run.err.constData());
}

QTEST_GUILESS_MAIN(TestProcessSecrets)
#include "tst_ProcessSecrets.moc"
