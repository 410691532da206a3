// The session table's model: what each row shows and offers, the inactive threshold, and refreshes
// applied as minimal row changes so waiting marks, selection and scrolling survive them.
#include "TestDevices.h"
#include "model/DeviceKind.h"
#include "model/DeviceListModel.h"
#include "model/RelativeTime.h"
#include "text/UntrustedText.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::testing;

Q_DECLARE_METATYPE(gatehouse::RowAction)

namespace {

// What an OAuth server with an account page offers when it advertises `names`, for the session `current`.
SessionActions offering(const QStringList& names, const QString& current, bool oauth = true)
{
    return SessionActions(snapshotOffering(names, current, oauth));
}

QString textAt(const DeviceListModel& model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

} // namespace

class TestDeviceListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesTheModelTester();
    void hasOneRowPerSessionAndFixedColumns();
    void recognitionFillsTheEncryptionColumnKindsAndHints();
    void firstLoadIsOneInsertion();
    void unchangedRefreshChangesNothing();
    void changedSessionIsUpdatedInPlace();
    void goneSessionsAreRemovedInRuns();
    void newSessionsAreAppended();
    void repeatedIdsKeepTheLastEntry();
    void changingTheCurrentSessionUpdatesEveryRow();
    void waitingMarkSurvivesARefresh();
    void waitingMarkGoesWithTheSession();
    void waitingMarkCanBeDismissed();
    void waitingForUnknownSessionIsIgnored();
    void showsNamesAsIsolatedPlainText();
    void escapesMarkupInTheNameTooltip();
    void describesLastActivityAgainstTheReferenceTime();
    void showsUnknownForMissingFields();
    void marksInactiveAfterTheThreshold_data();
    void marksInactiveAfterTheThreshold();
    void neverMarksTheCurrentOrUnknownSessionInactive();
    void currentSessionStaysActiveWhenRowsMove();
    void thresholdChangeRefreshesRows();
    void statusSaysWhatTheRowIs();
    void offersActions_data();
    void offersActions();
    void offersNativeSignOutOnClassicServers();
    void searchKeyIsCaseFolded();
    void accessibleTextNamesTheCurrentSession();
    void accessibleTextSaysStateAndActionsInWords();
    void headersNameTheColumns();
};

void TestDeviceListModel::recognitionFillsTheEncryptionColumnKindsAndHints()
{
    DeviceListModel model;
    model.setDevices({makeDevice("ME", QString("Laptop")), makeDevice("A", QString("Phone")),
                      makeDevice("B", QString("Phone")), makeDevice("BOT", QString("backup bot"))},
                     "ME");
    // Before the keys answer, the column is empty and says nothing it does not know.
    QCOMPARE(textAt(model, 0, DeviceListModel::EncryptionColumn), QString());
    QCOMPARE(model.index(0, 0).data(DeviceListModel::EncryptionRole).toInt(), -1);
    QCOMPARE(model.headerData(DeviceListModel::EncryptionColumn, Qt::Horizontal).toString(),
             QString("Encryption"));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    Recognition recognition;
    recognition.answered = true;
    recognition.trust.keysKnown = true;
    recognition.trust.states = {{"ME", EncryptionState::CrossSigned}, {"A", EncryptionState::InvalidKeys}};
    recognition.clientsKnown = true;
    recognition.clients = {{"A", ClientInformation{QString("Element X"), std::nullopt, std::nullopt}},
                           {"B", ClientInformation{QString("Element X"), std::nullopt, std::nullopt}}};
    model.setRecognition(recognition);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(textAt(model, 0, DeviceListModel::EncryptionColumn), QString("Signed by your identity"));
    QCOMPARE(textAt(model, 1, DeviceListModel::EncryptionColumn), QString("Keys do not check out"));
    QCOMPARE(textAt(model, 3, DeviceListModel::EncryptionColumn), QString("No encryption"));
    QVERIFY(textAt(model, 0, DeviceListModel::EncryptionColumn, Qt::ToolTipRole).contains("cross-signing"));
    QCOMPARE(model.index(3, 0).data(DeviceListModel::DeviceKindRole).toInt(), int(DeviceKind::Bot));
    QCOMPARE(model.index(1, 0).data(DeviceListModel::DeviceKindRole).toInt(), int(DeviceKind::Mobile));
    QVERIFY(textAt(model, 1, 0, Qt::AccessibleDescriptionRole).contains("Encryption: Keys do not check out"));
    // Same app, same name: possibly the same device, either way round.
    QVERIFY(model.sameDeviceHint(1).startsWith("Possibly the same device as "));
    QVERIFY(model.sameDeviceHint(1).contains("B"));
    QVERIFY(model.sameDeviceHint(2).contains("A"));
    QVERIFY(model.sameDeviceHint(0).isEmpty());
    // A refresh keeps the states until the next answer.
    model.setDevices({makeDevice("ME", QString("Laptop")), makeDevice("A", QString("Phone"))}, "ME");
    QCOMPARE(textAt(model, 0, DeviceListModel::EncryptionColumn), QString("Signed by your identity"));
    QVERIFY(model.sameDeviceHint(1).isEmpty());
}

