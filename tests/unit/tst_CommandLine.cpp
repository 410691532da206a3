// The command line: every mode, the options that go with each, and the usage errors (exit code 2).
#include "cli/CommandLine.h"

#include <QTest>

using namespace gatehouse;

using Mode = CommandLine::Mode;
Q_DECLARE_METATYPE(gatehouse::CommandLine::Mode)

namespace {

CommandLine parse(const QStringList& arguments)
{
    return CommandLine::parse(QStringList{"gatehouse"} + arguments);
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void choosesTheMode_data();
    void choosesTheMode();
    void readsListOptions();
    void readsOpenActions_data();
    void readsOpenActions();
    void readsTheBareAccountPage();
    void readsSignInOptions();
    void readsDemoOptions();
    void readsDemoActionLists_data();
    void readsDemoActionLists();
    void readsSignOutInactive();
    void readsExportOptions_data();
    void readsExportOptions();
    void readsWatchOptions();
    void refusesMisuse_data();
    void refusesMisuse();
    void leavesQtsOwnOptionsToQt_data();
    void leavesQtsOwnOptionsToQt();
    void hasHelpAndVersionText();
};

void TestCommandLine::choosesTheMode_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<Mode>("mode");
    QTest::newRow("nothing: the window") << QStringList{} << Mode::Window;
    QTest::newRow("--demo: the window") << QStringList{"--demo"} << Mode::Window;
    QTest::newRow("--quit-when-loaded: the window") << QStringList{"--quit-when-loaded"} << Mode::Window;
    QTest::newRow("--verbose: the window") << QStringList{"--verbose"} << Mode::Window;
    QTest::newRow("--list") << QStringList{"--list"} << Mode::List;
    QTest::newRow("-list (single dash)") << QStringList{"-list"} << Mode::List;
    QTest::newRow("--open") << QStringList{"--open", "profile"} << Mode::Open;
    QTest::newRow("--open=") << QStringList{"--open=profile"} << Mode::Open;
    QTest::newRow("--demo-server") << QStringList{"--demo-server"} << Mode::DemoServer;
    QTest::newRow("--sign-out-inactive") << QStringList{"--sign-out-inactive", "30"} << Mode::SignOutInactive;
    QTest::newRow("--export") << QStringList{"--export", "out.csv"} << Mode::Export;
    QTest::newRow("--watch") << QStringList{"--watch"} << Mode::Watch;
    QTest::newRow("--watch --json --interval")
        << QStringList{"--watch", "--json", "--interval", "60"} << Mode::Watch;
    QTest::newRow("--background: the window's process") << QStringList{"--background"} << Mode::Window;
    QTest::newRow("--help") << QStringList{"--help"} << Mode::Help;
    QTest::newRow("-h") << QStringList{"-h"} << Mode::Help;
    QTest::newRow("--help wins over a mode") << QStringList{"--list", "--help"} << Mode::Help;
    QTest::newRow("--version") << QStringList{"--version"} << Mode::Version;
    QTest::newRow("-v") << QStringList{"-v"} << Mode::Version;
}

void TestCommandLine::choosesTheMode()
{
    QFETCH(QStringList, arguments);
    QFETCH(Mode, mode);
    const CommandLine line = parse(arguments);
    QVERIFY2(line.error.isEmpty(), qPrintable(line.error));
    QCOMPARE(line.mode, mode);
}

void TestCommandLine::readsListOptions()
{
    const CommandLine plain = parse({"--list"});
    QVERIFY(!plain.json);
    const CommandLine json = parse({"--list", "--json", "--verbose"});
    QVERIFY(json.error.isEmpty());
    QVERIFY(json.json);
    QVERIFY(json.verbose);
    QVERIFY(!json.printUrl);
    const CommandLine demo = parse({"--demo", "--list"});
    QVERIFY(demo.error.isEmpty());
    QCOMPARE(demo.mode, Mode::List);
    QVERIFY(demo.demo);
}

