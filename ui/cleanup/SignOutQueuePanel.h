#pragma once

#include <QFrame>

class QLabel;
class QProgressBar;
class QPushButton;

namespace gatehouse {

class SignOutQueue;

// The guided sign-out in progress: how far it is ("3 of 17 signed out, 1 skipped"), which session waits
// for a confirmation in the browser, and Pause, Skip and Stop. Also offers a queue left from an earlier run.
class SignOutQueuePanel : public QFrame
{
    Q_OBJECT

public:
    explicit SignOutQueuePanel(QWidget* parent = nullptr);

    void setQueue(SignOutQueue* queue); // null hides the panel
    void offerLeftover(int count);      // "N sessions were left…" with Continue / Discard
    QString progressText() const;

    QPushButton* pauseButton() const { return m_pause; }
    QPushButton* skipButton() const { return m_skip; }
    QPushButton* stopButton() const { return m_stop; }
    QPushButton* openAgainButton() const { return m_openAgain; }

Q_SIGNALS:
    void continueLeftoverRequested();
    void discardLeftoverRequested();

private:
    void update();

    SignOutQueue* m_queue = nullptr;
    QLabel* m_title;
    QLabel* m_detail;
    QProgressBar* m_progress;
    QPushButton* m_openAgain;
    QPushButton* m_pause;
    QPushButton* m_skip;
    QPushButton* m_stop;
    QPushButton* m_continue;
    QPushButton* m_discard;
};

} // namespace gatehouse
