// DeviceListParser reads the device list in one pass; whatever it accepts, it must read exactly as the
// QJsonDocument reading does (Device::listFromJsonDocument), and an answer QJsonDocument refuses must never
// be accepted. Checked on hand-written edge cases and on many generated and mutated answers.
#include "matrix/Device.h"
#include "matrix/DeviceListParser.h"

#include <QRandomGenerator>
#include <QTest>

using namespace gatehouse;

namespace {

// The parser either leaves the answer to QJsonDocument or reads exactly what QJsonDocument reads.
bool agrees(const QByteArray& body, QString* why)
{
    const std::optional<QList<Device>> fast = DeviceListParser::parse(body);
    if (!fast)
        return true;
    const Result<QList<Device>> reference = Device::listFromJsonDocument(body);
    if (!reference) {
        *why = "accepted an answer QJsonDocument refuses";
        return false;
    }
    if (*fast != reference.value()) {
        *why = QString("read %1 devices where QJsonDocument reads %2, or read them differently")
                   .arg(fast->size())
                   .arg(reference.value().size());
        return false;
    }
    return true;
}

// Random JSON shaped like a device list, with the oddities servers and attackers may send.
class Generator
{
public:
    explicit Generator(quint32 seed)
        : m_random(seed)
    {}

    QByteArray answer()
    {
        // Half of them only hold what the parser reads itself; the others anything.
        m_clean = m_random.bounded(2) == 0;
        QByteArray out = space() + "{";
        QList<QByteArray> members;
        members.append(key("devices") + ":" + space() + deviceArray());
        for (int i = int(m_random.bounded(3)); i > 0; --i) {
            const QByteArray name =
                m_clean ? pick({"next_batch", "x"}) : pick({"next_batch", "devices", "x", "d\\u0065vices"});
            members.append(key(name) + ":" + value(1));
        }
        std::shuffle(members.begin(), members.end(), m_random);
        out += members.join(",") + "}" + space();
        return out;
    }

    QByteArray mutated(QByteArray body)
    {
        for (int i = int(m_random.bounded(1, 4)); i > 0 && !body.isEmpty(); --i) {
            const qsizetype at = m_random.bounded(body.size());
            switch (m_random.bounded(4)) {
            case 0:
                body.remove(at, 1);
                break;
            case 1:
                body.insert(at, pick({"\"", ",", "{", "}", "[", "]", ":", "\\", "\x01", "\xC3", "0", "-",
                                      "\xEF\xBB\xBF"}));
                break;
            case 2:
                body[at] = char(m_random.bounded(256));
                break;
            default:
                body.truncate(at);
                break;
            }
        }
        return body;
    }

private:
    QByteArray pick(std::initializer_list<const char*> choices)
    {
        return QByteArray(*(choices.begin() + m_random.bounded(int(choices.size()))));
    }

    QByteArray space()
    {
        return m_random.bounded(4) == 0 ? pick({" ", "\n", "\r\n\t ", "  "}) : QByteArray();
    }

    QByteArray key(const QByteArray& name) { return space() + "\"" + name + "\"" + space(); }

    QByteArray deviceArray()
    {
        QList<QByteArray> entries;
        for (int i = int(m_random.bounded(6)); i > 0; --i)
            entries.append(m_random.bounded(10) == 0 ? value(2) : device());
        return "[" + space() + entries.join(",") + space() + "]";
    }

    QByteArray device()
    {
        QList<QByteArray> members;
        for (const char* field : {"device_id", "display_name", "last_seen_ip", "last_seen_ts", "user_id"}) {
            if (m_random.bounded(6) == 0)
                continue;
            const bool timestamp = QByteArray(field) == "last_seen_ts";
            members.append(key(field) + ":" + space() +
                           (m_random.bounded(5) == 0 ? value(1)
                            : timestamp              ? number()
                                                     : string()));
        }
        if (!m_clean && m_random.bounded(8) == 0) // a field twice
            members.append(key(pick({"device_id", "display_name", "last_seen_ts", "other"})) + ":" +
                           value(1));
        std::shuffle(members.begin(), members.end(), m_random);
        return "{" + members.join(",") + "}";
    }

    QByteArray value(int depth)
    {
        if (m_clean)
            depth = 0;
        switch (m_random.bounded(m_clean ? 3 : depth > 0 ? 7 : 5)) {
        case 0:
            return string();
        case 1:
            return number();
        case 2:
            return pick({"true", "false", "null"});
        case 3:
            return pick({"tru", "nul", "True", "\"unterminated"});
        case 4:
            return string();
        case 5:
            return "[" + value(depth - 1) + "," + value(depth - 1) + "]";
        default:
            return "{\"k\":" + value(depth - 1) + "}";
        }
    }

