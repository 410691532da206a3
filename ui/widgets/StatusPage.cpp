#include "widgets/StatusPage.h"

#include "widgets/SelectableLabel.h"
#include "widgets/SvgIcon.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace gatehouse {

StatusPage::StatusPage(QWidget* parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(new SelectableLabel(this, Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard))
    , m_text(new SelectableLabel(this, Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard))
    , m_busy(new QProgressBar(this))
    , m_buttons(new QHBoxLayout)
{
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    m_icon->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_icon);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    for (QLabel* label : {m_title, m_text}) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
    }
    m_text->setMaximumWidth(640);
    m_text->setObjectName(QStringLiteral("statusText"));
    m_title->setObjectName(QStringLiteral("statusTitle"));
    layout->addWidget(m_title);
    layout->addWidget(m_text, 0, Qt::AlignHCenter);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(280);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Loading"));
    layout->addWidget(m_busy, 0, Qt::AlignHCenter);
    m_buttons->addStretch();
    m_buttons->addStretch();
    layout->addLayout(m_buttons);
    layout->addStretch(3);
}

void StatusPage::show(Kind kind, const QString& title, const QString& text)
{
    static const char* const icons[] = {":/gatehouse/icons/gatehouse.svg", ":/gatehouse/icons/error.svg",
                                        ":/gatehouse/icons/gatehouse.svg"};
    const int size = kind == Kind::Error ? 48 : 72;
    m_icon->setPixmap(SvgIcon::fromFile(QString::fromLatin1(icons[int(kind)])).pixmap(size, size));
    // An error is said in words too, not only by its red icon.
    m_icon->setAccessibleName(kind == Kind::Error ? tr("Error") : tr("Gatehouse"));
    m_title->setText(title);
    m_text->setText(text);
    m_text->setVisible(!text.isEmpty());
    m_busy->setVisible(kind == Kind::Busy);
    setAccessibleName(title);
    setAccessibleDescription(text);
}

QPushButton* StatusPage::addButton(const QString& text, const QString& description)
{
    auto* button = new QPushButton(text, this);
    button->setAccessibleDescription(description);
    button->setToolTip(description);
    m_buttons->insertWidget(m_buttons->count() - 1, button);
    return button;
}

void StatusPage::clearButtons()
{
    for (QPushButton* button : findChildren<QPushButton*>(Qt::FindDirectChildrenOnly))
        delete button;
}

QString StatusPage::title() const
{
    return m_title->text();
}

QString StatusPage::text() const
{
    return m_text->text();
}

} // namespace gatehouse
