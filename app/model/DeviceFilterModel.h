#pragma once

#include <QSortFilterProxyModel>

namespace gatehouse {

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

    // Matches name, device ID and IP, case-insensitively, anywhere in them.
    void setSearchText(const QString& text);
    QString searchText() const { return m_search; }
    void setActivity(Activity activity);
    Activity activity() const { return m_activity; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_search; // case-folded
    Activity m_activity = Activity::All;
};

} // namespace gatehouse
