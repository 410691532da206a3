// The window with the keyboard alone, offscreen, against a demo server that advertises every action: keys
// go to whatever has focus (Tab, Backtab, arrows, Space, Enter, Delete, the menu's own keys, Escape), never
// a mouse click nor a direct call. Tab reaches every enabled control in reading order, and every advertised
// action, account-wide and per session, hands the exact URL to the (recording) opener after the real
// confirmation dialog is answered from the keyboard. This session offers no sign-out.
#include "WindowFixture.h"

#include "dialogs/HandOffConfirmation.h"
#include "model/DeviceFilterModel.h"
#include "sessions/SessionDetailsPane.h"
#include "sessions/SessionTable.h"
#include "window/AccountHeader.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <functional>

using namespace gatehouse;
using namespace gatehouse::test;

namespace {

// Runs `answer` on the first widget `find` gives, from inside the event loop of the menu or dialog that
// is about to open. Polls, so it does not matter how the popup or the modal loop starts.
void whenOpen(std::function<QWidget*()> find, std::function<void(QWidget*)> answer)
{
    auto* timer = new QTimer;
    timer->setInterval(5);
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, find, answer, tries] {
        QWidget* found = find();
        if (!found && ++*tries < 4000)
            return;
        timer->stop();
        timer->deleteLater();
        if (found)
            answer(found);
    });
    timer->start();
}

QWidget* openMenu()
{
    return qobject_cast<QMenu*>(QApplication::activePopupWidget());
}

QWidget* openConfirmation()
{
    auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
    return box && box->objectName() == QStringLiteral("handOffConfirmation") ? box : nullptr;
}

// A key to the widget that has the keyboard focus, as a person types it.
void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget* focus = QApplication::focusWidget();
    QVERIFY2(focus, "nothing has the keyboard focus");
    QTest::keyClick(focus, Qt::Key(key), modifiers);
}

QString encoded(const QString& value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace

class TestKeyboardWalk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void tabReachesEveryEnabledControlInReadingOrder();
    void accountActionsFromTheKeyboard();
    void deactivationIsConfirmedFromTheKeyboard();
    void rowActionsFromTheEnterMenu();
    void deleteKeyAsksThenSignsOut();
    void escapeCancelsTheConfirmation();
    void thisSessionOffersNoSignOut();

private:
    // Tab (or Backtab) until `target` has the focus; false after a whole round without it.
    bool tabTo(QWidget* target, bool backwards = false);
    // Arrow keys in the table until the row of `deviceId` is current.
    bool arrowTo(const QString& deviceId);
    // Enter on the current row; in its menu, `keys` are typed; the entries' texts are returned.
    QStringList enterMenu(const QList<int>& keys);
    // The confirmation dialog that is about to open is answered with `key` (Enter accepts, Escape cancels).
    void answerConfirmation(int key);
    // After a menu or a dialog, the window is active again, as the window manager makes it (the offscreen
    // platform does not always); a refresh that this starts is waited for.
    void comeBack();

    std::unique_ptr<WindowFixture> f;
    QStringList m_confirmationTitles;
};

void TestKeyboardWalk::init()
{
    DemoOptions options;
    options.actions = DemoOptions::allActions();
    f = std::make_unique<WindowFixture>(options);
    QVERIFY(f->waitLoaded());
    // The real question, answered from the keyboard, instead of the fixture's automatic answer.
    f->prompts.onHandOff = [this](const HandOffConfirmation::Request& request) {
        return HandOffConfirmation::ask(&f->window, request);
    };
    f->window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&f->window));
    QCOMPARE(QApplication::focusWidget(), f->window.table()); // the list has the focus after loading
    m_confirmationTitles.clear();
}

void TestKeyboardWalk::cleanup()
{
    f.reset();
}

bool TestKeyboardWalk::tabTo(QWidget* target, bool backwards)
{
    for (int i = 0; i < 40 && QApplication::focusWidget() != target; ++i)
        press(backwards ? Qt::Key_Backtab : Qt::Key_Tab);
    return QApplication::focusWidget() == target;
}

