// docs/protocol.md "Secrets": the access token given to Gatehouse never appears in anything it writes. The
// built gatehouse runs against a demo server on loopback in every command-line mode, with and without
// --verbose, with an honest server, one that rejects the token, and one that echoes the token back in
// redirects, headers and error texts. Its stdout, stderr, and every file it leaves under its own HOME and
// XDG directories (settings included) are scanned for the tokens, raw, percent-encoded and base64. In the
// process, the window and the command line hand URLs to a recording UrlOpener (the arguments a browser
// would get): those are scanned too.
#include "GatehouseProcess.h"
#include "HostileSupport.h"
#include "RecordingPrompts.h"
#include "RecordingUrlOpener.h"

#include "account/AccountController.h"
#include "auth/TokenSource.h"
#include "cli/CliRunner.h"
#include "cli/CommandLine.h"
#include "matrix/AccountSession.h"
#include "matrix/MetadataService.h"
#include "window/MainWindow.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;

namespace {

const QString WrongToken = QStringLiteral("syt_d3JvbmctdG9rZW4_NotTheRightOne_0123456789");

// Every form a token could take on the way out.
QList<QByteArray> formsOf(const QString& token)
{
    const QByteArray raw = token.toUtf8();
    return {raw, QUrl::toPercentEncoding(token), raw.toBase64(), raw.toBase64(QByteArray::Base64UrlEncoding)};
}

// The first form of a token found in `data`, or empty.
QByteArray leakIn(const QByteArray& data, const QStringList& tokens)
{
    for (const QString& token : tokens) {
        for (const QByteArray& form : formsOf(token)) {
            if (data.contains(form))
                return form;
        }
    }
    return {};
}

class Sandbox
{
public:
    Sandbox()
    {
        for (const char* sub : {"config", "data", "cache", "state", "runtime"})
            QDir(m_home.path()).mkpath(QString::fromLatin1(sub));
    }

    QProcessEnvironment environment(const QString& token) const
    {
        QProcessEnvironment env = GatehouseProcess::environment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path() + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path() + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.path() + QStringLiteral("/cache"));
        env.insert(QStringLiteral("XDG_STATE_HOME"), m_home.path() + QStringLiteral("/state"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.path() + QStringLiteral("/runtime"));
        env.insert(QStringLiteral("GATEHOUSE_ACCESS_TOKEN"), token);
        env.insert(QStringLiteral("GATEHOUSE_TIMEOUT_MS"), QStringLiteral("10000"));
        return env;
    }

    // Every file the runs left, with its content.
    QList<QPair<QString, QByteArray>> files() const
    {
        QList<QPair<QString, QByteArray>> found;
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly))
                found.append({file.fileName(), file.readAll()});
        }
        return found;
    }

private:
    QTemporaryDir m_home;
};

} // namespace

class TestSecretsStayHome : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commandLineAndWindowNeverWriteTheToken_data();
    void commandLineAndWindowNeverWriteTheToken();
    void urlsHandedToTheBrowserNeverCarryTheToken();
};

void TestSecretsStayHome::commandLineAndWindowNeverWriteTheToken_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<bool>("rightToken");
    QTest::newRow("honest server") << QStringLiteral("honest") << true;
    QTest::newRow("token rejected") << QStringLiteral("honest") << false;
    QTest::newRow("server echoes the token") << QStringLiteral("echo") << true;
}

