#pragma once

#include <QByteArray>
#include <QString>

namespace gatehouse {

// Preferences that are not secrets (QSettings; tokens never go here): the inactivity threshold and the
// interface language.
class AppSettings
{
public:
    static constexpr int DefaultInactiveAfterDays = 90;

    static int inactiveAfterDays();
    static void setInactiveAfterDays(int days);
    // A locale name such as "de", or empty for the system language.
    static QString language();
    static void setLanguage(const QString& language);
    // The sizes of the session list and the details pane beside it (QSplitter::saveState); empty when none.
    static QByteArray sessionSplitterState();
    static void setSessionSplitterState(const QByteArray& state);
};

} // namespace gatehouse
