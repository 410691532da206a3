#include "cli/CliRunner.h"

#include "account/AccountPage.h"
#include "account/SessionRecognition.h"
#include "account/UrlOpener.h"
#include "auth/AccountManager.h"
#include "auth/SavedAccount.h"
#include "cli/SessionListPrinter.h"
#include "cli/SignOutInactiveCommand.h"
#include "cli/TerminationSignals.h"
#include "cli/WatchCommand.h"
#include "history/HistoryExport.h"
#include "history/HistoryStore.h"
#include "log/SecretRedactor.h"
#include "matrix/AccountSession.h"
#include "matrix/CanonicalBaseUrl.h"
#include "matrix/MatrixError.h"
#include "matrix/MetadataService.h"
#include "network/HttpClient.h"
#include "text/ShownUrl.h"
#include "text/UntrustedText.h"

#include <QDebug>
#include <QSaveFile>

#include <cstdio>

namespace gatehouse {

CliRunner::CliRunner(const CommandLine& commandLine, UrlOpener* opener, LaunchChooser choose, QObject* parent)
    : QObject(parent)
    , m_commandLine(commandLine)
    , m_opener(opener)
    , m_choose(std::move(choose))
    , m_http(new HttpClient(this))
    , m_metadata(new MetadataService(m_http, this))
    , m_accounts(new AccountManager(m_http, this))
{
    HttpClient::configureFromEnvironment(*m_http);
    m_http->setErrorBodyReader(&MatrixError::readBody);
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
    // Error lines carry server text and addresses; a server that echoes the token must not get it printed.
    const QByteArray bytes =
        (QStringLiteral("gatehouse: ") + UntrustedText::forTerminal(SecretRedactor::redact(text)) + u'\n')
            .toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

ExitCode CliRunner::exitCodeFor(const Error& error)
{
    // --account naming a user ID that several saved servers have: the command line must say which.
    if (error.errcode == QLatin1String(AccountManager::AmbiguousAccount))
        return ExitUsage;
    switch (error.kind) {
    case Error::Kind::TokenRejected:
    case Error::Kind::NoToken:
        return ExitNotSignedIn;
    case Error::Kind::UnsafeUrl:
    case Error::Kind::InsecureRedirect:
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
    const LaunchAccount launch = m_choose
                                     ? m_choose(this, m_accounts)
                                     : LaunchAccount::choose(m_commandLine.homeserver, m_commandLine.account,
                                                             m_commandLine.accountServer, m_accounts);
    if (!launch.isReady()) {
        fail(*launch.problem);
        return;
    }
    m_homeserver = launch.homeserver;
    if (!launch.savedUserId.isEmpty()) {
        if (const std::optional<SavedAccount> saved = m_accounts->find(launch.savedUserId))
            m_savedAccount = HistoryAccount{CanonicalBaseUrl::of(saved->homeserver), saved->userId};
    }
    if (!openHistory())
        return;
    m_session = new AccountSession(m_http, m_metadata, launch.homeserver, launch.tokens, this);
    if (!launch.savedUserId.isEmpty())
        m_session->setKnownUserId(SavedAccount::userIdOfReference(launch.savedUserId));
    switch (m_commandLine.mode) {
    case CommandLine::Mode::List:
        runList();
        return;
    case CommandLine::Mode::Open:
        runOpen();
        return;
    case CommandLine::Mode::SignOutInactive:
        runSignOutInactive();
        return;
    case CommandLine::Mode::Export:
        runExport();
        return;
    case CommandLine::Mode::Watch:
        runWatch();
        return;
    default:
        done(ExitUsage);
        return;
    }
}

void CliRunner::loadAccount(std::function<void(const AccountSnapshot&)> then)
{
    m_session->load(this, [this, then](const Result<AccountSnapshot>& snapshot) {
        if (!snapshot) {
            fail(snapshot.error());
            return;
        }
        record(snapshot.value());
        // Commands need the metadata: without it, neither the JSON nor a deep link can be trusted.
        if (snapshot->metadataError) {
            fail(*snapshot->metadataError);
            return;
        }
        then(snapshot.value());
    });
}

void CliRunner::runList()
{
    // The keys and client information come in the same round trip, after the snapshot; both are printed.
    auto snapshot = std::make_shared<std::optional<AccountSnapshot>>();
    const auto print = [this, snapshot](const RecognitionAnswer& answer) {
        // The identity is remembered next to the history (none with --no-history: nothing to compare).
        HistoryStore* store = m_identityStore ? m_identityStore : m_history.get();
        const Recognition recognition = SessionRecognition::evaluateNow(
            HistoryAccount{CanonicalBaseUrl::of((*snapshot)->baseUrl), (*snapshot)->userId}, answer,
            store && store->isOpen() ? store : nullptr);
        writeOut(m_commandLine.json ? QString::fromUtf8(SessionListPrinter::json(**snapshot, recognition))
                                    : SessionListPrinter::table(**snapshot, QDateTime::currentDateTimeUtc(),
                                                                90, recognition));
        done(ExitOk);
    };
    m_session->load(
        this,
        [this, snapshot](const Result<AccountSnapshot>& result) {
            if (!result) {
                fail(result.error());
                return;
            }
            record(result.value());
            // The JSON's account_management block cannot be trusted without the metadata.
            if (result->metadataError) {
                fail(*result->metadataError);
                return;
            }
            *snapshot = result.value();
        },
        [snapshot, print](const RecognitionAnswer& answer) {
            if (*snapshot)
                print(answer);
        });
}

void CliRunner::runOpen()
{
    // The homeserver is checked before anything is asked of it; whoami proves the token and the metadata
    // names the page, both asked for at once.
    loadAccount([this](const AccountSnapshot& snapshot) {
        const AccountPage page = snapshot.accountPage();
        const auto url = m_commandLine.openAccountPage
                             ? page.urlFor(std::nullopt)
                             : page.urlFor(m_commandLine.action, m_commandLine.deviceId);
        if (const auto* refusal = std::get_if<AccountPage::Refusal>(&url)) {
            writeError(refusal->message);
            done(refusal->problem == AccountPage::Problem::UnsafeUrl ? ExitUnsafeUrl : ExitNotAdvertised);
            return;
        }
        // What is printed and opened is the same text: ASCII host, hidden characters percent-encoded.
        const QString target = ShownUrl::of(std::get<QString>(url));
        if (m_commandLine.printUrl) {
            writeOut(target + u'\n');
            done(ExitOk);
            return;
        }
        if (!m_opener || !m_opener->open(target)) {
            writeOut(target + u'\n');
            const QString why = m_opener ? m_opener->lastFailure() : QString();
            writeError(
                why.isEmpty()
                    ? tr("No browser could be opened; copy the address above into one.")
                    : tr("No browser could be opened (%1); copy the address above into one.").arg(why));
            done(ExitNoBrowser);
            return;
        }
        done(ExitOk);
    });
}

void CliRunner::runSignOutInactive()
{
    loadAccount([this](const AccountSnapshot& snapshot) {
        auto* command = new SignOutInactiveCommand(snapshot, m_session->devicesClient(), m_opener,
                                                   m_commandLine.inactiveDays, m_commandLine.dryRun,
                                                   m_commandLine.json, this);
        command->setHistory(m_history.get());
        connect(command, &SignOutInactiveCommand::finished, this, &CliRunner::done);
        auto* interruption = new TerminationSignals(this);
        connect(interruption, &TerminationSignals::terminationRequested, command,
                &SignOutInactiveCommand::interrupt);
        command->start();
    });
}

bool CliRunner::openHistory()
{
    if (m_commandLine.noHistory)
        return true;
    m_history = std::make_unique<HistoryStore>(m_commandLine.demo ? HistoryStore::demoPath()
                                                                  : HistoryStore::defaultPath());
    if (m_history->open() == HistoryStore::State::Open)
        return true;
    if (m_commandLine.mode == CommandLine::Mode::Export) {
        writeError(m_history->errorText());
        done(ExitHistory);
        return false;
    }
    // The other commands work without history, as the window does.
    qInfo().noquote() << m_history->errorText();
    return true;
}

void CliRunner::record(const AccountSnapshot& snapshot)
{
    if (m_history)
        m_history->recordRefresh({CanonicalBaseUrl::of(snapshot.baseUrl), snapshot.userId}, snapshot.devices,
                                 snapshot.loadedAt.isValid() ? snapshot.loadedAt
                                                             : QDateTime::currentDateTimeUtc());
}

std::optional<HistoryAccount> CliRunner::knownAccount() const
{
    if (m_savedAccount)
        return m_savedAccount;
    const QString baseUrl = CanonicalBaseUrl::of(m_homeserver);
    const QStringList users = m_history ? m_history->userIdsOn(baseUrl) : QStringList();
    if (users.size() == 1)
        return HistoryAccount{baseUrl, users.constFirst()};
    return std::nullopt;
}

void CliRunner::runExport()
{
    // The list is loaded and recorded first, so the export is up to date.
    m_session->load(this, [this](const Result<AccountSnapshot>& snapshot) {
        if (snapshot) {
            record(snapshot.value());
            if (!writeExport({CanonicalBaseUrl::of(snapshot->baseUrl), snapshot->userId})) {
                done(ExitHistory);
                return;
            }
            if (snapshot->metadataError) {
                fail(*snapshot->metadataError);
                return;
            }
            done(ExitOk);
            return;
        }
        const Error& error = snapshot.error();
        const ExitCode code = exitCodeFor(error);
        const std::optional<HistoryAccount> account = knownAccount();
        if (code != ExitServerError || !account) {
            fail(error);
            return;
        }
        writeError(tr("%1 Exported the stored history only; it may be out of date.").arg(error.fullText()));
        done(writeExport(*account) ? code : ExitHistory);
    });
}

bool CliRunner::writeExport(const HistoryAccount& account)
{
    const QList<HistorySession> sessions = m_history->sessions(account);
    if (!m_history->errorText().isEmpty()) {
        writeError(m_history->errorText());
        return false;
    }
    const QByteArray bytes = m_commandLine.exportFormat == CommandLine::ExportFormat::Json
                                 ? HistoryExport::toJson(account, sessions, QDateTime::currentDateTimeUtc())
                                 : HistoryExport::toCsv(sessions);
    if (m_commandLine.exportFile == u"-") {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
        return true;
    }
    // Written whole or not at all: a half-written export would look complete.
    QSaveFile file(m_commandLine.exportFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        writeError(
            tr("Could not write the export to %1: %2").arg(m_commandLine.exportFile, file.errorString()));
        return false;
    }
    return true;
}

void CliRunner::runWatch()
{
    // A broken store never stops watching: say so once, then compare in memory.
    HistoryStore* store = m_history && m_history->isOpen() ? m_history.get() : nullptr;
    if (m_history && !store)
        writeError(m_history->errorText());
    // No full load: watching asks only for the device list (and whoami once).
    auto* command = new WatchCommand(m_session, store, m_commandLine, this);
    connect(command, &WatchCommand::finished, this, &CliRunner::done);
    command->start();
}

} // namespace gatehouse
