// The history export (app/history/HistoryExport): CSV with its exact columns, RFC 4180 quoting and formula
// neutralising, and JSON with every key present, including a hostile name.
#include "history/HistoryExport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace gatehouse;

namespace {

const QDateTime t0(QDate(2026, 12, 6), QTime(1, 42, 25), QTimeZone::utc());
const HistoryAccount alice{"https://matrix.example.org", "@alice:example.org"};
// A formula, quotes, a comma, line breaks (LF and CRLF) and bidirectional controls (RLO ... PDF, an isolate).
const QString hostileName =
    QString::fromUtf8("=HYPERLINK(\"http://evil.example\",\"Phone\"),\nsecond line\r\n"
                      "\u202Egnp.exe\u202C \u2067x\u2069");

HistorySession present()
{
    HistorySession s;
    s.deviceId = "ABCDEF";
    s.displayName = "Work laptop";
    s.firstSeen = t0;
    s.lastSeenTs = 1'796'521'345'123; // 2026-12-06T01:42:25.123Z
    s.lastSeenIp = "2001:db8::1";
    s.ips = {{"192.0.2.1", t0, t0.addSecs(60)}, {"2001:db8::1", t0.addSecs(60), t0.addSecs(120)}};
    s.names = {{"Laptop", t0}, {"Work laptop", t0.addSecs(30)}};
    s.acknowledged = true;
    return s;
}

HistorySession gone()
{
    HistorySession s;
    s.deviceId = "GONE";
    s.firstSeen = t0.addDays(-3);
    s.removedAt = t0.addDays(-1);
    s.removedHow = HistorySession::RemovedHow::SignedOutByGatehouse;
    return s;
}

// A small RFC 4180 reader, to read back what the writer wrote.
QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text.at(i + 1) == '"') {
                cell += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            row.append(cell);
            cell.clear();
        } else if (c == '\r' && i + 1 < text.size() && text.at(i + 1) == '\n') {
            row.append(cell);
            rows.append(row);
            row.clear();
            cell.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    return rows;
}

} // namespace

class TestHistoryExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isoTimesAreUtcToTheSecond();
    void csvHasExactlyTheDocumentedColumns();
    void csvCellIsNeutralisedAndQuoted_data();
    void csvCellIsNeutralisedAndQuoted();
    void csvKeepsAHostileNameIntactAndHarmless();
    void csvOfNoSessionsIsTheHeader();
    void jsonHasEveryKeyWithNullForUnknown();
    void jsonKeepsAHostileNameExactly();
};

void TestHistoryExport::isoTimesAreUtcToTheSecond()
{
    QCOMPARE(HistoryExport::isoUtc(t0), QString("2026-12-06T01:42:25Z"));
    const QDateTime berlin(QDate(2026, 12, 6), QTime(2, 42, 25, 999), QTimeZone("Europe/Berlin"));
    QCOMPARE(HistoryExport::isoUtc(berlin), QString("2026-12-06T01:42:25Z"));
    QCOMPARE(HistoryExport::isoUtc(QDateTime()), QString());
}

void TestHistoryExport::csvHasExactlyTheDocumentedColumns()
{
    const QString csv = QString::fromUtf8(HistoryExport::toCsv({present(), gone()}));
    QCOMPARE(
        csv,
        QString("device_id,display_name,first_seen,last_seen,last_seen_ip,ip_count,removed_at,removed_how\r\n"
                "ABCDEF,Work laptop,2026-12-06T01:42:25Z,2026-12-06T01:42:25Z,2001:db8::1,2,,\r\n"
                "GONE,,2026-12-03T01:42:25Z,,,0,2026-12-05T01:42:25Z,signed_out_by_gatehouse\r\n"));
    QVERIFY(!HistoryExport::toCsv({}).startsWith("\xEF\xBB\xBF")); // no byte order mark
}

void TestHistoryExport::csvCellIsNeutralisedAndQuoted_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("cell");
    QTest::newRow("plain") << "Phone"
                           << "Phone";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("formula =") << "=1+2"
                               << "'=1+2";
    QTest::newRow("formula +") << "+1"
                               << "'+1";
    QTest::newRow("formula -") << "-1"
                               << "'-1";
    QTest::newRow("formula @") << "@SUM(A1)"
                               << "'@SUM(A1)";
    QTest::newRow("leading tab") << "\tx"
                                 << "'\tx";
    QTest::newRow("leading carriage return") << "\rx"
                                             << "\"'\rx\"";
    QTest::newRow("comma") << "a,b"
                           << "\"a,b\"";
    QTest::newRow("quotes doubled") << "say \"hi\""
                                    << "\"say \"\"hi\"\"\"";
    QTest::newRow("line break") << "a\nb"
                                << "\"a\nb\"";
    QTest::newRow("formula with a comma") << "=A1,B1"
                                          << "\"'=A1,B1\"";
    QTest::newRow("sign inside is fine") << "a=b"
                                         << "a=b";
    QTest::newRow("IPv6 address") << "2001:db8::1"
                                  << "2001:db8::1";
    QTest::newRow("non-ASCII") << QString::fromUtf8("Ärger € 日本") << QString::fromUtf8("Ärger € 日本");
}