void TestCommandLine::readsOpenActions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("device");
    QTest::newRow("profile") << QStringList{"--open", "profile"} << int(AccountAction::Profile) << QString();
    QTest::newRow("org.matrix.profile")
        << QStringList{"--open", "org.matrix.profile"} << int(AccountAction::Profile) << QString();
    QTest::newRow("devices_list") << QStringList{"--open", "devices_list"} << int(AccountAction::DevicesList)
                                  << QString();
    QTest::newRow("sessions_list") << QStringList{"--open", "sessions_list"}
                                   << int(AccountAction::DevicesList) << QString();
    QTest::newRow("device_view") << QStringList{"--open", "device_view", "--device", "ABC"}
                                 << int(AccountAction::DeviceView) << "ABC";
    QTest::newRow("org.matrix.session_view")
        << QStringList{"--open", "org.matrix.session_view", "--device", "A B"}
        << int(AccountAction::DeviceView) << "A B";
    QTest::newRow("device_delete") << QStringList{"--device", "XYZ", "--open", "device_delete"}
                                   << int(AccountAction::DeviceDelete) << "XYZ";
    QTest::newRow("session_end") << QStringList{"--open", "session_end", "--device=Q"}
                                 << int(AccountAction::DeviceDelete) << "Q";
    QTest::newRow("account_deactivate")
        << QStringList{"--open", "account_deactivate"} << int(AccountAction::AccountDeactivate) << QString();
    QTest::newRow("cross_signing_reset") << QStringList{"--open", "org.matrix.cross_signing_reset"}
                                         << int(AccountAction::CrossSigningReset) << QString();
}

void TestCommandLine::readsOpenActions()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, action);
    QFETCH(QString, device);
    const CommandLine line = parse(arguments);
    QVERIFY2(line.error.isEmpty(), qPrintable(line.error));
    QCOMPARE(line.mode, Mode::Open);
    QVERIFY(!line.openAccountPage);
    QVERIFY(line.action.has_value());
    QCOMPARE(int(*line.action), action);
    if (device.isNull())
        QVERIFY(!line.deviceId.has_value());
    else
        QCOMPARE(line.deviceId, std::optional<QString>(device));

    const CommandLine printing = parse(arguments + QStringList{"--print-url"});
    QVERIFY2(printing.error.isEmpty(), qPrintable(printing.error));
    QVERIFY(printing.printUrl);
}

void TestCommandLine::readsTheBareAccountPage()
{
    const CommandLine line = parse({"--open", "account", "--print-url"});
    QVERIFY2(line.error.isEmpty(), qPrintable(line.error));
    QCOMPARE(line.mode, Mode::Open);
    QVERIFY(line.openAccountPage);
    QVERIFY(!line.action.has_value());
    QVERIFY(!line.deviceId.has_value());
    QVERIFY(line.printUrl);
}

void TestCommandLine::readsSignInOptions()
{
    const CommandLine homeserver = parse({"--list", "--homeserver", "https://matrix.example.org"});
    QVERIFY(homeserver.error.isEmpty());
    QCOMPARE(homeserver.homeserver, QString("https://matrix.example.org"));
    QVERIFY(homeserver.account.isEmpty());
    const CommandLine account = parse({"--account", "@alice:example.org"});
    QVERIFY(account.error.isEmpty());
    QCOMPARE(account.account, QString("@alice:example.org"));
    QCOMPARE(account.mode, Mode::Window);
    const CommandLine quit = parse({"--demo", "--quit-when-loaded"});
    QVERIFY(quit.error.isEmpty());
    QVERIFY(quit.quitWhenLoaded);
    QVERIFY(quit.demo);
}

