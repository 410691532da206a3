#include "history/NewBadge.h"

#include <QPainter>
#include <QStyleOptionViewItem>

namespace gatehouse {

void NewBadge::paint(QPainter* painter, const QStyleOptionViewItem& option)
{
    const QFontMetrics& metrics = option.fontMetrics;
    const QString label = text();
    const int padding = qMax(4, metrics.height() / 3);
    const int width = metrics.horizontalAdvance(label) + 2 * padding;
    const int height = qMin(option.rect.height() - 2, metrics.height() + 2);
    const QRect badge(option.rect.right() - width - padding,
                      option.rect.top() + (option.rect.height() - height) / 2, width, height);
    // Highlight on a plain row, inverted on a selected one, so it never disappears into the selection.
    const bool selected = option.state & QStyle::State_Selected;
    const QColor fill = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Highlight);
    const QColor ink = option.palette.color(selected ? QPalette::Highlight : QPalette::HighlightedText);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(badge, height / 2.0, height / 2.0);
    painter->setPen(ink);
    painter->drawText(badge, Qt::AlignCenter, label);
    painter->restore();
}

} // namespace gatehouse