void TestSecretsStayHome::commandLineAndWindowNeverWriteTheToken()
{
    QFETCH(QString, server);
    QFETCH(bool, rightToken);
    TestServer demo;
    const QString token = demo.token();
    const QString used = rightToken ? token : WrongToken;
    const QStringList secrets{token, WrongToken};
    const QString other = demo->account().devices().at(1).id;

    if (server == u"echo") {
        // Redirected to a URL holding the token in its path and query; that answers with the token in a
        // header and in the error text.
        const QString echoPath = "/_matrix/client/v3/echo/" + token;
        demo->setOverride(QStringLiteral("/_matrix/client/v3/devices"),
                          [echoPath, token](const QHttpServerRequest&, QHttpServerResponder& responder) {
                              responder.writeStatusLine(QHttpServerResponder::StatusCode::TemporaryRedirect);
                              responder.writeHeader("Location",
                                                    (echoPath + "?access_token=" + token).toUtf8());
                              responder.writeHeader("Content-Length", "0");
                              responder.writeBody(QByteArray());
                              return true;
                          });
        demo.answer(echoPath, 500,
                    json({{QStringLiteral("errcode"), QStringLiteral("M_UNKNOWN")},
                          {QStringLiteral("error"),
                           QString("Your token " + token + " (Bearer " + token + ") failed")}}),
                    "application/json",
                    {{"X-Echo", "Bearer " + token.toUtf8()}, {"X-Token", token.toUtf8()}});
        demo.answer(QStringLiteral("/_matrix/client/v1/auth_metadata"), 500,
                    json({{QStringLiteral("errcode"), QStringLiteral("M_UNKNOWN")},
                          {QStringLiteral("error"), QString("access_token=" + token)}}));
    }

    Sandbox sandbox;
    const QString base = demo.baseUrl();
    const QList<QStringList> commands{
        {QStringLiteral("--list"), QStringLiteral("--homeserver"), base},
        {QStringLiteral("--list"), QStringLiteral("--json"), QStringLiteral("--homeserver"), base},
        {QStringLiteral("--open"), QStringLiteral("device_view"), QStringLiteral("--device"), other,
         QStringLiteral("--print-url"), QStringLiteral("--homeserver"), base},
        {QStringLiteral("--open"), QStringLiteral("device_delete"), QStringLiteral("--device"), other,
         QStringLiteral("--homeserver"), base},
        {QStringLiteral("--open"), QStringLiteral("profile"), QStringLiteral("--homeserver"), base},
        {QStringLiteral("--quit-when-loaded"), QStringLiteral("--homeserver"), base},
    };
    int logLines = 0;
    for (const QStringList& command : commands) {
        for (const bool verbose : {false, true}) {
            const QStringList arguments =
                verbose ? command + QStringList{QStringLiteral("--verbose")} : command;
            const GatehouseRun run = GatehouseProcess::run(arguments, sandbox.environment(used));
            const QString what = arguments.join(u' ');
            QVERIFY2(run.finished, qPrintable(what));
            QVERIFY2(run.exitCode >= 0, qPrintable(what + QStringLiteral(" crashed")));
            // Under the sanitizers preset, a finding in the child shows here (its exit code is taken).
            QVERIFY2(!run.err.contains("Sanitizer"), run.err.constData());
            QByteArray leak = leakIn(run.out, secrets);
            QVERIFY2(leak.isEmpty(), qPrintable(what + QStringLiteral(": stdout holds ") + leak));
            leak = leakIn(run.err, secrets);
            QVERIFY2(leak.isEmpty(), qPrintable(what + QStringLiteral(": stderr holds ") + leak));
            if (verbose)
                logLines += int(run.err.count("gatehouse.http"));
        }
    }
    // The scan saw real logs: --verbose wrote the requests (with the token's place redacted, if any).
    QVERIFY(logLines > 0);

    const auto files = sandbox.files();
    for (const auto& [name, content] : files) {
        const QByteArray leak = leakIn(content, secrets);
        QVERIFY2(leak.isEmpty(), qPrintable(name + QStringLiteral(" holds ") + leak));
    }
    qInfo("scanned %lld files the runs left behind", qlonglong(files.size()));
}

void TestSecretsStayHome::urlsHandedToTheBrowserNeverCarryTheToken()
{
    TestServer demo;
    const QString token = demo.token();
    const QString other = demo->account().devices().at(1).id;

    // The window: every hand-off it offers.
    RecordingUrlOpener opener;
    HttpClient http;
    MetadataService metadata(&http);
    RecordingPrompts prompts;
    MainWindow window(&opener);
    window.setPrompts(&prompts);
    QSignalSpy loaded(&window, &MainWindow::loaded);
    window.showAccount(
        new AccountSession(&http, &metadata, demo.baseUrl(), std::make_shared<StaticTokenSource>(token)));
    QVERIFY(loaded.wait(20'000));
    window.runRowAction(other, RowAction::View);
    window.runRowAction(other, RowAction::SignOut);
    window.controller()->openAccountPage();
    window.controller()->openDeactivation();
    for (const AccountAction action : AccountActionNames::all()) {
        if (!AccountActionNames::takesDevice(action))
            window.controller()->openAccountAction(action);
    }

    // The command line, in the process, with the same recording opener.
    qputenv("GATEHOUSE_ACCESS_TOKEN", token.toUtf8());
    for (const QString& action : {QStringLiteral("profile"), QStringLiteral("device_delete")}) {
        QStringList arguments{QStringLiteral("gatehouse"), QStringLiteral("--open"), action,
                              QStringLiteral("--homeserver"), demo.baseUrl()};
        if (action == u"device_delete")
            arguments += {QStringLiteral("--device"), other};
        CliRunner runner(CommandLine::parse(arguments), &opener);
        QSignalSpy finished(&runner, &CliRunner::finished);
        runner.start();
        QVERIFY(finished.count() == 1 || finished.wait(20'000));
        QCOMPARE(finished.first().first().toInt(), 0);
    }
    qunsetenv("GATEHOUSE_ACCESS_TOKEN");

    QVERIFY(opener.opened.size() >= 8);
    for (const QString& url : std::as_const(opener.opened)) {
        const QByteArray leak = leakIn(url.toUtf8(), {token});
        QVERIFY2(leak.isEmpty(), qPrintable(url));
        QVERIFY2(!url.contains(QStringLiteral("access_token")), qPrintable(url));
    }

    // And the settings this process's window and command line may have written (ctest gives each test
    // its own XDG_CONFIG_HOME).
    const QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (!config.isEmpty()) {
        QDirIterator it(config, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray leak = leakIn(file.readAll(), {token});
            QVERIFY2(leak.isEmpty(), qPrintable(file.fileName()));
        }
    }
}

QTEST_MAIN(TestSecretsStayHome)
#include "tst_SecretsStayHome.moc"
