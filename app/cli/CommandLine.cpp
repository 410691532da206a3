#include "cli/CommandLine.h"

#include "gatehouse_version.h"

#include <QCommandLineParser>

#include <algorithm>

namespace gatehouse {

namespace {

bool parseCount(const QString& text, int minimum, int maximum, int* out)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < minimum || value > maximum)
        return false;
    *out = value;
    return true;
}

// Qt's own options for every graphical application, which QGuiApplication and QApplication take from argv
// themselves (with one dash or two), so that `gatehouse -style fusion` or `-platform wayland` work as in any
// Qt program. How each takes its value follows Qt's own reading of them.
enum class ToolkitValue
{
    None,       // -reverse
    Next,       // -platform NAME
    NextOrSign, // -style NAME or -style=NAME
    SignOnly,   // -qmljsdebugger=PORT
};
struct ToolkitOption
{
    QLatin1StringView name;
    ToolkitValue value;
};
constexpr ToolkitOption ToolkitOptions[] = {
    {QLatin1StringView("style"), ToolkitValue::NextOrSign},
    {QLatin1StringView("stylesheet"), ToolkitValue::NextOrSign},
    {QLatin1StringView("widgetcount"), ToolkitValue::None},
    {QLatin1StringView("reverse"), ToolkitValue::None},
    {QLatin1StringView("platform"), ToolkitValue::Next},
    {QLatin1StringView("platformpluginpath"), ToolkitValue::Next},
    {QLatin1StringView("platformtheme"), ToolkitValue::Next},
    {QLatin1StringView("plugin"), ToolkitValue::Next},
    {QLatin1StringView("qwindowgeometry"), ToolkitValue::Next},
    {QLatin1StringView("qwindowicon"), ToolkitValue::Next},
    {QLatin1StringView("qwindowtitle"), ToolkitValue::Next},
    {QLatin1StringView("session"), ToolkitValue::Next},
    {QLatin1StringView("display"), ToolkitValue::Next},
    {QLatin1StringView("geometry"), ToolkitValue::Next},
    {QLatin1StringView("qmljsdebugger"), ToolkitValue::SignOnly},
    {QLatin1StringView("dialogs"), ToolkitValue::SignOnly},
    {QLatin1StringView("fontengine"), ToolkitValue::SignOnly},
};

// The arguments without Qt's own options (the program's name, the first, stays).
QStringList withoutToolkitOptions(const QStringList& arguments)
{
    QStringList kept;
    kept.reserve(arguments.size());
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (i == 0 || !argument.startsWith(u'-')) {
            kept.append(argument);
            continue;
        }
        if (argument == u"--") { // the rest are not options
            kept.append(arguments.mid(i));
            break;
        }
        const QStringView option = QStringView(argument).mid(argument.startsWith(u"--") ? 2 : 1);
        const qsizetype sign = option.indexOf(u'=');
        const QStringView name = sign < 0 ? option : option.left(sign);
        const auto toolkit = std::find_if(std::begin(ToolkitOptions), std::end(ToolkitOptions),
                                          [&](const ToolkitOption& known) { return name == known.name; });
        if (toolkit == std::end(ToolkitOptions)) {
            kept.append(argument);
            continue;
        }
        const ToolkitValue value = toolkit->value;
        const bool takenByQt = sign < 0
                                   ? value != ToolkitValue::SignOnly
                                   : value == ToolkitValue::NextOrSign || value == ToolkitValue::SignOnly;
        if (!takenByQt)
            kept.append(argument); // left to the parser, which refuses it
        else if (sign < 0 && value != ToolkitValue::None)
            ++i; // its value is the next argument
    }
    return kept;
}

} // namespace

bool CommandLine::readExport(const QCommandLineParser& parser, const QCommandLineOption& file,
                             const QCommandLineOption& format, CommandLine& result)
{
    if (result.noHistory) {
        result.error = tr("--export writes the history; it does not go with --no-history.");
        return false;
    }
    result.exportFile = parser.value(file);
    if (result.exportFile.isEmpty() || (result.exportFile.startsWith(u'-') && result.exportFile != u"-")) {
        result.error = tr("--export needs a file name (- for standard output).");
        return false;
    }
    if (parser.isSet(format)) {
        const QString name = parser.value(format).toLower();
        if (name != u"csv" && name != u"json") {
            result.error = tr("--format must be csv or json.");
            return false;
        }
        result.exportFormat = name == u"json" ? ExportFormat::Json : ExportFormat::Csv;
        if (result.json && result.exportFormat != ExportFormat::Json) {
            result.error = tr("--json asks for --format json; do not give both with different formats.");
            return false;
        }
    } else if (result.json || result.exportFile.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive)) {
        result.exportFormat = ExportFormat::Json;
    }
    return true;
}

