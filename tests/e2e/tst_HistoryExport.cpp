// `gatehouse --export FILE` running the built binary (README, "History"): the CSV columns and JSON keys of
// the issue, a hostile session name in both formats, standard output, the format from the option, --json
// or the extension, the exit codes (2 usage, 4 server unreachable but the stored history written, 8 history
// or file unusable), that --list and --export record history unless --no-history, and that another
// connection (the window) can write the file while the command line does.
#include "E2e.h"

#include "history/HistoryStore.h"
#include "matrix/CanonicalBaseUrl.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace gatehouse;
using namespace gatehouse::test;

namespace {

// A name a spreadsheet would run, with quotes, a line break, a comma and a bidi override.
const QString HostileName = QStringLiteral("=HYPERLINK(\"http://evil\",\"x\"), \"quoted\"\nline\u202Eevil");

const QStringList CsvColumns = {"device_id",    "display_name", "first_seen", "last_seen",
                                "last_seen_ip", "ip_count",     "removed_at", "removed_how"};

// RFC 4180 records of `text` (quoted fields with doubled quotes and line breaks).
QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record.append(std::exchange(field, QString()));
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            record.append(std::exchange(field, QString()));
            records.append(std::exchange(record, QStringList()));
            ++i;
        } else {
            field += c;
        }
    }
    return records;
}

struct Place
{
    QTemporaryDir data;
    QString historyPath() const
    {
        return data.path() + QStringLiteral("/Gatehouse/Gatehouse/history.sqlite");
    }
    QString file(const QString& name) const { return data.filePath(name); }
};

GatehouseRun exportRun(TestServer& server, const Place& place, const QStringList& arguments)
{
    return runAgainst(server, arguments, {{"XDG_DATA_HOME", place.data.path()}});
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestHistoryExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvHasTheIssueColumnsAndNeutralisesTheHostileName();
    void jsonHasEveryKeyAndKeepsTheHostileName_data();
    void jsonHasEveryKeyAndKeepsTheHostileName();
    void dashWritesToStandardOutput();
    void unreachableServerStillWritesTheStoredHistory();
    void unwritableFileExitsEight();
    void brokenHistoryExitsEight();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void listRecordsHistoryUnlessNoHistory();
    void windowAndCommandLineWriteAtOnce();
};

void TestHistoryExport::csvHasTheIssueColumnsAndNeutralisesTheHostileName()
{
    TestServer server;
    server->account().addDevice(QStringLiteral("HOSTILE"), HostileName);
    Place place;
    const QString path = place.file(QStringLiteral("sessions.csv"));
    const GatehouseRun run = exportRun(server, place, {"--export", path});
    GATEHOUSE_VERIFY_EXIT(run, 0);
    QVERIFY2(run.err.isEmpty(), describe(run).constData());
    const QByteArray bytes = readAll(path);
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> records = parseCsv(QString::fromUtf8(bytes));
    QCOMPARE(records.value(0), CsvColumns);
    QCOMPARE(records.size(), server->account().devices().size() + 1);
    const auto hostile = std::find_if(records.cbegin(), records.cend(),
                                      [](const QStringList& r) { return r.value(0) == u"HOSTILE"; });
    QVERIFY(hostile != records.cend());
    QCOMPARE(hostile->size(), CsvColumns.size());
    QCOMPARE(hostile->at(1), u'\'' + HostileName); // text in a spreadsheet, not a formula
    QVERIFY(QDateTime::fromString(hostile->at(2), Qt::ISODate).isValid());
    QVERIFY(hostile->at(2).endsWith(u'Z'));
    QVERIFY(hostile->at(6).isEmpty()); // present: not removed
    QVERIFY(hostile->at(7).isEmpty());
}

void TestHistoryExport::jsonHasEveryKeyAndKeepsTheHostileName_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("name");
    QTest::newRow("--format json") << QStringList{"--format", "json"} << QStringLiteral("out.txt");
    QTest::newRow("--json") << QStringList{"--json"} << QStringLiteral("out.txt");
    QTest::newRow(".json extension") << QStringList{} << QStringLiteral("out.json");
}

