#include "Launcher.h"

#include "LaunchChoice.h"
#include "account/DesktopUrlOpener.h"
#include "auth/AccountManager.h"
#include "auth/SavedAccount.h"
#include "auth/SavedTokenSource.h"
#include "cli/CliRunner.h"
#include "cli/CommandLine.h"
#include "cli/TerminationSignals.h"
#include "demo/DemoHomeserver.h"
#include "gatehouse_version.h"
#include "history/HistoryRecorder.h"
#include "history/HistoryStore.h"
#include "history/WindowHistory.h"
#include "i18n/Translations.h"
#include "instance/SingleInstance.h"
#include "log/SecretRedactor.h"
#include "matrix/AccountSession.h"
#include "matrix/CanonicalBaseUrl.h"
#include "matrix/MatrixError.h"
#include "matrix/MetadataService.h"
#include "network/HttpClient.h"
#include "sessions/SessionTable.h"
#include "settings/AppSettings.h"
#include "signin/SignInPage.h"
#include "watch/AccountWatcher.h"
#include "watch/BackgroundWatch.h"
#include "watch/ResidentWatch.h"
#include "watch/WatchReview.h"
#include "watch/WatchingHeader.h"
#include "widgets/GlyphStyle.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace gatehouse {

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Gatehouse"));
    QCoreApplication::setApplicationName(QStringLiteral("Gatehouse"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GATEHOUSE_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(GATEHOUSE_APP_ID));
}

QStringList argumentList(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

int runCommand(QCoreApplication& app, const CommandLine& commandLine, UrlOpener* opener)
{
    CliRunner runner(commandLine, opener, [&commandLine](QObject* parent, AccountManager* accounts) {
        return LaunchChoice::fromCommandLine(commandLine, parent, accounts);
    });
    int exitCode = ExitOk;
    QObject::connect(&runner, &CliRunner::finished, &app, [&exitCode](int code) {
        exitCode = code;
        QCoreApplication::exit(code);
    });
    QTimer::singleShot(0, &runner, &CliRunner::start);
    QCoreApplication::exec();
    return exitCode;
}

// --demo-server: the demo homeserver alone, its address and token on one line, until SIGINT or SIGTERM.
int runDemoServer(QCoreApplication& app, const DemoOptions& options)
{
    DemoHomeserver server(options);
    if (!server.start()) {
        CliRunner::writeError(
            QCoreApplication::translate("Launcher", "The demo homeserver could not listen on port %1.")
                .arg(options.port));
        return ExitServerError;
    }
    const QJsonObject line{{QStringLiteral("base_url"), server.baseUrl()},
                           {QStringLiteral("access_token"), server.accessToken()}};
    CliRunner::writeOut(QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)) + u'\n');
    TerminationSignals signals_;
    QObject::connect(&signals_, &TerminationSignals::terminationRequested, &app,
                     [] { QCoreApplication::exit(ExitOk); });
    return QCoreApplication::exec();
}

// Exits once the list is loaded and the table has painted it (--quit-when-loaded).
class QuitWhenPainted : public QObject
{
public:
    QuitWhenPainted(QWidget* watched, QObject* parent)
        : QObject(parent)
        , m_watched(watched)
    {}
    void arm()
    {
        m_watched->installEventFilter(this);
        m_watched->update();
    }

protected:
    bool eventFilter(QObject* object, QEvent* event) override
    {
        if (object == m_watched && event->type() == QEvent::Paint) {
            m_watched->removeEventFilter(this);
            // Takes effect when this paint is done: answers queued meanwhile are not read any more.
            QCoreApplication::exit(ExitOk);
        }
        return false;
    }

private:
    QWidget* m_watched;
};

// How often a watched account is checked: the Settings' interval, or the tests' environment variable.
qint64 watchIntervalMs()
{
    return AccountWatcher::intervalFromEnvironment(AppSettings::watchIntervalMinutes() * 60 * 1000LL);
}

// The account a window's first load is recorded for, as far as it is known before the server answers: a saved
// account's server and user ID, or the server alone (--homeserver, --demo). None when nothing is loaded.
std::optional<HistoryAccount> firstLoadAccount(const LaunchAccount& launch, AccountManager* accounts)
{
    if (!launch.isReady())
        return std::nullopt;
    const std::optional<SavedAccount> saved =
        launch.savedUserId.isEmpty() ? std::nullopt : accounts->find(launch.savedUserId);
    if (saved)
        return HistoryAccount{CanonicalBaseUrl::of(saved->homeserver), saved->userId};
    return HistoryAccount{CanonicalBaseUrl::of(launch.homeserver), QString()};
}

