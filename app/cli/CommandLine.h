#pragma once

#include "account/AccountAction.h"
#include "cli/DemoOptions.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineOption;
class QCommandLineParser;

namespace gatehouse {

// Everything the command line asked for, checked for consistency. Parsing never exits the process.
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum class Mode
    {
        Window,
        List,
        Open,
        DemoServer,
        SignOutInactive,
        Export,
        Watch,
        Help,
        Version
    };

    Mode mode = Mode::Window;
    bool json = false;
    bool printUrl = false;
    bool verbose = false;
    bool demo = false;
    bool quitWhenLoaded = false;
    bool background = false; // --background: watch with no window (notifications only)
    bool dryRun = false;
    int inactiveDays = 0;
    int watchIntervalSeconds = 300;      // --watch --interval SECONDS (1 to 3600)
    bool noHistory = false;              // --no-history: neither read nor write the history store
    std::optional<AccountAction> action; // for --open; nullopt with openAccountPage = the bare page
    bool openAccountPage = false;
    std::optional<QString> deviceId;
    QString homeserver;
    QString account;
    QString accountServer; // --account-server: picks among saved accounts that share the --account user ID
    DemoOptions demoOptions;
    // --export FILE ("-" is standard output) in this format.
    enum class ExportFormat
    {
        Csv,
        Json
    };
    QString exportFile;
    ExportFormat exportFormat = ExportFormat::Csv;

    QString error; // set when parsing failed: exit code 2 with this message
    QString helpText;

    static CommandLine parse(const QStringList& arguments);
    static QString versionText();

private:
    static bool readExport(const QCommandLineParser& parser, const QCommandLineOption& file,
                           const QCommandLineOption& format, CommandLine& result);
};

} // namespace gatehouse