void TestHistoryExport::jsonHasEveryKeyAndKeepsTheHostileName()
{
    QFETCH(QStringList, options);
    QFETCH(QString, name);
    TestServer server;
    server->account().addDevice(QStringLiteral("HOSTILE"), HostileName);
    Place place;
    const GatehouseRun run = exportRun(server, place, QStringList{"--export", place.file(name)} + options);
    GATEHOUSE_VERIFY_EXIT(run, 0);
    const QJsonObject root = QJsonDocument::fromJson(readAll(place.file(name))).object();
    QStringList keys = root.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{"exported_at", "server", "sessions", "user_id"}));
    QCOMPARE(root.value("user_id").toString(), server->account().userId());
    QCOMPARE(root.value("server").toObject().value("base_url").toString(),
             CanonicalBaseUrl::of(server.baseUrl()));
    QVERIFY(root.value("exported_at").toString().endsWith(u'Z'));
    const QJsonArray sessions = root.value("sessions").toArray();
    QCOMPARE(sessions.size(), server->account().devices().size());
    QJsonObject hostile;
    for (const QJsonValue& value : sessions) {
        QStringList sessionKeys = value.toObject().keys();
        sessionKeys.sort();
        QCOMPARE(sessionKeys, (QStringList{"device_id", "display_name", "first_seen", "ips", "last_seen_ip",
                                           "last_seen_ts", "names", "removed_at", "removed_how"}));
        if (value.toObject().value("device_id").toString() == u"HOSTILE")
            hostile = value.toObject();
    }
    QCOMPARE(hostile.value("display_name").toString(), HostileName); // JSON escapes, nothing to neutralise
    QCOMPARE(hostile.value("names").toArray().first().toObject().value("name").toString(), HostileName);
    QVERIFY(hostile.value("removed_at").isNull());
    QVERIFY(hostile.value("removed_how").isNull());
}

void TestHistoryExport::dashWritesToStandardOutput()
{
    TestServer server;
    Place place;
    const GatehouseRun run = exportRun(server, place, {"--export", "-"});
    GATEHOUSE_VERIFY_EXIT(run, 0);
    QVERIFY(run.out.startsWith(CsvColumns.join(u',').toUtf8() + "\r\n"));
}

void TestHistoryExport::unreachableServerStillWritesTheStoredHistory()
{
    auto server = std::make_unique<TestServer>();
    Place place;
    const QString baseUrl = server->baseUrl();
    const QString token = server->token();
    const qsizetype count = (*server)->account().devices().size();
    GATEHOUSE_VERIFY_EXIT(exportRun(*server, place, {"--list"}), 0);
    server.reset(); // nothing listens there any more
    const QString path = place.file(QStringLiteral("stored.json"));
    const GatehouseRun run =
        GatehouseProcess::run({"--homeserver", baseUrl, "--export", path},
                              e2eEnvironment({{TokenVariable, token}, {"XDG_DATA_HOME", place.data.path()}}));
    GATEHOUSE_VERIFY_EXIT(run, 4);
    QVERIFY2(run.err.contains("stored history"), describe(run).constData());
    QCOMPARE(QJsonDocument::fromJson(readAll(path)).object().value("sessions").toArray().size(), count);
}

void TestHistoryExport::unwritableFileExitsEight()
{
    TestServer server;
    Place place;
    const GatehouseRun run =
        exportRun(server, place, {"--export", place.file(QStringLiteral("no/such/folder/out.csv"))});
    GATEHOUSE_VERIFY_EXIT(run, 8);
    QVERIFY2(isOneErrorLine(run.err), describe(run).constData());
}

