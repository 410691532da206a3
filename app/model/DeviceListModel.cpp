#include "model/DeviceListModel.h"

#include "model/DeviceKind.h"
#include "model/RelativeTime.h"
#include "model/SameDeviceHints.h"
#include "text/EncryptionText.h"
#include "text/SessionText.h"
#include "text/UntrustedText.h"

#include <QFont>

#include <algorithm>

namespace gatehouse {

namespace {

// QString::toCaseFolded(), quicker for ASCII, where folding is A-Z to a-z. Folding again what was already
// folded changes nothing, so the fall-back may start from a half-folded text.
QString caseFolded(QString text)
{
    char16_t* const begin = reinterpret_cast<char16_t*>(text.data());
    char16_t* const end = begin + text.size();
    for (char16_t* c = begin; c != end; ++c) {
        if (*c >= 0x80)
            return std::move(text).toCaseFolded();
        if (*c >= u'A' && *c <= u'Z')
            *c += u'a' - u'A';
    }
    return text;
}

// The text as QString::compare(..., Qt::CaseInsensitive) sees it in Qt 6.4: for text without surrogates,
// each UTF-16 unit case-folded on its own, so that comparing the results exactly (UTF-16 unit by unit) gives
// the same order. Text with surrogates gives an empty key: such texts are compared themselves. (Checked
// against QString::compare on 40 million random pairs, all BMP code points among them.)
QString foldedForComparison(const QString& text)
{
    QString folded(text.size(), Qt::Uninitialized);
    char16_t* out = reinterpret_cast<char16_t*>(folded.data());
    for (const QChar c : text) {
        const char16_t unit = c.unicode();
        if (unit < 0x80)
            *out++ = unit >= u'A' && unit <= u'Z' ? char16_t(unit + (u'a' - u'A')) : unit;
        else if (QChar::isSurrogate(unit))
            return QString();
        else
            *out++ = char16_t(QChar::toCaseFolded(char32_t(unit)));
    }
    return folded;
}

} // namespace

DeviceListModel::DeviceListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

DeviceListModel::Row DeviceListModel::makeRow(const Device& device)
{
    Row row;
    row.device = device;
    return row;
}

QString DeviceListModel::shownName(const Device& device)
{
    return device.displayName && !device.displayName->isEmpty()
               ? UntrustedText::forDisplay(*device.displayName)
               : QString();
}

const QString& DeviceListModel::searchKey(int row) const
{
    const Row& entry = m_rows.at(row);
    if (entry.searchKey.isNull()) {
        const Device& device = entry.device;
        entry.searchKey = caseFolded(device.displayName.value_or(QString()) + u'\n' + device.id + u'\n' +
                                     device.lastSeenIp.value_or(QString()));
    }
    return entry.searchKey;
}

const QString& DeviceListModel::sortKey(int row, int column) const
{
    if (column != m_sortKeyColumn) {
        for (const Row& entry : m_rows)
            entry.sortKey.reset();
        m_sortKeyColumn = column;
    }
    const Row& entry = m_rows.at(row);
    if (!entry.sortKey)
        entry.sortKey = foldedForComparison(displayText(row, column));
    return *entry.sortKey;
}

// As QAbstractTableModel::index(), without its two virtual calls: the proxy asks for two indexes per
// comparison.
QModelIndex DeviceListModel::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || row >= m_rows.size() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column);
}

int DeviceListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeviceListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QDateTime DeviceListModel::referenceTime() const
{
    return m_referenceTime.isValid() ? m_referenceTime : QDateTime::currentDateTimeUtc();
}

void DeviceListModel::setReferenceTime(const QDateTime& now)
{
    m_referenceTime = now;
    emitAllRowsChanged();
}

qint64 DeviceListModel::referenceMSecs() const
{
    return referenceTime().toMSecsSinceEpoch();
}

bool DeviceListModel::isInactive(int row, qint64 referenceMSecs) const
{
    return SessionActions::isInactive(m_rows.at(row).device.lastSeenTs, row == m_currentRow,
                                      m_inactiveAfterDays, referenceMSecs);
}

int DeviceListModel::inactiveCount() const
{
    const qint64 now = referenceMSecs(); // once, not once per row
    int count = 0;
    for (int row = 0; row < m_rows.size(); ++row)
        count += isInactive(row, now) ? 1 : 0;
    return count;
}