    QByteArray number()
    {
        if (m_clean)
            return pick({"0", "1795767893079", "-1", "9007199254740992", "-9007199254740992", "42"});
        return pick({"0",
                     "-0",
                     "1795767893079",
                     "-1",
                     "1.5",
                     "1e3",
                     "1E+2",
                     "-2.5e-3",
                     "9007199254740992",
                     "-9007199254740992",
                     "9007199254740993",
                     "12345678901234567890",
                     "1.0",
                     "01",
                     "-",
                     "1.",
                     ".5",
                     "0x10",
                     "1e",
                     "17957678930791795767893079",
                     "00",
                     "2e400"});
    }

    QByteArray string()
    {
        QByteArray text = "\"";
        for (int i = int(m_random.bounded(12)); i > 0; --i) {
            const int kind = int(m_random.bounded(12));
            switch (m_clean && (kind == 2 || kind == 3) ? 4 : kind) {
            case 0:
                text += m_clean ? pick({"\\\"", "\\\\", "\\/", "\\n", "\\u00e9", "\\u0000", "\\ud83d\\ude00"})
                                : pick({"\\\"", "\\\\", "\\/", "\\b", "\\f", "\\n", "\\r", "\\t", "\\u00e9",
                                        "\\u0000", "\\u20AC", "\\ud83d\\ude00", "\\ud800", "\\udc00",
                                        "\\ud800x", "\\x", "\\u12"});
                break;
            case 1:
                // NOLINTNEXTLINE(misc-misleading-bidirectional): an isolate on purpose
                text += pick({"\xC3\xA9", "\xE2\x80\x93", "\xF0\x9F\x98\x80", "\xE2\x81\xA8", "\xEF\xBF\xBF",
                              "\xF4\x8F\xBF\xBF"}); // é – 😀, an isolate, noncharacter, U+10FFFF
                break;
            case 2:
                text += pick({"\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\x80", "\xC3", "\xE2\x80",
                              "\xF8\x88\x80\x80\x80"}); // overlong, surrogate, too large, stray, cut short
                break;
            case 3:
                text += pick({"\x01", "\x1F", "\x7F", "\t"});
                break;
            default:
                text += char(pick({"a", "Z", "0", " ", "#", "-", ".", ":", "<", "&"}).at(0));
                break;
            }
        }
        return text + "\"";
    }

    QRandomGenerator m_random;
    bool m_clean = false;
};

} // namespace

class TestDeviceListParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheUsualAnswer();
    void agreesWithQJsonDocument_data();
    void agreesWithQJsonDocument();
    void agreesOnGeneratedAnswers();
    void leavesErrorsToQJsonDocument_data();
    void leavesErrorsToQJsonDocument();
};

void TestDeviceListParser::readsTheUsualAnswer()
{
    const QByteArray body = R"({"devices":[
        {"device_id":"GATEHOUSE0","display_name":"Gatehouse on this computer","last_seen_ip":"127.0.0.1",
         "last_seen_ts":1795767893079,"user_id":"@alice:localhost"},
        {"device_id":"ABC","display_name":null,"last_seen_ip":null,"last_seen_ts":null},
        {"device_id":"DEF","display_name":"Old laptop – Element Desktop"}]})";
    const std::optional<QList<Device>> devices = DeviceListParser::parse(body);
    QVERIFY(devices.has_value()); // read in one pass, not left to QJsonDocument
    QCOMPARE(devices->size(), 3);
    QCOMPARE(devices->at(0).id, QString("GATEHOUSE0"));
    QVERIFY(devices->at(0).lastSeenTs == 1795767893079);
    QVERIFY(!devices->at(1).displayName);
    QVERIFY(devices->at(2).displayName == QString::fromUtf8("Old laptop – Element Desktop"));
    QVERIFY(*devices == Device::listFromJsonDocument(body).value());
}