void TestDeviceListModel::passesTheModelTester()
{
    DeviceListModel model;
    model.setReferenceTime(referenceNow);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDevices({makeDevice("A", "a", daysAgo(1)), makeDevice("B"),
                      makeDevice("C", "<i>c</i>", daysAgo(200), "10.0.0.1")},
                     "A");
    model.setSessionActions(offering({"org.matrix.device_view", "org.matrix.device_delete"}, "A"));
    model.setWaiting("B", true);
    model.setDevices({makeDevice("A", "a2", daysAgo(0)), makeDevice("C"), makeDevice("D", "d")}, "A");
    model.setInactiveAfterDays(7);
    model.setDevices({makeDevice("E")}, "E");
    model.setDevices({}, "E");
    model.setDevices({makeDevice("F"), makeDevice("G")}, "G");
    QVERIFY(!QTest::currentTestFailed());
}

void TestDeviceListModel::hasOneRowPerSessionAndFixedColumns()
{
    DeviceListModel model;
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(DeviceListModel::ColumnCount));
    model.setDevices({makeDevice("A"), makeDevice("B"), makeDevice("C")}, "B");
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    QCOMPARE(model.rowOf("C"), 2);
    QCOMPARE(model.rowOf("nope"), -1);
    QCOMPARE(model.deviceAt(1).id, QString("B"));
    QCOMPARE(model.currentDeviceId(), QString("B"));
    QCOMPARE(model.index(0, 0).data(DeviceListModel::DeviceIdRole).toString(), QString("A"));
    QVERIFY(model.index(1, 0).data(DeviceListModel::IsCurrentRole).toBool());
    QVERIFY(!model.index(0, 0).data(DeviceListModel::IsCurrentRole).toBool());
}

void TestDeviceListModel::firstLoadIsOneInsertion()
{
    DeviceListModel model;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setDevices({makeDevice("A"), makeDevice("B"), makeDevice("C")}, "A");
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 2);
    QCOMPARE(reset.size(), 0);
}

void TestDeviceListModel::unchangedRefreshChangesNothing()
{
    DeviceListModel model;
    const QList<Device> devices = {makeDevice("A", "a", 5), makeDevice("B", std::nullopt, 7, "1.2.3.4")};
    model.setDevices(devices, "A");
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setDevices(devices, "A");
    // The server may list the same sessions in another order: rows stay where they are.
    model.setDevices({devices.at(1), devices.at(0)}, "A");
    QCOMPARE(removed.size(), 0);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.rowOf("A"), 0);
}

