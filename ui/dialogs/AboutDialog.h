#pragma once

#include <QDialog>

namespace gatehouse {

// Name, version, what Gatehouse is for, its licence and where it lives.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);

    static QString licenceText();
};

} // namespace gatehouse
