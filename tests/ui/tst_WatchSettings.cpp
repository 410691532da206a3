// The Settings dialog's Watching section (ui/watch/WatchSettingsSection): watching per account, the
// check interval in minutes, "Start when I log in" writing and removing the XDG autostart entry, and which
// saved accounts `gatehouse --background` watches. Settings and the autostart entry go to a temporary
// XDG_CONFIG_HOME.
#include "RecordingPrompts.h"
#include "auth/SavedAccount.h"
#include "settings/AppSettings.h"
#include "watch/Autostart.h"
#include "watch/BackgroundWatch.h"
#include "watch/FirstWatchQuestion.h"
#include "watch/WatchSettingsSection.h"

#include <QCheckBox>
#include <QDialog>
#include <QFile>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace gatehouse;

class TestWatchSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void watchingIsOffAndIntervalFiveMinutesByDefault();
    void watchingIsStoredPerAccount();
    void intervalIsOneToSixtyMinutes();
    void startWhenILogInWritesTheEntryAndOffRemovesIt();
    void cancelSavesNothing();
    void backgroundWatchesOnlyTheAccountsSetToWatch();
    void firstSignInQuestionIsAskedOnceAndEitherAnswerKept();

private:
    QTemporaryDir m_config;
};

namespace {

const QString AliceKey =
    SavedAccount::keyOf(QStringLiteral("https://a.example"), QStringLiteral("@alice:a.example"));
const QString BobKey =
    SavedAccount::keyOf(QStringLiteral("https://b.example"), QStringLiteral("@bob:b.example"));

SavedAccount account(const QString& homeserver, const QString& userId)
{
    SavedAccount saved;
    saved.homeserver = homeserver;
    saved.userId = userId;
    return saved;
}

} // namespace

void TestWatchSettings::initTestCase()
{
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    qunsetenv("APPIMAGE");
}

void TestWatchSettings::init()
{
    QSettings().clear();
    Autostart::setEnabled(false);
}

void TestWatchSettings::watchingIsOffAndIntervalFiveMinutesByDefault()
{
    QDialog dialog;
    WatchSettingsSection section(&dialog, AliceKey);
    QVERIFY(!AppSettings::watchAccount(AliceKey).has_value());
    QVERIFY(section.watchAccount()->isEnabled());
    QVERIFY(!section.watchAccount()->isChecked());
    QCOMPARE(section.intervalMinutes()->value(), 5);
    QVERIFY(!section.startAtLogIn()->isChecked());
    QVERIFY(!Autostart::isEnabled());
}

void TestWatchSettings::watchingIsStoredPerAccount()
{
    {
        QDialog dialog;
        WatchSettingsSection section(&dialog, AliceKey);
        section.watchAccount()->setChecked(true);
        dialog.accept();
    }
    QCOMPARE(AppSettings::watchAccount(AliceKey), std::optional<bool>(true));
    QVERIFY(!AppSettings::watchAccount(BobKey).has_value());
    {
        QDialog dialog;
        WatchSettingsSection alice(&dialog, AliceKey);
        QVERIFY(alice.watchAccount()->isChecked());
        WatchSettingsSection bob(&dialog, BobKey);
        QVERIFY(!bob.watchAccount()->isChecked());
        bob.watchAccount()->setChecked(false);
        dialog.accept();
    }
    QCOMPARE(AppSettings::watchAccount(BobKey), std::optional<bool>(false));
    QCOMPARE(AppSettings::watchAccount(AliceKey), std::optional<bool>(true));

    QDialog dialog;
    WatchSettingsSection none(&dialog, QString());
    QVERIFY(!none.watchAccount()->isEnabled());
}

