#pragma once

#include <QLabel>

namespace gatehouse {

// A plain-text label whose text can be selected and copied. QLabel measures a selectable text through a whole
// text document, twice per size query, which made every layout of the window milliseconds slower with a
// dozen of them on screen. This one becomes selectable when the pointer first enters it: before any
// selection, context menu or click focus can start, and measured the cheap way until then.
class SelectableLabel : public QLabel
{
public:
    explicit SelectableLabel(QWidget* parent = nullptr,
                             Qt::TextInteractionFlags flags = Qt::TextSelectableByMouse);

protected:
    void enterEvent(QEnterEvent* event) override;

private:
    Qt::TextInteractionFlags m_flags;
};

} // namespace gatehouse
