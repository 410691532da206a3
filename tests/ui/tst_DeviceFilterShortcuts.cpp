// DeviceFilterModel takes shortcuts for speed: it reads the model's rows directly instead of its roles,
// compares case-folded sort keys, and applies a filter that changes many rows as one layout change (with
// SessionTable moving its current row as Qt would on row removal). These tests hold it to the plain
// QSortFilterProxyModel it replaces, which reads the roles and applies filters row by row: same rows, same
// order, same current and selected row, for random sessions, sort columns and typing.
#include "model/DeviceFilterModel.h"
#include "model/DeviceListModel.h"
#include "sessions/SessionTable.h"

#include <QApplication>
#include <QRandomGenerator>
#include <QTest>

using namespace gatehouse;

namespace {

// The filter and order as DeviceFilterModel first had them, through data() and invalidateRowsFilter().
class ReferenceFilter : public QSortFilterProxyModel
{
public:
    ReferenceFilter()
    {
        setDynamicSortFilter(true);
        setSortCaseSensitivity(Qt::CaseInsensitive);
        setSortLocaleAware(false);
    }

    void setSearchText(const QString& text)
    {
        const QString folded = text.trimmed().toCaseFolded();
        if (folded == m_search)
            return;
        m_search = folded;
        invalidateRowsFilter();
    }

    void setActivity(DeviceFilterModel::Activity activity)
    {
        if (activity == m_activity)
            return;
        m_activity = activity;
        invalidateRowsFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override
    {
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        if (m_activity != DeviceFilterModel::Activity::All) {
            const bool inactive = index.data(DeviceListModel::InactiveRole).toBool();
            if (inactive != (m_activity == DeviceFilterModel::Activity::InactiveOnly))
                return false;
        }
        if (m_search.isEmpty())
            return true;
        return index.data(DeviceListModel::SearchKeyRole).toString().contains(m_search);
    }

    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override
    {
        const bool ascending = sortOrder() == Qt::AscendingOrder;
        const auto first = [ascending](bool leftFirst) { return ascending ? leftFirst : !leftFirst; };
        const bool leftCurrent = left.data(DeviceListModel::IsCurrentRole).toBool();
        const bool rightCurrent = right.data(DeviceListModel::IsCurrentRole).toBool();
        if (leftCurrent != rightCurrent)
            return first(leftCurrent);
        const qint64 leftSeen = left.data(DeviceListModel::LastSeenRole).toLongLong();
        const qint64 rightSeen = right.data(DeviceListModel::LastSeenRole).toLongLong();
        if (left.column() == DeviceListModel::LastActivityColumn ||
            left.column() == DeviceListModel::StatusColumn) {
            if ((leftSeen < 0) != (rightSeen < 0))
                return first(rightSeen < 0);
            if (leftSeen != rightSeen)
                return leftSeen < rightSeen;
        } else {
            const int order = QString::compare(left.data(Qt::DisplayRole).toString(),
                                               right.data(Qt::DisplayRole).toString(), Qt::CaseInsensitive);
            if (order != 0)
                return order < 0;
        }
        const QString leftId = left.data(DeviceListModel::DeviceIdRole).toString();
        const QString rightId = right.data(DeviceListModel::DeviceIdRole).toString();
        return ascending ? leftId < rightId : rightId < leftId; // ties: ascending IDs in either direction
    }

private:
    QString m_search;
    DeviceFilterModel::Activity m_activity = DeviceFilterModel::Activity::All;
};

const QDateTime Now = QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);

QList<Device> randomDevices(QRandomGenerator& random, int count)
{
    // Words in different cases and scripts; surrogates (emoji, Deseret) and an isolate among them.
    QStringList words = {"Element",       "element", "ELEMENT", "Ábc",    "abc",    "Straße",  "STRASSE",
                         "İstanbul",      "ΣΊΣΥΦΟΣ", "σίσυφος", "Fluffy", "fluffy", "😀 phone", "𐐀𐐨",
                         "\u2068x\u2069", "z",       "Z",       "#1",     "_",      "[lab]",   "`",
                         "\u00e9",        "e\u0301", "ﬀ",       "FF"};
    // Lone high surrogates (names show them as U+FFFD) and a pair after the same high surrogate.
    words << (QString(QChar(0xD83D)) + QChar(0xFB00)) << (QString(QChar(0xD83D)) + QChar(0xDE01));
    QList<Device> devices;
    for (int i = 0; i < count; ++i) {
        Device device;
        device.id = QString("D%1%2").arg(QChar(u'A' + random.bounded(3))).arg(i);
        if (random.bounded(8) == 0)
            device.id = device.id.toLower();
        if (random.bounded(6) != 0) {
            QStringList name;
            for (int w = int(random.bounded(1, 4)); w > 0; --w)
                name.append(words.at(random.bounded(int(words.size()))));
            device.displayName = name.join(' ');
        } else if (random.bounded(2) == 0) {
            device.displayName = QString();
        }
        if (random.bounded(5) != 0)
            device.lastSeenIp = QString("198.51.100.%1").arg(random.bounded(1, 30));
        if (random.bounded(7) != 0) // some alike, some long ago, some missing
            device.lastSeenTs = Now.toMSecsSinceEpoch() - qint64(random.bounded(0, 200)) * 24 * 3600 * 1000;
        devices.append(device);
    }
    return devices;
}

QStringList idsOf(const QAbstractItemModel& model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(DeviceListModel::DeviceIdRole).toString());
    return ids;
}

