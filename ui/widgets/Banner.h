#pragma once

#include <QFrame>

class QLabel;

namespace gatehouse {

// A one-line notice above the session list: an informative note or a warning. Plain text only.
class Banner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind
    {
        Info,
        Warning
    };

    explicit Banner(QWidget* parent = nullptr);
    void showMessage(Kind kind, const QString& text);
    QString text() const;

private:
    QLabel* m_icon;
    QLabel* m_text;
};

} // namespace gatehouse