QString DeviceListModel::actionLabel(RowAction action)
{
    switch (action) {
    case RowAction::View:
        return tr("View");
    case RowAction::SignOut:
        return tr("Sign out…");
    }
    return {};
}

QString DeviceListModel::spokenActionLabel(RowAction action)
{
    switch (action) {
    case RowAction::View:
        return tr("View");
    case RowAction::SignOut:
        return tr("Sign out");
    }
    return {};
}

QString DeviceListModel::accessibleName(int row) const
{
    const Row& entry = m_rows.at(row);
    const QString name = m_new.contains(entry.device.id) ? tr("%1, new").arg(displayText(row, NameColumn))
                                                         : displayText(row, NameColumn);
    if (m_waiting.contains(entry.device.id))
        return isCurrent(row) ? tr("%1, this session, waiting for the browser").arg(name)
                              : tr("%1, waiting for the browser").arg(name);
    if (isCurrent(row))
        return tr("%1, this session").arg(name);
    if (isInactive(row, referenceMSecs()))
        return tr("%1, inactive").arg(name);
    return name;
}

QString DeviceListModel::accessibleActions(int row) const
{
    const QList<RowAction> actions = actionsFor(row);
    const QString name = displayText(row, NameColumn);
    if (actions.isEmpty())
        return tr("No actions for %1").arg(name);
    QStringList labels;
    for (const RowAction action : actions)
        labels.append(spokenActionLabel(action));
    return tr("Actions for %1: %2").arg(name, labels.join(QStringLiteral(", ")));
}

QString DeviceListModel::accessibleDescription(int row) const
{
    const Row& entry = m_rows.at(row);
    QStringList parts;
    parts.append(
        tr("Session %1, device ID %2").arg(displayText(row, NameColumn), displayText(row, DeviceIdColumn)));
    parts.append(statusText(row));
    // What the row's glyph and Encryption column show.
    parts.append(tr("Kind of device: %1")
                     .arg(DeviceKind::label(DeviceKind::guess(m_recognition.client(entry.device.id),
                                                              entry.device.displayName))));
    if (m_recognition.answered)
        parts.append(
            tr("Encryption: %1").arg(EncryptionText::label(m_recognition.encryption(entry.device.id))));
    if (entry.device.lastSeenTs)
        parts.append(tr("Last activity %1").arg(displayText(row, LastActivityColumn)));
    const QList<RowAction> actions = actionsFor(row);
    if (actions.isEmpty()) {
        parts.append(isCurrent(row) ? tr("No actions: this is the session Gatehouse is using")
                                    : tr("No actions"));
    } else {
        QStringList labels;
        for (const RowAction action : actions)
            labels.append(spokenActionLabel(action));
        QString keys = tr("Actions: %1. Press Enter for the menu").arg(labels.join(QStringLiteral(", ")));
        if (actions.contains(RowAction::SignOut))
            keys += tr(", Delete to sign out");
        parts.append(keys);
    }
    return parts.join(QStringLiteral(". ")) + u'.';
}

QList<RowAction> DeviceListModel::actionsFor(int row) const
{
    return m_actions.forSession(m_rows.at(row).device.id);
}

QString DeviceListModel::statusText(int row) const
{
    const Device& device = m_rows.at(row).device;
    if (m_waiting.contains(device.id))
        return tr("Waiting for browser");
    if (isCurrent(row))
        return tr("This session");
    if (isInactive(row, referenceMSecs()))
        return tr("Inactive for %n day(s)", nullptr,
                  int(RelativeTime::daysBetween(*device.lastSeenTs, referenceTime())));
    if (!device.lastSeenTs)
        return tr("No activity recorded");
    return tr("Active");
}

QString DeviceListModel::displayText(int row, int column) const
{
    const Row& entry = m_rows.at(row);
    const Device& device = entry.device;
    switch (column) {
    case NameColumn: {
        const QString shown = shownName(device);
        return shown.isEmpty() ? SessionText::unnamed() : shown;
    }
    case DeviceIdColumn:
        return UntrustedText::forDisplay(device.id, 80);
    case LastActivityColumn:
        return device.lastSeenTs ? RelativeTime::describe(*device.lastSeenTs, referenceTime())
                                 : SessionText::unknown();
    case LastIpColumn:
        return device.lastSeenIp ? UntrustedText::forDisplay(*device.lastSeenIp, 60) : SessionText::unknown();
    case StatusColumn:
        return statusText(row);
    case EncryptionColumn:
        return m_recognition.answered ? EncryptionText::label(m_recognition.encryption(device.id))
                                      : QString();
    default:
        return {};
    }
}

