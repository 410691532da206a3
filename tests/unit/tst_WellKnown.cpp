// Reading /.well-known/matrix/client as the spec's discovery algorithm says (spec "Well-known URIs").
#include "matrix/WellKnown.h"

#include <QTest>

using namespace gatehouse;

using Outcome = WellKnown::Outcome;
Q_DECLARE_METATYPE(gatehouse::WellKnown::Outcome)

class TestWellKnown : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void interpretsAnswers_data();
    void interpretsAnswers();
    void explainsFailures_data();
    void explainsFailures();
};

void TestWellKnown::interpretsAnswers_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<QString>("baseUrl");

    const QByteArray found = R"({"m.homeserver": {"base_url": "https://matrix.example.org"}})";
    QTest::newRow("found") << 200 << found << Outcome::Found << "https://matrix.example.org";
    QTest::newRow("trailing slash removed")
        << 200 << QByteArray(R"({"m.homeserver": {"base_url": "https://matrix.example.org/"}})")
        << Outcome::Found << "https://matrix.example.org";
    QTest::newRow("several trailing slashes removed")
        << 200 << QByteArray(R"({"m.homeserver": {"base_url": "https://example.org/matrix//"}})")
        << Outcome::Found << "https://example.org/matrix";
    QTest::newRow("port and path kept")
        << 200 << QByteArray(R"({"m.homeserver": {"base_url": "https://example.org:8448/m"}})")
        << Outcome::Found << "https://example.org:8448/m";
    QTest::newRow("identity server and extra keys ignored")
        << 200 << QByteArray(R"({"m.homeserver": {"base_url": "https://hs.example"},
                         "m.identity_server": {"base_url": 5},
                         "org.matrix.msc2965.authentication": {"issuer": "https://x/"}})")
        << Outcome::Found << "https://hs.example";

    QTest::newRow("404 is ignored") << 404 << QByteArray() << Outcome::Ignore << QString();
    QTest::newRow("404 even with a body") << 404 << found << Outcome::Ignore << QString();

    QTest::newRow("no answer") << 0 << QByteArray() << Outcome::FailPrompt << QString();
    QTest::newRow("500") << 500 << found << Outcome::FailPrompt << QString();
    QTest::newRow("403") << 403 << QByteArray() << Outcome::FailPrompt << QString();
    QTest::newRow("301 not followed here") << 301 << QByteArray() << Outcome::FailPrompt << QString();
    QTest::newRow("empty body") << 200 << QByteArray() << Outcome::FailPrompt << QString();
    QTest::newRow("whitespace body") << 200 << QByteArray(" \n") << Outcome::FailPrompt << QString();
    QTest::newRow("not JSON") << 200 << QByteArray("<html></html>") << Outcome::FailPrompt << QString();
    QTest::newRow("JSON list") << 200 << QByteArray("[]") << Outcome::FailPrompt << QString();
    QTest::newRow("m.homeserver missing") << 200 << QByteArray("{}") << Outcome::FailPrompt << QString();
    QTest::newRow("base_url missing")
        << 200 << QByteArray(R"({"m.homeserver": {}})") << Outcome::FailPrompt << QString();
    QTest::newRow("m.homeserver a string")
        << 200 << QByteArray(R"({"m.homeserver": "https://matrix.example.org"})") << Outcome::FailPrompt
        << QString();

    QTest::newRow("base_url not a URL") << 200 << QByteArray(R"({"m.homeserver": {"base_url": "not a url"}})")
                                        << Outcome::FailError << QString();
    QTest::newRow("base_url without scheme")
        << 200 << QByteArray(R"({"m.homeserver": {"base_url": "matrix.example.org"}})") << Outcome::FailError
        << QString();
    QTest::newRow("base_url without host")
        << 200 << QByteArray(R"({"m.homeserver": {"base_url": "https://"}})") << Outcome::FailError
        << QString();
    QTest::newRow("base_url empty") << 200 << QByteArray(R"({"m.homeserver": {"base_url": ""}})")
                                    << Outcome::FailError << QString();
}

void TestWellKnown::interpretsAnswers()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(Outcome, outcome);
    QFETCH(QString, baseUrl);
    const WellKnown result = WellKnown::interpret(status, body);
    QCOMPARE(result.outcome, outcome);
    QCOMPARE(result.baseUrl, baseUrl);
}

void TestWellKnown::explainsFailures_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("no answer") << 0 << QByteArray();
    QTest::newRow("500") << 500 << QByteArray();
    QTest::newRow("not JSON") << 200 << QByteArray("x");
    QTest::newRow("no base_url") << 200 << QByteArray("{}");
    QTest::newRow("not a URL") << 200 << QByteArray(R"({"m.homeserver": {"base_url": "::"}})");
}

void TestWellKnown::explainsFailures()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    const WellKnown result = WellKnown::interpret(status, body);
    QVERIFY(result.outcome == Outcome::FailPrompt || result.outcome == Outcome::FailError);
    QVERIFY(!result.problem.isEmpty());
    if (status == 500)
        QVERIFY2(result.problem.contains("500"), qPrintable(result.problem));
}

QTEST_GUILESS_MAIN(TestWellKnown)
#include "tst_WellKnown.moc"