QString currentId(const SessionTable& table)
{
    return table.currentDeviceId();
}

QStringList selectedIds(const SessionTable& table)
{
    QStringList ids;
    for (const QModelIndex& index : table.selectionModel()->selectedRows())
        ids.append(index.data(DeviceListModel::DeviceIdRole).toString());
    ids.sort();
    return ids;
}

// The model with both proxies on it, each under a session table.
struct Pair
{
    explicit Pair(const QList<Device>& devices, const QString& current)
    {
        model.setReferenceTime(Now);
        model.setInactiveAfterDays(90);
        model.setDevices(devices, current);
        fast.setSourceModel(&model);
        reference.setSourceModel(&model);
        fastTable.setModel(&fast);
        referenceTable.setModel(&reference);
        for (SessionTable* table : {&fastTable, &referenceTable}) {
            table->sortByColumn(DeviceListModel::LastActivityColumn, Qt::DescendingOrder);
            table->resize(800, 400);
            table->show();
        }
    }

    DeviceListModel model;
    DeviceFilterModel fast;
    ReferenceFilter reference;
    SessionTable fastTable;
    SessionTable referenceTable;
};

} // namespace

class TestDeviceFilterShortcuts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sortsAsTheRolesDo_data();
    void sortsAsTheRolesDo();
    void filtersAndMovesTheCurrentRowAsRowByRowFilteringDoes();
};

void TestDeviceFilterShortcuts::sortsAsTheRolesDo_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    for (int column = 0; column < DeviceListModel::ColumnCount; ++column) {
        QTest::addRow("column %d ascending", column) << column << Qt::AscendingOrder;
        QTest::addRow("column %d descending", column) << column << Qt::DescendingOrder;
    }
}

void TestDeviceFilterShortcuts::sortsAsTheRolesDo()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    for (quint32 seed = 1; seed <= 20; ++seed) {
        QRandomGenerator random(seed);
        const QList<Device> devices = randomDevices(random, 300);
        Pair pair(devices, devices.at(random.bounded(int(devices.size()))).id);
        pair.fast.sort(column, order);
        pair.reference.sort(column, order);
        QCOMPARE(idsOf(pair.fast), idsOf(pair.reference));
    }
}

void TestDeviceFilterShortcuts::filtersAndMovesTheCurrentRowAsRowByRowFilteringDoes()
{
    int layoutChanges = 0;
    for (quint32 seed = 1; seed <= 12; ++seed) {
        QRandomGenerator random(seed);
        const QList<Device> devices = randomDevices(random, 600);
        Pair pair(devices, devices.first().id);
        connect(&pair.fast, &DeviceFilterModel::filterAboutToChange, this,
                [&layoutChanges] { ++layoutChanges; });
        const int column = int(random.bounded(DeviceListModel::ColumnCount));
        pair.fastTable.sortByColumn(column, Qt::AscendingOrder);
        pair.referenceTable.sortByColumn(column, Qt::AscendingOrder);

        QString text;
        for (int step = 0; step < 60; ++step) {
            // Now and then the user picks a row (or none); then types, deletes, or changes the activity.
            if (random.bounded(4) == 0 && pair.fast.rowCount() > 0) {
                const int row = int(random.bounded(pair.fast.rowCount()));
                const QString id = pair.fast.index(row, 0).data(DeviceListModel::DeviceIdRole).toString();
                pair.fastTable.setCurrentIndex(pair.fast.index(row, 0));
                const QStringList referenceIds = idsOf(pair.reference);
                pair.referenceTable.setCurrentIndex(pair.reference.index(int(referenceIds.indexOf(id)), 0));
            }
            switch (random.bounded(6)) {
            case 0:
                text.chop(1);
                break;
            case 1:
                text.clear();
                break;
            case 2: {
                const auto activity = DeviceFilterModel::Activity(random.bounded(3));
                pair.fast.setActivity(activity);
                pair.reference.setActivity(activity);
                break;
            }
            default:
                text += QString("aeilmnst1.2 ").at(random.bounded(12));
                break;
            }
            pair.fast.setSearchText(text);
            pair.reference.setSearchText(text);

            const QString where = QString("seed %1, step %2, text \"%3\"").arg(seed).arg(step).arg(text);
            QVERIFY2(idsOf(pair.fast) == idsOf(pair.reference), qPrintable(where));
            QVERIFY2(currentId(pair.fastTable) == currentId(pair.referenceTable), qPrintable(where));
            QVERIFY2(selectedIds(pair.fastTable) == selectedIds(pair.referenceTable), qPrintable(where));
        }
    }
    // Both ways of applying a filter were taken.
    QVERIFY(layoutChanges > 10);
}

QTEST_MAIN(TestDeviceFilterShortcuts)
#include "tst_DeviceFilterShortcuts.moc"
