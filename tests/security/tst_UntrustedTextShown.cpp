// docs/protocol.md "Untrusted text": what a server sends (device names, IDs, IP addresses, the user ID, error
// texts) is shown as plain text everywhere in the window (table cells, tooltips, the row menu, the
// confirmation dialog, banners, the error page, the status line), offscreen and for real. Markup stays the
// characters it is, and an <img> pointing at a probe on loopback is never fetched.
#include "HostileSupport.h"
#include "RecordingPrompts.h"
#include "RecordingUrlOpener.h"

#include "auth/TokenSource.h"
#include "dialogs/HandOffConfirmation.h"
#include "matrix/AccountSession.h"
#include "matrix/MetadataService.h"
#include "model/DeviceFilterModel.h"
#include "sessions/SessionTable.h"
#include "widgets/Banner.h"
#include "widgets/StatusPage.h"
#include "window/MainWindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>
#include <QToolTip>

using namespace gatehouse;
using namespace gatehouse::test;

namespace {

// Markup a rich-text renderer would act on: an image and a background (fetches), a link, a style.
QStringList hostileTexts(const QString& probe)
{
    return {
        "<img src=\"" + probe + "/name.png\">",
        "<b>bold</b><a href=\"" + probe + "/link\">click me</a>",
        "<table background=\"" + probe + "/table.png\"><tr><td>cell</td></tr></table>",
        "<style>*{background:url(" + probe + "/style.png)}</style>x",
        "<img src='" + probe + "/quoted.png'/>\u202Eevil\u202C&amp;",
    };
}

bool rendersAsRichText(const QLabel* label)
{
    return label->textFormat() == Qt::RichText || label->textFormat() == Qt::MarkdownText ||
           (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
}

// A tooltip is drawn by a label that guesses the format. Either it is plain, or it is HTML whose
// rendering is exactly the text (escaped markup), with no image or link in it.
void verifyTooltipShowsText(const QString& tooltip)
{
    if (!Qt::mightBeRichText(tooltip))
        return;
    QTextDocument document;
    document.setHtml(tooltip);
    QVERIFY2(!document.toPlainText().isEmpty(), qPrintable(tooltip));
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            QVERIFY2(!format.isImageFormat() && !format.isAnchor(), qPrintable(tooltip));
        }
    }
    QVERIFY2(!tooltip.contains(QStringLiteral("<img")) && !tooltip.contains(QStringLiteral("<a ")),
             qPrintable(tooltip));
}

// Every label, button and tooltip under `root` that holds markup shows it as text.
void verifyPlainEverywhere(QWidget* root)
{
    const auto labels = root->findChildren<QLabel*>();
    for (const QLabel* label : labels) {
        if (label->text().contains(u'<'))
            QVERIFY2(!rendersAsRichText(label),
                     qPrintable(label->objectName() + QStringLiteral(": ") + label->text()));
    }
    auto widgets = root->findChildren<QWidget*>();
    widgets.append(root);
    for (const QWidget* widget : std::as_const(widgets)) {
        verifyTooltipShowsText(widget->toolTip());
        if (QTest::currentTestFailed())
            return;
    }
}

struct Fixture
{
    Fixture()
        : http(new HttpClient)
        , metadata(new MetadataService(http.get()))
        , window(&opener)
    {
        prompts.onHandOff = [this](const HandOffConfirmation::Request& request) {
            confirmations.append(request);
            return true;
        };
        window.setPrompts(&prompts);
        window.resize(1600, 1000);
    }

    void show()
    {
        window.showAccount(new AccountSession(http.get(), metadata.get(), server.baseUrl(),
                                              std::make_shared<StaticTokenSource>(server.token())));
        window.show();
    }

    ConnectionProbe probe;
    TestServer server;
    RecordingUrlOpener opener;
    RecordingPrompts prompts;
    std::unique_ptr<HttpClient> http;
    std::unique_ptr<MetadataService> metadata;
    MainWindow window;
    QList<HandOffConfirmation::Request> confirmations;
};

} // namespace

class TestUntrustedTextShown : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostileSessionsStayTextInTheTableAndTooltips();
    void hostileSessionStaysTextInTheRowMenu();
    void hostileSessionStaysTextInTheConfirmationDialog();
    void hostileUserIdStaysTextInTheHeaderAndTitle();
    void hostileServerErrorsStayTextOnTheErrorPageAndBanner();
};

