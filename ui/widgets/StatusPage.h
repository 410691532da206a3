#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QHBoxLayout;
class QPushButton;

namespace gatehouse {

// A whole-window state: loading, an error with a way out, or "not signed in". Text is always plain.
class StatusPage : public QWidget
{
    Q_OBJECT

public:
    enum class Kind
    {
        Busy,
        Error,
        Info
    };

    explicit StatusPage(QWidget* parent = nullptr);

    void show(Kind kind, const QString& title, const QString& text);
    // A button under the text; `description` is what a screen reader says about it.
    QPushButton* addButton(const QString& text, const QString& description);
    void clearButtons();
    QString title() const;
    QString text() const;

private:
    QLabel* m_icon;
    QLabel* m_title;
    QLabel* m_text;
    QProgressBar* m_busy;
    QHBoxLayout* m_buttons;
};

} // namespace gatehouse