void TestDeviceListModel::changedSessionIsUpdatedInPlace()
{
    DeviceListModel model;
    model.setDevices({makeDevice("A", "a", 5), makeDevice("B", "b", 5), makeDevice("C", "c", 5)}, "A");
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setDevices(
        {makeDevice("A", "a", 5), makeDevice("B", "renamed", 9, "10.1.1.1"), makeDevice("C", "c", 5)}, "A");
    QCOMPARE(removed.size(), 0);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(changed.size(), 1);
    const QModelIndex topLeft = changed.at(0).at(0).value<QModelIndex>();
    const QModelIndex bottomRight = changed.at(0).at(1).value<QModelIndex>();
    QCOMPARE(topLeft.row(), 1);
    QCOMPARE(bottomRight.row(), 1);
    QCOMPARE(topLeft.column(), 0);
    QCOMPARE(bottomRight.column(), DeviceListModel::ColumnCount - 1);
    QCOMPARE(model.deviceAt(1).displayName, std::optional<QString>("renamed"));
    QCOMPARE(model.deviceAt(1).lastSeenTs, std::optional<qint64>(9));
}

void TestDeviceListModel::goneSessionsAreRemovedInRuns()
{
    DeviceListModel model;
    model.setDevices({makeDevice("A"), makeDevice("B"), makeDevice("C"), makeDevice("D"), makeDevice("E"),
                      makeDevice("F")},
                     "A");
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setDevices({makeDevice("A"), makeDevice("E")}, "A");
    // Two runs: F (row 5), then B..D (rows 1..3), from the end so row numbers stay valid.
    QCOMPARE(removed.size(), 2);
    QCOMPARE(removed.at(0).at(1).toInt(), 5);
    QCOMPARE(removed.at(0).at(2).toInt(), 5);
    QCOMPARE(removed.at(1).at(1).toInt(), 1);
    QCOMPARE(removed.at(1).at(2).toInt(), 3);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf("A"), 0);
    QCOMPARE(model.rowOf("E"), 1);
    QCOMPARE(model.rowOf("C"), -1);

    model.setDevices({}, "A");
    QCOMPARE(model.rowCount(), 0);
}

void TestDeviceListModel::newSessionsAreAppended()
{
    DeviceListModel model;
    model.setDevices({makeDevice("B"), makeDevice("D")}, "B");
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setDevices({makeDevice("A"), makeDevice("B"), makeDevice("C"), makeDevice("D"), makeDevice("E")},
                     "B");
    QCOMPARE(removed.size(), 0);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 2);
    QCOMPARE(inserted.at(0).at(2).toInt(), 4);
    QCOMPARE(model.rowOf("B"), 0);
    QCOMPARE(model.rowOf("D"), 1);
    QCOMPARE(model.rowOf("A"), 2);
    QCOMPARE(model.rowOf("C"), 3);
    QCOMPARE(model.rowOf("E"), 4);
}

void TestDeviceListModel::repeatedIdsKeepTheLastEntry()
{
    DeviceListModel model;
    model.setDevices({makeDevice("A", "first"), makeDevice("B"), makeDevice("A", "second")}, "B");
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf("A"), 0);
    QCOMPARE(model.deviceAt(0).displayName, std::optional<QString>("second"));

    model.setDevices({makeDevice("C"), makeDevice("C", "c2"), makeDevice("B")}, "B");
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.deviceAt(model.rowOf("C")).displayName, std::optional<QString>("c2"));
}

void TestDeviceListModel::changingTheCurrentSessionUpdatesEveryRow()
{
    DeviceListModel model;
    model.setDevices({makeDevice("A"), makeDevice("B"), makeDevice("C")}, "A");
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setDevices({makeDevice("A"), makeDevice("B"), makeDevice("C")}, "B");
    QCOMPARE(changed.size(), 3);
    QVERIFY(!model.index(0, 0).data(DeviceListModel::IsCurrentRole).toBool());
    QVERIFY(model.index(1, 0).data(DeviceListModel::IsCurrentRole).toBool());
    QCOMPARE(model.currentDeviceId(), QString("B"));
}