void TestUntrustedTextShown::hostileSessionsStayTextInTheTableAndTooltips()
{
    Fixture f;
    const QStringList texts = hostileTexts(f.probe.url());
    DemoAccount& account = f.server->account();
    QStringList ids;
    for (int i = 0; i < texts.size(); ++i) {
        Device& device = account.addDevice("<img src=\"" + f.probe.url() + "/id" + QString::number(i) + "\">",
                                           texts.at(i));
        account.touch(device.id, "<img src=" + f.probe.url() + "/ip.png>", QDateTime::currentDateTimeUtc());
        ids.append(device.id);
    }
    QSignalSpy loaded(&f.window, &MainWindow::loaded);
    f.show();
    QVERIFY(loaded.wait(20'000));

    const DeviceFilterModel* model = f.window.filterModel();
    SessionTable* table = f.window.table();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString id = model->index(row, 0).data(DeviceListModel::DeviceIdRole).toString();
        if (!ids.contains(id))
            continue;
        table->scrollTo(model->index(row, 0));
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            // Cells are drawn as text by the delegate; tooltips are drawn by QToolTip's label.
            const QString tooltip = index.data(Qt::ToolTipRole).toString();
            verifyTooltipShowsText(tooltip);
            if (QTest::currentTestFailed())
                return;
            if (!tooltip.isEmpty()) {
                QToolTip::showText(table->viewport()->mapToGlobal(table->visualRect(index).center()), tooltip,
                                   table->viewport());
                const auto tops = QApplication::topLevelWidgets();
                for (QWidget* top : tops) {
                    if (top->inherits("QTipLabel") && top->isVisible())
                        (void)top->grab();
                }
            }
        }
        const QString name = model->index(row, DeviceListModel::NameColumn).data().toString();
        QVERIFY2(name.contains(u'<') || name.contains(QStringLiteral("evil")), qPrintable(name));
        QVERIFY(name.startsWith(QChar(0x2068)) && name.endsWith(QChar(0x2069)));
        QVERIFY(model->index(row, DeviceListModel::DeviceIdColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("<img")));
    }
    (void)f.window.grab(); // paint every visible cell for real
    QToolTip::hideText();
    verifyPlainEverywhere(&f.window);
    QCoreApplication::processEvents();
    QCOMPARE(f.probe.connections, 0);
}

