// The main window under LANG=de_DE.UTF-8 (set by ctest): Gatehouse picks German from the system locale,
// and nothing on the window, its menus or the row menu is left in English.
#include "WindowFixture.h"

#include "dialogs/SettingsDialog.h"
#include "history/HistoryDialog.h"
#include "history/HistoryListModel.h"
#include "history/HistoryStore.h"
#include "history/WindowHistory.h"
#include "i18n/Translations.h"
#include "model/DeviceFilterModel.h"
#include "sessions/SessionDetailsPane.h"
#include "sessions/SessionTable.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

using namespace gatehouse;
using namespace gatehouse::test;

namespace {

// Installed before the German catalogue, so it is asked last: whatever reaches it had no translation.
class MissRecorder : public QTranslator
{
public:
    QString translate(const char* context, const char* source, const char* disambiguation,
                      int n) const override
    {
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        const QString name = QString::fromUtf8(context);
        // Qt's own classes (QLineEdit's context menu and the like) come from Qt's catalogue, not ours.
        const bool qtOwn = name.size() > 1 && name.at(0) == u'Q' && name.at(1).isUpper();
        if (!qtOwn && source && *source)
            misses.insert(name + QStringLiteral(": ") + QString::fromUtf8(source));
        return {};
    }
    bool isEmpty() const override { return false; }

    mutable QSet<QString> misses;
};

QString withoutAccelerator(QString text)
{
    static const QRegularExpression single(QStringLiteral("&(?!&)"));
    return text.remove(single).replace(QStringLiteral("&&"), QStringLiteral("&"));
}

void addText(QStringList* texts, const QString& where, const QString& text)
{
    if (!text.trimmed().isEmpty())
        texts->append(where + QStringLiteral(": ") + withoutAccelerator(text));
}

void collectMenu(QStringList* texts, const QString& where, const QMenu* menu)
{
    addText(texts, where, menu->title());
    for (const QAction* action : menu->actions()) {
        addText(texts, where, action->text());
        addText(texts, where,
                action->toolTip() == withoutAccelerator(action->text()) ? QString() : action->toolTip());
        addText(texts, where, action->statusTip());
        if (action->menu())
            collectMenu(texts, where, action->menu());
    }
}

// Every text a person (or a screen reader) meets on the window's visible widgets, its menus, and the
// table's header and the columns Gatehouse writes itself (names, IDs and addresses are the server's).
QStringList windowTexts(MainWindow& window)
{
    QStringList texts;
    addText(&texts, QStringLiteral("window title"), window.windowTitle());
    for (const QWidget* widget : window.findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(&window) || qobject_cast<const QMenu*>(widget))
            continue;
        const QString where =
            QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName();
        addText(&texts, where, widget->toolTip());
        addText(&texts, where, widget->accessibleName());
        addText(&texts, where, widget->accessibleDescription());
        addText(&texts, where, widget->statusTip());
        if (const auto* label = qobject_cast<const QLabel*>(widget))
            addText(&texts, where, label->text());
        if (const auto* button = qobject_cast<const QAbstractButton*>(widget))
            addText(&texts, where, button->text());
        if (const auto* edit = qobject_cast<const QLineEdit*>(widget))
            addText(&texts, where, edit->placeholderText());
        if (const auto* combo = qobject_cast<const QComboBox*>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                addText(&texts, where, combo->itemText(i));
        }
    }
    for (const QAction* action : window.menuBar()->actions()) {
        if (action->menu())
            collectMenu(&texts, QStringLiteral("menu"), action->menu());
    }
    const QAbstractItemModel* model = window.filterModel();
    for (int column = 0; column < model->columnCount(); ++column) {
        addText(&texts, QStringLiteral("header"), model->headerData(column, Qt::Horizontal).toString());
        addText(&texts, QStringLiteral("header tooltip"),
                model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString());
    }
    for (int row = 0; row < model->rowCount(); ++row) {
        for (const int column :
             {int(DeviceListModel::LastActivityColumn), int(DeviceListModel::StatusColumn),
              int(DeviceListModel::ActionsColumn), int(DeviceListModel::EncryptionColumn)}) {
            const QModelIndex index = model->index(row, column);
            for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::AccessibleTextRole),
                                   int(Qt::AccessibleDescriptionRole)})
                addText(&texts, QStringLiteral("row %1 column %2").arg(row).arg(column),
                        index.data(role).toString());
        }
    }
    return texts;
}

