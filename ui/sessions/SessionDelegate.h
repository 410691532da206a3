#pragma once

#include "model/DeviceListModel.h"

#include <QPersistentModelIndex>
#include <QStyledItemDelegate>

namespace gatehouse {

// Paints the session table. Inactive rows are greyed and say so in the Status column (never colour
// alone); the Actions column draws its buttons instead of creating a widget per row, so ten thousand
// rows cost no more than the ones on screen.
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

Q_SIGNALS:
    void actionTriggered(const QModelIndex& index, RowAction action);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                     const QModelIndex& index) override;

private:
    QPersistentModelIndex m_hoverIndex;
    int m_hoverButton = -1;
    QPersistentModelIndex m_pressIndex;
    int m_pressButton = -1;
};

} // namespace gatehouse