void TestDeviceListModel::waitingMarkSurvivesARefresh()
{
    DeviceListModel model;
    model.setDevices({makeDevice("A"), makeDevice("B", "b"), makeDevice("C")}, "A");
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setWaiting("B", true);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 1);
    QVERIFY(model.isWaiting("B"));
    QVERIFY(model.hasWaiting());
    QVERIFY(model.index(1, 0).data(DeviceListModel::WaitingRole).toBool());
    QCOMPARE(textAt(model, 1, DeviceListModel::StatusColumn), QString("Waiting for browser"));

    // Unchanged, changed, and with others gone: the mark stays as long as the session is listed.
    model.setDevices({makeDevice("A"), makeDevice("B", "b"), makeDevice("C")}, "A");
    QVERIFY(model.isWaiting("B"));
    model.setDevices({makeDevice("A"), makeDevice("B", "renamed", 5)}, "A");
    QVERIFY(model.isWaiting("B"));
    QVERIFY(model.index(model.rowOf("B"), 0).data(DeviceListModel::WaitingRole).toBool());
    model.setDevices({makeDevice("B", "renamed", 5)}, "A");
    QVERIFY(model.isWaiting("B"));
    QVERIFY(model.index(0, 0).data(DeviceListModel::WaitingRole).toBool());
}

void TestDeviceListModel::waitingMarkGoesWithTheSession()
{
    DeviceListModel model;
    model.setDevices({makeDevice("A"), makeDevice("B"), makeDevice("C")}, "A");
    model.setWaiting("B", true);
    model.setWaiting("C", true);
    model.setDevices({makeDevice("A"), makeDevice("C")}, "A");
    QVERIFY(!model.isWaiting("B"));
    QVERIFY(model.isWaiting("C"));
    model.setDevices({makeDevice("A")}, "A");
    QVERIFY(!model.hasWaiting());

    // A session that comes back later is not waiting any more.
    model.setDevices({makeDevice("A"), makeDevice("B")}, "A");
    QVERIFY(!model.isWaiting("B"));
    QVERIFY(!model.index(model.rowOf("B"), 0).data(DeviceListModel::WaitingRole).toBool());
}

void TestDeviceListModel::waitingMarkCanBeDismissed()
{
    DeviceListModel model;
    model.setDevices({makeDevice("A"), makeDevice("B")}, "A");
    model.setWaiting("B", true);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setWaiting("B", false);
    QVERIFY(!model.isWaiting("B"));
    QVERIFY(!model.hasWaiting());
    QCOMPARE(changed.size(), 1);
    QVERIFY(textAt(model, 1, DeviceListModel::StatusColumn) != QString("Waiting for browser"));
}

void TestDeviceListModel::waitingForUnknownSessionIsIgnored()
{
    DeviceListModel model;
    model.setDevices({makeDevice("A")}, "A");
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setWaiting("GONE", true);
    QVERIFY(!model.isWaiting("GONE"));
    QVERIFY(!model.hasWaiting());
    QCOMPARE(changed.size(), 0);
}

void TestDeviceListModel::showsNamesAsIsolatedPlainText()
{
    DeviceListModel model;
    const QString hostile = QString::fromUtf16(u"<b>phone</b>\u202Egnp.exe\n");
    model.setDevices(
        {makeDevice("A", hostile, std::nullopt, "1.2.3.4\n"), makeDevice("B", QString("")), makeDevice("C")},
        "A");
    QCOMPARE(textAt(model, 0, DeviceListModel::NameColumn), UntrustedText::forDisplay(hostile));
    QCOMPARE(textAt(model, 0, DeviceListModel::NameColumn, DeviceListModel::DisplayNameRole), hostile);
    QCOMPARE(textAt(model, 0, DeviceListModel::DeviceIdColumn), UntrustedText::forDisplay("A"));
    QCOMPARE(textAt(model, 0, DeviceListModel::LastIpColumn), UntrustedText::forDisplay("1.2.3.4\n"));
    QCOMPARE(textAt(model, 0, DeviceListModel::LastIpColumn, DeviceListModel::LastIpRole),
             QString("1.2.3.4\n"));
    QCOMPARE(textAt(model, 1, DeviceListModel::NameColumn), QString("Unnamed session"));
    QCOMPARE(textAt(model, 2, DeviceListModel::NameColumn), QString("Unnamed session"));
    QCOMPARE(textAt(model, 2, DeviceListModel::NameColumn, DeviceListModel::DisplayNameRole), QString());
}

