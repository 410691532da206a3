#include "sessions/SessionTable.h"

#include "model/DeviceFilterModel.h"
#include "model/DeviceListModel.h"
#include "model/RelativeTime.h"
#include "sessions/SessionDelegate.h"
#include "sessions/SessionHeader.h"
#include "text/EncryptionText.h"

#include <QContextMenuEvent>
#include <QHeaderView>
#include <QKeyEvent>

namespace gatehouse {

SessionTable::SessionTable(QWidget* parent)
    : QTableView(parent)
    , m_delegate(new SessionDelegate(this))
{
    setHorizontalHeader(new SessionHeader(this));
    setItemDelegate(m_delegate);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setShowGrid(false);
    setSortingEnabled(true);
    setMouseTracking(true);
    setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    verticalHeader()->hide();
    // Fixed row heights keep scrolling and filtering independent of the number of rows.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    updateMetrics();
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSectionsMovable(false);
    setAccessibleName(tr("Sessions"));
    setAccessibleDescription(
        tr("Every session signed in to this account. Press Enter on a session for its actions."));
    connect(m_delegate, &SessionDelegate::actionTriggered, this,
            [this](const QModelIndex& index, RowAction action) {
                Q_EMIT actionRequested(index.data(DeviceListModel::DeviceIdRole).toString(), action);
            });
}

void SessionTable::setModel(QAbstractItemModel* model)
{
    for (const QMetaObject::Connection& connection : std::as_const(m_filterConnections))
        disconnect(connection);
    m_filterConnections.clear();
    QTableView::setModel(model);
    if (auto* filter = qobject_cast<DeviceFilterModel*>(model)) {
        m_filterConnections = {
            connect(filter, &DeviceFilterModel::filterAboutToChange, this, &SessionTable::rememberSuccessor),
            connect(filter, &QAbstractItemModel::layoutChanged, this, &SessionTable::moveToSuccessor)};
    }
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setSectionResizeMode(DeviceListModel::NameColumn, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(DeviceListModel::ActionsColumn, QHeaderView::Fixed);
    // The Encryption column came last in the model; it reads best before the buttons.
    QHeaderView* header = horizontalHeader();
    if (model && model->columnCount() > DeviceListModel::EncryptionColumn &&
        header->visualIndex(DeviceListModel::EncryptionColumn) >
            header->visualIndex(DeviceListModel::ActionsColumn))
        header->moveSection(header->visualIndex(DeviceListModel::EncryptionColumn),
                            header->visualIndex(DeviceListModel::ActionsColumn));
    updateMetrics();
}

// Row height and column widths come from the font, never from fixed pixels: a larger font, a high-DPI
// screen or a translation with longer words still fits. Called again when the font changes.
void SessionTable::updateMetrics()
{
    const QFontMetrics metrics = fontMetrics();
    const int em = metrics.horizontalAdvance(u'M');
    verticalHeader()->setDefaultSectionSize(qMax(metrics.height() + 2, qRound(metrics.height() * 1.8)));
    QHeaderView* header = horizontalHeader();
    header->setMinimumSectionSize(qMax(30, 4 * em));
    if (!model())
        return;
    // Wide enough for the longest usual text of the column in this language, and for its title with the
    // sort indicator beside it.
    const QFontMetrics headerMetrics = header->fontMetrics();
    const auto fit = [&](int column, const QStringList& samples, int extra) {
        int width =
            headerMetrics.horizontalAdvance(model()->headerData(column, Qt::Horizontal).toString()) + 3 * em;
        for (const QString& sample : samples)
            width = qMax(width, metrics.horizontalAdvance(sample) + extra);
        header->resizeSection(column, width);
    };
    fit(DeviceListModel::DeviceIdColumn, {QStringLiteral("MMMMMMMMMMMM")}, 0);
    fit(DeviceListModel::LastActivityColumn,
        {RelativeTime::tr("%n minute(s) ago", nullptr, 59), RelativeTime::tr("%n hour(s) ago", nullptr, 23),
         RelativeTime::tr("%n day(s) ago", nullptr, 30), RelativeTime::tr("%n month(s) ago", nullptr, 11),
         RelativeTime::tr("%n year(s) ago", nullptr, 10)},
        2 * em);
    fit(DeviceListModel::LastIpColumn, {QStringLiteral("2001:db8::ffff:42")}, 2 * em);
    // The status text follows its mark, which is one line high.
    fit(DeviceListModel::StatusColumn, {DeviceListModel::tr("Inactive for %n day(s)", nullptr, 999)},
        metrics.height() + 2 * em);
    fit(DeviceListModel::EncryptionColumn,
        {EncryptionText::label(EncryptionState::NotCrossSigned),
         EncryptionText::label(EncryptionState::CrossSigned),
         EncryptionText::label(EncryptionState::InvalidKeys)},
        metrics.height() + 2 * em);
    header->resizeSection(DeviceListModel::ActionsColumn, SessionDelegate::actionsColumnWidth(metrics));
}

void SessionTable::changeEvent(QEvent* event)
{
    QTableView::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateMetrics();
}

// DeviceFilterModel applies a new filter as one layout change, after which a current row that was filtered
// out would simply be gone. It moves instead where Qt moves it when rows are removed one run at a time: in
// single selection mode (QAbstractItemView) to the next row below that stays, else the nearest one above,
// and selected; otherwise (QItemSelectionModel) to the nearest row above that stays, else the next one
// below, with the selection left as it is.
void SessionTable::rememberSuccessor()
{
    m_successor = QPersistentModelIndex();
    const auto* filter = qobject_cast<const DeviceFilterModel*>(model());
    const QModelIndex current = currentIndex();
    if (!filter || !current.isValid() || filter->acceptsSourceRow(filter->mapToSource(current).row()))
        return;
    const auto stays = [filter, &current](int row) {
        const QModelIndex source = filter->mapToSource(filter->index(row, current.column()));
        return filter->acceptsSourceRow(source.row()) ? source : QModelIndex();
    };
    const auto searchBelow = [&] {
        for (int row = current.row() + 1; row < filter->rowCount() && !m_successor.isValid(); ++row)
            m_successor = stays(row);
    };
    const auto searchAbove = [&] {
        for (int row = current.row() - 1; row >= 0 && !m_successor.isValid(); --row)
            m_successor = stays(row);
    };
    if (selectionMode() == QAbstractItemView::SingleSelection) {
        searchBelow();
        searchAbove();
    } else {
        searchAbove();
        searchBelow();
    }
}

void SessionTable::moveToSuccessor()
{
    if (!m_successor.isValid())
        return;
    const auto* filter = qobject_cast<const DeviceFilterModel*>(model());
    const QModelIndex successor = filter ? filter->mapFromSource(m_successor) : QModelIndex();
    m_successor = QPersistentModelIndex();
    if (!successor.isValid())
        return;
    if (selectionMode() == QAbstractItemView::SingleSelection)
        setCurrentIndex(successor);
    else
        selectionModel()->setCurrentIndex(successor, QItemSelectionModel::NoUpdate);
}

QString SessionTable::currentDeviceId() const
{
    const QModelIndex index = currentIndex();
    return index.isValid() ? index.data(DeviceListModel::DeviceIdRole).toString() : QString();
}

QRect SessionTable::buttonRect(const QModelIndex& index, RowAction action) const
{
    const QModelIndex cell = index.siblingAtColumn(DeviceListModel::ActionsColumn);
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    option.rect = visualRect(cell);
    option.widget = this;
    for (const auto& [candidate, rect] : m_delegate->buttonRects(option, cell)) {
        if (candidate == action)
            return rect;
    }
    return {};
}

void SessionTable::selectDevices(const QSet<QString>& deviceIds)
{
    QItemSelection selection;
    for (int row = 0; row < model()->rowCount(); ++row) {
        const QModelIndex index = model()->index(row, 0);
        if (deviceIds.contains(index.data(DeviceListModel::DeviceIdRole).toString()))
            selection.select(index, index.siblingAtColumn(model()->columnCount() - 1));
    }
    selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

void SessionTable::keyPressEvent(QKeyEvent* event)
{
    const QString deviceId = currentDeviceId();
    if (!deviceId.isEmpty()) {
        if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
            const QRect rect = visualRect(currentIndex().siblingAtColumn(DeviceListModel::NameColumn));
            Q_EMIT menuRequested(deviceId, viewport()->mapToGlobal(rect.bottomLeft()));
            return;
        }
        if (event->key() == Qt::Key_Delete) {
            Q_EMIT actionRequested(deviceId, RowAction::SignOut);
            return;
        }
        if (event->matches(QKeySequence::Copy)) {
            Q_EMIT copyRequested(deviceId);
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

void SessionTable::contextMenuEvent(QContextMenuEvent* event)
{
    QModelIndex index = indexAt(event->pos());
    if (event->reason() == QContextMenuEvent::Keyboard)
        index = currentIndex();
    if (!index.isValid())
        return;
    setCurrentIndex(index.siblingAtColumn(DeviceListModel::NameColumn));
    const QPoint position = event->reason() == QContextMenuEvent::Keyboard
                                ? viewport()->mapToGlobal(visualRect(index).bottomLeft())
                                : event->globalPos();
    Q_EMIT menuRequested(index.data(DeviceListModel::DeviceIdRole).toString(), position);
}

} // namespace gatehouse
