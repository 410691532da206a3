#include "cli/CliRunner.h"

#include "account/AccountPage.h"
#include "account/UrlOpener.h"
#include "auth/LaunchAccount.h"
#include "cli/SessionListPrinter.h"
#include "cli/TerminationSignals.h"
#include "demo/DemoHomeserver.h"
#include "log/SecretRedactor.h"
#include "matrix/AccountSession.h"
#include "matrix/MetadataService.h"
#include "network/HttpClient.h"
#include "text/UntrustedText.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>

namespace gatehouse {

CliRunner::CliRunner(const CommandLine& commandLine, UrlOpener* opener, QObject* parent)
    : QObject(parent)
    , m_commandLine(commandLine)
    , m_opener(opener)
    , m_http(new HttpClient(this))
    , m_metadata(new MetadataService(m_http, this))
{
    HttpClient::configureFromEnvironment(*m_http);
}

CliRunner::~CliRunner() = default;

void CliRunner::writeOut(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void CliRunner::writeError(const QString& text)
{
    // The server's own words are part of some messages, and a server may echo a token back in them.
    const QByteArray bytes =
        (QStringLiteral("gatehouse: ") + SecretRedactor::redact(UntrustedText::forTerminal(text)) + u'\n')
            .toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

ExitCode CliRunner::exitCodeFor(const Error& error)
{
    switch (error.kind) {
    case Error::Kind::TokenRejected:
    case Error::Kind::NoToken:
        return ExitNotSignedIn;
    case Error::Kind::UnsafeUrl:
        return ExitUnsafeUrl;
    default:
        return ExitServerError;
    }
}

void CliRunner::done(int code)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(code);
}

void CliRunner::fail(const Error& error)
{
    writeError(error.fullText());
    done(exitCodeFor(error));
}

void CliRunner::start()
{
    if (m_commandLine.mode == CommandLine::Mode::DemoServer) {
        runDemoServer();
        return;
    }
    const LaunchAccount launch = LaunchAccount::fromCommandLine(m_commandLine, this);
    if (!launch.isReady()) {
        fail(*launch.problem);
        return;
    }
    m_session = new AccountSession(m_http, m_metadata, launch.homeserver, launch.tokens, this);
    if (m_commandLine.mode == CommandLine::Mode::List)
        runList();
    else
        runOpen();
}

void CliRunner::runList()
{
    m_session->load(this, [this](const Result<AccountSnapshot>& snapshot) {
        if (!snapshot) {
            fail(snapshot.error());
            return;
        }
        if (snapshot->metadataError) {
            fail(*snapshot->metadataError);
            return;
        }
        writeOut(m_commandLine.json
                     ? QString::fromUtf8(SessionListPrinter::json(snapshot.value()))
                     : SessionListPrinter::table(snapshot.value(), QDateTime::currentDateTimeUtc()));
        done(ExitOk);
    });
}

void CliRunner::runOpen()
{
    // The homeserver is checked before anything is asked of it; whoami proves the token, the metadata
    // names the page. Both are asked for at once.
    m_session->load(this, [this](const Result<AccountSnapshot>& snapshot) {
        if (!snapshot) {
            fail(snapshot.error());
            return;
        }
        if (snapshot->metadataError) {
            fail(*snapshot->metadataError);
            return;
        }
        const AccountPage page = snapshot->accountPage();
        const auto url = m_commandLine.openAccountPage
                             ? page.urlFor(std::nullopt)
                             : page.urlFor(m_commandLine.action, m_commandLine.deviceId);
        if (const auto* refusal = std::get_if<AccountPage::Refusal>(&url)) {
            writeError(refusal->message);
            done(refusal->problem == AccountPage::Problem::UnsafeUrl ? ExitUnsafeUrl : ExitNotAdvertised);
            return;
        }
        const QString& target = std::get<QString>(url);
        if (m_commandLine.printUrl) {
            writeOut(target + u'\n');
            done(ExitOk);
            return;
        }
        if (!m_opener || !m_opener->open(target)) {
            writeOut(target + u'\n');
            writeError(tr("No browser could be opened; copy the address above into one."));
            done(ExitNoBrowser);
            return;
        }
        done(ExitOk);
    });
}

void CliRunner::runDemoServer()
{
    auto* server = new DemoHomeserver(m_commandLine.demoOptions, this);
    if (!server->start()) {
        writeError(
            tr("The demo homeserver could not listen on port %1.").arg(m_commandLine.demoOptions.port));
        done(ExitServerError);
        return;
    }
    const QJsonObject line{{QStringLiteral("base_url"), server->baseUrl()},
                           {QStringLiteral("access_token"), server->accessToken()}};
    writeOut(QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)) + u'\n');
    auto* signals_ = new TerminationSignals(this);
    connect(signals_, &TerminationSignals::terminationRequested, this, [this] { done(ExitOk); });
}

} // namespace gatehouse
