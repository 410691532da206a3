// Server text that misleads, in the window (offscreen; docs/threat-model.md): a look-alike host is shown in
// its ASCII (Punycode) form in the hand-off confirmation and the account header, and the "open manually"
// dialog shows (and copies) the URL with its bidi and invisible characters percent-encoded.
#include "account/SessionActions.h"
#include "dialogs/HandOffConfirmation.h"
#include "dialogs/OpenManuallyDialog.h"
#include "matrix/AccountSnapshot.h"
#include "window/AccountHeader.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace gatehouse;

class TestMisleadingUrlsShown : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void confirmationNamesTheRealHost();
    void headerNamesTheRealServer();
    void openManuallyShowsTheUrlThatOpens();
};

void TestMisleadingUrlsShown::confirmationNamesTheRealHost()
{
    HandOffConfirmation::Request request;
    request.action = AccountAction::DeviceDelete;
    request.sessionName = QStringLiteral("Phone");
    request.deviceId = QStringLiteral("ABC");
    request.pageHost = QStringLiteral("account.аррӏе.com");
    const QString text = HandOffConfirmation::text(request);
    QVERIFY2(text.contains(u"account.xn--80ak6aa92e.com"), qPrintable(text));
    QVERIFY(!text.contains(u"аррӏе"));
}

void TestMisleadingUrlsShown::headerNamesTheRealServer()
{
    AccountHeader header;
    AccountSnapshot snapshot;
    snapshot.baseUrl = QStringLiteral("https://matrix.аррӏе.com");
    snapshot.userId = QStringLiteral("@alice:apple.com");
    header.setSnapshot(snapshot, SessionActions(snapshot), false);
    bool found = false;
    const QList<QLabel*> labels = header.findChildren<QLabel*>();
    for (const QLabel* label : labels) {
        QVERIFY(!label->text().contains(u"аррӏе"));
        found = found || label->text().contains(u"https://matrix.xn--80ak6aa92e.com");
    }
    QVERIFY(found);
}

void TestMisleadingUrlsShown::openManuallyShowsTheUrlThatOpens()
{
    OpenManuallyDialog dialog(QStringLiteral("https://account.example.org/\u202Egnp.exe?x=\u200B"));
    const QLineEdit* address = dialog.findChild<QLineEdit*>();
    QVERIFY(address);
    QCOMPARE(address->text(), QStringLiteral("https://account.example.org/%E2%80%AEgnp.exe?x=%E2%80%8B"));
    for (QPushButton* button : dialog.findChildren<QPushButton*>()) {
        if (button->text().contains(u"Copy"))
            button->click();
    }
    QCOMPARE(QGuiApplication::clipboard()->text(), address->text());
}

QTEST_MAIN(TestMisleadingUrlsShown)
#include "tst_MisleadingUrlsShown.moc"