// --background with --demo, --homeserver or --account: watch that account with no window, in a process of its
// own (plain --background is the resident process, runWindow); findings arrive as notifications until SIGINT
// or SIGTERM. Its tray and notifications are the resident process's; only what they open differs, since the
// window is not in this process.
int runBackground(QApplication& app, const CommandLine& commandLine)
{
    auto* http = new HttpClient(&app);
    HttpClient::configureFromEnvironment(*http);
    http->setErrorBodyReader(&MatrixError::readBody);
    auto* metadata = new MetadataService(http, &app);
    auto* accounts = new AccountManager(http, &app);
    std::unique_ptr<HistoryStore> store;
    if (!commandLine.noHistory) {
        store = std::make_unique<HistoryStore>(commandLine.demo ? HistoryStore::demoPath()
                                                                : HistoryStore::defaultPath());
        if (store->open() != HistoryStore::State::Open)
            store.reset(); // a broken store never stops watching
    }
    QObject launchParent; // owns a --demo server
    const LaunchAccount launch = LaunchChoice::fromCommandLine(commandLine, &launchParent, accounts);
    if (!launch.isReady()) {
        CliRunner::writeError(launch.problem->message);
        return CliRunner::exitCodeFor(*launch.problem);
    }
    ResidentWatch watching(store.get());
    watching.watchSession(new AccountSession(http, metadata, launch.homeserver, launch.tokens),
                          watchIntervalMs());
    watching.start();
    // Review and Sign Out… open the window on that account, Open Gatehouse the plain window: each a process
    // of its own.
    const auto openAccount = [](const HistoryAccount& account) {
        QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                {QStringLiteral("--account"), account.userId,
                                 QStringLiteral("--account-server"), account.baseUrl});
    };
    QObject::connect(&watching, &ResidentWatch::reviewRequested, &app,
                     [openAccount](const HistoryAccount& account, const QString&) { openAccount(account); });
    QObject::connect(&watching, &ResidentWatch::signOutRequested, &app,
                     [openAccount](const HistoryAccount& account, const QString&) { openAccount(account); });
    QObject::connect(&watching, &ResidentWatch::openRequested, &app,
                     [] { QProcess::startDetached(QCoreApplication::applicationFilePath(), {}); });
    QObject::connect(&watching, &ResidentWatch::quitRequested, &app, [] { QCoreApplication::exit(ExitOk); });
    TerminationSignals signals_;
    QObject::connect(&signals_, &TerminationSignals::terminationRequested, &app,
                     [] { QCoreApplication::exit(ExitOk); });
    return QApplication::exec();
}

void raiseWindow(QWidget* window)
{
    window->setWindowState(window->windowState() & ~Qt::WindowMinimized);
    window->show();
    window->raise();
    window->activateWindow();
}

