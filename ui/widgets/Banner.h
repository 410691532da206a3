#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace gatehouse {

// A one-line notice above the session list or on the sign-in screen: a note, a warning or an error.
// Plain text only. The kind is said three ways, never by colour alone: an icon, the accessible name
// ("Note", "Warning", "Error") and a light wash of a hue over the palette's window colour, worked out
// again whenever the palette changes so light, dark and high-contrast themes keep their text readable.
class Banner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind
    {
        Info,
        Warning,
        Error
    };

    explicit Banner(QWidget* parent = nullptr);
    void showMessage(Kind kind, const QString& text);
    // A button after the text (Try Again, ...) until the next showMessage(); it emits actionTriggered().
    void setAction(const QString& label, const QString& description);
    QPushButton* actionButton() const { return m_action; }
    QString text() const;
    Kind kind() const { return m_kind; }
    // The background the banner paints for its kind, from the given palette.
    static QColor background(Kind kind, const QPalette& palette);

Q_SIGNALS:
    void actionTriggered();

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateIcon();

    Kind m_kind = Kind::Info;
    QLabel* m_icon;
    QLabel* m_text;
    QPushButton* m_action;
};

} // namespace gatehouse
