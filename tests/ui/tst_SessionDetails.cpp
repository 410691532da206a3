// The details pane and the Encryption column, offscreen against the demo server: the states fill in after
// the list with neutral words (only keys that do not check out carry a warning mark), a glyph per row for
// the kind of device, the pane follows the selected row, the app's text from the server is shown plain,
// isolated and shortened and its address opens only when it is safe, the splitter remembers its sizes, and
// a changed identity is said in a banner until accepted.
#include "WindowFixture.h"

#include "account/AccountController.h"
#include "demo/DemoKeys.h"
#include "history/HistoryStore.h"
#include "model/DeviceFilterModel.h"
#include "model/DeviceKind.h"
#include "sessions/SessionDetailsPane.h"
#include "sessions/SessionTable.h"
#include "sessions/SessionWorkspace.h"
#include "settings/AppSettings.h"
#include "text/EncryptionText.h"
#include "widgets/Banner.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;

namespace {

const QString SyncPath = QStringLiteral("/_matrix/client/v3/sync");

bool waitRecognized(WindowFixture& f, int answers = 1)
{
    int seen = 0;
    QObject guard;
    QObject::connect(f.window.controller(), &AccountController::recognitionChanged, &guard, [&] {
        if (f.window.controller()->recognition().answered)
            ++seen;
    });
    return QTest::qWaitFor([&] { return seen >= answers; }, 20'000);
}

SessionWorkspace* workspace(WindowFixture& f)
{
    return f.window.findChild<SessionWorkspace*>();
}

void select(WindowFixture& f, const QString& deviceId)
{
    f.window.table()->setCurrentIndex(f.window.filterModel()->index(f.rowOf(deviceId), 0));
}

qsizetype indexOf(DemoKeys::Kind kind)
{
    for (qsizetype i = 0; i < 12; ++i) {
        if (DemoKeys::kindAt(i) == kind)
            return i;
    }
    return -1;
}

// A /sync answer whose client information is whatever the test says.
QByteArray syncWith(const QHash<QString, QJsonObject>& contents)
{
    QJsonArray events;
    for (auto it = contents.cbegin(); it != contents.cend(); ++it)
        events.append(QJsonObject{{QStringLiteral("type"), ClientInformation::eventTypePrefix() + it.key()},
                                  {QStringLiteral("content"), it.value()}});
    return QJsonDocument(
               QJsonObject{{QStringLiteral("account_data"), QJsonObject{{QStringLiteral("events"), events}}}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestSessionDetails : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void encryptionColumnFillsInWithNeutralWords();
    void rowsCarryAGlyphForTheirKind();
    void paneShowsTheSelectedSession();
    void paneButtonsAskTheController();
    void hostileClientInformationIsShownSafely();
    void safeAppAddressOpensThroughTheOpener();
    void focusInThePaneStaysWhenAnotherSessionIsShown();
    void paneTextIsSelectableOnceThePointerIsOverIt();
    void splitterSizesAreRemembered();
    void changedIdentityIsSaidUntilAccepted();
};

void TestSessionDetails::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("GatehouseTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_SessionDetails"));
    QSettings().clear();
}

void TestSessionDetails::encryptionColumnFillsInWithNeutralWords()
{
    WindowFixture f;
    QVERIFY(f.waitLoaded());
    QVERIFY(waitRecognized(f));
    const QAbstractItemModel* model = f.window.filterModel();
    QCOMPARE(model->headerData(DeviceListModel::EncryptionColumn, Qt::Horizontal).toString(),
             QStringLiteral("Encryption"));
    // Shown before the buttons.
    const QHeaderView* header = f.window.table()->horizontalHeader();
    QVERIFY(header->visualIndex(DeviceListModel::EncryptionColumn) <
            header->visualIndex(DeviceListModel::ActionsColumn));
    const auto textOf = [&](DemoKeys::Kind kind) {
        const QString id = f.server->account().devices().at(indexOf(kind)).id;
        return model->index(f.rowOf(id), DeviceListModel::EncryptionColumn);
    };
    QCOMPARE(textOf(DemoKeys::Kind::CrossSigned).data().toString(),
             QStringLiteral("Signed by your identity"));
    QCOMPARE(textOf(DemoKeys::Kind::NotCrossSigned).data().toString(),
             QStringLiteral("Not signed by your identity"));
    QCOMPARE(textOf(DemoKeys::Kind::NoKeys).data().toString(), QStringLiteral("No encryption"));
    QCOMPARE(textOf(DemoKeys::Kind::BrokenSignature).data().toString(),
             QStringLiteral("Keys do not check out"));
    // The tooltip says what "signed by your identity" relies on.
    QVERIFY(textOf(DemoKeys::Kind::CrossSigned)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("cross-signing")));
    // Only keys that do not check out are a warning; no encryption is normal for bots.
    QVERIFY(EncryptionText::isWarning(EncryptionState::InvalidKeys));
    QVERIFY(!EncryptionText::isWarning(EncryptionState::NoKeys));
    f.window.grab();
}

void TestSessionDetails::rowsCarryAGlyphForTheirKind()
{
    WindowFixture f;
    QVERIFY(f.waitLoaded());
    QVERIFY(waitRecognized(f));
    const QAbstractItemModel* model = f.window.filterModel();
    const auto kindOf = [&](qsizetype sample) {
        const QString id = f.server->account().devices().at(sample).id;
        return model->index(f.rowOf(id), DeviceListModel::NameColumn)
            .data(DeviceListModel::DeviceKindRole)
            .toInt();
    };
    QCOMPARE(kindOf(0), int(DeviceKind::Desktop)); // Gatehouse on this computer
    QCOMPARE(kindOf(2), int(DeviceKind::Web));     // Cinny, served from app.cinny.in
    QCOMPARE(kindOf(3), int(DeviceKind::Bot));     // the backup bot
    QCOMPARE(kindOf(4), int(DeviceKind::Mobile));  // Element X on iPhone
}

void TestSessionDetails::paneShowsTheSelectedSession()
{
    WindowFixture f;
    QVERIFY(f.waitLoaded());
    QVERIFY(waitRecognized(f));
    SessionDetailsPane* pane = workspace(f)->detailsPane();
    const gatehouse::Device device = f.server->account().devices().at(5); // Element Web on Firefox
    select(f, device.id);
    QCOMPARE(pane->deviceId(), device.id);
    QVERIFY(pane->fieldText(SessionDetailsPane::Field::Name).contains(*device.displayName));
    QVERIFY(pane->fieldText(SessionDetailsPane::Field::DeviceId).contains(device.id));
    QVERIFY(pane->fieldText(SessionDetailsPane::Field::LastIp).contains(*device.lastSeenIp));
    QVERIFY(pane->fieldText(SessionDetailsPane::Field::LastActivity).contains(QStringLiteral("ago")));
    QVERIFY(pane->fieldText(SessionDetailsPane::Field::App).contains(QStringLiteral("Element")));
    QVERIFY(pane->fieldText(SessionDetailsPane::Field::App).contains(QStringLiteral("1.11.85")));
    QVERIFY(
        pane->fieldText(SessionDetailsPane::Field::AppAddress).contains(QStringLiteral("app.element.io")));
    // Without a scheme it is not a URL that passes the safety rule: text, not a link.
    QVERIFY(!pane->openAppButton()->isVisibleTo(pane));
    QCOMPARE(pane->fieldText(SessionDetailsPane::Field::Encryption),
             QStringLiteral("Signed by your identity"));
    for (QLabel* label : pane->findChildren<QLabel*>())
        QCOMPARE(label->textFormat(), Qt::PlainText);
    // No history store in this window: the history fields are left out, not invented.
    QVERIFY(pane->fieldText(SessionDetailsPane::Field::FirstSeen).isEmpty());

    // Another row, another session.
    const gatehouse::Device bot = f.server->account().devices().at(3);
    select(f, bot.id);
    QCOMPARE(pane->deviceId(), bot.id);
    QCOMPARE(pane->fieldText(SessionDetailsPane::Field::Encryption), QStringLiteral("No encryption"));
    QCOMPARE(pane->fieldText(SessionDetailsPane::Field::App), QStringLiteral("Not shared by this session"));
}

void TestSessionDetails::paneButtonsAskTheController()
{
    WindowFixture f;
    QVERIFY(f.waitLoaded());
    SessionDetailsPane* pane = workspace(f)->detailsPane();
    select(f, f.otherDevice());
    QPushButton* view = nullptr;
    for (QPushButton* button : pane->actionButtons()) {
        if (button->text() == DeviceListModel::actionLabel(RowAction::View))
            view = button;
    }
    QVERIFY(view);
    view->click();
    QCOMPARE(f.opener.opened.size(), 1);
    QVERIFY(f.opener.opened.constFirst().contains(QStringLiteral("device_id=") + f.otherDevice()));
    // This session offers no row actions, as in its row.
    select(f, f.server->account().currentDeviceId());
    for (QPushButton* button : pane->actionButtons())
        QVERIFY(button->text() != DeviceListModel::actionLabel(RowAction::SignOut));
}

void TestSessionDetails::hostileClientInformationIsShownSafely()
{
    WindowFixture f;
    const QString id = f.server->account().devices().at(1).id;
    const QString hostileName = QStringLiteral("<b>Evil</b> <img src=x> \u202Eexe.tnemelE\u202C");
    f.server.answer(
        SyncPath, 200,
        syncWith({{id, QJsonObject{{QStringLiteral("name"), hostileName},
                                   {QStringLiteral("version"), QString(5000, u'9')},
                                   {QStringLiteral("url"), QStringLiteral("javascript:alert(1)")}}}}));
    QVERIFY(f.waitLoaded());
    QVERIFY(waitRecognized(f));
    SessionDetailsPane* pane = workspace(f)->detailsPane();
    select(f, id);
    const QString app = pane->fieldText(SessionDetailsPane::Field::App);
    // Plain and isolated: the markup is shown as the characters it is, inside U+2068 … U+2069.
    QCOMPARE(pane->fieldLabel(SessionDetailsPane::Field::App)->textFormat(), Qt::PlainText);
    QVERIFY(app.contains(QStringLiteral("<b>Evil</b>")));
    QVERIFY(app.contains(QChar(0x2068)));
    QVERIFY(app.contains(QChar(0x2069)));
    // At most 200 characters of each value.
    QVERIFY2(app.size() < 2 * 200 + 40, qPrintable(QString::number(app.size())));
    QVERIFY(!app.contains(QString(300, u'9')));
    // javascript: is not a URL that passes the safety rule: shown as text, never opened.
    QVERIFY(pane->fieldText(SessionDetailsPane::Field::AppAddress)
                .contains(QStringLiteral("javascript:alert(1)")));
    QVERIFY(!pane->openAppButton()->isVisibleTo(pane));
    f.window.grab();
    QVERIFY(f.opener.opened.isEmpty());
}

void TestSessionDetails::safeAppAddressOpensThroughTheOpener()
{
    WindowFixture f;
    const QString id = f.server->account().devices().at(1).id;
    f.server.answer(
        SyncPath, 200,
        syncWith({{id, QJsonObject{{QStringLiteral("name"), QStringLiteral("Element")},
                                   {QStringLiteral("url"), QStringLiteral("https://app.element.io/")}}}}));
    QVERIFY(f.waitLoaded());
    QVERIFY(waitRecognized(f));
    SessionDetailsPane* pane = workspace(f)->detailsPane();
    select(f, id);
    QVERIFY(pane->openAppButton()->isVisibleTo(pane));
    QVERIFY(pane->fieldText(SessionDetailsPane::Field::Encryption).isEmpty() == false);
    // A missing version is left out, not made up.
    QCOMPARE(pane->fieldText(SessionDetailsPane::Field::App).contains(QStringLiteral("version")), false);
    pane->openAppButton()->click();
    QCOMPARE(f.opener.opened, QStringList{QStringLiteral("https://app.element.io/")});
}

// The pane changes its contents out of sight and comes back laid out once (SessionDetailsPane): a keyboard
// user on its "Open App Address" button stays there when the next session also has an address to open.
void TestSessionDetails::focusInThePaneStaysWhenAnotherSessionIsShown()
{
    WindowFixture f;
    const QString first = f.server->account().devices().at(1).id;
    const QString second = f.server->account().devices().at(2).id;
    const QJsonObject app{{QStringLiteral("name"), QStringLiteral("Element")},
                          {QStringLiteral("url"), QStringLiteral("https://app.element.io/")}};
    f.server.answer(SyncPath, 200, syncWith({{first, app}, {second, app}}));
    QVERIFY(f.waitLoaded());
    QVERIFY(waitRecognized(f));
    f.window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&f.window));
    SessionDetailsPane* pane = workspace(f)->detailsPane();
    select(f, first);
    QVERIFY(pane->openAppButton()->isVisible());
    pane->openAppButton()->setFocus(Qt::TabFocusReason);
    QVERIFY(pane->openAppButton()->hasFocus());

    select(f, second);
    QCOMPARE(pane->deviceId(), second);
    QVERIFY(pane->openAppButton()->isVisible());
    QVERIFY(pane->openAppButton()->hasFocus());
    QVERIFY(pane->fieldLabel(SessionDetailsPane::Field::DeviceId)->isVisible());
}

