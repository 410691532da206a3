#include "widgets/Banner.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>

namespace gatehouse {

Banner::Banner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_text, 1);
    hide();
}

void Banner::showMessage(Kind kind, const QString& text)
{
    m_icon->setPixmap(QIcon(kind == Kind::Warning ? QStringLiteral(":/gatehouse/icons/warning.svg")
                                                  : QStringLiteral(":/gatehouse/icons/info.svg"))
                          .pixmap(20, 20));
    m_text->setText(text);
    QPalette colours = palette();
    const QColor base = colours.color(QPalette::Window);
    const QColor tint = kind == Kind::Warning ? QColor(0xe8, 0xa3, 0x3d) : QColor(0x2f, 0x6f, 0x8f);
    // A light wash of the tint that keeps the palette's text readable in light and dark themes.
    colours.setColor(QPalette::Window, QColor::fromRgbF(base.redF() * 0.82 + tint.redF() * 0.18,
                                                        base.greenF() * 0.82 + tint.greenF() * 0.18,
                                                        base.blueF() * 0.82 + tint.blueF() * 0.18));
    setPalette(colours);
    setAccessibleName(kind == Kind::Warning ? tr("Warning") : tr("Note"));
    setAccessibleDescription(text);
    show();
}

QString Banner::text() const
{
    return m_text->text();
}

} // namespace gatehouse
