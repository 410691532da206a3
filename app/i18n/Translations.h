#pragma once

#include <QString>

class QCoreApplication;

namespace gatehouse {

// Loads Gatehouse's and Qt's own translations for the chosen language (the setting, else the system's).
class Translations
{
public:
    // `requested` empty: AppSettings::language(), then the system locale. Returns the language used
    // ("en" when nothing matched).
    static QString install(QCoreApplication& app, const QString& requested = {});
    static QStringList available(); // language codes with a translation, e.g. {"de", "es", "fr"}
};

} // namespace gatehouse
