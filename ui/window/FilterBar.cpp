#include "window/FilterBar.h"

#include "widgets/GlyphIcon.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>

namespace gatehouse {

FilterBar::FilterBar(QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_showLabel(new QLabel(tr("Sho&w:"), this))
    , m_activity(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_signOutSelected(new QPushButton(tr("Sign Out Selected…"), this))
    , m_refresh(new QPushButton(GlyphIcon::fromSvg(QStringLiteral(":/gatehouse/icons/refresh.svg")),
                                tr("Refresh"), this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // The window's layouts have no spacing of their own; without this, labels touch their fields.
    const int spacing = style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing);
    layout->setSpacing(spacing > 0 ? spacing : 6);

    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Filter by name, device ID or IP address"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter sessions"));
    m_search->setAccessibleDescription(
        tr("Shows only sessions whose name, device ID or IP address contains this text."));
    // The clear button inside the field is a tool button without words; give it some.
    if (auto* clear = m_search->findChild<QAction*>(QStringLiteral("_q_qlineeditclearaction"))) {
        clear->setText(tr("Clear filter"));
        clear->setToolTip(tr("Empties the filter box."));
    }
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(u'M') * 22);
    layout->addWidget(m_search, 2);
    layout->addSpacing(12);
    m_showLabel->setObjectName(QStringLiteral("showLabel"));
    m_showLabel->setBuddy(m_activity);
    layout->addWidget(m_showLabel);
    m_activity->setObjectName(QStringLiteral("activityFilter"));
    m_activity->addItem(tr("All sessions"));
    m_activity->addItem(tr("Active sessions"));
    m_activity->addItem(QString());
    m_activity->setAccessibleName(tr("Show sessions"));
    m_activity->setAccessibleDescription(tr("Shows all sessions, only active ones, or only inactive ones."));
    layout->addWidget(m_activity);
    layout->addSpacing(12);
    m_count->setObjectName(QStringLiteral("sessionCount"));
    m_count->setTextFormat(Qt::PlainText);
    layout->addWidget(m_count, 1);
    m_signOutSelected->setObjectName(QStringLiteral("signOutSelectedButton"));
    m_signOutSelected->setAccessibleName(tr("Sign out selected sessions"));
    m_signOutSelected->setAccessibleDescription(
        tr("Signs out every selected session except this one, one account page at a time."));
    m_signOutSelected->hide();
    layout->addWidget(m_signOutSelected);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_refresh->setToolTip(tr("Load the list again from the server (F5)"));
    m_refresh->setAccessibleName(tr("Refresh"));
    m_refresh->setAccessibleDescription(tr("Loads the session list again from the server."));
    layout->addWidget(m_refresh);
    reserveButtonWidth();
}

void FilterBar::reserveButtonWidth()
{
    // The label grows with the count ("Sign Out 12 Selected…"); reserve the widest a list can need so the
    // bar does not shift when a row is selected.
    const QString text = m_signOutSelected->text();
    int widest = 0;
    for (const QString& label : {tr("Sign Out Selected…"), tr("Sign Out %n Selected…", nullptr, 1),
                                 tr("Sign Out %n Selected…", nullptr, 99'999)}) {
        m_signOutSelected->setText(label);
        widest = qMax(widest, m_signOutSelected->sizeHint().width());
    }
    m_signOutSelected->setText(text);
    m_signOutSelected->setMinimumWidth(widest);
}

void FilterBar::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        reserveButtonWidth();
}

void FilterBar::setInactiveAfterDays(int days)
{
    m_activity->setItemText(2, tr("Inactive for more than %n day(s)", nullptr, days));
}

void FilterBar::setCounts(int total, int shown, int inactive)
{
    QString text = shown == total ? tr("%n session(s)", nullptr, total)
                                  : tr("Showing %1 of %n session(s)", nullptr, total).arg(shown);
    if (inactive > 0)
        text += tr(" · %n inactive", nullptr, inactive);
    m_count->setText(text);
    m_count->setAccessibleName(text);
}

void FilterBar::setSelection(bool offered, int count, bool enabled)
{
    m_signOutSelected->setVisible(offered);
    m_signOutSelected->setEnabled(offered && enabled);
    m_signOutSelected->setText(count > 0 ? tr("Sign Out %n Selected…", nullptr, count)
                                         : tr("Sign Out Selected…"));
}

void FilterBar::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void FilterBar::clearFilter()
{
    m_search->clear();
    m_activity->setCurrentIndex(0);
}

} // namespace gatehouse