void TestUntrustedTextShown::hostileSessionStaysTextInTheRowMenu()
{
    Fixture f;
    const QString name = hostileTexts(f.probe.url()).constFirst();
    Device& device = f.server->account().addDevice(QStringLiteral("HOSTILE"), name);
    Q_UNUSED(device)
    QSignalSpy loaded(&f.window, &MainWindow::loaded);
    f.show();
    QVERIFY(loaded.wait(20'000));
    SessionTable* table = f.window.table();
    const DeviceListModel* devices = f.window.deviceModel();
    const QModelIndex source = devices->index(devices->rowOf(QStringLiteral("HOSTILE")), 0);
    table->setFocus();
    table->setCurrentIndex(f.window.filterModel()->mapFromSource(source));
    QString title;
    QTimer::singleShot(0, this, [&title] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        if (!menu)
            return;
        title = menu->actions().constFirst()->text();
        (void)menu->grab();
        menu->close();
    });
    QTest::keyClick(table, Qt::Key_Return);
    // Menus draw their entries as text; the name is there as characters ('&' doubled for shortcuts).
    QVERIFY2(title.contains(QStringLiteral("<img src=")), qPrintable(title));
    QCoreApplication::processEvents();
    QCOMPARE(f.probe.connections, 0);
}

void TestUntrustedTextShown::hostileSessionStaysTextInTheConfirmationDialog()
{
    Fixture f;
    const QStringList texts = hostileTexts(f.probe.url());
    f.server->account().addDevice(QStringLiteral("<b>ID</b>"), texts.at(1) + texts.at(0));
    QSignalSpy loaded(&f.window, &MainWindow::loaded);
    f.show();
    QVERIFY(loaded.wait(20'000));
    f.window.runRowAction(QStringLiteral("<b>ID</b>"), RowAction::SignOut);
    QCOMPARE(f.confirmations.size(), 1);

    // The request the window built, asked for real in the QMessageBox the app shows.
    bool shown = false;
    QStringList richLabels;
    QTimer::singleShot(0, this, [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        (void)box->grab();
        const auto labels = box->findChildren<QLabel*>();
        for (const QLabel* label : labels) {
            shown = shown || label->text().contains(QStringLiteral("<img src="));
            if (label->text().contains(u'<') && rendersAsRichText(label))
                richLabels.append(label->text());
        }
        box->reject();
    });
    QVERIFY(!HandOffConfirmation::ask(&f.window, f.confirmations.first()));
    QVERIFY2(shown, "the dialog did not show the session's name as its characters");
    QVERIFY2(richLabels.isEmpty(), qPrintable(richLabels.join(u'\n')));
    QCoreApplication::processEvents();
    QCOMPARE(f.probe.connections, 0);
}

void TestUntrustedTextShown::hostileUserIdStaysTextInTheHeaderAndTitle()
{
    Fixture f;
    const QString userId = "@<img src=\"" + f.probe.url() + "/user.png\">:localhost";
    const QString deviceId = f.server->account().currentDeviceId();
    f.server.answer(QStringLiteral("/_matrix/client/v3/account/whoami"), 200,
                    QJsonDocument(QJsonObject{{QStringLiteral("user_id"), userId},
                                              {QStringLiteral("device_id"), deviceId}})
                        .toJson(QJsonDocument::Compact));
    QSignalSpy loaded(&f.window, &MainWindow::loaded);
    f.show();
    QVERIFY(loaded.wait(20'000));
    QVERIFY(f.window.windowTitle().contains(QStringLiteral("<img src=")));
    (void)f.window.grab();
    verifyPlainEverywhere(&f.window);
    bool shown = false;
    const auto labels = f.window.findChildren<QLabel*>();
    for (const QLabel* label : labels)
        shown = shown || (label->isVisible() && label->text().contains(QStringLiteral("<img src=")));
    QVERIFY2(shown, "the user ID is not shown as the characters it is");
    QCOMPARE(f.probe.connections, 0);
}

void TestUntrustedTextShown::hostileServerErrorsStayTextOnTheErrorPageAndBanner()
{
    Fixture f;
    const QString markup = hostileTexts(f.probe.url()).constFirst();
    const QByteArray error =
        QJsonDocument(QJsonObject{{QStringLiteral("errcode"), QStringLiteral("M_<b>BAD</b>")},
                                  {QStringLiteral("error"), markup}})
            .toJson(QJsonDocument::Compact);
    // Metadata fails (a banner next to the list), then a refresh of the list fails (another banner),
    // then a fresh window fails outright (the error page).
    f.server.answer(QStringLiteral("/_matrix/client/v1/auth_metadata"), 500, error);
    QSignalSpy loaded(&f.window, &MainWindow::loaded);
    f.show();
    QVERIFY(loaded.wait(20'000));
    (void)f.window.grab();
    verifyPlainEverywhere(&f.window);

    f.server.answer(QStringLiteral("/_matrix/client/v3/devices"), 500, error);
    QSignalSpy failed(&f.window, &MainWindow::loadFailed);
    f.window.refresh();
    QVERIFY(failed.wait(20'000));
    auto* banner = f.window.findChild<Banner*>(QStringLiteral("banner"));
    QVERIFY(banner && banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("<img src=")), qPrintable(banner->text()));
    (void)f.window.grab();
    verifyPlainEverywhere(&f.window);

    Fixture fresh;
    fresh.server.answer(QStringLiteral("/_matrix/client/v3/devices"), 500, error);
    QSignalSpy freshFailed(&fresh.window, &MainWindow::loadFailed);
    fresh.show();
    QVERIFY(freshFailed.wait(20'000));
    QCOMPARE(fresh.window.page(), MainWindow::Page::Error);
    auto* page = fresh.window.findChild<StatusPage*>(QStringLiteral("errorPage"));
    QVERIFY(page);
    (void)fresh.window.grab();
    verifyPlainEverywhere(&fresh.window);
    QCoreApplication::processEvents();
    QCOMPARE(f.probe.connections + fresh.probe.connections, 0);
}

QTEST_MAIN(TestUntrustedTextShown)
#include "tst_UntrustedTextShown.moc"
