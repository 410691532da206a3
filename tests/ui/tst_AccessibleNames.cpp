// What a screen reader gets, read through QAccessible as assistive technology reads it: every interactive
// element of the window, the sign-in screen, the Settings and About dialogs, the confirmation, the row
// menu and the clean-up panel has a name, and every control a description; the session table's cells name
// the device, its state and its actions.
#include "TestServer.h"
#include "WindowFixture.h"

#include "account/AccountController.h"
#include "auth/AccountManager.h"
#include "cleanup/SignOutQueuePanel.h"
#include "dialogs/AboutDialog.h"
#include "dialogs/SettingsDialog.h"
#include "matrix/MetadataService.h"
#include "model/DeviceFilterModel.h"
#include "network/HttpClient.h"
#include "sessions/SessionTable.h"
#include "signin/SignInPage.h"
#include "widgets/Banner.h"
#include "window/MainWindow.h"

#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace gatehouse;
using namespace gatehouse::test;

namespace {

// The roles a person acts on. Menu items need a name; the others, being controls, a description too.
bool isControl(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Table:
    case QAccessible::PageTab:
        return true;
    default:
        return false;
    }
}

struct Walk
{
    QStringList problems;
    int controls = 0;
    int menuItems = 0;
    QList<QAccessibleInterface*> cells;
};

QString describe(QAccessibleInterface* accessible)
{
    const QObject* object = accessible->object();
    return QStringLiteral("%1 \"%2\" (%3)")
        .arg(int(accessible->role()))
        .arg(accessible->text(QAccessible::Name), object ? object->objectName() : QStringLiteral("-"));
}

// Goes down the accessibility tree as a screen reader does, skipping what is not on screen. Menus are
// walked when they are open; table cells are collected for their own checks.
void walk(QAccessibleInterface* accessible, Walk& result, int depth = 0)
{
    if (!accessible || depth > 40)
        return;
    const QAccessible::Role role = accessible->role();
    if (accessible->state().invisible && role != QAccessible::MenuItem)
        return;
    if (role == QAccessible::Cell) {
        result.cells.append(accessible);
        return;
    }
    if (role == QAccessible::MenuItem) {
        ++result.menuItems;
        if (accessible->text(QAccessible::Name).trimmed().isEmpty())
            result.problems.append(QStringLiteral("menu item without a name: ") + describe(accessible));
    } else if (isControl(role)) {
        ++result.controls;
        if (accessible->text(QAccessible::Name).trimmed().isEmpty())
            result.problems.append(QStringLiteral("control without a name: ") + describe(accessible));
        else if (accessible->text(QAccessible::Description).trimmed().isEmpty())
            result.problems.append(QStringLiteral("control without a description: ") + describe(accessible));
    }
    if (role == QAccessible::MenuItem && accessible->state().invisible)
        return; // a closed menu's item: its name is checked, its closed submenu is not walked
    for (int i = 0; i < accessible->childCount(); ++i)
        walk(accessible->child(i), result, depth + 1);
}

Walk walkWidget(QWidget* widget)
{
    Walk result;
    walk(QAccessible::queryAccessibleInterface(widget), result);
    return result;
}

DemoOptions allActions()
{
    DemoOptions options;
    options.actions = DemoOptions::allActions();
    return options;
}

} // namespace

class TestAccessibleNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyControlOfTheSessionWindowIsNamedAndDescribed();
    void tableCellsNameTheDeviceItsStateAndItsActions();
    void rowMenuItemsAreNamed();
    void menuBarItemsAreNamed();
    void confirmationIsNamedAndDescribed();
    void signInScreenIsNamedAndDescribed();
    void settingsAndAboutDialogsAreNamedAndDescribed();
    void cleanUpPanelIsNamedAndDescribed();
    void bannerAndErrorsSayTheirKindInWords();
};