void TestCommandLine::readsDemoOptions()
{
    const CommandLine defaults = parse({"--demo-server"});
    QVERIFY(defaults.error.isEmpty());
    QCOMPARE(defaults.demoOptions.port, quint16(0));
    QCOMPARE(defaults.demoOptions.devices, 12);
    QCOMPARE(defaults.demoOptions.latencyMs, 0);
    QCOMPARE(defaults.demoOptions.metadata, DemoOptions::Metadata::Stable);
    QCOMPARE(defaults.demoOptions.actions, std::optional<QStringList>(DemoOptions::allActions()));

    const CommandLine line = parse({"--demo-server", "--port", "8448", "--devices", "10000", "--latency",
                                    "250", "--metadata", "unstable", "--actions", "mas"});
    QVERIFY2(line.error.isEmpty(), qPrintable(line.error));
    QCOMPARE(line.mode, Mode::DemoServer);
    QCOMPARE(line.demoOptions.port, quint16(8448));
    QCOMPARE(line.demoOptions.devices, 10000);
    QCOMPARE(line.demoOptions.latencyMs, 250);
    QCOMPARE(line.demoOptions.metadata, DemoOptions::Metadata::Unstable);
    QCOMPARE(line.demoOptions.actions, std::optional<QStringList>(DemoOptions::masActions()));

    const CommandLine window =
        parse({"--demo", "--metadata", "none", "--port", "0", "--latency", "600000", "--devices", "1"});
    QVERIFY2(window.error.isEmpty(), qPrintable(window.error));
    QCOMPARE(window.mode, Mode::Window);
    QCOMPARE(window.demoOptions.metadata, DemoOptions::Metadata::None);
    QCOMPARE(window.demoOptions.latencyMs, 600000);
    QCOMPARE(window.demoOptions.devices, 1);

    QCOMPARE(parse({"--demo", "--metadata", "issuer"}).demoOptions.metadata, DemoOptions::Metadata::Issuer);
    QCOMPARE(parse({"--demo", "--metadata", "stable"}).demoOptions.metadata, DemoOptions::Metadata::Stable);
}

void TestCommandLine::readsDemoActionLists_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("absent");
    QTest::addColumn<QStringList>("actions");
    QTest::newRow("all") << "all" << false << DemoOptions::allActions();
    QTest::newRow("mas") << "mas" << false << DemoOptions::masActions();
    QTest::newRow("none: an empty list") << "none" << false << QStringList{};
    QTest::newRow("absent: no field") << "absent" << true << QStringList{};
    QTest::newRow("a list") << "org.matrix.profile,session_view" << false
                            << QStringList{"org.matrix.profile", "session_view"};
    QTest::newRow("empty items skipped")
        << ",org.matrix.profile,," << false << QStringList{"org.matrix.profile"};
}

void TestCommandLine::readsDemoActionLists()
{
    QFETCH(QString, value);
    QFETCH(bool, absent);
    QFETCH(QStringList, actions);
    const CommandLine line = parse({"--demo-server", "--actions", value});
    QVERIFY2(line.error.isEmpty(), qPrintable(line.error));
    if (absent)
        QVERIFY(!line.demoOptions.actions.has_value());
    else
        QCOMPARE(line.demoOptions.actions, std::optional<QStringList>(actions));
}

void TestCommandLine::readsSignOutInactive()
{
    const CommandLine line = parse({"--sign-out-inactive", "45", "--dry-run"});
    QVERIFY2(line.error.isEmpty(), qPrintable(line.error));
    QCOMPARE(line.mode, Mode::SignOutInactive);
    QCOMPARE(line.inactiveDays, 45);
    QVERIFY(line.dryRun);
}

using Format = CommandLine::ExportFormat;
Q_DECLARE_METATYPE(gatehouse::CommandLine::ExportFormat)

void TestCommandLine::readsExportOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("file");
    QTest::addColumn<Format>("format");
    QTest::newRow("csv by default") << QStringList{"--export", "out.txt"} << "out.txt" << Format::Csv;
    QTest::newRow("csv extension") << QStringList{"--export", "out.csv"} << "out.csv" << Format::Csv;
    QTest::newRow("json extension") << QStringList{"--export", "OUT.JSON"} << "OUT.JSON" << Format::Json;
    QTest::newRow("--format json") << QStringList{"--export", "x", "--format", "json"} << "x" << Format::Json;
    QTest::newRow("--format csv wins over .json")
        << QStringList{"--export", "x.json", "--format", "csv"} << "x.json" << Format::Csv;
    QTest::newRow("--json") << QStringList{"--export", "-", "--json"} << "-" << Format::Json;
    QTest::newRow("--json and --format json")
        << QStringList{"--export", "-", "--json", "--format", "json"} << "-" << Format::Json;
    QTest::newRow("with --account") << QStringList{"--export", "-", "--account", "@a:b"} << "-"
                                    << Format::Csv;
}