void TestDeviceListModel::escapesMarkupInTheNameTooltip()
{
    DeviceListModel model;
    model.setDevices({makeDevice("A", "<img src=x>"), makeDevice("B", "Tom & \"Jerry\"")}, "A");
    const QString tip = textAt(model, 0, DeviceListModel::NameColumn, Qt::ToolTipRole);
    QVERIFY2(!tip.contains("<img"), qPrintable(tip));
    QVERIFY2(tip.contains("&lt;img src=x&gt;"), qPrintable(tip));
    const QString second = textAt(model, 1, DeviceListModel::NameColumn, Qt::ToolTipRole);
    QVERIFY2(second.contains("Tom &amp; &quot;Jerry&quot;"), qPrintable(second));
}

void TestDeviceListModel::describesLastActivityAgainstTheReferenceTime()
{
    DeviceListModel model;
    model.setReferenceTime(referenceNow);
    QCOMPARE(model.referenceTime(), referenceNow);
    const qint64 seen = referenceNow.toMSecsSinceEpoch() - 30'000;
    model.setDevices({makeDevice("A", "a", seen)}, "A");
    QCOMPARE(textAt(model, 0, DeviceListModel::LastActivityColumn), QString("Just now"));
    QCOMPARE(textAt(model, 0, DeviceListModel::LastActivityColumn, Qt::ToolTipRole),
             RelativeTime::exact(seen));
    QCOMPARE(model.index(0, 0).data(DeviceListModel::LastSeenRole).toLongLong(), seen);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QDateTime later = referenceNow.addDays(3);
    model.setReferenceTime(later);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(textAt(model, 0, DeviceListModel::LastActivityColumn), RelativeTime::describe(seen, later));
    QVERIFY(textAt(model, 0, DeviceListModel::LastActivityColumn) != QString("Just now"));
}

void TestDeviceListModel::showsUnknownForMissingFields()
{
    DeviceListModel model;
    model.setDevices({makeDevice("A")}, "A");
    QCOMPARE(textAt(model, 0, DeviceListModel::LastActivityColumn), QString("Unknown"));
    QCOMPARE(textAt(model, 0, DeviceListModel::LastIpColumn), QString("Unknown"));
    QCOMPARE(model.index(0, 0).data(DeviceListModel::LastSeenRole).toLongLong(), qint64(-1));
    QVERIFY(!model.index(0, DeviceListModel::LastActivityColumn).data(Qt::ToolTipRole).isValid());
    QVERIFY(!model.index(0, DeviceListModel::NameColumn).data(Qt::ToolTipRole).isValid());
}

void TestDeviceListModel::marksInactiveAfterTheThreshold_data()
{
    QTest::addColumn<int>("thresholdDays");
    QTest::addColumn<double>("seenDaysAgo");
    QTest::addColumn<bool>("inactive");
    QTest::newRow("default, 89 days") << 0 << 89.0 << false;
    QTest::newRow("default, exactly 90 days") << 0 << 90.0 << false;
    QTest::newRow("default, 90 and a half days") << 0 << 90.5 << false;
    QTest::newRow("default, 91 days") << 0 << 91.0 << true;
    QTest::newRow("default, years") << 0 << 1000.0 << true;
    QTest::newRow("30 days, 31 days") << 30 << 31.0 << true;
    QTest::newRow("30 days, 30 days") << 30 << 30.0 << false;
    QTest::newRow("1 day, 2 days") << 1 << 2.0 << true;
    QTest::newRow("seen in the future") << 1 << -5.0 << false;
}