void TestHistoryExport::csvCellIsNeutralisedAndQuoted()
{
    QFETCH(QString, value);
    QFETCH(QString, cell);
    QCOMPARE(HistoryExport::csvCell(value), cell);
}

void TestHistoryExport::csvKeepsAHostileNameIntactAndHarmless()
{
    HistorySession s = present();
    s.displayName = hostileName;
    s.deviceId = "-DEVICE"; // IDs come from the server too
    const QByteArray csv = HistoryExport::toCsv({s});
    QVERIFY(QString::fromUtf8(csv).toUtf8() == csv); // valid UTF-8
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(csv));
    QCOMPARE(rows.size(), 2); // the line breaks stay inside their quoted cell
    QCOMPARE(rows.at(0).size(), 8);
    QCOMPARE(rows.at(1).size(), 8);
    QCOMPARE(rows.at(1).at(0), QString("'-DEVICE"));
    QCOMPARE(rows.at(1).at(1), "'" + hostileName); // exactly the name, behind the neutralising '
    QCOMPARE(rows.at(1).at(4), QString("2001:db8::1"));
}

void TestHistoryExport::csvOfNoSessionsIsTheHeader()
{
    QCOMPARE(HistoryExport::toCsv({}), QByteArray("device_id,display_name,first_seen,last_seen,last_seen_ip,"
                                                  "ip_count,removed_at,removed_how\r\n"));
}

void TestHistoryExport::jsonHasEveryKeyWithNullForUnknown()
{
    QJsonParseError error;
    const QJsonDocument doc =
        QJsonDocument::fromJson(HistoryExport::toJson(alice, {present(), gone()}, t0), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject root = doc.object();
    QCOMPARE(root.keys(), (QStringList{"exported_at", "server", "sessions", "user_id"}));
    QCOMPARE(root["user_id"].toString(), alice.userId);
    QCOMPARE(root["server"].toObject(), (QJsonObject{{"base_url", alice.baseUrl}}));
    QCOMPARE(root["exported_at"].toString(), QString("2026-12-06T01:42:25Z"));

    const QJsonArray sessions = root["sessions"].toArray();
    QCOMPARE(sessions.size(), 2);
    const QStringList keys{"device_id",    "display_name", "first_seen", "ips",        "last_seen_ip",
                           "last_seen_ts", "names",        "removed_at", "removed_how"};
    const QJsonObject first = sessions.at(0).toObject();
    QCOMPARE(first.keys(), keys);
    QCOMPARE(first["device_id"].toString(), QString("ABCDEF"));
    QCOMPARE(first["display_name"].toString(), QString("Work laptop"));
    QCOMPARE(first["first_seen"].toString(), QString("2026-12-06T01:42:25Z"));
    QVERIFY(first["last_seen_ts"].isDouble());
    QCOMPARE(first["last_seen_ts"].toInteger(), 1'796'521'345'123); // milliseconds, as served
    QCOMPARE(first["last_seen_ip"].toString(), QString("2001:db8::1"));
    QCOMPARE(first["ips"].toArray(), (QJsonArray{QJsonObject{{"ip", "192.0.2.1"},
                                                             {"first_seen", "2026-12-06T01:42:25Z"},
                                                             {"last_seen", "2026-12-06T01:43:25Z"}},
                                                 QJsonObject{{"ip", "2001:db8::1"},
                                                             {"first_seen", "2026-12-06T01:43:25Z"},
                                                             {"last_seen", "2026-12-06T01:44:25Z"}}}));
    QCOMPARE(first["names"].toArray(),
             (QJsonArray{QJsonObject{{"name", "Laptop"}, {"first_seen", "2026-12-06T01:42:25Z"}},
                         QJsonObject{{"name", "Work laptop"}, {"first_seen", "2026-12-06T01:42:55Z"}}}));
    QVERIFY(first["removed_at"].isNull());
    QVERIFY(first["removed_how"].isNull());

    const QJsonObject second = sessions.at(1).toObject();
    QCOMPARE(second.keys(), keys);
    QVERIFY(second["display_name"].isNull());
    QVERIFY(second["last_seen_ts"].isNull());
    QVERIFY(second["last_seen_ip"].isNull());
    QCOMPARE(second["ips"].toArray(), QJsonArray());
    QCOMPARE(second["names"].toArray(), QJsonArray());
    QCOMPARE(second["removed_at"].toString(), QString("2026-12-05T01:42:25Z"));
    QCOMPARE(second["removed_how"].toString(), QString("signed_out_by_gatehouse"));
}

void TestHistoryExport::jsonKeepsAHostileNameExactly()
{
    HistorySession s = present();
    s.displayName = hostileName;
    s.names = {{hostileName, t0}};
    const QByteArray json = HistoryExport::toJson(alice, {s}, t0);
    const QJsonObject session = QJsonDocument::fromJson(json).object()["sessions"].toArray().at(0).toObject();
    // JSON is data, not a spreadsheet: the name is kept exactly, with no ' added.
    QCOMPARE(session["display_name"].toString(), hostileName);
    QCOMPARE(session["names"].toArray().at(0).toObject()["name"].toString(), hostileName);
    QVERIFY(!json.contains("\nsecond line")); // line breaks are escaped inside the string
}

QTEST_GUILESS_MAIN(TestHistoryExport)
#include "tst_HistoryExport.moc"
