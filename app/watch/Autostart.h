#pragma once

#include <QString>

namespace gatehouse {

// "Start when I log in" (off by default): Gatehouse started with --background at log-in. On Linux an XDG
// autostart entry, $XDG_CONFIG_HOME/autostart/io.github.gatehouse.Gatehouse.desktop (default
// ~/.config/autostart/); on Windows the per-user Run key. Turning it off removes them.
class Autostart
{
public:
    static constexpr const char* BackgroundOption = "--background";

    // Where the Linux entry goes.
    static QString entryPath();
    // The program to start: $APPIMAGE when running from an AppImage (not the temporary mount), otherwise
    // this executable.
    static QString program();
    // The whole desktop entry for `program` (Exec quoted as the Desktop Entry Specification says).
    static QString desktopEntry(const QString& program);
    // One argument for Exec=, quoted and escaped where needed.
    static QString quoteExecArgument(const QString& argument);

    static bool isEnabled();
    // Writes or removes the entry (or the Run value); false when that failed.
    static bool setEnabled(bool enabled);
};

} // namespace gatehouse
