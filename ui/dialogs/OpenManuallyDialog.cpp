#include "dialogs/OpenManuallyDialog.h"

#include "text/ShownUrl.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gatehouse {

OpenManuallyDialog::OpenManuallyDialog(const QString& rawUrl, QWidget* parent)
    : QDialog(parent)
{
    // The text shown (and copied) is the URL that opens: ASCII host, hidden characters percent-encoded.
    const QString url = ShownUrl::of(rawUrl);
    setWindowTitle(tr("No Browser Could Be Opened"));
    setObjectName(QStringLiteral("openManuallyDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* label =
        new QLabel(tr("Gatehouse could not start a web browser. Copy this address into one:"), this);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    layout->addWidget(label);
    auto* address = new QLineEdit(url, this);
    address->setReadOnly(true);
    address->setAccessibleName(tr("Address to open"));
    address->setMinimumWidth(420);
    label->setBuddy(address);
    layout->addWidget(address);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copy = buttons->addButton(tr("Copy Address"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [url] { QGuiApplication::clipboard()->setText(url); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    address->selectAll();
    address->setFocus();
}

} // namespace gatehouse
