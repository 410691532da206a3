#include "model/DeviceFilterModel.h"

#include "model/DeviceListModel.h"

namespace gatehouse {

DeviceFilterModel::DeviceFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(false);
}

void DeviceFilterModel::setSourceModel(QAbstractItemModel* model)
{
    m_devices = qobject_cast<DeviceListModel*>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void DeviceFilterModel::setSearchText(const QString& text)
{
    const QString folded = text.trimmed().toCaseFolded();
    if (folded == m_search)
        return;
    m_search = folded;
    refilter();
}

void DeviceFilterModel::setActivity(Activity activity)
{
    if (activity == m_activity)
        return;
    m_activity = activity;
    refilter();
}

bool DeviceFilterModel::acceptsSourceRow(int sourceRow) const
{
    return filterAcceptsRow(sourceRow, {});
}

void DeviceFilterModel::refilter()
{
    if (!m_devices) {
        invalidateRowsFilter();
        return;
    }
    // Each row is judged once here; QSortFilterProxyModel asks again below and gets these verdicts.
    m_verdicts.resize(m_devices->rowCount());
    for (int row = 0; row < m_verdicts.size(); ++row)
        m_verdicts[row] = accepts(row);

    // invalidateRowsFilter() removes and inserts the rows that change run by run, and in Qt 6.4 each run
    // costs the view's vertical header O(rows): a keystroke that kept a tenth of 10,000 rows, in ~900 runs,
    // took ~50 ms. Past a few dozen runs, one layout change that filters and sorts all rows anew is cheaper.
    // Views that move their current row off rows that go away (SessionTable) do it on filterAboutToChange().
    constexpr int MostRunsChangedOneByOne = 32;
    if (changedRuns(MostRunsChangedOneByOne) <= MostRunsChangedOneByOne) {
        invalidateRowsFilter();
    } else {
        Q_EMIT filterAboutToChange();
        invalidate();
    }
    m_verdicts.clear();
}

int DeviceFilterModel::changedRuns(int limit) const
{
    // Runs of shown rows the new filter removes...
    int runs = 0;
    bool inRun = false;
    QList<bool> shown(m_verdicts.size(), false);
    for (int row = 0, rows = rowCount(); row < rows; ++row) {
        const int source = mapToSource(index(row, 0)).row();
        shown[source] = true;
        const bool goes = !m_verdicts[source];
        if (goes && !inRun && ++runs > limit)
            return runs;
        inRun = goes;
    }
    // ...and rows it adds, each counted as a run of its own: where they go is only known once sorted.
    for (int source = 0; source < m_verdicts.size(); ++source) {
        if (!shown[source] && m_verdicts[source] && ++runs > limit)
            return runs;
    }
    return runs;
}

// accepts() and lessThan() run for every row on each keystroke and O(n log n) times per sort, so they read
// the DeviceListModel's rows directly instead of going through QVariant data() calls. They mean the same as
// the roles named in the comments.
bool DeviceFilterModel::accepts(int sourceRow) const
{
    if (m_activity != Activity::All) {
        const bool inactive = m_devices->isInactive(sourceRow); // InactiveRole
        if (inactive != (m_activity == Activity::InactiveOnly))
            return false;
    }
    if (m_search.isEmpty())
        return true;
    return m_devices->searchKey(sourceRow).contains(m_search); // SearchKeyRole
}

bool DeviceFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_devices || sourceParent.isValid())
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    if (sourceRow < m_verdicts.size())
        return m_verdicts[sourceRow];
    return accepts(sourceRow);
}

bool DeviceFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (!m_devices)
        return QSortFilterProxyModel::lessThan(left, right);
    const bool ascending = sortOrder() == Qt::AscendingOrder;
    // "Comes first" must win in both directions, so it is expressed relative to the sort order.
    const auto first = [ascending](bool leftFirst) { return ascending ? leftFirst : !leftFirst; };
    const int leftRow = left.row();
    const int rightRow = right.row();

    const bool leftCurrent = m_devices->isCurrent(leftRow); // IsCurrentRole
    const bool rightCurrent = m_devices->isCurrent(rightRow);
    if (leftCurrent != rightCurrent)
        return first(leftCurrent);

    const Device& leftDevice = m_devices->deviceAt(leftRow);
    const Device& rightDevice = m_devices->deviceAt(rightRow);
    if (left.column() == DeviceListModel::LastActivityColumn ||
        left.column() == DeviceListModel::StatusColumn) {
        const qint64 leftSeen = leftDevice.lastSeenTs.value_or(-1); // LastSeenRole
        const qint64 rightSeen = rightDevice.lastSeenTs.value_or(-1);
        if ((leftSeen < 0) != (rightSeen < 0))
            return first(rightSeen < 0);
        if (leftSeen != rightSeen)
            return leftSeen < rightSeen;
    } else {
        // DisplayRole compared case-insensitively; the case-folded keys compared exactly give the same order.
        const QString& leftKey = m_devices->sortKey(leftRow, left.column());
        const QString& rightKey = m_devices->sortKey(rightRow, right.column());
        const int order =
            !leftKey.isEmpty() && !rightKey.isEmpty()
                ? QString::compare(leftKey, rightKey, Qt::CaseSensitive)
                : QString::compare(m_devices->displayText(leftRow, left.column()),
                                   m_devices->displayText(rightRow, right.column()), Qt::CaseInsensitive);
        if (order != 0)
            return order < 0;
    }
    // Ties fall back to the device ID, ascending in either direction: the order is stable from one refresh
    // to the next, and the default order (newest first) is DeviceOrder's, the order of --list.
    return ascending ? leftDevice.id < rightDevice.id : rightDevice.id < leftDevice.id; // DeviceIdRole
}

} // namespace gatehouse
