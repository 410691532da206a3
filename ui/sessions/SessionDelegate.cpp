#include "sessions/SessionDelegate.h"

#include "history/NewBadge.h"
#include "model/DeviceKind.h"
#include "widgets/SvgIcon.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QIcon>
#include <QMouseEvent>
#include <QPainter>

namespace gatehouse {

namespace {

// Painted geometry follows the font, so a larger font or a high-DPI screen never clips a button. At the
// usual 17-pixel line height these give 6 pixels between buttons and 13 inside them.
int buttonSpacing(const QFontMetrics& metrics)
{
    return qMax(4, metrics.height() * 3 / 8);
}

int buttonPadding(const QFontMetrics& metrics)
{
    return qMax(8, metrics.height() * 4 / 5);
}

QPalette::ColorGroup colorGroup(const QStyleOptionViewItem& option)
{
    if (!(option.state & QStyle::State_Enabled))
        return QPalette::Disabled;
    return option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
}

} // namespace

const char* SessionDelegate::kindGlyph(int kind)
{
    switch (DeviceKind::Kind(kind)) {
    case DeviceKind::Desktop:
        return ":/gatehouse/icons/device-desktop.svg";
    case DeviceKind::Mobile:
        return ":/gatehouse/icons/device-mobile.svg";
    case DeviceKind::Web:
        return ":/gatehouse/icons/device-web.svg";
    case DeviceKind::Bot:
        return ":/gatehouse/icons/device-bot.svg";
    case DeviceKind::Unknown:
        break;
    }
    return ":/gatehouse/icons/device-unknown.svg";
}

namespace {

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
           metrics.horizontalAdvance(DeviceListModel::actionLabel(RowAction::SignOut)) +
           4 * buttonPadding(metrics) + 3 * buttonSpacing(metrics);
}

QColor SessionDelegate::dimmedText(const QPalette& palette, QPalette::ColorGroup group)
{
    const QColor text = palette.color(group, QPalette::Text);
    const QColor base = palette.color(group, QPalette::Base);
    constexpr float towardsBase = 0.35f;
    return QColor::fromRgbF(text.redF() + (base.redF() - text.redF()) * towardsBase,
                            text.greenF() + (base.greenF() - text.greenF()) * towardsBase,
                            text.blueF() + (base.blueF() - text.blueF()) * towardsBase);
}

QList<QPair<RowAction, QRect>> SessionDelegate::buttonRects(const QStyleOptionViewItem& option,
                                                            const QModelIndex& index) const
{
    QList<QPair<RowAction, QRect>> rects;
    const QFontMetrics& metrics = option.fontMetrics;
    const int spacing = buttonSpacing(metrics);
    int x = option.rect.left() + spacing;
    const int margin = qMax(2, metrics.height() / 6);
    const int height =
        qMin(option.rect.height() - 2 * margin, metrics.height() + 2 * qMax(4, metrics.height() * 3 / 10));
    const int y = option.rect.top() + (option.rect.height() - height) / 2;
    for (const RowAction action : rowActions(index)) {
        const int width =
            metrics.horizontalAdvance(DeviceListModel::actionLabel(action)) + 2 * buttonPadding(metrics);
        rects.append({action, QRect(x, y, width, height)});
        x += width + spacing;
    }
    return rects;
}

void SessionDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(DeviceListModel::InactiveRole).toBool()) {
        for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive})
            option->palette.setColor(group, QPalette::Text, dimmedText(option->palette, group));
    }
    const char* icon = nullptr;
    if (index.column() == DeviceListModel::NameColumn) {
        icon = kindGlyph(index.data(DeviceListModel::DeviceKindRole).toInt());
    } else if (index.column() == DeviceListModel::EncryptionColumn) {
        // Only keys that do not check out carry a mark (a warning); every other state is plain words.
        if (index.data(DeviceListModel::EncryptionRole).toInt() == int(EncryptionState::InvalidKeys))
            icon = ":/gatehouse/icons/warning.svg";
    } else if (index.column() == DeviceListModel::StatusColumn) {
        if (index.data(DeviceListModel::WaitingRole).toBool())
            icon = ":/gatehouse/icons/waiting.svg";
        else if (index.data(DeviceListModel::IsCurrentRole).toBool())
            icon = ":/gatehouse/icons/this-session.svg";
        else if (index.data(DeviceListModel::InactiveRole).toBool())
            icon = ":/gatehouse/icons/inactive.svg";
    }
    {
        if (icon) {
            // The marks are one-colour glyphs drawn in the row's own text colour: readable in light, dark
            // and high-contrast palettes, and on a selected row (HighlightedText on Highlight).
            const int side = option->fontMetrics.height();
            const bool selected = option->state & QStyle::State_Selected;
            const QColor colour = option->palette.color(
                colorGroup(*option), selected ? QPalette::HighlightedText : QPalette::Text);
            const qreal ratio =
                option->widget ? option->widget->devicePixelRatioF() : qApp->devicePixelRatio();
            const QPixmap mark = statusMark(QString::fromLatin1(icon), colour, side, ratio);
            QIcon tinted;
            tinted.addPixmap(mark, QIcon::Normal);
            tinted.addPixmap(mark, QIcon::Selected);
            option->icon = tinted;
            option->features |= QStyleOptionViewItem::HasDecoration;
            option->decorationSize = QSize(side, side);
        }
    }
}

QPixmap SessionDelegate::statusMark(const QString& path, const QColor& colour, int side, qreal ratio) const
{
    const QString key = path + u'|' + QString::number(colour.rgba(), 16) + u'|' + QString::number(side) +
                        u'|' + QString::number(ratio);
    if (const auto found = m_marks.constFind(key); found != m_marks.cend())
        return *found;
    QPixmap mark = SvgIcon::fromFile(path).pixmap(QSize(side, side), ratio);
    {
        QPainter painter(&mark);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(QRect(QPoint(0, 0), mark.deviceIndependentSize().toSize()), colour);
    }
    if (m_marks.size() > 64)
        m_marks.clear(); // palettes and sizes change rarely; never let the cache grow without bound
    m_marks.insert(key, mark);
    return mark;
}

void SessionDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                            const QModelIndex& index) const
{
    if (index.column() != DeviceListModel::ActionsColumn) {
        QStyledItemDelegate::paint(painter, option, index);
        if (index.column() == DeviceListModel::NameColumn && index.data(DeviceListModel::NewRole).toBool())
            NewBadge::paint(painter, option);
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
