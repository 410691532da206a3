// The app behind each session: io.element.matrix_client_information.<device_id> account data read from
// one filtered /sync (ClientInformation). Values are untrusted and kept exactly as served; other account
// data is filtered out again here; the request never marks the person online and asks for no rooms.
#include "matrix/ClientInformation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

using namespace gatehouse;

namespace {

QByteArray syncWith(const QJsonArray& events)
{
    return QJsonDocument(
               QJsonObject{{QStringLiteral("next_batch"), QStringLiteral("s1")},
                           {QStringLiteral("account_data"), QJsonObject{{QStringLiteral("events"), events}}}})
        .toJson();
}

QJsonObject accountData(const QString& type, const QJsonValue& content)
{
    return QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("content"), content}};
}

QString typeFor(const QString& deviceId)
{
    return QStringLiteral("io.element.matrix_client_information.") + deviceId;
}

using Info = std::optional<QString>;

} // namespace

class TestClientInformation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsNameVersionAndUrl();
    void keepsOnlyStringFields_data();
    void keepsOnlyStringFields();
    void filtersOtherAccountDataAgain();
    void keepsHostileTextExactlyAsServed_data();
    void keepsHostileTextExactlyAsServed();
    void toleratesOddAnswers_data();
    void toleratesOddAnswers();
    void refusesAnAnswerThatIsNotAnObject();
    void buildsTheFilteredSyncRequest();
};

void TestClientInformation::readsNameVersionAndUrl()
{
    const auto result = ClientInformation::fromSync(syncWith(
        {accountData(typeFor(QStringLiteral("abc123")),
                     QJsonObject{{"name", "Element Web"}, {"version", "1.2.3"}, {"url", "app.element.io"}}),
         accountData(typeFor(QStringLiteral("DESKTOP")),
                     QJsonObject{{"name", "Element"}, {"version", "1.11.85"}})}));
    QVERIFY(result);
    QCOMPARE(result->size(), 2);
    const ClientInformation web = result->value(QStringLiteral("abc123"));
    QCOMPARE(web.name, Info(QStringLiteral("Element Web")));
    QCOMPARE(web.version, Info(QStringLiteral("1.2.3")));
    QCOMPARE(web.url, Info(QStringLiteral("app.element.io")));
    const ClientInformation desktop = result->value(QStringLiteral("DESKTOP"));
    QCOMPARE(desktop.name, Info(QStringLiteral("Element")));
    QVERIFY(!desktop.url);
}

void TestClientInformation::keepsOnlyStringFields_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("number") << QJsonValue(5);
    QTest::newRow("bool") << QJsonValue(true);
    QTest::newRow("null") << QJsonValue(QJsonValue::Null);
    QTest::newRow("array") << QJsonValue(QJsonArray{QStringLiteral("Element")});
    QTest::newRow("object") << QJsonValue(QJsonObject{{"text", "Element"}});
}

void TestClientInformation::keepsOnlyStringFields()
{
    QFETCH(QJsonValue, value);
    const auto result = ClientInformation::fromSync(syncWith({accountData(
        typeFor(QStringLiteral("D")), QJsonObject{{"name", value}, {"version", value}, {"url", "ok"}})}));
    QVERIFY(result);
    const ClientInformation info = result->value(QStringLiteral("D"));
    QVERIFY(!info.name);
    QVERIFY(!info.version);
    QCOMPARE(info.url, Info(QStringLiteral("ok")));
}

void TestClientInformation::filtersOtherAccountDataAgain()
{
    const auto result = ClientInformation::fromSync(syncWith({
        accountData(QStringLiteral("m.push_rules"), QJsonObject{{"name", "not an app"}}),
        accountData(QStringLiteral("io.element.matrix_client_information"),
                    QJsonObject{{"name", "no dot, no device"}}),
        accountData(typeFor(QString()), QJsonObject{{"name", "empty device ID"}}),
        accountData(QStringLiteral("IO.ELEMENT.MATRIX_CLIENT_INFORMATION.X"),
                    QJsonObject{{"name", "case differs"}}),
        accountData(QStringLiteral("xio.element.matrix_client_information.Y"),
                    QJsonObject{{"name", "prefix inside"}}),
        accountData(typeFor(QStringLiteral("KEEP")), QJsonObject{{"name", "kept"}}),
    }));
    QVERIFY(result);
    QCOMPARE(result->keys(), QList<QString>{QStringLiteral("KEEP")});
}