void TestAccessibleNames::everyControlOfTheSessionWindowIsNamedAndDescribed()
{
    WindowFixture f(allActions());
    QVERIFY(f.waitLoaded());
    // Text in the filter shows its clear button, which has no words of its own.
    QTest::keyClicks(f.window.findChild<QLineEdit*>(QStringLiteral("searchField")), QStringLiteral("e"));
    const Walk result = walkWidget(&f.window);
    QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.join(u'\n')));
    // The header's five account buttons, the filter and its clear button, the activity box, the table,
    // Sign Out Selected and Refresh at least.
    QVERIFY2(result.controls >= 11, qPrintable(QString::number(result.controls)));
    QVERIFY(!result.cells.isEmpty());
}

void TestAccessibleNames::tableCellsNameTheDeviceItsStateAndItsActions()
{
    WindowFixture f(allActions());
    QVERIFY(f.waitLoaded());
    const QString current = f.server->account().currentDeviceId();
    const QString other = f.otherDevice();
    const auto nameOf = [&f](const QString& id) {
        return f.window.filterModel()->index(f.rowOf(id), DeviceListModel::NameColumn).data().toString();
    };

    QAccessibleInterface* tableInterface = QAccessible::queryAccessibleInterface(f.window.table());
    QVERIFY(tableInterface && tableInterface->tableInterface());
    QAccessibleTableInterface* table = tableInterface->tableInterface();
    QCOMPARE(table->columnCount(), int(DeviceListModel::ColumnCount));
    const auto cell = [table](int row, int column) {
        QAccessibleInterface* found = table->cellAt(row, column);
        return found ? std::pair{found->text(QAccessible::Name), found->text(QAccessible::Description)}
                     : std::pair{QString(), QString()};
    };

    const int currentRow = f.rowOf(current);
    const auto [currentName, currentDescription] = cell(currentRow, DeviceListModel::NameColumn);
    QCOMPARE(currentName, nameOf(current) + QStringLiteral(", this session"));
    QVERIFY2(currentDescription.contains(current) &&
                 currentDescription.contains(QStringLiteral("This session")),
             qPrintable(currentDescription));
    const auto [currentActions, currentActionsDescription] = cell(currentRow, DeviceListModel::ActionsColumn);
    QCOMPARE(currentActions, QStringLiteral("Actions for ") + nameOf(current) + QStringLiteral(": View"));
    QVERIFY2(!currentActionsDescription.contains(QStringLiteral("Sign out")),
             qPrintable(currentActionsDescription));

    const int otherRow = f.rowOf(other);
    const auto [otherActions, otherDescription] = cell(otherRow, DeviceListModel::ActionsColumn);
    QCOMPARE(otherActions,
             QStringLiteral("Actions for ") + nameOf(other) + QStringLiteral(": View, Sign out"));
    QVERIFY2(otherDescription.contains(other) &&
                 otherDescription.contains(QStringLiteral("Press Enter for the menu")) &&
                 otherDescription.contains(QStringLiteral("Delete to sign out")),
             qPrintable(otherDescription));

    // Inactive sessions say so in words in the name cell and in the description.
    bool sawInactive = false;
    for (int row = 0; row < f.window.filterModel()->rowCount(); ++row) {
        if (!f.window.filterModel()->index(row, 0).data(DeviceListModel::InactiveRole).toBool())
            continue;
        sawInactive = true;
        const auto [name, description] = cell(row, DeviceListModel::NameColumn);
        QVERIFY2(name.endsWith(QStringLiteral(", inactive")), qPrintable(name));
        QVERIFY2(description.contains(QStringLiteral("Inactive for")), qPrintable(description));
    }
    QVERIFY(sawInactive); // the demo account has old sessions

    // A waiting mark (after a sign-out hand-off) is said too.
    f.window.runRowAction(other, RowAction::SignOut);
    QVERIFY(cell(otherRow, DeviceListModel::NameColumn)
                .first.endsWith(QStringLiteral("waiting for the browser")));

    // Every cell on screen has a name and a description.
    const Walk result = walkWidget(f.window.table());
    QVERIFY(!result.cells.isEmpty());
    for (QAccessibleInterface* one : result.cells) {
        if (one->role() != QAccessible::Cell)
            continue;
        QVERIFY2(!one->text(QAccessible::Name).isEmpty() || !one->text(QAccessible::Description).isEmpty(),
                 qPrintable(describe(one)));
    }
}

