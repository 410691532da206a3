#include "sessions/SessionDelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QIcon>
#include <QMouseEvent>
#include <QPainter>

namespace gatehouse {

namespace {

constexpr int ButtonSpacing = 6;
constexpr int ButtonPadding = 14;

QList<RowAction> rowActions(const QModelIndex& index)
{
    QList<RowAction> actions;
    const QList<int> raw = index.data(DeviceListModel::RowActionsRole).value<QList<int>>();
    for (const int action : raw)
        actions.append(RowAction(action));
    return actions;
}

} // namespace

SessionDelegate::SessionDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{}

int SessionDelegate::actionsColumnWidth(const QFontMetrics& metrics)
{
    return metrics.horizontalAdvance(DeviceListModel::actionLabel(RowAction::View)) +
           metrics.horizontalAdvance(DeviceListModel::actionLabel(RowAction::SignOut)) + 4 * ButtonPadding +
           3 * ButtonSpacing;
}

QList<QPair<RowAction, QRect>> SessionDelegate::buttonRects(const QStyleOptionViewItem& option,
                                                            const QModelIndex& index) const
{
    QList<QPair<RowAction, QRect>> rects;
    int x = option.rect.left() + ButtonSpacing;
    const int height = qMin(option.rect.height() - 6, option.fontMetrics.height() + 10);
    const int y = option.rect.top() + (option.rect.height() - height) / 2;
    for (const RowAction action : rowActions(index)) {
        const int width =
            option.fontMetrics.horizontalAdvance(DeviceListModel::actionLabel(action)) + 2 * ButtonPadding;
        rects.append({action, QRect(x, y, width, height)});
        x += width + ButtonSpacing;
    }
    return rects;
}

void SessionDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(DeviceListModel::InactiveRole).toBool())
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
    if (index.column() == DeviceListModel::StatusColumn) {
        const char* icon = nullptr;
        if (index.data(DeviceListModel::WaitingRole).toBool())
            icon = ":/gatehouse/icons/waiting.svg";
        else if (index.data(DeviceListModel::IsCurrentRole).toBool())
            icon = ":/gatehouse/icons/this-session.svg";
        else if (index.data(DeviceListModel::InactiveRole).toBool())
            icon = ":/gatehouse/icons/inactive.svg";
        if (icon) {
            option->icon = QIcon(QString::fromLatin1(icon));
            option->features |= QStyleOptionViewItem::HasDecoration;
            option->decorationSize = QSize(16, 16);
        }
    }
}

void SessionDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                            const QModelIndex& index) const
{
    if (index.column() != DeviceListModel::ActionsColumn) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The cell background (selection, alternate rows) first, then a push button per action.
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    cell.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);

    const auto rects = buttonRects(option, index);
    for (int i = 0; i < rects.size(); ++i) {
        QStyleOptionButton button;
        button.rect = rects[i].second;
        button.text = DeviceListModel::actionLabel(rects[i].first);
        button.state = QStyle::State_Enabled;
        if (option.state & QStyle::State_Active)
            button.state |= QStyle::State_Active;
        if (m_hoverIndex == index && m_hoverButton == i)
            button.state |= QStyle::State_MouseOver;
        if (m_pressIndex == index && m_pressButton == i)
            button.state |= QStyle::State_Sunken;
        else
            button.state |= QStyle::State_Raised;
        button.fontMetrics = option.fontMetrics;
        button.palette = option.palette;
        style->drawControl(QStyle::CE_PushButton, &button, painter, widget);
    }
}

QSize SessionDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == DeviceListModel::ActionsColumn)
        size.setWidth(actionsColumnWidth(option.fontMetrics));
    return size;
}

bool SessionDelegate::editorEvent(QEvent* event, QAbstractItemModel* model,
                                  const QStyleOptionViewItem& option, const QModelIndex& index)
{
    if (index.column() != DeviceListModel::ActionsColumn)
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    const auto* view = qobject_cast<const QAbstractItemView*>(option.widget);
    const auto repaint = [view](const QModelIndex& changed) {
        if (view && changed.isValid())
            view->viewport()->update(view->visualRect(changed));
    };

    switch (event->type()) {
    case QEvent::MouseMove:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick: {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        const auto rects = buttonRects(option, index);
        int hit = -1;
        for (int i = 0; i < rects.size(); ++i) {
            if (rects[i].second.contains(mouse->position().toPoint()))
                hit = i;
        }
        const QPersistentModelIndex previousHover = m_hoverIndex;
        m_hoverIndex = index;
        m_hoverButton = hit;
        repaint(previousHover);
        repaint(index);
        if (event->type() == QEvent::MouseButtonPress && mouse->button() == Qt::LeftButton && hit >= 0) {
            m_pressIndex = index;
            m_pressButton = hit;
            return true;
        }
        if (event->type() == QEvent::MouseButtonRelease && mouse->button() == Qt::LeftButton) {
            const bool clicked = m_pressIndex == index && m_pressButton == hit && hit >= 0;
            m_pressIndex = QPersistentModelIndex();
            m_pressButton = -1;
            if (clicked) {
                Q_EMIT actionTriggered(index, rects[hit].first);
                return true;
            }
        }
        return hit >= 0;
    }
    default:
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    }
}

} // namespace gatehouse