void TestKeyboardWalk::comeBack()
{
    if (QApplication::focusWidget() && f->window.isActiveWindow())
        return;
    QSignalSpy loaded(&f->window, &MainWindow::loaded);
    f->window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&f->window));
    if (f->window.isLoading())
        QVERIFY(loaded.wait(20'000));
    QVERIFY(QApplication::focusWidget());
}

bool TestKeyboardWalk::arrowTo(const QString& deviceId)
{
    SessionTable* table = f->window.table();
    if (QApplication::focusWidget() != table && !tabTo(table))
        return false;
    press(Qt::Key_Home);
    for (int i = 0; i < f->window.filterModel()->rowCount() && table->currentDeviceId() != deviceId; ++i)
        press(Qt::Key_Down);
    return table->currentDeviceId() == deviceId;
}

QStringList TestKeyboardWalk::enterMenu(const QList<int>& keys)
{
    QStringList entries;
    bool opened = false;
    whenOpen(openMenu, [&entries, &opened, keys](QWidget* menu) {
        opened = true;
        for (QAction* action : static_cast<QMenu*>(menu)->actions()) {
            if (!action->isSeparator())
                entries.append(action->text());
        }
        for (const int key : keys)
            QTest::keyClick(menu, Qt::Key(key));
    });
    press(Qt::Key_Return);
    if (!opened)
        qWarning("no menu opened on Enter");
    comeBack();
    return entries;
}

void TestKeyboardWalk::answerConfirmation(int key)
{
    whenOpen(openConfirmation, [this, key](QWidget* box) {
        m_confirmationTitles.append(box->windowTitle());
        // The default button ("Open in Browser") has the focus; Enter takes it, Escape cancels.
        QWidget* focus = QApplication::focusWidget();
        QTest::keyClick(focus && box->isAncestorOf(focus) ? focus : box, Qt::Key(key));
    });
}

void TestKeyboardWalk::tabReachesEveryEnabledControlInReadingOrder()
{
    MainWindow& window = f->window;
    AccountHeader* header = window.header();
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("searchField"));
    auto* activity = window.findChild<QComboBox*>(QStringLiteral("activityFilter"));
    auto* signOutSelected = window.findChild<QPushButton*>(QStringLiteral("signOutSelectedButton"));
    auto* refresh = window.findChild<QPushButton*>(QStringLiteral("refreshButton"));
    SessionTable* table = window.table();

    // A row other than this session selected: "Sign Out Selected" is enabled and joins the round.
    press(Qt::Key_Down);
    QVERIFY(!table->currentIndex().data(DeviceListModel::IsCurrentRole).toBool());
    QVERIFY(signOutSelected->isEnabled());

    // The selected session's buttons in the details pane, beside the table, come right after it.
    QList<QWidget*> expected;
    for (QPushButton* button : window.findChild<SessionDetailsPane*>()->actionButtons())
        expected.append(button);
    expected += QList<QWidget*>{signOutSelected,
                                refresh,
                                header->openPageButton(),
                                header->button(AccountAction::Profile),
                                header->button(AccountAction::DevicesList),
                                header->button(AccountAction::CrossSigningReset),
                                header->deactivateButton(),
                                search,
                                activity,
                                table};
    QList<QWidget*> forwards;
    for (int i = 0; i < 60; ++i) {
        press(Qt::Key_Tab);
        forwards.append(QApplication::focusWidget());
        if (QApplication::focusWidget() == table)
            break;
    }
    QCOMPARE(forwards, expected);

    QList<QWidget*> backwards;
    for (int i = 0; i < 60; ++i) {
        press(Qt::Key_Backtab);
        backwards.append(QApplication::focusWidget());
        if (QApplication::focusWidget() == table)
            break;
    }
    QList<QWidget*> reversed(expected.crbegin() + 1, expected.crend());
    reversed.append(table);
    QCOMPARE(backwards, reversed);

    // Every enabled control on screen is in the round.
    const QSet<QWidget*> reached(forwards.cbegin(), forwards.cend());
    for (QWidget* widget : window.findChildren<QWidget*>()) {
        if (widget->window() != &window || !widget->isVisible() || !widget->isEnabled() ||
            !(widget->focusPolicy() & Qt::TabFocus) || widget->focusProxy())
            continue;
        QVERIFY2(reached.contains(widget),
                 qPrintable(
                     QStringLiteral("not reached by Tab: %1 (%2)")
                         .arg(widget->objectName(), QString::fromLatin1(widget->metaObject()->className()))));
    }
    QVERIFY(f->opener.opened.isEmpty());
}

void TestKeyboardWalk::accountActionsFromTheKeyboard()
{
    AccountHeader* header = f->window.header();
    const QString base = f->server->accountUri();

    QVERIFY(tabTo(header->openPageButton()));
    press(Qt::Key_Space);
    QVERIFY(tabTo(header->button(AccountAction::Profile)));
    press(Qt::Key_Space);
    QVERIFY(tabTo(header->button(AccountAction::DevicesList)));
    press(Qt::Key_Space);
    QVERIFY(f->confirmations.isEmpty()); // nothing destructive so far: no question
    QVERIFY(tabTo(header->button(AccountAction::CrossSigningReset)));
    answerConfirmation(Qt::Key_Return);
    press(Qt::Key_Space);
    comeBack();
    QCOMPARE(f->confirmations.size(), 1);
    QCOMPARE(f->confirmations.at(0).action, AccountAction::CrossSigningReset);
    QCOMPARE(m_confirmationTitles, QStringList{QStringLiteral("Reset your cross-signing identity?")});

    QCOMPARE(f->opener.opened,
             (QStringList{base, base + "?action=org.matrix.profile", base + "?action=org.matrix.devices_list",
                          base + "?action=org.matrix.cross_signing_reset"}));
}