void TestCommandLine::readsExportOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, file);
    QFETCH(Format, format);
    const CommandLine line = parse(arguments);
    QVERIFY2(line.error.isEmpty(), qPrintable(line.error));
    QCOMPARE(line.mode, Mode::Export);
    QCOMPARE(line.exportFile, file);
    QCOMPARE(line.exportFormat, format);
    QVERIFY(!line.noHistory);
    QVERIFY(parse({"--list", "--no-history"}).noHistory);
    QVERIFY(parse({"--no-history"}).error.isEmpty());
}

void TestCommandLine::readsWatchOptions()
{
    CommandLine line = parse({"--watch"});
    QCOMPARE(line.watchIntervalSeconds, 300);
    QVERIFY(!line.noHistory);
    QVERIFY(!line.json);
    line = parse({"--watch", "--interval", "1", "--json", "--no-history", "--account", "@a:b"});
    QVERIFY2(line.error.isEmpty(), qPrintable(line.error));
    QCOMPARE(line.watchIntervalSeconds, 1);
    QVERIFY(line.noHistory);
    QVERIFY(line.json);
    QCOMPARE(parse({"--watch", "--interval", "3600"}).watchIntervalSeconds, 3600);
    line = parse({"--demo", "--new-session-every", "30"});
    QVERIFY2(line.error.isEmpty(), qPrintable(line.error));
    QCOMPARE(line.demoOptions.newSessionEverySeconds, 30);
    QCOMPARE(parse({"--demo-server", "--new-session-every", "5"}).demoOptions.newSessionEverySeconds, 5);
    QCOMPARE(parse({"--demo"}).demoOptions.newSessionEverySeconds, 0);
    line = parse({"--background", "--demo"});
    QVERIFY2(line.error.isEmpty(), qPrintable(line.error));
    QVERIFY(line.background);
}

void TestCommandLine::leavesQtsOwnOptionsToQt_data()
{
    // QApplication reads these from argv itself; the command line must neither refuse them nor take their
    // values for its own.
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<Mode>("mode");
    QTest::newRow("-style fusion") << QStringList{"-style", "fusion"} << Mode::Window;
    QTest::newRow("-style=fusion") << QStringList{"-style=fusion"} << Mode::Window;
    QTest::newRow("--style fusion --demo") << QStringList{"--style", "fusion", "--demo"} << Mode::Window;
    QTest::newRow("-platform offscreen -reverse")
        << QStringList{"-platform", "offscreen", "-reverse"} << Mode::Window;
    QTest::newRow("-qwindowgeometry with --list")
        << QStringList{"-qwindowgeometry", "800x600+0+0", "--list"} << Mode::List;
    QTest::newRow("-qmljsdebugger=port") << QStringList{"-qmljsdebugger=port:1234", "--list"} << Mode::List;
    QTest::newRow("-stylesheet's value is not an option")
        << QStringList{"-stylesheet", "--list"} << Mode::Window;
}

void TestCommandLine::leavesQtsOwnOptionsToQt()
{
    QFETCH(QStringList, arguments);
    QFETCH(Mode, mode);
    const CommandLine commandLine = parse(arguments);
    QCOMPARE(commandLine.error, QString());
    QCOMPARE(commandLine.mode, mode);
}