int runWindow(QApplication& app, const CommandLine& commandLine)
{
    const bool namedAccount =
        commandLine.demo || !commandLine.homeserver.isEmpty() || !commandLine.account.isEmpty();
    if (commandLine.background && namedAccount)
        return runBackground(app, commandLine);
    // The plain window and plain --background are one resident process per user (README, "Watching for new
    // sign-ins"): a later start asks it to show its window and exits 0. A window started for a given account
    // or server, the demo or a smoke test runs as its own process.
    SingleInstance instance;
    const bool resident = !namedAccount && !commandLine.quitWhenLoaded;
    if (resident && !commandLine.background && instance.askRunningToRaise())
        return ExitOk;
    if (resident && commandLine.background && instance.isRunning())
        return ExitOk; // already resident: it watches what Settings say
    DesktopUrlOpener opener;
    auto* http = new HttpClient(&app);
    HttpClient::configureFromEnvironment(*http);
    http->setErrorBodyReader(&MatrixError::readBody);
    auto* metadata = new MetadataService(http, &app);
    auto* accounts = new AccountManager(http, &app);
    // The account's requests go out before the window is built: the server answers meanwhile, and often the
    // list is in before the window first paints (no "Loading" page to lay out and paint first).
    QObject launchParent; // owns a --demo server; outlives the window
    const LaunchAccount launch = LaunchChoice::fromCommandLine(commandLine, &launchParent, accounts);
    if (commandLine.quitWhenLoaded && !launch.isReady()) {
        CliRunner::writeError(launch.problem->message);
        return CliRunner::exitCodeFor(*launch.problem);
    }
    AccountSession* session = nullptr;
    if (!commandLine.background && launch.isReady() && launch.savedUserId.isEmpty()) {
        session = new AccountSession(http, metadata, launch.homeserver, launch.tokens);
        session->prefetch();
    }
    // The local history (README, "History"); a file that cannot be used leaves the window without one.
    std::unique_ptr<HistoryStore> history;
    // Loads are recorded on a thread of their own while the window shows the list; the recorder outlives
    // the window and waits for its last recording before the program ends.
    std::unique_ptr<HistoryRecorder> recorder;
    if (!commandLine.noHistory) {
        const QString path = commandLine.demo ? HistoryStore::demoPath() : HistoryStore::defaultPath();
        history = std::make_unique<HistoryStore>(path);
        if (history->open() == HistoryStore::State::Open) {
            recorder = std::make_unique<HistoryRecorder>(path);
            // While the window is built and the server asked, the recorder's thread reads what the window
            // starts on (a saved account's stored list) and what the first load is compared with.
            const std::optional<HistoryAccount> firstLoad =
                commandLine.background ? std::nullopt : firstLoadAccount(launch, accounts);
            if (firstLoad && !firstLoad->userId.isEmpty())
                recorder->readStoredList(*firstLoad);
            recorder->pruneOlderThan(AppSettings::historyKeepDays());
            if (firstLoad)
                recorder->prepareRecording(firstLoad->baseUrl, firstLoad->userId);
        }
    }

    // The resident process watches the saved accounts whose "Watch this account in the background" is on.
    std::unique_ptr<ResidentWatch> watching;
    if (resident) {
        watching = std::make_unique<ResidentWatch>(history && history->isOpen() ? history.get() : nullptr);
        watching->followSettings([accounts] { return BackgroundWatch::chosenAccounts(accounts->accounts()); },
                                 [http, metadata, accounts](const SavedAccount& account) {
                                     return new AccountSession(
                                         http, metadata, account.homeserver,
                                         accounts->tokenSource(accounts->referenceFor(account)));
                                 },
                                 watchIntervalMs());
        watching->start();
        if (commandLine.background && !watching->isWatching()) {
            CliRunner::writeError(QCoreApplication::translate("Launcher",
                                                              "There is no saved account to watch. Sign "
                                                              "in with the Gatehouse window and turn on "
                                                              "“Watch this account in the background” "
                                                              "in its Settings first."));
            return ExitNotSignedIn;
        }
    }

    int exitCode = ExitOk;
    std::unique_ptr<MainWindow> window; // built at once, or (--background) when first asked for
    WatchReview* review = nullptr;
    const auto buildWindow = [&]() -> MainWindow* {
        window = std::make_unique<MainWindow>(&opener);
        MainWindow* built = window.get();
        new WindowHistory(built, history.get());
        built->controller()->setHistoryRecorder(recorder.get());
        built->setServices(http, metadata, accounts);
        // The demo server's own account is never remembered, nor is any sign-in to it (it ends with this
        // run); its sign-in pages can still be tried through "Add Account".
        QObject::connect(built, &MainWindow::demoRequested, built, [built, http, metadata, accounts] {
            const LaunchAccount demo = LaunchChoice::startDemo(DemoOptions(), built);
            if (demo.isReady()) {
                accounts->setEphemeralHomeserver(demo.homeserver);
                built->showAccount(new AccountSession(http, metadata, demo.homeserver, demo.tokens), true);
                built->signInPage()->reset(QString(), demo.homeserver);
            } else {
                built->showNotSignedIn(demo.problem->message);
            }
        });
        if (commandLine.quitWhenLoaded) {
            auto* quitter = new QuitWhenPainted(built->table()->viewport(), built);
            QObject::connect(built, &MainWindow::loaded, quitter, &QuitWhenPainted::arm);
            // The instant-start benchmark times the first paint of the stored list (tests/benchmarks).
            if (qEnvironmentVariableIsSet("GATEHOUSE_QUIT_WHEN_STORED_LIST_SHOWN"))
                QObject::connect(built->controller(), &AccountController::storedListShown, quitter,
                                 &QuitWhenPainted::arm);
            int* failedCode = &exitCode; // outlives the window
            QObject::connect(built, &MainWindow::loadFailed, &app, [failedCode](const Error& error) {
                CliRunner::writeError(error.fullText());
                *failedCode = CliRunner::exitCodeFor(error);
                QCoreApplication::exit(*failedCode);
            });
        }
        if (launch.isReady() && !launch.savedUserId.isEmpty()) {
            built->openSavedAccount(launch.savedUserId);
        } else if (session) {
            if (launch.isDemo) {
                accounts->setEphemeralHomeserver(launch.homeserver);
                built->signInPage()->reset(QString(), launch.homeserver);
            }
            built->showAccount(std::exchange(session, nullptr), launch.isDemo);
        } else {
            // The window is the place to sign in; the sentence about options only helps when some were given.
            built->showNotSignedIn(namedAccount ? launch.problem->message : QString());
        }
        if (watching) {
            new WatchingHeader(built, watching.get());
            watching->attachWindow(built);
            review = new WatchReview(built);
        }
        return built;
    };
    const auto showWindow = [&]() -> WatchReview* {
        raiseWindow(window ? window.get() : buildWindow());
        return review;
    };
    if (watching) {
        ResidentWatch* resident_ = watching.get();
        QObject::connect(resident_, &ResidentWatch::openRequested, &app, showWindow);
        QObject::connect(resident_, &ResidentWatch::reviewRequested, &app,
                         [showWindow](const HistoryAccount& account, const QString& deviceId) {
                             showWindow()->review(account, deviceId);
                         });
        QObject::connect(resident_, &ResidentWatch::signOutRequested, &app,
                         [showWindow](const HistoryAccount& account, const QString& deviceId) {
                             showWindow()->signOut(account, deviceId);
                         });
        QObject::connect(
            resident_, &ResidentWatch::cleanUpRequested, &app,
            [showWindow](const HistoryAccount& account, int days) { showWindow()->cleanUp(account, days); });
        QObject::connect(resident_, &ResidentWatch::quitRequested, &app,
                         [] { QCoreApplication::exit(ExitOk); });
    }
    if (resident && instance.listen())
        QObject::connect(&instance, &SingleInstance::raiseRequested, &app, showWindow);
    // The resident process may have no window to close: SIGINT and SIGTERM end it cleanly (exit 0).
    std::unique_ptr<TerminationSignals> signals_;
    if (resident) {
        signals_ = std::make_unique<TerminationSignals>();
        QObject::connect(signals_.get(), &TerminationSignals::terminationRequested, &app,
                         [] { QCoreApplication::exit(ExitOk); });
    }
    if (!commandLine.background)
        buildWindow()->show();
    const int result = QApplication::exec();
    window.reset(); // before what it shows and watches
    // Requests still under way (after --quit-when-loaded, the keys and the client information often are) are
    // of no use any more: cut off, not waited for.
    http->abandonAll();
    return commandLine.quitWhenLoaded ? qMax(result, exitCode) : result;
}

} // namespace