void TestAccessibleNames::rowMenuItemsAreNamed()
{
    WindowFixture f(allActions());
    QVERIFY(f.waitLoaded());
    SessionTable* table = f.window.table();
    table->setFocus();
    table->setCurrentIndex(f.window.filterModel()->index(f.rowOf(f.otherDevice()), 0));
    Walk result;
    QStringList names;
    QTimer::singleShot(0, this, [&] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        if (!menu)
            return;
        result = walkWidget(menu);
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(menu);
        for (int i = 0; i < accessible->childCount(); ++i)
            names.append(accessible->child(i)->text(QAccessible::Name));
        QTest::keyClick(menu, Qt::Key_Escape);
    });
    QTest::keyClick(table, Qt::Key_Return);
    QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.join(u'\n')));
    QVERIFY(result.menuItems >= 4);
    QVERIFY2(names.contains(QStringLiteral("View in Browser")) && names.contains(QStringLiteral("Sign Out…")),
             qPrintable(names.join(u'|')));
    QVERIFY(f.opener.opened.isEmpty());
}

void TestAccessibleNames::menuBarItemsAreNamed()
{
    WindowFixture f(allActions());
    QVERIFY(f.waitLoaded());
    Walk result;
    // Closed menus, read item by item as a screen reader does when one opens.
    QAccessibleInterface* bar = QAccessible::queryAccessibleInterface(f.window.menuBar());
    for (int i = 0; i < bar->childCount(); ++i) {
        QAccessibleInterface* title = bar->child(i);
        ++result.menuItems;
        if (title->text(QAccessible::Name).isEmpty())
            result.problems.append(QStringLiteral("menu without a name: ") + describe(title));
        for (int j = 0; j < title->childCount(); ++j) {
            QAccessibleInterface* menu = title->child(j);
            for (int k = 0; k < menu->childCount(); ++k) {
                QAccessibleInterface* item = menu->child(k);
                if (item->role() == QAccessible::Separator)
                    continue;
                ++result.menuItems;
                if (item->text(QAccessible::Name).trimmed().isEmpty())
                    result.problems.append(QStringLiteral("menu item without a name: ") + describe(item));
            }
        }
    }
    QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.join(u'\n')));
    QVERIFY(result.menuItems >= 20);
}

void TestAccessibleNames::confirmationIsNamedAndDescribed()
{
    QWidget parent;
    parent.show();
    Walk result;
    bool seen = false;
    QTimer::singleShot(0, this, [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        seen = true;
        result = walkWidget(box);
        QTest::keyClick(box, Qt::Key_Escape);
    });
    const bool accepted = HandOffConfirmation::ask(
        &parent, HandOffConfirmation::Request{AccountAction::DeviceDelete, QStringLiteral("Phone"),
                                              QStringLiteral("DEV1"), QStringLiteral("example.org"), false});
    QVERIFY(seen);
    QVERIFY(!accepted); // Escape answers Cancel
    QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.join(u'\n')));
    QVERIFY(result.controls >= 2);
}