// Words that are English and not German: one of them in a text means a string was left untranslated.
QStringList englishWordsIn(const QString& text)
{
    static const QRegularExpression words(
        QStringLiteral(
            "\\b(the|and|with|from|your|this|session|sessions|sign|signed|device|devices|refresh|open|"
            "account|"
            "select|selected|inactive|view|loading|settings|about|quit|close|cancel|page|last|activity|ago|"
            "out|"
            "days|help|file|copy|all|except|new|never|unknown|just|now|minutes?|hours?|months?|years?)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    // What the server sent (device names and IDs) is isolated between U+2068 and U+2069: not ours to
    // translate.
    static const QRegularExpression serverText(QStringLiteral("\u2068[^\u2069]*\u2069"));
    QString ours = text;
    ours.remove(serverText);
    QStringList found;
    auto it = words.globalMatch(ours);
    while (it.hasNext())
        found.append(it.next().captured());
    return found;
}

} // namespace

class TestGermanWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mainWindowComesUpInGerman();
    void detailsPaneAndEncryptionColumnInGerman();
    void historyComesUpInGerman();

private:
    MissRecorder* m_misses = nullptr;
};

void TestGermanWindow::initTestCase()
{
    QCOMPARE(qgetenv("LANG"), QByteArray("de_DE.UTF-8"));
    QCOMPARE(QLocale::system().language(), QLocale::German);
    m_misses = new MissRecorder;
    QCoreApplication::installTranslator(m_misses);
    QVERIFY(Translations::install(*qApp).startsWith(QStringLiteral("de")));
}

