// The German, French and Spanish catalogues are complete and keep what the code relies on: every
// placeholder, the keyboard accelerator, and both plural forms. The compiled catalogues are in the app.
#include "i18n/Translations.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace gatehouse;

namespace {

struct Message
{
    QString context;
    QString source;
    bool plural = false;
    bool unfinished = false;
    QStringList forms; // one, or one per plural form
};

QList<Message> readCatalogue(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read ") + path;
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"translation") {
            messages.append(message); // a plural message, after its forms
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message =
                Message{context, {}, xml.attributes().value(QLatin1String("numerus")) == u"yes", false, {}};
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"translation") {
            message.unfinished = xml.attributes().value(QLatin1String("type")) == u"unfinished";
            if (!message.plural) {
                message.forms = {xml.readElementText()}; // reads past </translation>
                messages.append(message);
            }
        } else if (name == u"numerusform") {
            message.forms.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

// %1 … %99, %L1, %n and %Ln, as a sorted list (a translation may reorder them).
QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList found;
    auto it = pattern.globalMatch(text);
    while (it.hasNext())
        found.append(it.next().captured());
    found.sort();
    return found;
}

int accelerators(const QString& text)
{
    static const QRegularExpression single(QStringLiteral("(?<!&)&(?!&)"));
    return int(text.count(single));
}

QString catalogue(const QString& language)
{
    return QStringLiteral(GATEHOUSE_TRANSLATIONS_DIR "/gatehouse_") + language + QStringLiteral(".ts");
}

} // namespace

class TestTranslationCatalogues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyLanguageIsBuiltIn();
    void catalogueIsCompleteAndKeepsPlaceholders_data();
    void catalogueIsCompleteAndKeepsPlaceholders();
};

void TestTranslationCatalogues::everyLanguageIsBuiltIn()
{
    const QStringList languages = Translations::available();
    for (const QString& language : {QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")})
        QVERIFY2(languages.contains(language), qPrintable(language));
}

void TestTranslationCatalogues::catalogueIsCompleteAndKeepsPlaceholders_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("French") << QStringLiteral("fr");
    QTest::newRow("Spanish") << QStringLiteral("es");
}

void TestTranslationCatalogues::catalogueIsCompleteAndKeepsPlaceholders()
{
    QFETCH(QString, language);
    QString error;
    const QList<Message> messages = readCatalogue(catalogue(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // As many messages as the English catalogue knows plural forms for, at least: a real catalogue.
    QVERIFY(messages.size() > 100);

    QStringList problems;
    for (const Message& message : messages) {
        const QString where = message.context + QStringLiteral(": ") + message.source;
        if (message.unfinished)
            problems.append(QStringLiteral("unfinished: ") + where);
        if (message.plural && message.forms.size() != 2)
            problems.append(QStringLiteral("not two plural forms: ") + where);
        for (const QString& form : message.forms) {
            if (form.trimmed().isEmpty()) {
                problems.append(QStringLiteral("empty: ") + where);
                continue;
            }
            QStringList expected = placeholders(message.source);
            QStringList actual = placeholders(form);
            // A singular form may say "one" in words instead of %n.
            if (message.plural && form == message.forms.first() && !actual.contains(QStringLiteral("%n")))
                expected.removeAll(QStringLiteral("%n"));
            if (actual != expected)
                problems.append(QStringLiteral("placeholders %1 instead of %2: %3 -> %4")
                                    .arg(actual.join(u' '), expected.join(u' '), where, form));
            if (accelerators(form) != accelerators(message.source))
                problems.append(QStringLiteral("accelerator: %1 -> %2").arg(where, form));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestTranslationCatalogues)
#include "tst_TranslationCatalogues.moc"