void TestClientInformation::keepsHostileTextExactlyAsServed_data()
{
    QTest::addColumn<QString>("text");
    // NOLINTNEXTLINE(misc-misleading-bidirectional): bidirectional controls on purpose
    QTest::newRow("bidi override") << QString::fromUtf8("Element\xe2\x80\xae"
                                                        "evil\xe2\x81\xa6");
    QTest::newRow("HTML") << QStringLiteral("<b>Element</b><img src=x onerror=alert(1)>");
    QTest::newRow("control characters") << QStringLiteral("Ele\nment\r\t\x01");
    QTest::newRow("huge") << QString(200'000, u'A');
    QTest::newRow("javascript URL") << QStringLiteral("javascript:alert(1)");
    QTest::newRow("empty") << QString();
}

void TestClientInformation::keepsHostileTextExactlyAsServed()
{
    QFETCH(QString, text);
    // NOLINTNEXTLINE(misc-misleading-bidirectional): a right-to-left override on purpose
    const QString device = QString::fromUtf8("D\xe2\x80\xae"
                                             "1"); // device IDs are untrusted too
    const auto result = ClientInformation::fromSync(syncWith(
        {accountData(typeFor(device), QJsonObject{{"name", text}, {"version", text}, {"url", text}})}));
    QVERIFY(result);
    const ClientInformation info = result->value(device);
    QCOMPARE(info.name, Info(text));
    QCOMPARE(info.version, Info(text));
    QCOMPARE(info.url, Info(text));
}

void TestClientInformation::toleratesOddAnswers_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("count");
    QTest::newRow("no account_data") << QByteArray(R"({"next_batch": "s"})") << 0;
    QTest::newRow("account_data not an object") << QByteArray(R"({"account_data": []})") << 0;
    QTest::newRow("events not an array") << QByteArray(R"({"account_data": {"events": {}}})") << 0;
    QTest::newRow("event not an object")
        << QByteArray(R"({"account_data": {"events": ["x", 5, null]}})") << 0;
    QTest::newRow("content not an object")
        << QByteArray(
               R"({"account_data": {"events": [{"type": "io.element.matrix_client_information.D", "content": "x"}]}})")
        << 0;
    QTest::newRow("type not a string")
        << QByteArray(R"({"account_data": {"events": [{"type": 5, "content": {"name": "x"}}]}})") << 0;
    QTest::newRow("empty content kept, every field absent")
        << QByteArray(
               R"({"account_data": {"events": [{"type": "io.element.matrix_client_information.D", "content": {}}]}})")
        << 1;
}

void TestClientInformation::toleratesOddAnswers()
{
    QFETCH(QByteArray, body);
    QFETCH(int, count);
    const auto result = ClientInformation::fromSync(body);
    QVERIFY(result);
    QCOMPARE(result->size(), count);
}

void TestClientInformation::refusesAnAnswerThatIsNotAnObject()
{
    for (const QByteArray& body : {QByteArray("[]"), QByteArray("<html>"), QByteArray()}) {
        const auto result = ClientInformation::fromSync(body);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, Error::Kind::InvalidResponse);
    }
}

void TestClientInformation::buildsTheFilteredSyncRequest()
{
    const QUrl url = ClientInformation::syncUrl(QStringLiteral("https://matrix.example.org/base"));
    QCOMPARE(url.scheme(), QStringLiteral("https"));
    QCOMPARE(url.path(), QStringLiteral("/base/_matrix/client/v3/sync"));
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(QStringLiteral("timeout")), QStringLiteral("0"));
    QCOMPARE(query.queryItemValue(QStringLiteral("set_presence")), QStringLiteral("offline"));
    QVERIFY(!query.hasQueryItem(QStringLiteral("since")));
    // Every byte of the filter outside the unreserved set is percent-encoded on the wire.
    const QByteArray wire = url.toEncoded();
    QVERIFY2(!wire.contains('{') && !wire.contains('"') && !wire.contains('*'), wire.constData());

    const QJsonObject filter =
        QJsonDocument::fromJson(query.queryItemValue(QStringLiteral("filter"), QUrl::FullyDecoded).toUtf8())
            .object();
    QCOMPARE(filter, ClientInformation::syncFilter());
    QCOMPARE(filter.value(u"account_data").toObject().value(u"types").toArray(),
             QJsonArray{QStringLiteral("io.element.matrix_client_information.*")});
    const QJsonObject room = filter.value(u"room").toObject();
    QCOMPARE(room.value(u"rooms").toArray(), QJsonArray());
    for (const QString& part : {QStringLiteral("account_data"), QStringLiteral("ephemeral"),
                                QStringLiteral("state"), QStringLiteral("timeline")})
        QCOMPARE(room.value(part).toObject().value(u"types").toArray(), QJsonArray());
    QCOMPARE(filter.value(u"presence").toObject().value(u"types").toArray(), QJsonArray());
    QCOMPARE(filter.value(u"presence").toObject().value(u"not_types").toArray(),
             QJsonArray{QStringLiteral("*")});
}

QTEST_GUILESS_MAIN(TestClientInformation)
#include "tst_ClientInformation.moc"
