#include "i18n/Translations.h"

#include "settings/AppSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace gatehouse {

QStringList Translations::available()
{
    QStringList languages;
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("gatehouse_*.qm")});
    for (const QString& file : files)
        languages.append(file.mid(10, file.size() - 13));
    return languages;
}

QString Translations::install(QCoreApplication& app, const QString& requested)
{
    const QString chosen = requested.isEmpty() ? AppSettings::language() : requested;
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    auto* own = new QTranslator(&app);
    if (!own->load(locale, QStringLiteral("gatehouse"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        // No translation for this language: English, whose file carries the plural forms.
        if (own->load(QStringLiteral(":/i18n/gatehouse_en.qm")))
            QCoreApplication::installTranslator(own);
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(own);
    QLocale::setDefault(locale);
    // Qt's own strings (standard buttons, context menus), from the bundle or the system.
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return own->language();
}

} // namespace gatehouse