void DeviceListModel::setDevices(const QList<Device>& devices, const QString& currentDeviceId)
{
    applyDevices(devices, currentDeviceId);
    // The apps come later (setRecognition); with none known there is nothing to compare.
    m_sameDevice = m_recognition.clients.isEmpty() ? QHash<QString, QStringList>()
                                                   : SameDeviceHints::find(devices, m_recognition.clients);
}

void DeviceListModel::setRecognition(const Recognition& recognition)
{
    m_recognition = recognition;
    QList<Device> devices;
    devices.reserve(m_rows.size());
    for (const Row& row : std::as_const(m_rows))
        devices.append(row.device);
    m_sameDevice = SameDeviceHints::find(devices, m_recognition.clients);
    if (m_sortKeyColumn == EncryptionColumn) {
        for (const Row& row : std::as_const(m_rows))
            row.sortKey.reset();
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

QString DeviceListModel::sameDeviceHint(int row) const
{
    const auto others = m_sameDevice.constFind(m_rows.at(row).device.id);
    if (others == m_sameDevice.cend())
        return {};
    QStringList names;
    for (const QString& id : *others) {
        const int other = rowOf(id);
        names.append(
            other >= 0 ? tr("%1 (%2)").arg(displayText(other, NameColumn), displayText(other, DeviceIdColumn))
                       : UntrustedText::forDisplay(id, 80));
    }
    return tr("Possibly the same device as %1").arg(names.join(QStringLiteral(", ")));
}

QVariant DeviceListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    const Device& device = row.device;
    const bool current = isCurrent(index.row());

    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == ActionsColumn)
            return {};
        return displayText(index.row(), index.column());
    case Qt::ToolTipRole:
        if (index.column() == LastActivityColumn && device.lastSeenTs)
            return RelativeTime::exact(*device.lastSeenTs);
        if (index.column() == EncryptionColumn && m_recognition.answered)
            return QString(EncryptionText::explanation(m_recognition.encryption(device.id)) + u'\n' +
                           EncryptionText::reliance());
        if (index.column() == NameColumn) {
            // Escaped inside a rich-text paragraph: a name holding markup is shown as the characters it is.
            if (const QString shown = shownName(device); !shown.isEmpty())
                return QString(u"<p>" + shown.toHtmlEscaped() + u"</p>");
        }
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == NameColumn)
            return accessibleName(index.row());
        if (index.column() == ActionsColumn)
            return accessibleActions(index.row());
        return displayText(index.row(), index.column());
    case Qt::AccessibleDescriptionRole:
        return accessibleDescription(index.row());
    case Qt::FontRole:
        if (current && index.column() == NameColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case DeviceIdRole:
        return device.id;
    case IsCurrentRole:
        return current;
    case LastSeenRole:
        return device.lastSeenTs ? *device.lastSeenTs : qint64(-1);
    case InactiveRole:
        return isInactive(index.row(), referenceMSecs());
    case WaitingRole:
        return m_waiting.contains(device.id);
    case NewRole:
        return m_new.contains(device.id);
    case SearchKeyRole:
        return searchKey(index.row());
    case RowActionsRole: {
        QList<int> actions;
        for (const RowAction action : actionsFor(index.row()))
            actions.append(int(action));
        return QVariant::fromValue(actions);
    }
    case DisplayNameRole:
        return device.displayName.value_or(QString());
    case LastIpRole:
        return device.lastSeenIp.value_or(QString());
    case EncryptionRole:
        return m_recognition.answered ? int(m_recognition.encryption(device.id)) : -1;
    case DeviceKindRole:
        return int(DeviceKind::guess(m_recognition.client(device.id), device.displayName));
    case SameDeviceRole:
        return sameDeviceHint(index.row());
    default:
        return {};
    }
}

