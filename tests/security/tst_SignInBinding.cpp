// A server that signs the person in as someone other than they asked for (docs/threat-model.md), in the real
// window (offscreen): the person types a Matrix ID, the server answers with another user ID; the sign-in is
// refused with a message naming both, and nothing is saved. The control: the right ID is accepted.
#include "RecordingPrompts.h"
#include "ScriptedBrowser.h"
#include "TestServer.h"
#include "auth/AccountManager.h"
#include "matrix/MetadataService.h"
#include "network/HttpClient.h"
#include "signin/SignInPage.h"
#include "window/MainWindow.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTcpServer>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;

class TestSignInBinding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aServerCannotSignYouInAsSomeoneElse_data();
    void aServerCannotSignYouInAsSomeoneElse();
};

void TestSignInBinding::aServerCannotSignYouInAsSomeoneElse_data()
{
    QTest::addColumn<QString>("serverUser"); // "PORT" is the server's port
    QTest::addColumn<bool>("accepted");
    QTest::newRow("the ID typed") << QStringLiteral("@alice:127.0.0.1:PORT") << true;
    QTest::newRow("the same name on another server") << QStringLiteral("@alice:real.example") << false;
    QTest::newRow("the same name on localhost") << QStringLiteral("@alice:localhost") << false;
}

void TestSignInBinding::aServerCannotSignYouInAsSomeoneElse()
{
    QFETCH(QString, serverUser);
    QFETCH(bool, accepted);
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    DemoOptions options;
    options.metadata = DemoOptions::Metadata::None; // a classic server: password sign-in
    options.port = port;
    options.userId = QString(serverUser).replace(QStringLiteral("PORT"), QString::number(port));
    TestServer server(options);

    ScriptedBrowser browser;
    HttpClient http;
    MetadataService metadata(&http);
    AccountManager accounts(&http);
    accounts.setEphemeralHomeserver(server.baseUrl()); // no keychain in this test
    MainWindow window(&browser);
    test::RecordingPrompts prompts; // the first-sign-in question is answered here, not by a dialog
    window.setPrompts(&prompts);
    window.setServices(&http, &metadata, &accounts);
    window.showNotSignedIn(QString());
    window.show();

    SignInPage* page = window.signInPage();
    const QString typed = QStringLiteral("@alice:127.0.0.1:") + QString::number(port);
    page->serverField()->setText(typed);
    QTest::mouseClick(page->continueButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page->step(), SignInPage::Step::Methods, 10'000);
    // The demo accepts its own user's name with any server name; the password is the demo's.
    page->userField()->setText(options.userId.section(u':', 0, 0).mid(1));
    page->passwordField()->setText(QStringLiteral("demo-password"));
    QTest::mouseClick(page->passwordButton(), Qt::LeftButton);
    if (accepted) {
        QTRY_COMPARE_WITH_TIMEOUT(window.page(), MainWindow::Page::Account, 15'000);
        QCOMPARE(accounts.accounts().size(), 1);
        return;
    }
    QTRY_VERIFY_WITH_TIMEOUT(page->message().contains(u"Nothing was saved"), 15'000);
    QVERIFY2(page->message().contains(options.userId), qPrintable(page->message()));
    QVERIFY2(page->message().contains(typed), qPrintable(page->message()));
    QVERIFY(accounts.accounts().isEmpty());
    QVERIFY(window.page() != MainWindow::Page::Account);
}

QTEST_MAIN(TestSignInBinding)
#include "tst_SignInBinding.moc"
