#pragma once

#include <QCoreApplication>
#include <QString>

class QPainter;
class QStyleOptionViewItem;

namespace gatehouse {

// The "New" mark on a session row (DESIGN "History"), drawn at the right end of the name cell in the
// palette's highlight colours; the model says the same in the row's accessible name.
class NewBadge
{
    Q_DECLARE_TR_FUNCTIONS(NewBadge)

public:
    static QString text() { return tr("New"); }
    static void paint(QPainter* painter, const QStyleOptionViewItem& option);
};

} // namespace gatehouse
