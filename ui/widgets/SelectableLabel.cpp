#include "widgets/SelectableLabel.h"

namespace gatehouse {

SelectableLabel::SelectableLabel(QWidget* parent, Qt::TextInteractionFlags flags)
    : QLabel(parent)
    , m_flags(flags)
{
    // Server text is never read as markup. No focus policy yet either: QLabel measures any label that can
    // take focus through a text document too. Becoming selectable gives it click focus.
    setTextFormat(Qt::PlainText);
}

void SelectableLabel::enterEvent(QEnterEvent* event)
{
    if (textInteractionFlags() != m_flags)
        setTextInteractionFlags(m_flags);
    QLabel::enterEvent(event);
}

} // namespace gatehouse
