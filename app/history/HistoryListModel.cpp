#include "history/HistoryListModel.h"

#include "text/SessionText.h"
#include "text/UntrustedText.h"

#include <QLocale>

#include <algorithm>

namespace gatehouse {

HistoryListModel::HistoryListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int HistoryListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int HistoryListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryListModel::periodLabel(Period period)
{
    switch (period) {
    case Period::Week:
        return tr("Last 7 days");
    case Period::Month:
        return tr("Last 30 days");
    case Period::Year:
        return tr("Last year");
    case Period::All:
        return tr("All");
    }
    return {};
}

QString HistoryListModel::howText(HistorySession::RemovedHow how)
{
    switch (how) {
    case HistorySession::RemovedHow::SignedOutByGatehouse:
        return tr("Signed out with Gatehouse");
    case HistorySession::RemovedHow::Vanished:
        return tr("Disappeared (signed out elsewhere or expired)");
    case HistorySession::RemovedHow::NotRemoved:
        return tr("Still signed in");
    }
    return {};
}

QString HistoryListModel::timeText(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : SessionText::unknown();
}

void HistoryListModel::setSessions(const QList<HistorySession>& sessions)
{
    m_all = sessions;
    rebuild();
}

void HistoryListModel::setPeriod(Period period)
{
    if (period == m_period)
        return;
    m_period = period;
    rebuild();
}

void HistoryListModel::setReferenceTime(const QDateTime& now)
{
    m_referenceTime = now;
    rebuild();
}

void HistoryListModel::rebuild()
{
    const QDateTime now = m_referenceTime.isValid() ? m_referenceTime : QDateTime::currentDateTimeUtc();
    QDateTime since;
    switch (m_period) {
    case Period::Week:
        since = now.addDays(-7);
        break;
    case Period::Month:
        since = now.addDays(-30);
        break;
    case Period::Year:
        since = now.addDays(-365);
        break;
    case Period::All:
        break;
    }
    beginResetModel();
    m_shown.clear();
    for (const HistorySession& session : std::as_const(m_all)) {
        if (!session.isPresent() && (!since.isValid() || session.removedAt >= since))
            m_shown.append(session);
    }
    std::stable_sort(m_shown.begin(), m_shown.end(), [](const HistorySession& a, const HistorySession& b) {
        return a.removedAt > b.removedAt;
    });
    endResetModel();
}

QVariant HistoryListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_shown.size())
        return {};
    const HistorySession& session = m_shown.at(index.row());
    if (role == DeviceIdRole)
        return session.deviceId;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case NameColumn: {
        const QString name = UntrustedText::forDisplay(session.displayName.value_or(QString()), 100);
        return name.isEmpty() ? SessionText::unnamed() : name;
    }
    case DeviceIdColumn:
        return UntrustedText::forDisplay(session.deviceId, 80);
    case FirstSeenColumn:
        return timeText(session.firstSeen);
    case RemovedAtColumn:
        return timeText(session.removedAt);
    case HowColumn:
        return howText(session.removedHow);
    case AddressesColumn:
        return QString::number(session.ips.size());
    default:
        return {};
    }
}

QVariant HistoryListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Session");
    case DeviceIdColumn:
        return tr("Device ID");
    case FirstSeenColumn:
        return tr("First seen");
    case RemovedAtColumn:
        return tr("Gone since");
    case HowColumn:
        return tr("How");
    case AddressesColumn:
        return tr("IP addresses");
    default:
        return {};
    }
}

} // namespace gatehouse