void TestSessionDetails::paneTextIsSelectableOnceThePointerIsOverIt()
{
    WindowFixture f;
    QVERIFY(f.waitLoaded());
    SessionDetailsPane* pane = workspace(f)->detailsPane();
    const QString deviceId = f.server->account().devices().at(1).id;
    select(f, deviceId);
    QLabel* label = pane->fieldLabel(SessionDetailsPane::Field::DeviceId);
    QVERIFY(label->isVisible());
    const QString text = label->text();
    QVERIFY(text.contains(deviceId));

    // Selection becomes possible when the pointer enters, before a press or a context menu can reach it.
    QEnterEvent enter(QPointF(2, 2), QPointF(2, 2), label->mapToGlobal(QPointF(2, 2)));
    QCoreApplication::sendEvent(label, &enter);
    QVERIFY(label->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));
    QCOMPARE(label->focusPolicy(), Qt::ClickFocus); // a click may focus it; Tab still passes it by
    label->setSelection(0, int(text.size()));
    QCOMPARE(label->selectedText(), text);
    QCOMPARE(label->textFormat(), Qt::PlainText);

    // Another session: the same label, still selectable, with the new text.
    const QString other = f.server->account().devices().at(2).id;
    select(f, other);
    QVERIFY(label->text().contains(other));
    label->setSelection(0, int(label->text().size()));
    QCOMPARE(label->selectedText(), label->text());
}

