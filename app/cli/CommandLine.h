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
        Help,
        Version
    };

    Mode mode = Mode::Window;
    bool json = false;
    bool printUrl = false;
    bool verbose = false;
    bool demo = false;
    bool quitWhenLoaded = false;
    bool dryRun = false;
    int inactiveDays = 0;
    std::optional<AccountAction> action; // for --open; nullopt with openAccountPage = the bare page
    bool openAccountPage = false;
    std::optional<QString> deviceId;
    QString homeserver;
    QString account;
    QString accountServer; // --account-server: picks among saved accounts that share the --account user ID
    DemoOptions demoOptions;
    // --export FILE ("-" is standard output) in this format; --no-history neither reads nor writes it.
    enum class ExportFormat
    {
        Csv,
        Json
    };
    QString exportFile;
    ExportFormat exportFormat = ExportFormat::Csv;
    bool noHistory = false;

    QString error; // set when parsing failed: exit code 2 with this message
    QString helpText;

    static CommandLine parse(const QStringList& arguments);
    static QString versionText();

private:
    static bool readExport(const QCommandLineParser& parser, const QCommandLineOption& file,
                           const QCommandLineOption& format, CommandLine& result);
};

} // namespace gatehouse
