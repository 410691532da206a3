// Renaming a session (every server, 100-character limit) and signing sessions out natively on a classic
// server through POST /delete_devices with user-interactive auth; never on an OAuth server.
#include "TestServer.h"
#include "auth/TokenSource.h"
#include "matrix/DevicesClient.h"
#include "matrix/SessionEditor.h"
#include "network/HttpClient.h"

#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;

class TestSessionEditing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void renameWorksOnEveryServer_data();
    void renameWorksOnEveryServer();
    void overlongNameIsReportedBeforeSending();
    void serverLimitIsReportedClearly();
    void classicSignOutAsksForThePasswordThenSignsOut();
    void wrongPasswordAsksAgain();
    void otherStagesGoThroughTheWebFallback();
    void oauthServerIsNeverAskedToDeleteDevices();
};

namespace {

struct Fixture
{
    explicit Fixture(DemoOptions::Metadata metadata)
        : server([metadata] {
            DemoOptions options;
            options.metadata = metadata;
            return options;
        }())
        , client(&http, server.baseUrl(), std::make_shared<StaticTokenSource>(server.token()))
        , editor(&client, metadata != DemoOptions::Metadata::None)
    {}

    TestServer server;
    HttpClient http;
    DevicesClient client;
    SessionEditor editor;
};

std::optional<Error> renameAndWait(SessionEditor& editor, const QString& id, const QString& name,
                                   QObject* context)
{
    std::optional<std::optional<Error>> answer;
    editor.rename(id, name, context, [&answer](const std::optional<Error>& error) { answer = error; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 10'000))
        return Error::make(Error::Kind::Timeout, QStringLiteral("no answer"));
    return *answer;
}

Result<SessionEditor::DeleteOutcome> deleteAndWait(SessionEditor& editor, const QStringList& ids,
                                                   const QJsonObject& auth, QObject* context)
{
    std::optional<Result<SessionEditor::DeleteOutcome>> answer;
    editor.deleteDevices(ids, auth, context,
                         [&answer](const Result<SessionEditor::DeleteOutcome>& result) { answer = result; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 10'000))
        return Error::make(Error::Kind::Timeout, QStringLiteral("no answer"));
    return *answer;
}

} // namespace

void TestSessionEditing::renameWorksOnEveryServer_data()
{
    QTest::addColumn<int>("metadata");
    QTest::newRow("OAuth server") << int(DemoOptions::Metadata::Stable);
    QTest::newRow("classic server") << int(DemoOptions::Metadata::None);
}

void TestSessionEditing::renameWorksOnEveryServer()
{
    QFETCH(int, metadata);
    Fixture f{DemoOptions::Metadata(metadata)};
    const QString id = f.server->account().devices().at(2).id;
    const QString name = QStringLiteral("Laptop – ÄÖ 🙂 <b>");
    QVERIFY(!renameAndWait(f.editor, id, name, this));
    QCOMPARE(*f.server->account().device(id)->displayName, name);
    // Exactly 100 characters, counted as characters (the emoji is one), is still fine.
    const QString hundred = QString(99, u'x') + QStringLiteral("🙂");
    QVERIFY(!renameAndWait(f.editor, id, hundred, this));
}

void TestSessionEditing::overlongNameIsReportedBeforeSending()
{
    Fixture f{DemoOptions::Metadata::Stable};
    const QString id = f.server->account().devices().at(1).id;
    f.server->resetStatistics();
    const std::optional<Error> error = renameAndWait(f.editor, id, QString(101, u'n'), this);
    QVERIFY(error);
    QCOMPARE(error->message,
             QStringLiteral("A session name can have at most 100 characters; this one has 101."));
    QCOMPARE(f.server->requestLog().size(), 0);
}

void TestSessionEditing::serverLimitIsReportedClearly()
{
    Fixture f{DemoOptions::Metadata::None};
    f.server.answer(
        QStringLiteral("/_matrix/client/v3/devices/X"), 400,
        R"json({"errcode":"M_TOO_LARGE","error":"Device display name is too long (max 100)"})json");
    const std::optional<Error> error =
        renameAndWait(f.editor, QStringLiteral("X"), QStringLiteral("short"), this);
    QVERIFY(error);
    QVERIFY(error->message.contains(QStringLiteral("too long (at most 100 characters)")));
}

void TestSessionEditing::classicSignOutAsksForThePasswordThenSignsOut()
{
    Fixture f{DemoOptions::Metadata::None};
    const QStringList ids{f.server->account().devices().at(1).id, f.server->account().devices().at(2).id};
    const auto first = deleteAndWait(f.editor, ids, {}, this);
    QVERIFY(first);
    QVERIFY(!first->done);
    QVERIFY(first->challenge);
    QVERIFY(first->challenge->passwordOnly());
    const auto second =
        deleteAndWait(f.editor, ids,
                      SessionEditor::passwordAuth(f.server->account().userId(),
                                                  QStringLiteral("demo-password"), first->challenge->session),
                      this);
    QVERIFY(second);
    QVERIFY(second->done);
    QVERIFY(!f.server->account().device(ids[0]));
    QVERIFY(!f.server->account().device(ids[1]));
    QCOMPARE(f.server->requestCount(QStringLiteral("/_matrix/client/v3/delete_devices")), 2);
}

void TestSessionEditing::wrongPasswordAsksAgain()
{
    Fixture f{DemoOptions::Metadata::None};
    const QStringList ids{f.server->account().devices().at(1).id};
    const auto first = deleteAndWait(f.editor, ids, {}, this);
    QVERIFY(first && first->challenge);
    const auto wrong =
        deleteAndWait(f.editor, ids,
                      SessionEditor::passwordAuth(f.server->account().userId(), QStringLiteral("nope"),
                                                  first->challenge->session),
                      this);
    QVERIFY(wrong);
    QVERIFY(!wrong->done);
    QVERIFY(wrong->challenge);
    QCOMPARE(wrong->challenge->errcode, QStringLiteral("M_FORBIDDEN"));
    QVERIFY(f.server->account().device(ids[0]));
}

void TestSessionEditing::otherStagesGoThroughTheWebFallback()
{
    const auto challenge = UiaChallenge::parse(
        R"({"flows":[{"stages":["m.login.recaptcha","m.login.terms"]}],"completed":["m.login.recaptcha"],)"
        R"("session":"s e/1"})");
    QVERIFY(challenge);
    QVERIFY(!challenge->passwordOnly());
    QCOMPARE(challenge->nextStage(), QStringLiteral("m.login.terms"));
    Fixture f{DemoOptions::Metadata::None};
    QCOMPARE(f.editor.fallbackUrl(challenge->nextStage(), challenge->session),
             f.server.baseUrl() +
                 QStringLiteral("/_matrix/client/v3/auth/m.login.terms/fallback/web?session=s%20e%2F1"));
    // A password-only flow is preferred when there is one.
    const auto both = UiaChallenge::parse(
        R"({"flows":[{"stages":["m.login.sso"]},{"stages":["m.login.password"]}],"session":"x"})");
    QVERIFY(both && both->passwordOnly());
    QVERIFY(!UiaChallenge::parse(R"({"errcode":"M_UNKNOWN_TOKEN"})"));
}

void TestSessionEditing::oauthServerIsNeverAskedToDeleteDevices()
{
    Fixture f{DemoOptions::Metadata::Stable};
    f.server->resetStatistics();
    const auto result = deleteAndWait(f.editor, {f.server->account().devices().at(1).id}, {}, this);
    QVERIFY(!result);
    QCOMPARE(f.server->requestCount(QStringLiteral("/_matrix/client/v3/delete_devices")), 0);
    QVERIFY(f.server->requestLog().isEmpty());
}

QTEST_GUILESS_MAIN(TestSessionEditing)
#include "tst_SessionEditing.moc"
