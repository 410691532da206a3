#include "widgets/Banner.h"

#include "widgets/SelectableLabel.h"
#include "widgets/SvgIcon.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPainter>
#include <QPushButton>

namespace gatehouse {

Banner::Banner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new SelectableLabel(this))
    , m_action(new QPushButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    m_icon->setObjectName(QStringLiteral("bannerIcon"));
    m_text->setObjectName(QStringLiteral("bannerText"));
    m_text->setWordWrap(true);
    layout->addWidget(m_text, 1);
    m_action->setObjectName(QStringLiteral("bannerAction"));
    m_action->hide();
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    connect(m_action, &QPushButton::clicked, this, &Banner::actionTriggered);
    hide();
}

void Banner::setAction(const QString& label, const QString& description)
{
    m_action->setText(label);
    m_action->setAccessibleDescription(description);
    m_action->show();
}

QColor Banner::background(Kind kind, const QPalette& palette)
{
    const QColor base = palette.color(QPalette::Window);
    // Info takes the palette's own accent; warnings and errors need a hue a palette does not name. Only
    // 18 % of it is mixed in, so the palette's window text stays readable on it in any theme.
    QColor tint;
    switch (kind) {
    case Kind::Info:
        tint = palette.color(QPalette::Highlight);
        break;
    case Kind::Warning:
        tint = QColor(0xe8, 0xa3, 0x3d);
        break;
    case Kind::Error:
        tint = QColor(0xd9, 0x30, 0x25);
        break;
    }
    return QColor::fromRgbF(base.redF() * 0.82f + tint.redF() * 0.18f,
                            base.greenF() * 0.82f + tint.greenF() * 0.18f,
                            base.blueF() * 0.82f + tint.blueF() * 0.18f);
}

void Banner::showMessage(Kind kind, const QString& text)
{
    m_kind = kind;
    m_text->setText(text);
    m_action->hide();
    QString word;
    switch (kind) {
    case Kind::Info:
        word = tr("Note");
        break;
    case Kind::Warning:
        word = tr("Warning");
        break;
    case Kind::Error:
        word = tr("Error");
        break;
    }
    setAccessibleName(word);
    setAccessibleDescription(text);
    m_icon->setAccessibleName(word);
    updateIcon();
    show();
    update();
}

void Banner::updateIcon()
{
    const char* path = ":/gatehouse/icons/info.svg";
    if (m_kind == Kind::Warning)
        path = ":/gatehouse/icons/warning.svg";
    else if (m_kind == Kind::Error)
        path = ":/gatehouse/icons/error.svg";
    // A little taller than a line of text, whatever the font size and screen.
    const int side = fontMetrics().height() + 3;
    m_icon->setPixmap(
        SvgIcon::fromFile(QString::fromLatin1(path)).pixmap(QSize(side, side), devicePixelRatioF()));
}

void Banner::paintEvent(QPaintEvent* event)
{
    {
        QPainter painter(this);
        painter.fillRect(rect(), background(m_kind, palette()));
    }
    QFrame::paintEvent(event);
}

void Banner::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateIcon();
}

QString Banner::text() const
{
    return m_text->text();
}

} // namespace gatehouse