void TestDeviceListParser::agreesWithQJsonDocument_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty list") << QByteArray(R"({"devices":[]})");
    QTest::newRow("whitespace everywhere")
        << QByteArray(" \r\n{ \"devices\" : [ { \"device_id\" : \"A\" } ] } \t");
    QTest::newRow("entries that are not objects")
        << QByteArray(R"({"devices":[1,"x",null,true,{"device_id":"A"}]})");
    QTest::newRow("entry without an ID")
        << QByteArray(R"({"devices":[{"display_name":"n"},{"device_id":7}]})");
    QTest::newRow("fields of the wrong type") << QByteArray(
        R"({"devices":[{"device_id":"A","display_name":5,"last_seen_ip":true,"last_seen_ts":"1"}]})");
    QTest::newRow("escapes") << QByteArray(
        R"({"devices":[{"device_id":"A\"\\\/\b\f\n\r\t\u00e9\u20ac\ud83d\ude00"}]})");
    QTest::newRow("escaped NUL") << QByteArray(R"({"devices":[{"device_id":"A\u0000B"}]})");
    QTest::newRow("UTF-8") << QByteArray(
        "{\"devices\":[{\"device_id\":\"\xC3\xA9\xE2\x80\x93\xF0\x9F\x98\x80\xEF\xBF\xBF\"}]}");
    QTest::newRow("bidi controls") << QByteArray(
        // NOLINTNEXTLINE(misc-misleading-bidirectional): a right-to-left override on purpose
        "{\"devices\":[{\"device_id\":\"A\",\"display_name\":\"\xE2\x80\xAE\x65vil\"}]}");
    QTest::newRow("largest exact timestamps") << QByteArray(
        R"({"devices":[{"device_id":"A","last_seen_ts":9007199254740992},{"device_id":"B","last_seen_ts":-9007199254740992}]})");
    QTest::newRow("timestamps to leave")
        << QByteArray(R"({"devices":[{"device_id":"A","last_seen_ts":9007199254740993}]})");
    QTest::newRow("fractional timestamp")
        << QByteArray(R"({"devices":[{"device_id":"A","last_seen_ts":1.5}]})");
    QTest::newRow("integral timestamp with exponent")
        << QByteArray(R"({"devices":[{"device_id":"A","last_seen_ts":1e3}]})");
    QTest::newRow("minus zero") << QByteArray(R"({"devices":[{"device_id":"A","last_seen_ts":-0}]})");
    QTest::newRow("other members") << QByteArray(
        R"({"next":1.5e3,"devices":[{"device_id":"A","x":{"y":[1]}}],"z":null})");
    QTest::newRow("repeated ID") << QByteArray(R"({"devices":[{"device_id":"A","device_id":"B"}]})");
    QTest::newRow("repeated list") << QByteArray(
        R"({"devices":[{"device_id":"A"}],"devices":[{"device_id":"B"}]})");
    QTest::newRow("escaped key") << QByteArray(R"({"devices":[{"device\u005fid":"A"}]})");
    QTest::newRow("raw control character") << QByteArray("{\"devices\":[{\"device_id\":\"A\x01\"}]}");
    QTest::newRow("lone surrogate escape") << QByteArray(R"({"devices":[{"device_id":"A\ud800"}]})");
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF{\"devices\":[{\"device_id\":\"A\"}]}");
}

void TestDeviceListParser::agreesWithQJsonDocument()
{
    QFETCH(QByteArray, body);
    QString why;
    QVERIFY2(agrees(body, &why), qPrintable(why));
    QVERIFY(Device::listFromJson(body).ok());
}

void TestDeviceListParser::agreesOnGeneratedAnswers()
{
    Generator generator(20261127);
    int read = 0;
    for (int i = 0; i < 20'000; ++i) {
        const QByteArray answer = generator.answer();
        for (const QByteArray& body : {answer, generator.mutated(answer)}) {
            QString why;
            QVERIFY2(agrees(body, &why),
                     qPrintable(why + ": " + QString::fromLatin1(body.toPercentEncoding())));
            read += DeviceListParser::parse(body).has_value();
        }
    }
    // The generator must reach both ways: read here, and left to QJsonDocument.
    QVERIFY(read > 2'000);
    QVERIFY(read < 38'000);
}

void TestDeviceListParser::leavesErrorsToQJsonDocument_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not JSON") << QByteArray("<html>");
    QTest::newRow("a list") << QByteArray(R"([{"device_id":"A"}])");
    QTest::newRow("no devices") << QByteArray(R"({"x":[]})");
    QTest::newRow("devices not a list") << QByteArray(R"({"devices":{}})");
    QTest::newRow("cut short") << QByteArray(R"({"devices":[{"device_id":"A"})");
    QTest::newRow("trailing comma") << QByteArray(R"({"devices":[{"device_id":"A"},]})");
    QTest::newRow("garbage after") << QByteArray(R"({"devices":[]} x)");
    QTest::newRow("leading zero") << QByteArray(R"({"devices":[{"device_id":"A","last_seen_ts":01}]})");
    QTest::newRow("invalid UTF-8") << QByteArray("{\"devices\":[{\"device_id\":\"\xC0\xAF\"}]}");
    QTest::newRow("UTF-8 surrogate") << QByteArray("{\"devices\":[{\"device_id\":\"\xED\xA0\x80\"}]}");
    QTest::newRow("vertical tab") << QByteArray("{\"devices\":[]\x0b}");
}

void TestDeviceListParser::leavesErrorsToQJsonDocument()
{
    QFETCH(QByteArray, body);
    QVERIFY(!Device::listFromJsonDocument(body).ok());
    QVERIFY(!DeviceListParser::parse(body));
    QVERIFY(!Device::listFromJson(body).ok());
}

QTEST_GUILESS_MAIN(TestDeviceListParser)
#include "tst_DeviceListParser.moc"
