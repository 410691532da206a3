#pragma once

#include "model/DeviceListModel.h"

#include <QColor>
#include <QHash>
#include <QPalette>
#include <QPersistentModelIndex>
#include <QPixmap>
#include <QStyledItemDelegate>

namespace gatehouse {

// Paints the session table. Inactive rows are greyed and say so in the Status column (never colour
// alone); the status marks are drawn in the palette's text colour (highlighted text on a selected row);
// geometry follows the font metrics. The Actions column draws its buttons instead of creating a widget per
// row, so ten thousand rows cost no more than the ones on screen.
class SessionDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit SessionDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // Where each button of a row's Actions cell is drawn.
    QList<QPair<RowAction, QRect>> buttonRects(const QStyleOptionViewItem& option,
                                               const QModelIndex& index) const;
    static int actionsColumnWidth(const QFontMetrics& metrics);
    // The glyph for a DeviceKind::Kind (a guess from the app and the name, DeviceKind::guess).
    static const char* kindGlyph(int kind);
    // The text colour of an inactive row: the palette's text a third of the way towards the base colour.
    // Visibly greyer, yet readable (unlike the disabled colour, which many palettes make faint on purpose).
    static QColor dimmedText(const QPalette& palette, QPalette::ColorGroup group);

Q_SIGNALS:
    void actionTriggered(const QModelIndex& index, gatehouse::RowAction action);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                     const QModelIndex& index) override;

private:
    // A status mark (this session, inactive, waiting) in one colour, at the given size and pixel ratio.
    QPixmap statusMark(const QString& path, const QColor& colour, int side, qreal ratio) const;

    mutable QHash<QString, QPixmap> m_marks;
    QPersistentModelIndex m_hoverIndex;
    int m_hoverButton = -1;
    QPersistentModelIndex m_pressIndex;
    int m_pressButton = -1;
};

} // namespace gatehouse