void TestSessionDetails::splitterSizesAreRemembered()
{
    QByteArray saved;
    {
        WindowFixture f;
        QVERIFY(f.waitLoaded());
        QSplitter* splitter = workspace(f)->splitter();
        QCOMPARE(splitter->count(), 2);
        const int total = splitter->sizes().value(0) + splitter->sizes().value(1);
        splitter->setSizes({total - 200, 200});
        // What a drag of the handle does.
        QMetaObject::invokeMethod(splitter, "splitterMoved", Q_ARG(int, total - 200), Q_ARG(int, 1));
        saved = AppSettings::sessionSplitterState();
        QVERIFY(!saved.isEmpty());
        QCOMPARE(splitter->sizes().value(1), 200);
    }
    WindowFixture again;
    QVERIFY(again.waitLoaded());
    QCOMPARE(workspace(again)->splitter()->sizes().value(1), 200);
}

void TestSessionDetails::changedIdentityIsSaidUntilAccepted()
{
    QTemporaryDir dir;
    HistoryStore store(dir.filePath(QStringLiteral("history.sqlite")));
    QCOMPARE(store.open(), HistoryStore::State::Open);
    WindowFixture f;
    f.window.controller()->setIdentityStore(&store);
    QVERIFY(f.waitLoaded());
    QVERIFY(waitRecognized(f));
    SessionWorkspace* area = workspace(f);
    QVERIFY(!area->identityBanner()->isVisibleTo(&f.window));

    // Another identity was accepted before: the one the server shows now is a change.
    const HistoryAccount account{f.server.baseUrl(), f.server->account().userId()};
    QVERIFY(store.acceptMasterKey(account, QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"),
                                  QDateTime::currentDateTimeUtc()));
    f.window.refresh();
    QVERIFY(waitRecognized(f));
    QVERIFY(area->identityBanner()->isVisibleTo(&f.window));
    QVERIFY(area->identityBanner()->text().startsWith(QStringLiteral("Your account's identity changed on ")));
    QCOMPARE(area->identityBanner()->kind(), Banner::Kind::Warning);
    const QAbstractItemModel* model = f.window.filterModel();
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(model->index(row, DeviceListModel::EncryptionColumn).data().toString() !=
                QStringLiteral("Signed by your identity"));
    // The store has the history: the pane says when Gatehouse first saw the session (nothing recorded yet).
    select(f, f.otherDevice());
    QCOMPARE(area->detailsPane()->fieldText(SessionDetailsPane::Field::FirstSeen),
             QStringLiteral("Not in the history yet"));

    area->acceptIdentityButton()->click();
    QVERIFY(waitRecognized(f));
    QVERIFY(!area->identityBanner()->isVisibleTo(&f.window));
    const QString crossSigned = f.server->account().devices().at(indexOf(DemoKeys::Kind::CrossSigned)).id;
    QCOMPARE(model->index(f.rowOf(crossSigned), DeviceListModel::EncryptionColumn).data().toString(),
             QStringLiteral("Signed by your identity"));
}

QTEST_MAIN(TestSessionDetails)
#include "tst_SessionDetails.moc"