void TestKeyboardWalk::deactivationIsConfirmedFromTheKeyboard()
{
    // Backwards from the list: the filter, then the header's last button.
    QVERIFY(tabTo(f->window.header()->deactivateButton(), true));
    answerConfirmation(Qt::Key_Return);
    press(Qt::Key_Space);
    comeBack();
    QCOMPARE(m_confirmationTitles, QStringList{QStringLiteral("Deactivate your account?")});
    QCOMPARE(f->confirmations.size(), 1);
    QVERIFY(!f->confirmations.at(0).bareAccountPage); // advertised: the direct link
    QCOMPARE(f->opener.opened,
             QStringList{f->server->accountUri() + "?action=org.matrix.account_deactivate"});
}

void TestKeyboardWalk::rowActionsFromTheEnterMenu()
{
    const QString base = f->server->accountUri();
    const QStringList devices = [this] {
        QStringList ids;
        for (const Device& device : f->server->account().devices())
            ids.append(device.id);
        return ids;
    }();
    const QString viewed = devices.at(1);
    const QString signedOut = devices.at(2);

    // View: Enter opens the menu, Down moves to the first entry that can be chosen, Enter takes it.
    QVERIFY(arrowTo(viewed));
    const QStringList entries = enterMenu({Qt::Key_Down, Qt::Key_Return});
    QVERIFY2(entries.contains(QStringLiteral("&View in Browser")) &&
                 entries.contains(QStringLiteral("Sign &Out…")),
             qPrintable(entries.join(u'|')));
    QVERIFY(f->confirmations.isEmpty()); // viewing changes nothing: no question
    QCOMPARE(f->opener.opened,
             QStringList{base + "?action=org.matrix.device_view&device_id=" + encoded(viewed)});
    QVERIFY(!f->window.deviceModel()->isWaiting(viewed)); // viewing marks nothing

    // Sign out: the menu's mnemonic O, then the confirmation answered with Enter.
    QVERIFY(arrowTo(signedOut));
    answerConfirmation(Qt::Key_Return);
    enterMenu({Qt::Key_O});
    QCOMPARE(f->confirmations.size(), 1);
    QCOMPARE(f->confirmations.at(0).action, AccountAction::DeviceDelete);
    QCOMPARE(f->confirmations.at(0).deviceId, signedOut);
    QCOMPARE(m_confirmationTitles, QStringList{QStringLiteral("Sign out this session?")});
    QCOMPARE(f->opener.opened.size(), 2);
    QCOMPARE(f->opener.opened.at(1),
             base + "?action=org.matrix.device_delete&device_id=" + encoded(signedOut));
    QVERIFY(f->window.deviceModel()->isWaiting(signedOut));
    QCOMPARE(QApplication::focusWidget(), f->window.table()); // back where the person was
}

void TestKeyboardWalk::deleteKeyAsksThenSignsOut()
{
    const QString device = f->server->account().devices().at(3).id;
    QVERIFY(arrowTo(device));
    answerConfirmation(Qt::Key_Return);
    press(Qt::Key_Delete);
    comeBack();
    QCOMPARE(m_confirmationTitles, QStringList{QStringLiteral("Sign out this session?")});
    QCOMPARE(f->confirmations.size(), 1);
    QCOMPARE(f->confirmations.at(0).deviceId, device);
    QCOMPARE(f->opener.opened, QStringList{f->server->accountUri() +
                                           "?action=org.matrix.device_delete&device_id=" + encoded(device)});
}

void TestKeyboardWalk::escapeCancelsTheConfirmation()
{
    const QString device = f->server->account().devices().at(4).id;
    QVERIFY(arrowTo(device));
    answerConfirmation(Qt::Key_Escape);
    press(Qt::Key_Delete);
    comeBack();
    QCOMPARE(m_confirmationTitles.size(), 1);
    QVERIFY(f->opener.opened.isEmpty());
    QVERIFY(!f->window.deviceModel()->isWaiting(device));
}

void TestKeyboardWalk::thisSessionOffersNoSignOut()
{
    const QString current = f->server->account().currentDeviceId();
    QVERIFY(arrowTo(current));
    const QStringList entries = enterMenu({Qt::Key_Escape});
    QVERIFY2(entries.contains(QStringLiteral("&View in Browser")), qPrintable(entries.join(u'|')));
    QVERIFY2(!entries.contains(QStringLiteral("Sign &Out…")), qPrintable(entries.join(u'|')));
    press(Qt::Key_Delete); // no question, nothing opened, and the status line says why
    QVERIFY(f->confirmations.isEmpty());
    QVERIFY(f->opener.opened.isEmpty());
    QVERIFY2(f->window.statusText().contains(QStringLiteral("cannot be signed out")),
             qPrintable(f->window.statusText()));
    // The row's actions as a screen reader hears them.
    QCOMPARE(f->window.table()
                 ->currentIndex()
                 .siblingAtColumn(DeviceListModel::ActionsColumn)
                 .data(Qt::AccessibleTextRole)
                 .toString(),
             QStringLiteral("Actions for %1: View")
                 .arg(f->window.table()
                          ->currentIndex()
                          .siblingAtColumn(DeviceListModel::NameColumn)
                          .data()
                          .toString()));
}

QTEST_MAIN(TestKeyboardWalk)
#include "tst_KeyboardWalk.moc"
