// "Start when I log in" on Linux (app/watch/Autostart): the XDG autostart entry in
// $XDG_CONFIG_HOME/autostart/ with Exec=<program> --background, $APPIMAGE rather than the temporary mount,
// quoting as the Desktop Entry Specification says, and turning it off removes the file.
#include "watch/Autostart.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace gatehouse;

class TestAutostart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void offByDefault();
    void entryGoesToXdgConfigHomeAutostart();
    void turningItOnWritesTheEntryAndOffRemovesIt();
    void appImagePathIsUsedNotTheMount();
    void execArgumentsAreQuoted_data();
    void execArgumentsAreQuoted();
    void desktopEntryIsValid();

private:
    std::unique_ptr<QTemporaryDir> m_config;
};

void TestAutostart::init()
{
    m_config = std::make_unique<QTemporaryDir>();
    qputenv("XDG_CONFIG_HOME", m_config->path().toUtf8());
    qunsetenv("APPIMAGE");
}

void TestAutostart::cleanup()
{
    qunsetenv("APPIMAGE");
}

void TestAutostart::offByDefault()
{
    QVERIFY(!Autostart::isEnabled());
}

void TestAutostart::entryGoesToXdgConfigHomeAutostart()
{
#ifndef Q_OS_LINUX
    QSKIP("the XDG entry is Linux only");
#endif
    QCOMPARE(Autostart::entryPath(), m_config->path() + "/autostart/io.github.gatehouse.Gatehouse.desktop");
}

void TestAutostart::turningItOnWritesTheEntryAndOffRemovesIt()
{
#ifndef Q_OS_LINUX
    QSKIP("the XDG entry is Linux only");
#endif
    QVERIFY(Autostart::setEnabled(true));
    QVERIFY(Autostart::isEnabled());
    QFile file(Autostart::entryPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(text.contains("\nExec=" + QCoreApplication::applicationFilePath() + " --background\n"),
             qPrintable(text));
    file.close();
    QVERIFY(Autostart::setEnabled(false));
    QVERIFY(!QFile::exists(Autostart::entryPath()));
    QVERIFY(!Autostart::isEnabled());
    QVERIFY(Autostart::setEnabled(false)); // already off
}

void TestAutostart::appImagePathIsUsedNotTheMount()
{
    qputenv("APPIMAGE", "/home/alice/Applications/Gatehouse-x86_64.AppImage");
    QCOMPARE(Autostart::program(), "/home/alice/Applications/Gatehouse-x86_64.AppImage");
    QVERIFY(Autostart::desktopEntry(Autostart::program())
                .contains("\nExec=/home/alice/Applications/Gatehouse-x86_64.AppImage --background\n"));
}

void TestAutostart::execArgumentsAreQuoted_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "/usr/bin/gatehouse"
                           << "/usr/bin/gatehouse";
    QTest::newRow("space") << "/home/a b/Gatehouse.AppImage"
                           << "\"/home/a b/Gatehouse.AppImage\"";
    QTest::newRow("dollar and quote") << "/x/$HOME\"q"
                                      << "\"/x/\\\\$HOME\\\\\"q\"";
    QTest::newRow("percent") << "/x/100%"
                             << "/x/100%%";
}

void TestAutostart::execArgumentsAreQuoted()
{
    QFETCH(QString, argument);
    QFETCH(QString, expected);
    QCOMPARE(Autostart::quoteExecArgument(argument), expected);
}

void TestAutostart::desktopEntryIsValid()
{
    const QString text = Autostart::desktopEntry("/opt/Gatehouse/gatehouse");
    QVERIFY(text.startsWith("[Desktop Entry]\nType=Application\n"));
    QVERIFY(text.contains("\nName=Gatehouse\n"));
    QVERIFY(text.contains("\nIcon=io.github.gatehouse.Gatehouse\n"));
    QTemporaryDir dir;
    const QString path = dir.filePath("io.github.gatehouse.Gatehouse.desktop");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
    file.close();
    if (QStandardPaths::findExecutable("desktop-file-validate").isEmpty())
        QSKIP("desktop-file-validate not installed");
    QProcess validate;
    validate.start("desktop-file-validate", {path});
    QVERIFY(validate.waitForFinished(10'000));
    QVERIFY2(validate.exitCode() == 0, validate.readAllStandardOutput().constData());
}

QTEST_GUILESS_MAIN(TestAutostart)
#include "tst_Autostart.moc"
