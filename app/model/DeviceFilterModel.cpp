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

void DeviceFilterModel::setSearchText(const QString& text)
{
    const QString folded = text.trimmed().toCaseFolded();
    if (folded == m_search)
        return;
    m_search = folded;
    invalidateRowsFilter();
}

void DeviceFilterModel::setActivity(Activity activity)
{
    if (activity == m_activity)
        return;
    m_activity = activity;
    invalidateRowsFilter();
}

bool DeviceFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_activity != Activity::All) {
        const bool inactive = index.data(DeviceListModel::InactiveRole).toBool();
        if (inactive != (m_activity == Activity::InactiveOnly))
            return false;
    }
    if (m_search.isEmpty())
        return true;
    return index.data(DeviceListModel::SearchKeyRole).toString().contains(m_search);
}

bool DeviceFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const bool ascending = sortOrder() == Qt::AscendingOrder;
    // "Comes first" must win in both directions, so it is expressed relative to the sort order.
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
    // Ties fall back to the device ID, ascending in either direction: the order is stable from one refresh
    // to the next, and the default order (newest first) is DeviceOrder's, the order of --list.
    const QString leftId = left.data(DeviceListModel::DeviceIdRole).toString();
    const QString rightId = right.data(DeviceListModel::DeviceIdRole).toString();
    return ascending ? leftId < rightId : rightId < leftId;
}

} // namespace gatehouse