void TestCommandLine::refusesMisuse_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown option") << QStringList{"--bogus"};
    QTest::newRow("unknown option with --help") << QStringList{"--help", "--bogus"};
    QTest::newRow("unknown single-dash option") << QStringList{"-x"};
    QTest::newRow("a name that only starts like Qt's") << QStringList{"-styles"};
    QTest::newRow("after --, Qt's option is an argument") << QStringList{"--", "-style"};
    QTest::newRow("-platform= (Qt reads only -platform NAME)") << QStringList{"-platform=offscreen"};
    QTest::newRow("--interval 0") << QStringList{"--watch", "--interval", "0"};
    QTest::newRow("--interval 3601") << QStringList{"--watch", "--interval", "3601"};
    QTest::newRow("--interval without --watch") << QStringList{"--interval", "60"};
    QTest::newRow("--watch with --list") << QStringList{"--watch", "--list"};
    QTest::newRow("--new-session-every without a demo") << QStringList{"--watch", "--new-session-every", "5"};
    QTest::newRow("--new-session-every 0") << QStringList{"--demo", "--new-session-every", "0"};
    QTest::newRow("--background with --watch") << QStringList{"--background", "--watch"};
    QTest::newRow("--background with --quit-when-loaded")
        << QStringList{"--background", "--quit-when-loaded"};
    QTest::newRow("--open without a value") << QStringList{"--open"};
    QTest::newRow("unknown action") << QStringList{"--open", "plan_management"};
    QTest::newRow("action in the wrong case") << QStringList{"--open", "Profile"};
    QTest::newRow("empty action") << QStringList{"--open", ""};
    QTest::newRow("device_view without --device") << QStringList{"--open", "device_view"};
    QTest::newRow("device_delete without --device") << QStringList{"--open", "org.matrix.device_delete"};
    QTest::newRow("session_end without --device") << QStringList{"--open", "session_end"};
    QTest::newRow("device_view with an empty device") << QStringList{"--open", "device_view", "--device", ""};
    QTest::newRow("--device without a value") << QStringList{"--open", "device_view", "--device"};
    QTest::newRow("--device for profile") << QStringList{"--open", "profile", "--device", "X"};
    QTest::newRow("--device for devices_list") << QStringList{"--open", "devices_list", "--device", "X"};
    QTest::newRow("--device for account_deactivate")
        << QStringList{"--open", "account_deactivate", "--device", "X"};
    QTest::newRow("--device for the bare page") << QStringList{"--open", "account", "--device", "X"};
    QTest::newRow("--device without --open") << QStringList{"--device", "X"};
    QTest::newRow("--device with --list") << QStringList{"--list", "--device", "X"};
    QTest::newRow("--json alone") << QStringList{"--json"};
    QTest::newRow("--json with --open") << QStringList{"--open", "profile", "--json"};
    QTest::newRow("--json with --demo-server") << QStringList{"--demo-server", "--json"};
    QTest::newRow("--print-url alone") << QStringList{"--print-url"};
    QTest::newRow("--print-url with --list") << QStringList{"--list", "--print-url"};
    QTest::newRow("--dry-run alone") << QStringList{"--dry-run"};
    QTest::newRow("--dry-run with --list") << QStringList{"--list", "--dry-run"};
    QTest::newRow("--quit-when-loaded with --list") << QStringList{"--list", "--quit-when-loaded"};
    QTest::newRow("--list and --open") << QStringList{"--list", "--open", "profile"};
    QTest::newRow("--list and --demo-server") << QStringList{"--list", "--demo-server"};
    QTest::newRow("--open and --sign-out-inactive")
        << QStringList{"--open", "profile", "--sign-out-inactive", "9"};
    QTest::newRow("--demo and --demo-server") << QStringList{"--demo", "--demo-server"};
    QTest::newRow("--demo and --homeserver") << QStringList{"--demo", "--homeserver", "https://x.example"};
    QTest::newRow("--demo and --account") << QStringList{"--demo", "--account", "@a:b"};
    QTest::newRow("--homeserver empty") << QStringList{"--homeserver", "", "--list"};
    QTest::newRow("--homeserver blank") << QStringList{"--list", "--homeserver", " "};
    QTest::newRow("--homeserver= empty") << QStringList{"--list", "--homeserver="};
    QTest::newRow("--homeserver without a value") << QStringList{"--list", "--homeserver"};
    QTest::newRow("--homeserver followed by an option") << QStringList{"--homeserver", "--list"};
    QTest::newRow("--account empty") << QStringList{"--account", "", "--list"};
    QTest::newRow("--account followed by an option") << QStringList{"--account", "--list"};
    QTest::newRow("--homeserver and --account")
        << QStringList{"--homeserver", "https://x.example", "--account", "@a:b"};
    QTest::newRow("--demo-server and --homeserver")
        << QStringList{"--demo-server", "--homeserver", "x.example"};
    QTest::newRow("--port without a demo") << QStringList{"--port", "8080"};
    QTest::newRow("--actions with --list only") << QStringList{"--list", "--actions", "all"};
    QTest::newRow("--port not a number") << QStringList{"--demo", "--port", "http"};
    QTest::newRow("--port too big") << QStringList{"--demo-server", "--port", "65536"};
    QTest::newRow("--port negative") << QStringList{"--demo-server", "--port", "-1"};
    QTest::newRow("--devices zero") << QStringList{"--demo-server", "--devices", "0"};
    QTest::newRow("--devices too many") << QStringList{"--demo-server", "--devices", "1000001"};
    QTest::newRow("--devices not a number") << QStringList{"--demo-server", "--devices", "many"};
    QTest::newRow("--latency negative") << QStringList{"--demo-server", "--latency", "-5"};
    QTest::newRow("--latency too long") << QStringList{"--demo-server", "--latency", "600001"};
    QTest::newRow("--latency with a unit") << QStringList{"--demo-server", "--latency", "5ms"};
    QTest::newRow("--metadata unknown") << QStringList{"--demo-server", "--metadata", "sideways"};
    QTest::newRow("--metadata in capitals") << QStringList{"--demo-server", "--metadata", "STABLE"};
    QTest::newRow("--actions empty") << QStringList{"--demo-server", "--actions", ""};
    QTest::newRow("--actions only commas") << QStringList{"--demo-server", "--actions", ",,"};
    QTest::newRow("--sign-out-inactive zero") << QStringList{"--sign-out-inactive", "0"};
    QTest::newRow("--sign-out-inactive not a number") << QStringList{"--sign-out-inactive", "old"};
    QTest::newRow("positional argument") << QStringList{"@alice:example.org"};
    QTest::newRow("positional argument after a mode") << QStringList{"--list", "extra"};
    QTest::newRow("positional argument after --") << QStringList{"--", "--list"};
    QTest::newRow("--export with --no-history") << QStringList{"--export", "x.csv", "--no-history"};
    QTest::newRow("--export without a file") << QStringList{"--export"};
    QTest::newRow("--export followed by an option") << QStringList{"--export", "--list"};
    QTest::newRow("--export and --list") << QStringList{"--export", "x", "--list"};
    QTest::newRow("--format unknown") << QStringList{"--export", "x", "--format", "xml"};
    QTest::newRow("--format without --export") << QStringList{"--list", "--format", "json"};
    QTest::newRow("--json and --format csv") << QStringList{"--export", "x", "--json", "--format", "csv"};
}

void TestCommandLine::refusesMisuse()
{
    QFETCH(QStringList, arguments);
    const CommandLine line = parse(arguments);
    QVERIFY2(!line.error.isEmpty(), qPrintable(arguments.join(' ')));
}

void TestCommandLine::hasHelpAndVersionText()
{
    const CommandLine help = parse({"--help"});
    for (const char* option :
         {"--list", "--json", "--open", "--device", "--print-url", "--demo", "--demo-server"})
        QVERIFY2(help.helpText.contains(option), option);
    QVERIFY(CommandLine::versionText().startsWith("Gatehouse "));
    QVERIFY(CommandLine::versionText().contains(qVersion()));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_CommandLine.moc"