QString CommandLine::versionText()
{
    return QStringLiteral("Gatehouse " GATEHOUSE_VERSION " (Qt %1)").arg(QString::fromLatin1(qVersion()));
}

CommandLine CommandLine::parse(const QStringList& arguments)
{
    CommandLine result;
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Gatehouse shows every session signed in to your Matrix account and "
                                        "opens your homeserver's account page for the actions it offers."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);

    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help and exit."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     tr("Show the version and exit."));
    const QCommandLineOption list(QStringLiteral("list"), tr("Print the sessions of the account and exit."));
    const QCommandLineOption json(QStringLiteral("json"), tr("With --list: print JSON instead of a table."));
    const QCommandLineOption open(
        QStringLiteral("open"),
        tr("Open the account page for ACTION (profile, devices_list, device_view, "
           "device_delete, account_deactivate, cross_signing_reset, or account for the "
           "page itself)."),
        tr("ACTION"));
    const QCommandLineOption device(QStringLiteral("device"),
                                    tr("The session for device_view and device_delete."), tr("ID"));
    const QCommandLineOption printUrl(QStringLiteral("print-url"),
                                      tr("With --open: print the URL instead of opening it."));
    const QCommandLineOption homeserver(
        QStringLiteral("homeserver"),
        tr("Sign in to this homeserver (URL, server name or Matrix ID) with the access "
           "token in GATEHOUSE_ACCESS_TOKEN."),
        tr("URL"));
    const QCommandLineOption account(QStringLiteral("account"),
                                     tr("Use this saved account instead of the last one."), tr("USER_ID"));
    const QCommandLineOption accountServer(
        QStringLiteral("account-server"),
        tr("With --account: the homeserver of that account, when several servers have the user ID."),
        tr("URL"));
    const QCommandLineOption verbose(QStringLiteral("verbose"),
                                     tr("Log requests and decisions to stderr (tokens are "
                                        "never logged)."));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  tr("Start a demo homeserver inside Gatehouse and sign in to it."));
    const QCommandLineOption demoServer(
        QStringLiteral("demo-server"),
        tr("Run the demo homeserver only, print {\"base_url\", \"access_token\"} and "
           "serve until stopped."));
    const QCommandLineOption port(QStringLiteral("port"),
                                  tr("Demo server: the port to listen on (default: any free)."), tr("N"));
    const QCommandLineOption devices(QStringLiteral("devices"),
                                     tr("Demo server: how many sessions (default 12)."), tr("N"));
    const QCommandLineOption latency(QStringLiteral("latency"),
                                     tr("Demo server: delay every answer (milliseconds)."), tr("MS"));
    const QCommandLineOption metadata(
        QStringLiteral("metadata"),
        tr("Demo server: where auth metadata is served: stable, unstable, issuer or none."), tr("ROUTE"));
    const QCommandLineOption actions(
        QStringLiteral("actions"),
        tr("Demo server: advertised actions: all, mas, none or a comma-separated list."), tr("LIST"));
    const QCommandLineOption quitWhenLoaded(QStringLiteral("quit-when-loaded"),
                                            tr("Exit as soon as the session list is loaded and shown."));
    const QCommandLineOption signOutInactive(
        QStringLiteral("sign-out-inactive"),
        tr("Sign out sessions inactive for more than DAYS days, one at a time."), tr("DAYS"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("With --sign-out-inactive: only list what would be signed out."));
    const QCommandLineOption exportHistory(
        QStringLiteral("export"),
        tr("Write the account's session history to FILE (- for standard output) and exit."), tr("FILE"));
    const QCommandLineOption format(
        QStringLiteral("format"),
        tr("With --export: csv or json (default: from the file name's extension, else csv)."), tr("FORMAT"));
    const QCommandLineOption noHistory(QStringLiteral("no-history"),
                                       tr("Neither read nor write the local session history."));
    parser.addOptions({help,    version,       list,       json,           open,
                       device,  printUrl,      homeserver, account,        accountServer,
                       verbose, demo,          demoServer, port,           devices,
                       latency, metadata,      actions,    quitWhenLoaded, signOutInactive,
                       dryRun,  exportHistory, format,     noHistory});
    const QCommandLineOption watch(QStringLiteral("watch"),
                                   tr("Watch the account and print one line per new or removed session until "
                                      "stopped."));
    const QCommandLineOption interval(QStringLiteral("interval"),
                                      tr("With --watch: seconds between checks, 1 to 3600 (default 300)."),
                                      tr("SECONDS"));
    const QCommandLineOption newSessionEvery(QStringLiteral("new-session-every"),
                                             tr("Demo server: a new session signs in every SECONDS seconds."),
                                             tr("SECONDS"));
    const QCommandLineOption background(
        QStringLiteral("background"),
        tr("Watch for new sign-ins with no window, telling you through notifications."));
    parser.addOptions({watch, interval, newSessionEvery, background});
    result.helpText = parser.helpText();

    if (!parser.parse(withoutToolkitOptions(arguments))) {
        result.error = parser.errorText();
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.error = tr("Unexpected argument “%1”.").arg(parser.positionalArguments().constFirst());
        return result;
    }
    if (parser.isSet(help)) {
        result.mode = Mode::Help;
        return result;
    }
    if (parser.isSet(version)) {
        result.mode = Mode::Version;
        return result;
    }

    result.verbose = parser.isSet(verbose);
    result.demo = parser.isSet(demo);
    result.json = parser.isSet(json);
    result.printUrl = parser.isSet(printUrl);
    result.quitWhenLoaded = parser.isSet(quitWhenLoaded);
    result.dryRun = parser.isSet(dryRun);
    result.noHistory = parser.isSet(noHistory);
    result.background = parser.isSet(background);
    result.homeserver = parser.value(homeserver);
    result.account = parser.value(account);
    result.accountServer = parser.value(accountServer);
    // An empty value, or the next option taken as the value, is a mistake in the command, not "not signed
    // in".
    for (const auto& [option, value] :
         {std::pair{&homeserver, result.homeserver}, std::pair{&account, result.account}}) {
        if (parser.isSet(*option) && (value.trimmed().isEmpty() || value.startsWith(u'-'))) {
            result.error = tr("--%1 needs a value.").arg(option->names().constFirst());
            return result;
        }
    }

    const int modeCount = int(parser.isSet(list)) + int(parser.isSet(open)) + int(parser.isSet(demoServer)) +
                          int(parser.isSet(signOutInactive)) + int(parser.isSet(exportHistory)) +
                          int(parser.isSet(watch));
    if (modeCount > 1) {
        result.error =
            tr("Use only one of --list, --open, --sign-out-inactive, --export, --watch and --demo-server.");
        return result;
    }
    if (parser.isSet(list))
        result.mode = Mode::List;
    else if (parser.isSet(open))
        result.mode = Mode::Open;
    else if (parser.isSet(demoServer))
        result.mode = Mode::DemoServer;
    else if (parser.isSet(signOutInactive))
        result.mode = Mode::SignOutInactive;
    else if (parser.isSet(exportHistory))
        result.mode = Mode::Export;
    else if (parser.isSet(watch))
        result.mode = Mode::Watch;

    if (result.mode == Mode::Export && !readExport(parser, exportHistory, format, result))
        return result;
    if (parser.isSet(format) && result.mode != Mode::Export) {
        result.error = tr("--format only goes with --export.");
        return result;
    }
    if (result.json && result.mode != Mode::List && result.mode != Mode::SignOutInactive &&
        result.mode != Mode::Export && result.mode != Mode::Watch) {
        result.error = tr("--json only goes with --list, --sign-out-inactive, --export and --watch.");
        return result;
    }
    if (parser.isSet(interval)) {
        if (result.mode != Mode::Watch) {
            result.error = tr("--interval only goes with --watch.");
            return result;
        }
        if (!parseCount(parser.value(interval), 1, 3600, &result.watchIntervalSeconds)) {
            result.error = tr("--interval must be a number of seconds from 1 to 3600.");
            return result;
        }
    }
    if (result.printUrl && result.mode != Mode::Open) {
        result.error = tr("--print-url only goes with --open.");
        return result;
    }
    if (result.dryRun && result.mode != Mode::SignOutInactive) {
        result.error = tr("--dry-run only goes with --sign-out-inactive.");
        return result;
    }
    if (parser.isSet(device) && result.mode != Mode::Open) {
        result.error = tr("--device only goes with --open.");
        return result;
    }
    if (result.background && (result.mode != Mode::Window || result.quitWhenLoaded)) {
        result.error = tr("--background only goes with the window's own options.");
        return result;
    }
    if (result.quitWhenLoaded && result.mode != Mode::Window) {
        result.error = tr("--quit-when-loaded only goes with the window.");
        return result;
    }
    if (result.demo && result.mode == Mode::DemoServer) {
        result.error = tr("Use either --demo or --demo-server.");
        return result;
    }
    if (result.demo && (!result.homeserver.isEmpty() || !result.account.isEmpty())) {
        result.error =
            tr("--demo signs in to its own server; it does not go with --homeserver or --account.");
        return result;
    }
    if (parser.isSet(accountServer) &&
        (result.account.isEmpty() || result.accountServer.trimmed().isEmpty())) {
        result.error = tr("--account-server goes with --account and names a homeserver.");
        return result;
    }
    if (!result.homeserver.isEmpty() && !result.account.isEmpty()) {
        result.error = tr("Use either --homeserver or --account.");
        return result;
    }
    if (result.mode == Mode::DemoServer && (!result.homeserver.isEmpty() || !result.account.isEmpty())) {
        result.error = tr("--demo-server does not sign in anywhere; drop --homeserver and --account.");
        return result;
    }

    const bool demoTuning = parser.isSet(port) || parser.isSet(devices) || parser.isSet(latency) ||
                            parser.isSet(metadata) || parser.isSet(actions) || parser.isSet(newSessionEvery);
    if (demoTuning && !result.demo && result.mode != Mode::DemoServer) {
        result.error =
            tr("--port, --devices, --latency, --metadata, --actions and --new-session-every only go "
               "with --demo or --demo-server.");
        return result;
    }
    DemoOptions& demoOptions = result.demoOptions;
    int number = 0;
    if (parser.isSet(port)) {
        if (!parseCount(parser.value(port), 0, 65535, &number)) {
            result.error = tr("--port must be a number from 0 to 65535.");
            return result;
        }
        demoOptions.port = quint16(number);
    }
    if (parser.isSet(devices)) {
        if (!parseCount(parser.value(devices), 1, 1'000'000, &number)) {
            result.error = tr("--devices must be a number from 1 to 1000000.");
            return result;
        }
        demoOptions.devices = number;
    }
    if (parser.isSet(latency)) {
        if (!parseCount(parser.value(latency), 0, 600'000, &number)) {
            result.error = tr("--latency must be a number of milliseconds from 0 to 600000.");
            return result;
        }
        demoOptions.latencyMs = number;
    }
    if (parser.isSet(newSessionEvery)) {
        if (!parseCount(parser.value(newSessionEvery), 1, 86'400, &number)) {
            result.error = tr("--new-session-every must be a number of seconds from 1 to 86400.");
            return result;
        }
        demoOptions.newSessionEverySeconds = number;
    }
    if (parser.isSet(metadata) && !demoOptions.setMetadata(parser.value(metadata), &result.error))
        return result;
    if (parser.isSet(actions) && !demoOptions.setActions(parser.value(actions), &result.error))
        return result;

    if (result.mode == Mode::SignOutInactive &&
        !parseCount(parser.value(signOutInactive), 1, 100'000, &result.inactiveDays)) {
        result.error = tr("--sign-out-inactive needs a number of days of at least 1.");
        return result;
    }

    if (result.mode == Mode::Open) {
        const QString name = parser.value(open);
        if (name == u"account") {
            result.openAccountPage = true;
        } else {
            result.action = AccountActionNames::fromName(name);
            if (!result.action) {
                result.error =
                    tr("Unknown action “%1”. Use profile, devices_list, device_view, device_delete, "
                       "account_deactivate, cross_signing_reset or account.")
                        .arg(name);
                return result;
            }
        }
        const bool needsDevice = result.action && AccountActionNames::takesDevice(*result.action);
        if (needsDevice && (!parser.isSet(device) || parser.value(device).isEmpty())) {
            result.error = tr("--open %1 needs --device ID.").arg(name);
            return result;
        }
        if (!needsDevice && parser.isSet(device)) {
            result.error = tr("--open %1 does not take --device.").arg(name);
            return result;
        }
        if (needsDevice)
            result.deviceId = parser.value(device);
    }
    return result;
}

} // namespace gatehouse