void TestAccessibleNames::signInScreenIsNamedAndDescribed()
{
    TestServer server;
    HttpClient http;
    MetadataService metadata(&http);
    AccountManager accounts(&http);
    RecordingUrlOpener opener;
    MainWindow window(&opener);
    window.setServices(&http, &metadata, &accounts);
    window.showNotSignedIn(QString());
    window.show();
    SignInPage* page = window.signInPage();
    QTest::keyClicks(page->serverField(), server.baseUrl());
    Walk result = walkWidget(&window);
    QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.join(u'\n')));
    QVERIFY(result.controls >= 3); // the server field, its clear button, the demo and Continue buttons

    QTest::keyClick(page->serverField(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(page->step(), SignInPage::Step::Methods, 10'000);
    result = walkWidget(&window);
    QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.join(u'\n')));
    QVERIFY(result.controls >= 4); // browser, create account, code, another server

    // A classic server asks for a user name and password.
    DemoOptions classic;
    classic.metadata = DemoOptions::Metadata::None;
    TestServer classicServer(classic);
    QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("otherServerButton")), Qt::LeftButton);
    page->serverField()->setText(classicServer.baseUrl());
    QTest::keyClick(page->serverField(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(page->passwordField()->isVisible(), 10'000);
    result = walkWidget(&window);
    QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.join(u'\n')));
}

void TestAccessibleNames::settingsAndAboutDialogsAreNamedAndDescribed()
{
    SettingsDialog settings;
    settings.show();
    Walk result = walkWidget(&settings);
    QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.join(u'\n')));
    QVERIFY(result.controls >= 4); // language, days, OK, Cancel

    AboutDialog about;
    about.show();
    result = walkWidget(&about);
    QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.join(u'\n')));
    QVERIFY(result.controls >= 1);
}

void TestAccessibleNames::cleanUpPanelIsNamedAndDescribed()
{
    WindowFixture f(allActions());
    QVERIFY(f.waitLoaded());
    QStringList others;
    for (int row = 0; row < f.window.deviceModel()->rowCount() && others.size() < 2; ++row) {
        if (!f.window.deviceModel()->isCurrent(row))
            others.append(f.window.deviceModel()->deviceAt(row).id);
    }
    f.window.controller()->signOutSessions(others);
    SignOutQueuePanel* panel = f.window.signOutQueuePanel();
    QVERIFY(panel->isVisible());
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(panel);
    QVERIFY(!accessible->text(QAccessible::Name).isEmpty());
    QVERIFY(!accessible->text(QAccessible::Description).isEmpty());
    const Walk result = walkWidget(panel);
    QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.join(u'\n')));
    QVERIFY(result.controls >= 4); // open again, pause, skip, stop
}

void TestAccessibleNames::bannerAndErrorsSayTheirKindInWords()
{
    Banner banner;
    banner.showMessage(Banner::Kind::Warning, QStringLiteral("Something"));
    QCOMPARE(QAccessible::queryAccessibleInterface(&banner)->text(QAccessible::Name),
             QStringLiteral("Warning"));
    QCOMPARE(QAccessible::queryAccessibleInterface(&banner)->text(QAccessible::Description),
             QStringLiteral("Something"));
    banner.showMessage(Banner::Kind::Error, QStringLiteral("Broken"));
    QCOMPARE(QAccessible::queryAccessibleInterface(&banner)->text(QAccessible::Name),
             QStringLiteral("Error"));
    banner.showMessage(Banner::Kind::Info, QStringLiteral("Fine"));
    QCOMPARE(QAccessible::queryAccessibleInterface(&banner)->text(QAccessible::Name), QStringLiteral("Note"));

    // The window's error page says "Error" beside its icon.
    DemoOptions options;
    WindowFixture f(options, QStringLiteral("not-a-valid-token"));
    QSignalSpy failed(&f.window, &MainWindow::loadFailed);
    QVERIFY(failed.wait(20'000));
    QCOMPARE(f.window.page(), MainWindow::Page::Error);
    bool saidError = false;
    for (QLabel* label : f.window.findChildren<QLabel*>()) {
        if (label->isVisible() && !label->pixmap().isNull() &&
            label->accessibleName() == QStringLiteral("Error"))
            saidError = true;
    }
    QVERIFY(saidError);
}

QTEST_MAIN(TestAccessibleNames)
#include "tst_AccessibleNames.moc"