void DeviceListModel::setNewSessions(const QSet<QString>& deviceIds)
{
    if (deviceIds == m_new)
        return;
    const QSet<QString> changed = (deviceIds - m_new) + (m_new - deviceIds);
    m_new = deviceIds;
    for (const QString& id : changed) {
        if (const int row = rowOf(id); row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

QVariant DeviceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Session");
    case DeviceIdColumn:
        return tr("Device ID");
    case LastActivityColumn:
        return tr("Last activity");
    case LastIpColumn:
        return tr("Last IP address");
    case StatusColumn:
        return tr("Status");
    case ActionsColumn:
        return tr("Actions");
    case EncryptionColumn:
        return tr("Encryption");
    default:
        return {};
    }
}

void DeviceListModel::rebuildIndex()
{
    m_rowById.clear();
    m_rowById.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows.at(i).device.id, i);
    m_currentRow = rowOf(m_currentDeviceId);
}

void DeviceListModel::applyDevices(const QList<Device>& devices, const QString& currentDeviceId)
{
    const bool currentChanged = currentDeviceId != m_currentDeviceId;
    m_currentDeviceId = currentDeviceId;
    m_currentRow = rowOf(m_currentDeviceId);

    if (m_rows.isEmpty()) {
        // First load: one insertion is far cheaper than thousands of single-row updates. A repeated ID keeps
        // the place of its first entry and the content of its last.
        QList<Row> rows;
        rows.reserve(devices.size());
        QHash<QString, int> rowById;
        rowById.reserve(devices.size());
        for (const Device& device : devices) {
            const auto known = rowById.constFind(device.id);
            if (known != rowById.cend()) {
                rows[*known] = makeRow(device);
                continue;
            }
            rowById.insert(device.id, int(rows.size()));
            rows.append(makeRow(device));
        }
        if (!rows.isEmpty()) {
            beginInsertRows({}, 0, int(rows.size()) - 1);
            m_rows = std::move(rows);
            m_rowById = std::move(rowById);
            m_currentRow = rowOf(m_currentDeviceId);
            endInsertRows();
        }
        return;
    }

    QHash<QString, const Device*> incoming;
    incoming.reserve(devices.size());
    for (const Device& device : devices)
        incoming.insert(device.id, &device); // a repeated ID keeps its last entry

    // Removed sessions go, in contiguous runs from the end so row numbers stay valid.
    for (int last = int(m_rows.size()) - 1; last >= 0;) {
        if (incoming.contains(m_rows.at(last).device.id)) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !incoming.contains(m_rows.at(first - 1).device.id))
            --first;
        beginRemoveRows({}, first, last);
        for (int i = last; i >= first; --i)
            m_waiting.remove(m_rows.at(i).device.id);
        m_rows.remove(first, last - first + 1);
        if (m_currentRow > last)
            m_currentRow -= last - first + 1;
        else if (m_currentRow >= first)
            m_currentRow = -1;
        endRemoveRows();
        last = first - 1;
    }
    rebuildIndex();

    // Changed sessions are updated in place.
    for (int i = 0; i < m_rows.size(); ++i) {
        const Device& fresh = *incoming.value(m_rows.at(i).device.id);
        if (!(fresh == m_rows.at(i).device) || currentChanged) {
            m_rows[i] = makeRow(fresh);
            Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
        }
    }

    // New sessions are appended; the view's proxy puts them in order.
    QList<Row> added;
    QSet<QString> seen;
    for (const Device& device : devices) {
        if (m_rowById.contains(device.id) || seen.contains(device.id))
            continue;
        seen.insert(device.id);
        added.append(makeRow(*incoming.value(device.id)));
    }
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rows.append(added);
        rebuildIndex();
        endInsertRows();
    }
}

void DeviceListModel::emitAllRowsChanged()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void DeviceListModel::setSessionActions(const SessionActions& actions)
{
    m_actions = actions;
    emitAllRowsChanged();
}

void DeviceListModel::setInactiveAfterDays(int days)
{
    m_inactiveAfterDays = qMax(1, days);
    emitAllRowsChanged();
}

void DeviceListModel::setWaiting(const QString& deviceId, bool waiting)
{
    const int row = rowOf(deviceId);
    if (row < 0)
        return;
    if (waiting)
        m_waiting.insert(deviceId);
    else
        m_waiting.remove(deviceId);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace gatehouse
