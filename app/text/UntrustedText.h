#pragma once

#include <QString>

namespace gatehouse {

// Text that came from a server (device names, IDs, error messages). It is only ever shown as plain text;
// these helpers make it safe to place next to our own words.
class UntrustedText
{
public:
    // For widgets: control characters become U+FFFD, overlong text is shortened, and the whole is wrapped in
    // FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE so bidi overrides inside cannot reorder what surrounds
    // it.
    static QString forDisplay(const QString& text, int maxLength = 200);

    // For a sentence we build around it (errors, confirmations): as forDisplay, shorter.
    static QString forMessage(const QString& text) { return forDisplay(text, 120); }

    // For a terminal: control characters, bidi controls, the byte-order mark and zero-width space removed.
    static QString forTerminal(const QString& text);

    // Escapes a single-line label for QAction / QMenu text, where '&' marks a shortcut.
    static QString forMenu(const QString& text);

    // For a window title, which shows the invisible isolates as boxes on some desktops: as forDisplay, but
    // isolated only when the text holds right-to-left characters or bidi controls (nothing to contain
    // otherwise).
    static QString forTitle(const QString& text, int maxLength = 80);

    static bool isBidiControl(char32_t c);
};

} // namespace gatehouse
