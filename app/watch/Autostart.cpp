#include "watch/Autostart.h"

#include "gatehouse_version.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace gatehouse {

namespace {

#ifdef Q_OS_WIN
const QString RunKey = QStringLiteral(R"(HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\Run)");
const QString RunValue = QStringLiteral("Gatehouse");
#endif

} // namespace

QString Autostart::entryPath()
{
    // GenericConfigLocation is $XDG_CONFIG_HOME, or ~/.config without it.
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/autostart/" GATEHOUSE_APP_ID ".desktop");
}

QString Autostart::program()
{
    const QString appImage = qEnvironmentVariable("APPIMAGE");
    if (!appImage.isEmpty())
        return appImage;
    return QCoreApplication::applicationFilePath();
}

QString Autostart::quoteExecArgument(const QString& argument)
{
    // Desktop Entry Specification, "The Exec key": reserved characters need double quotes, and inside them
    // ", `, $ and \\ take a backslash; then the value itself escapes each backslash once more. A literal %
    // is written %%.
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    QString text = argument;
    text.replace(u'%', QStringLiteral("%%"));
    const bool needsQuotes = text.isEmpty() || std::any_of(text.cbegin(), text.cend(),
                                                           [](QChar c) { return reserved.contains(c); });
    if (!needsQuotes)
        return text;
    QString quoted;
    for (const QChar c : std::as_const(text)) {
        if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
            quoted += u'\\';
        quoted += c;
    }
    quoted.replace(u'\\', QStringLiteral("\\\\"));
    return u'"' + quoted + u'"';
}

QString Autostart::desktopEntry(const QString& program)
{
    return QStringLiteral("[Desktop Entry]\n"
                          "Type=Application\n"
                          "Name=Gatehouse\n"
                          "Comment=Tells you when a new session signs in to your Matrix account\n"
                          "Exec=%1 %2\n"
                          "Icon=" GATEHOUSE_APP_ID "\n"
                          "Terminal=false\n"
                          "NoDisplay=true\n"
                          "X-GNOME-Autostart-enabled=true\n")
        .arg(quoteExecArgument(program), QLatin1String(BackgroundOption));
}

bool Autostart::isEnabled()
{
#ifdef Q_OS_WIN
    return QSettings(RunKey, QSettings::NativeFormat).contains(RunValue);
#else
    return QFileInfo::exists(entryPath());
#endif
}

bool Autostart::setEnabled(bool enabled)
{
#ifdef Q_OS_WIN
    QSettings run(RunKey, QSettings::NativeFormat);
    if (enabled)
        run.setValue(RunValue,
                     QStringLiteral("\"%1\" %2")
                         .arg(QDir::toNativeSeparators(program()), QLatin1String(BackgroundOption)));
    else
        run.remove(RunValue);
    run.sync();
    return run.status() == QSettings::NoError;
#else
    const QString path = entryPath();
    if (!enabled)
        return !QFileInfo::exists(path) || QFile::remove(path);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(desktopEntry(program()).toUtf8());
    return file.commit();
#endif
}

} // namespace gatehouse