void TestHistoryExport::brokenHistoryExitsEight()
{
    TestServer server;
    Place place;
    QVERIFY(QDir().mkpath(QFileInfo(place.historyPath()).absolutePath()));
    QFile broken(place.historyPath());
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(QByteArray(4096, 'x'));
    broken.close();
    const GatehouseRun run = exportRun(server, place, {"--export", place.file(QStringLiteral("out.csv"))});
    GATEHOUSE_VERIFY_EXIT(run, 8);
    QVERIFY2(isOneErrorLine(run.err), describe(run).constData());
    QCOMPARE(readAll(place.historyPath()), QByteArray(4096, 'x')); // never overwritten
    // --list works without history.
    GATEHOUSE_VERIFY_EXIT(exportRun(server, place, {"--list"}), 0);
}

void TestHistoryExport::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("--no-history") << QStringList{"--export", "out.csv", "--no-history"};
    QTest::newRow("bad format") << QStringList{"--export", "out.csv", "--format", "xml"};
    QTest::newRow("--format alone") << QStringList{"--list", "--format", "csv"};
    QTest::newRow("with --list") << QStringList{"--export", "out.csv", "--list"};
    QTest::newRow("conflicting formats") << QStringList{"--export", "out.csv", "--format", "csv", "--json"};
}

void TestHistoryExport::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    TestServer server;
    Place place;
    const GatehouseRun run = exportRun(server, place, arguments);
    GATEHOUSE_VERIFY_EXIT(run, 2);
    QVERIFY2(isOneErrorLine(run.err), describe(run).constData());
    QCOMPARE(server->requestLog().size(), 0);
}

void TestHistoryExport::listRecordsHistoryUnlessNoHistory()
{
    TestServer server;
    Place place;
    GATEHOUSE_VERIFY_EXIT(exportRun(server, place, {"--list", "--no-history"}), 0);
    QVERIFY(!QFile::exists(place.historyPath()));
    GATEHOUSE_VERIFY_EXIT(exportRun(server, place, {"--list", "--json"}), 0);
    HistoryStore store(place.historyPath());
    QCOMPARE(store.open(), HistoryStore::State::Open);
    const HistoryAccount account{CanonicalBaseUrl::of(server.baseUrl()), server->account().userId()};
    QCOMPARE(store.presentDevices(account).size(), server->account().devices().size());
}

void TestHistoryExport::windowAndCommandLineWriteAtOnce()
{
    TestServer server;
    Place place;
    GATEHOUSE_VERIFY_EXIT(exportRun(server, place, {"--list"}), 0);
    // The window's connection records a changing list as fast as it can while the command line records and
    // exports.
    HistoryStore window(place.historyPath());
    QCOMPARE(window.open(), HistoryStore::State::Open);
    const HistoryAccount account{CanonicalBaseUrl::of(server.baseUrl()), QStringLiteral("@bob:localhost")};
    int writes = 0;
    int failures = 0;
    QTimer writer;
    QObject::connect(&writer, &QTimer::timeout, &writer, [&] {
        Device device;
        device.id = QStringLiteral("BOB");
        device.lastSeenIp = QStringLiteral("10.0.0.%1").arg(writes % 250);
        device.lastSeenTs = writes;
        const HistoryChanges changes =
            window.recordRefresh(account, {device}, QDateTime::currentDateTimeUtc());
        ++writes;
        if (!changes.ok)
            ++failures;
    });
    writer.start(0);
    const QString path = place.file(QStringLiteral("both.json"));
    server->account().addDevice(QStringLiteral("LATE"), QStringLiteral("Late laptop"));
    const GatehouseRun run = exportRun(server, place, {"--export", path});
    writer.stop();
    GATEHOUSE_VERIFY_EXIT(run, 0);
    QVERIFY(writes > 0);
    QCOMPARE(failures, 0);
    QCOMPARE(QJsonDocument::fromJson(readAll(path)).object().value("sessions").toArray().size(),
             server->account().devices().size());
}

QTEST_MAIN(TestHistoryExport)
#include "tst_HistoryExport.moc"
