#pragma once

#include <QPointer>
#include <QSortFilterProxyModel>

namespace gatehouse {

class DeviceListModel;

// Sorting and filtering over DeviceListModel. This session always comes first; then the chosen column,
// by default newest activity first, with unknown times last in either direction.
class DeviceFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Activity
    {
        All,
        ActiveOnly,
        InactiveOnly
    };

    explicit DeviceFilterModel(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* model) override;

    // Matches name, device ID and IP, case-insensitively, anywhere in them.
    void setSearchText(const QString& text);
    QString searchText() const { return m_search; }
    void setActivity(Activity activity);
    Activity activity() const { return m_activity; }

    // Whether the source row passes the filter as it is set now.
    bool acceptsSourceRow(int sourceRow) const;

Q_SIGNALS:
    // The search text or the activity changed so much that the rows are filtered anew in one layout change
    // (not as row removals and insertions). Until it comes, the rows are still the old ones, while
    // acceptsSourceRow() already answers for the new filter.
    void filterAboutToChange();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void refilter();
    int changedRuns(int limit) const;
    bool accepts(int sourceRow) const;

    QPointer<DeviceListModel> m_devices; // the source model, when it is one (it always is in Gatehouse)
    QString m_search;                    // case-folded
    Activity m_activity = Activity::All;
    QList<bool> m_verdicts; // per source row, while refilter() applies a new filter
};

} // namespace gatehouse