void TestWatchSettings::intervalIsOneToSixtyMinutes()
{
    QDialog dialog;
    WatchSettingsSection section(&dialog, AliceKey);
    QCOMPARE(section.intervalMinutes()->minimum(), 1);
    QCOMPARE(section.intervalMinutes()->maximum(), 60);
    section.intervalMinutes()->setValue(12);
    dialog.accept();
    QCOMPARE(AppSettings::watchIntervalMinutes(), 12);
    QSettings().setValue(QStringLiteral("watch/intervalMinutes"), 0);
    QCOMPARE(AppSettings::watchIntervalMinutes(), AppSettings::DefaultWatchIntervalMinutes);
}

void TestWatchSettings::startWhenILogInWritesTheEntryAndOffRemovesIt()
{
    const QString entry =
        m_config.filePath(QStringLiteral("autostart/io.github.gatehouse.Gatehouse.desktop"));
    QCOMPARE(Autostart::entryPath(), entry);
    {
        QDialog dialog;
        WatchSettingsSection section(&dialog, AliceKey);
        section.startAtLogIn()->setChecked(true);
        QVERIFY(section.save());
    }
    QFile file(entry);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    file.close();
    QVERIFY2(text.contains(QStringLiteral("\nExec=")), qPrintable(text));
    const QString exec = text.section(QStringLiteral("\nExec="), 1).section(u'\n', 0, 0);
    QVERIFY2(exec.endsWith(QStringLiteral(" --background")), qPrintable(exec));
    {
        QDialog dialog;
        WatchSettingsSection section(&dialog, AliceKey);
        QVERIFY(section.startAtLogIn()->isChecked());
        section.startAtLogIn()->setChecked(false);
        dialog.accept();
    }
    QVERIFY(!QFile::exists(entry));
}

void TestWatchSettings::cancelSavesNothing()
{
    QDialog dialog;
    WatchSettingsSection section(&dialog, AliceKey);
    section.watchAccount()->setChecked(true);
    section.intervalMinutes()->setValue(30);
    section.startAtLogIn()->setChecked(true);
    dialog.reject();
    QVERIFY(!AppSettings::watchAccount(AliceKey).has_value());
    QCOMPARE(AppSettings::watchIntervalMinutes(), 5);
    QVERIFY(!Autostart::isEnabled());
}

void TestWatchSettings::backgroundWatchesOnlyTheAccountsSetToWatch()
{
    const QList<SavedAccount> saved = {
        account(QStringLiteral("https://a.example"), QStringLiteral("@alice:a.example")),
        account(QStringLiteral("https://b.example"), QStringLiteral("@bob:b.example")),
        account(QStringLiteral("https://c.example"), QStringLiteral("@carol:c.example"))};
    QVERIFY(BackgroundWatch::chosenAccounts(saved).isEmpty());
    AppSettings::setWatchAccount(AliceKey, true);
    AppSettings::setWatchAccount(BobKey, false);
    const QList<SavedAccount> chosen = BackgroundWatch::chosenAccounts(saved);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.constFirst().userId, QStringLiteral("@alice:a.example"));
}

void TestWatchSettings::firstSignInQuestionIsAskedOnceAndEitherAnswerKept()
{
    test::RecordingPrompts prompts;
    const SavedAccount alice =
        account(QStringLiteral("https://a.example"), QStringLiteral("@alice:a.example"));
    const SavedAccount bob = account(QStringLiteral("https://b.example"), QStringLiteral("@bob:b.example"));
    prompts.onWatchInBackground = [](const QString& userId) { return userId.startsWith(u"@alice"); };
    QVERIFY(FirstWatchQuestion::askOnce(prompts, alice));
    QVERIFY(FirstWatchQuestion::askOnce(prompts, bob));
    QVERIFY(!FirstWatchQuestion::askOnce(prompts, alice));
    QVERIFY(!FirstWatchQuestion::askOnce(prompts, bob));
    QCOMPARE(prompts.watchQuestions, (QStringList{alice.userId, bob.userId}));
    QCOMPARE(AppSettings::watchAccount(AliceKey), std::optional<bool>(true));
    QCOMPARE(AppSettings::watchAccount(BobKey), std::optional<bool>(false));
}

QTEST_MAIN(TestWatchSettings)
#include "tst_WatchSettings.moc"