int Launcher::run(int argc, char* argv[])
{
    const QStringList arguments = argumentList(argc, argv);
    // A first look decides which kind of application object to create; the command line is read again
    // once translations are loaded, so its messages come out in the user's language.
    const CommandLine firstLook = CommandLine::parse(arguments);
    const CommandLine::Mode mode = firstLook.error.isEmpty() ? firstLook.mode : CommandLine::Mode::Help;
    SecretRedactor::installMessageHandler(firstLook.error.isEmpty() && firstLook.verbose);

    if (mode == CommandLine::Mode::Window) {
        QApplication::setHighDpiScaleFactorRoundingPolicy(Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
        QApplication app(argc, argv);
        if (!firstLook.noHistory)
            HistoryStore::preloadDriver(); // beside the start of the window, which opens the history
        GlyphStyle::install();
        describeApplication();
        Translations::install(app);
        return runWindow(app, CommandLine::parse(arguments));
    }

    const bool opensBrowser = (mode == CommandLine::Mode::Open && !firstLook.printUrl) ||
                              (mode == CommandLine::Mode::SignOutInactive && !firstLook.dryRun);
    if (opensBrowser) {
#ifdef Q_OS_LINUX
        // Without a display, a browser cannot open anyway: report that (exit 7) instead of aborting.
        if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
            qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
        QGuiApplication app(argc, argv);
        describeApplication();
        Translations::install(app);
        DesktopUrlOpener opener;
        return runCommand(app, CommandLine::parse(arguments), &opener);
    }

    QCoreApplication app(argc, argv);
    describeApplication();
    Translations::install(app);
    const CommandLine commandLine = CommandLine::parse(arguments);
    if (!commandLine.error.isEmpty()) {
        // One line, as every error of the command line.
        CliRunner::writeError(
            QCoreApplication::translate("Launcher", "%1 Try “gatehouse --help”.").arg(commandLine.error));
        return ExitUsage;
    }
    if (commandLine.mode == CommandLine::Mode::Help) {
        CliRunner::writeOut(commandLine.helpText);
        return ExitOk;
    }
    if (commandLine.mode == CommandLine::Mode::Version) {
        CliRunner::writeOut(CommandLine::versionText() + u'\n');
        return ExitOk;
    }
    if (commandLine.mode == CommandLine::Mode::DemoServer)
        return runDemoServer(app, commandLine.demoOptions);
    return runCommand(app, commandLine, nullptr);
}

} // namespace gatehouse