void TestGermanWindow::mainWindowComesUpInGerman()
{
    WindowFixture f;
    QVERIFY(f.waitLoaded());
    // The encryption states and apps fill in after the list; the details pane shows them.
    QVERIFY(QTest::qWaitFor([&f] { return f.window.deviceModel()->recognition().answered; }, 20'000));
    f.window.grab(); // paint everything once, the painted row buttons included

    QStringList texts = windowTexts(f.window);
    // The row menu, opened from the keyboard as a person would.
    QStringList rowMenu;
    QTimer::singleShot(0, this, [&rowMenu] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        if (!menu)
            return;
        collectMenu(&rowMenu, QStringLiteral("row menu"), menu);
        menu->close();
    });
    SessionTable* table = f.window.table();
    table->setFocus();
    table->setCurrentIndex(f.window.filterModel()->index(f.rowOf(f.otherDevice()), 0));
    QTest::keyClick(table, Qt::Key_Return);
    QVERIFY2(!rowMenu.isEmpty(), "Enter on a row opened no menu");
    texts += rowMenu;

    QStringList english;
    for (const QString& text : std::as_const(texts)) {
        const QStringList words = englishWordsIn(text.section(QStringLiteral(": "), 1));
        if (!words.isEmpty())
            english.append(text + QStringLiteral("   <- ") + words.join(u','));
    }
    QStringList misses(m_misses->misses.cbegin(), m_misses->misses.cend());
    misses.sort();
    QVERIFY2(misses.isEmpty(),
             qPrintable(QStringLiteral("asked for without a German translation:\n") + misses.join(u'\n')));
    QVERIFY2(english.isEmpty(), qPrintable(QStringLiteral("English on the window:\n") + english.join(u'\n')));
    QVERIFY(texts.size() > 40); // the walk saw the window, not an empty shell
}

void TestGermanWindow::detailsPaneAndEncryptionColumnInGerman()
{
    WindowFixture f;
    QVERIFY(f.waitLoaded());
    QVERIFY(QTest::qWaitFor([&f] { return f.window.deviceModel()->recognition().answered; }, 20'000));
    const QAbstractItemModel* model = f.window.filterModel();
    QCOMPARE(model->headerData(DeviceListModel::EncryptionColumn, Qt::Horizontal).toString(),
             QStringLiteral("Verschlüsselung"));
    QSet<QString> words;
    for (int row = 0; row < model->rowCount(); ++row)
        words.insert(model->index(row, DeviceListModel::EncryptionColumn).data().toString());
    QVERIFY(words.contains(QStringLiteral("Von Ihrer Identität signiert")));
    QVERIFY(words.contains(QStringLiteral("Keine Verschlüsselung")));

    auto* pane = f.window.findChild<SessionDetailsPane*>();
    QVERIFY(pane);
    f.window.table()->setCurrentIndex(model->index(f.rowOf(f.otherDevice()), 0));
    QCOMPARE(pane->deviceId(), f.otherDevice());
    QStringList texts;
    for (const QLabel* label : pane->findChildren<QLabel*>()) {
        if (label->isVisibleTo(pane))
            addText(&texts, QStringLiteral("pane"), label->text());
    }
    for (const QPushButton* button : pane->actionButtons())
        addText(&texts, QStringLiteral("pane button"), button->text());
    QVERIFY(texts.size() > 10);
    QStringList english;
    for (const QString& text : std::as_const(texts)) {
        const QStringList found = englishWordsIn(text.section(QStringLiteral(": "), 1));
        if (!found.isEmpty())
            english.append(text + QStringLiteral("   <- ") + found.join(u','));
    }
    QVERIFY2(english.isEmpty(), qPrintable(QStringLiteral("English in the pane:\n") + english.join(u'\n')));
    QVERIFY(m_misses->misses.isEmpty());
}

void TestGermanWindow::historyComesUpInGerman()
{
    QTemporaryDir dir;
    HistoryStore history(dir.filePath(QStringLiteral("history.sqlite")));
    QCOMPARE(history.open(), HistoryStore::State::Open);
    WindowFixture f;
    auto* windowHistory = new WindowHistory(&f.window, &history);
    QVERIFY(f.waitLoaded());
    // A new session (its badge and spoken "new"), and one that went (the History view's rows).
    f.server->account().addDevice(QStringLiteral("NEWCOMER"), QStringLiteral("Phone"));
    QVERIFY(f.server->account().removeDevice(f.otherDevice()));
    f.window.refresh();
    QVERIFY(f.waitLoaded());
    f.window.grab();
    QStringList texts = windowTexts(f.window);
    windowHistory->showHistory();
    HistoryDialog* dialog = windowHistory->dialog();
    QVERIFY(dialog && dialog->model()->rowCount() == 1);
    for (int column = 0; column < dialog->model()->columnCount(); ++column) {
        addText(&texts, QStringLiteral("history header"),
                dialog->model()->headerData(column, Qt::Horizontal).toString());
        addText(&texts, QStringLiteral("history row"), dialog->model()->index(0, column).data().toString());
    }
    for (const QWidget* widget : dialog->findChildren<QWidget*>()) {
        if (const auto* label = qobject_cast<const QLabel*>(widget))
            addText(&texts, QStringLiteral("history dialog"), label->text());
        addText(&texts, QStringLiteral("history dialog"), widget->accessibleName());
    }
    SettingsDialog settings(&f.window);
    for (const QWidget* widget : settings.findChildren<QWidget*>()) {
        if (const auto* button = qobject_cast<const QAbstractButton*>(widget))
            addText(&texts, QStringLiteral("settings"), button->text());
        addText(&texts, QStringLiteral("settings"), widget->accessibleName());
        addText(&texts, QStringLiteral("settings"), widget->accessibleDescription());
    }

    QStringList english;
    for (const QString& text : std::as_const(texts)) {
        const QStringList words = englishWordsIn(text.section(QStringLiteral(": "), 1));
        if (!words.isEmpty())
            english.append(text + QStringLiteral("   <- ") + words.join(u','));
    }
    QStringList misses(m_misses->misses.cbegin(), m_misses->misses.cend());
    misses.sort();
    QVERIFY2(misses.isEmpty(),
             qPrintable(QStringLiteral("asked for without a German translation:\n") + misses.join(u'\n')));
    QVERIFY2(english.isEmpty(), qPrintable(QStringLiteral("English on the window:\n") + english.join(u'\n')));
}

QTEST_MAIN(TestGermanWindow)
#include "tst_GermanWindow.moc"
