#include "cleanup/SignOutQueuePanel.h"

#include "cleanup/SignOutQueue.h"
#include "text/UntrustedText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace gatehouse {

SignOutQueuePanel::SignOutQueuePanel(QWidget* parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_openAgain(new QPushButton(tr("Open Page Again"), this))
    , m_pause(new QPushButton(tr("Pause"), this))
    , m_skip(new QPushButton(tr("Skip"), this))
    , m_stop(new QPushButton(tr("Stop"), this))
    , m_continue(new QPushButton(tr("Continue"), this))
    , m_discard(new QPushButton(tr("Discard"), this))
{
    setObjectName(QStringLiteral("signOutQueuePanel"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Signing out sessions"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    for (QLabel* label : {m_title, m_detail}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    m_title->setObjectName(QStringLiteral("queueProgress"));
    m_detail->setObjectName(QStringLiteral("queueDetail"));
    top->addWidget(m_title, 1);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(240);
    m_progress->setAccessibleName(tr("Sign-out progress"));
    top->addWidget(m_progress);
    layout->addLayout(top);
    layout->addWidget(m_detail);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    const QList<QPair<QPushButton*, QString>> described = {
        {m_openAgain, tr("Opens the account page for the waiting session again.")},
        {m_pause, tr("Pauses after the session that is open now; Resume continues.")},
        {m_skip, tr("Leaves the waiting session signed in and moves on.")},
        {m_stop, tr("Ends the sign-out; the remaining sessions stay signed in.")},
        {m_continue, tr("Continues signing out the sessions left from last time.")},
        {m_discard, tr("Forgets the sessions left from last time.")},
    };
    for (const auto& [button, description] : described) {
        button->setAccessibleDescription(description);
        button->setToolTip(description);
        buttons->addWidget(button);
    }
    m_openAgain->setObjectName(QStringLiteral("queueOpenAgain"));
    m_pause->setObjectName(QStringLiteral("queuePause"));
    m_skip->setObjectName(QStringLiteral("queueSkip"));
    m_stop->setObjectName(QStringLiteral("queueStop"));
    m_continue->setObjectName(QStringLiteral("queueContinue"));
    m_discard->setObjectName(QStringLiteral("queueDiscard"));
    layout->addLayout(buttons);

    connect(m_continue, &QPushButton::clicked, this, &SignOutQueuePanel::continueLeftoverRequested);
    connect(m_discard, &QPushButton::clicked, this, &SignOutQueuePanel::discardLeftoverRequested);
    hide();
}

void SignOutQueuePanel::setQueue(SignOutQueue* queue)
{
    if (m_queue)
        m_queue->disconnect(this);
    m_queue = queue;
    for (QPushButton* button : {m_openAgain, m_pause, m_skip, m_stop})
        button->disconnect(this);
    if (!m_queue) {
        hide();
        return;
    }
    connect(m_queue, &SignOutQueue::changed, this, &SignOutQueuePanel::update);
    connect(m_openAgain, &QPushButton::clicked, m_queue, &SignOutQueue::openCurrentAgain);
    connect(m_skip, &QPushButton::clicked, m_queue, &SignOutQueue::skip);
    connect(m_stop, &QPushButton::clicked, m_queue, &SignOutQueue::stop);
    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (m_queue->state() == SignOutQueue::State::Paused)
            m_queue->resume();
        else
            m_queue->pause();
    });
    update();
    show();
}

void SignOutQueuePanel::offerLeftover(int count)
{
    setQueue(nullptr);
    m_title->setText(tr("%n session(s) left from an earlier sign-out", nullptr, count));
    m_detail->setText(
        tr("Gatehouse was closed before it finished. Continue to sign them out one by one, or discard "
           "the list."));
    m_progress->hide();
    for (QPushButton* button : {m_openAgain, m_pause, m_skip, m_stop})
        button->hide();
    m_continue->show();
    m_discard->show();
    show();
}

QString SignOutQueuePanel::progressText() const
{
    return m_title->text();
}

void SignOutQueuePanel::update()
{
    if (!m_queue)
        return;
    m_continue->hide();
    m_discard->hide();
    m_progress->show();
    const int done =
        m_queue->count(SignOutQueue::ItemState::Removed) + m_queue->count(SignOutQueue::ItemState::Skipped);
    m_progress->setRange(0, m_queue->total());
    m_progress->setValue(done);
    m_title->setText(tr("Signing out sessions: %1").arg(m_queue->progressText()));
    const SignOutQueue::Item* current = m_queue->current();
    const bool waiting = current && current->state == SignOutQueue::ItemState::Open;
    if (m_queue->state() == SignOutQueue::State::Paused)
        m_detail->setText(waiting ? tr("Paused. “%1” still waits for your confirmation in the browser.")
                                        .arg(UntrustedText::forMessage(current->name))
                                  : tr("Paused."));
    else if (waiting)
        m_detail->setText(
            tr("Confirm the sign-out of “%1” on the account page in your browser. Gatehouse moves on "
               "when the session has gone from the list.")
                .arg(UntrustedText::forMessage(current->name)));
    else
        m_detail->clear();
    m_pause->setText(m_queue->state() == SignOutQueue::State::Paused ? tr("Resume") : tr("Pause"));
    m_pause->setAccessibleName(m_pause->text());
    const bool running = m_queue->state() != SignOutQueue::State::Finished;
    m_openAgain->setVisible(running);
    m_openAgain->setEnabled(waiting);
    m_pause->setVisible(running);
    m_skip->setVisible(running);
    m_skip->setEnabled(waiting);
    m_stop->setVisible(running);
    setAccessibleDescription(m_title->text() + u". " + m_detail->text());
}

} // namespace gatehouse
