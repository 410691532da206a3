#pragma once

#include <QDialog>

namespace gatehouse {

// When no browser could be started: the address, selectable, with a Copy button.
class OpenManuallyDialog : public QDialog
{
    Q_OBJECT

public:
    OpenManuallyDialog(const QString& url, QWidget* parent = nullptr);
};

} // namespace gatehouse