void TestDeviceListModel::marksInactiveAfterTheThreshold()
{
    QFETCH(int, thresholdDays);
    QFETCH(double, seenDaysAgo);
    QFETCH(bool, inactive);
    DeviceListModel model;
    QCOMPARE(model.inactiveAfterDays(), 90);
    if (thresholdDays > 0)
        model.setInactiveAfterDays(thresholdDays);
    model.setReferenceTime(referenceNow);
    model.setDevices({makeDevice("ME", "me", daysAgo(0)), makeDevice("OLD", "old", daysAgo(seenDaysAgo))},
                     "ME");
    QCOMPARE(model.index(1, 0).data(DeviceListModel::InactiveRole).toBool(), inactive);
    QCOMPARE(model.inactiveCount(), inactive ? 1 : 0);
}

void TestDeviceListModel::neverMarksTheCurrentOrUnknownSessionInactive()
{
    DeviceListModel model;
    model.setReferenceTime(referenceNow);
    model.setDevices({makeDevice("ME", "me", daysAgo(500)), makeDevice("UNKNOWN")}, "ME");
    QVERIFY(!model.index(0, 0).data(DeviceListModel::InactiveRole).toBool());
    QVERIFY(!model.index(1, 0).data(DeviceListModel::InactiveRole).toBool());
    QCOMPARE(model.inactiveCount(), 0);
}

// The current session is known by its row (DeviceListModel::isInactive): it must follow the session when rows
// before it go, and move to another session when whoami names another.
void TestDeviceListModel::currentSessionStaysActiveWhenRowsMove()
{
    DeviceListModel model;
    model.setReferenceTime(referenceNow);
    const auto old = [](const QString& id) { return makeDevice(id, id.toLower(), daysAgo(500)); };
    model.setDevices({old("A"), old("B"), old("ME")}, "ME");
    QCOMPARE(model.inactiveCount(), 2);
    QVERIFY(!model.isInactive(model.rowOf("ME")));

    model.setDevices({old("B"), old("ME"), old("C")}, "ME"); // A goes: ME moves up a row
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.inactiveCount(), 2);
    QVERIFY(!model.isInactive(model.rowOf("ME")));
    QVERIFY(model.isInactive(model.rowOf("B")));
    QVERIFY(model.isInactive(model.rowOf("C")));

    model.setDevices({old("B"), old("ME"), old("C")}, "C"); // signed in as another session
    QCOMPARE(model.inactiveCount(), 2);
    QVERIFY(model.isInactive(model.rowOf("ME")));
    QVERIFY(!model.isInactive(model.rowOf("C")));
    QVERIFY(!model.index(model.rowOf("C"), 0).data(DeviceListModel::InactiveRole).toBool());
}

void TestDeviceListModel::thresholdChangeRefreshesRows()
{
    DeviceListModel model;
    model.setReferenceTime(referenceNow);
    model.setDevices({makeDevice("ME"), makeDevice("A", "a", daysAgo(10)), makeDevice("B", "b", daysAgo(40))},
                     "ME");
    QCOMPARE(model.inactiveCount(), 0);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setInactiveAfterDays(30);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.inactiveAfterDays(), 30);
    QCOMPARE(model.inactiveCount(), 1);
    model.setInactiveAfterDays(5);
    QCOMPARE(model.inactiveCount(), 2);
    model.setInactiveAfterDays(0);
    QCOMPARE(model.inactiveAfterDays(), 1);
    model.setInactiveAfterDays(-10);
    QCOMPARE(model.inactiveAfterDays(), 1);
}

void TestDeviceListModel::statusSaysWhatTheRowIs()
{
    DeviceListModel model;
    model.setReferenceTime(referenceNow);
    model.setDevices(
        {makeDevice("ME"), makeDevice("ACTIVE", "a", daysAgo(1)), makeDevice("OLD", "o", daysAgo(100))},
        "ME");
    QCOMPARE(textAt(model, 0, DeviceListModel::StatusColumn), QString("This session"));
    QCOMPARE(textAt(model, 1, DeviceListModel::StatusColumn), QString("Active"));
    const QString old = textAt(model, 2, DeviceListModel::StatusColumn);
    QVERIFY2(old.contains("100"), qPrintable(old));
    model.setWaiting("ME", true);
    QCOMPARE(textAt(model, 0, DeviceListModel::StatusColumn), QString("Waiting for browser"));
}

