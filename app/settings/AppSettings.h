#pragma once

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
};

} // namespace gatehouse