void TestDeviceListModel::offersActions_data()
{
    QTest::addColumn<QStringList>("advertised");
    QTest::addColumn<QList<RowAction>>("forOthers");
    QTest::addColumn<QList<RowAction>>("forCurrent");
    using L = QList<RowAction>;
    QTest::newRow("nothing advertised") << QStringList{} << L{} << L{};
    QTest::newRow("only unrelated actions")
        << QStringList{"org.matrix.profile", "org.matrix.devices_list"} << L{} << L{};
    QTest::newRow("view only") << QStringList{"org.matrix.device_view"} << L{RowAction::View}
                               << L{RowAction::View};
    QTest::newRow("delete only") << QStringList{"org.matrix.device_delete"} << L{RowAction::SignOut} << L{};
    QTest::newRow("both") << QStringList{"org.matrix.device_view", "org.matrix.device_delete"}
                          << L{RowAction::View, RowAction::SignOut} << L{RowAction::View};
    QTest::newRow("older spellings") << QStringList{"session_view", "org.matrix.session_end"}
                                     << L{RowAction::View, RowAction::SignOut} << L{RowAction::View};
}

void TestDeviceListModel::offersActions()
{
    QFETCH(QStringList, advertised);
    QFETCH(QList<RowAction>, forOthers);
    QFETCH(QList<RowAction>, forCurrent);
    DeviceListModel model;
    model.setDevices({makeDevice("ME"), makeDevice("OTHER")}, "ME");
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setSessionActions(offering(advertised, "ME"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.actionsFor(0), forCurrent);
    QCOMPARE(model.actionsFor(1), forOthers);

    QList<int> asInts;
    for (const RowAction action : forOthers)
        asInts.append(int(action));
    QCOMPARE(model.index(1, DeviceListModel::ActionsColumn)
                 .data(DeviceListModel::RowActionsRole)
                 .value<QList<int>>(),
             asInts);
    const QString accessible = textAt(model, 1, DeviceListModel::ActionsColumn, Qt::AccessibleTextRole);
    if (forOthers.isEmpty())
        QVERIFY2(accessible.startsWith(QString("No actions")), qPrintable(accessible));
    for (const RowAction action : forOthers)
        QVERIFY2(accessible.contains(DeviceListModel::spokenActionLabel(action)), qPrintable(accessible));
}

void TestDeviceListModel::offersNativeSignOutOnClassicServers()
{
    DeviceListModel model;
    model.setDevices({makeDevice("ME"), makeDevice("OTHER")}, "ME");
    model.setSessionActions(offering({}, "ME", false)); // a classic server
    QCOMPARE(model.actionsFor(1), QList<RowAction>{RowAction::SignOut});
    QCOMPARE(model.actionsFor(0), QList<RowAction>{});
    model.setSessionActions(offering({}, "ME", true));
    QCOMPARE(model.actionsFor(1), QList<RowAction>{});
}

void TestDeviceListModel::searchKeyIsCaseFolded()
{
    DeviceListModel model;
    model.setDevices({makeDevice("AbCdEf", QString::fromUtf16(u"Straße PHONE"), std::nullopt, "10.0.0.1")},
                     "x");
    const QString key = textAt(model, 0, 0, DeviceListModel::SearchKeyRole);
    QVERIFY2(key.contains("abcdef"), qPrintable(key));
    QVERIFY2(key.contains("phone"), qPrintable(key));
    QVERIFY2(key.contains("10.0.0.1"), qPrintable(key));
    QVERIFY2(key.contains(QString::fromUtf16(u"straße").toCaseFolded()), qPrintable(key));
}

void TestDeviceListModel::accessibleTextNamesTheCurrentSession()
{
    DeviceListModel model;
    model.setDevices({makeDevice("ME", "laptop"), makeDevice("OTHER", "phone")}, "ME");
    const QString current = textAt(model, 0, DeviceListModel::NameColumn, Qt::AccessibleTextRole);
    QVERIFY2(current.contains("laptop") && current.contains("this session"), qPrintable(current));
    const QString other = textAt(model, 1, DeviceListModel::NameColumn, Qt::AccessibleTextRole);
    QVERIFY2(other.contains("phone") && !other.contains("this session"), qPrintable(other));
    QVERIFY(model.index(0, DeviceListModel::NameColumn).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!model.index(1, DeviceListModel::NameColumn).data(Qt::FontRole).isValid());
}

void TestDeviceListModel::accessibleTextSaysStateAndActionsInWords()
{
    DeviceListModel model;
    model.setReferenceTime(referenceNow);
    model.setDevices({makeDevice("ME", "laptop", daysAgo(0)), makeDevice("OLD", "phone", daysAgo(200)),
                      makeDevice("NEW", "tablet", daysAgo(1))},
                     "ME");
    model.setSessionActions(offering({"org.matrix.device_view", "org.matrix.device_delete"}, "ME"));
    model.setWaiting("NEW", true);
    const auto text = [&model](int row, int column, int role) { return textAt(model, row, column, role); };

    // The name cell says the state in words, never by colour or icon alone.
    QCOMPARE(text(0, DeviceListModel::NameColumn, Qt::AccessibleTextRole),
             model.index(0, 0).data().toString() + ", this session");
    QCOMPARE(text(1, DeviceListModel::NameColumn, Qt::AccessibleTextRole),
             model.index(1, 0).data().toString() + ", inactive");
    QCOMPARE(text(2, DeviceListModel::NameColumn, Qt::AccessibleTextRole),
             model.index(2, 0).data().toString() + ", waiting for the browser");
    // The actions cell names the device and its actions; this session has no sign-out.
    QCOMPARE(text(0, DeviceListModel::ActionsColumn, Qt::AccessibleTextRole),
             "Actions for " + model.index(0, 0).data().toString() + ": View");
    QCOMPARE(text(1, DeviceListModel::ActionsColumn, Qt::AccessibleTextRole),
             "Actions for " + model.index(1, 0).data().toString() + ": View, Sign out");
    // Every cell of a row carries the same description: name, ID, state, actions and their keys.
    for (int column = 0; column < DeviceListModel::ColumnCount; ++column) {
        const QString current = text(0, column, Qt::AccessibleDescriptionRole);
        QVERIFY2(current.contains("laptop") && current.contains("ME") && current.contains("This session") &&
                     current.contains("Actions: View.") && !current.contains("Sign out"),
                 qPrintable(current));
        const QString old = text(1, column, Qt::AccessibleDescriptionRole);
        QVERIFY2(old.contains("phone") && old.contains("Inactive for 200 day") &&
                     old.contains("Actions: View, Sign out") && old.contains("Delete to sign out"),
                 qPrintable(old));
        QVERIFY2(text(2, column, Qt::AccessibleDescriptionRole).contains("Waiting for browser"),
                 qPrintable(text(2, column, Qt::AccessibleDescriptionRole)));
    }
    model.setSessionActions(offering({}, "ME"));
    QCOMPARE(text(1, DeviceListModel::ActionsColumn, Qt::AccessibleTextRole),
             "No actions for " + model.index(1, 0).data().toString());
}

void TestDeviceListModel::headersNameTheColumns()
{
    DeviceListModel model;
    for (int column = 0; column < DeviceListModel::ColumnCount; ++column)
        QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
    QCOMPARE(model.headerData(DeviceListModel::DeviceIdColumn, Qt::Horizontal).toString(),
             QString("Device ID"));
}

QTEST_GUILESS_MAIN(TestDeviceListModel)
#include "tst_DeviceListModel.moc"
