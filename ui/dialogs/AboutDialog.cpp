#include "dialogs/AboutDialog.h"

#include "gatehouse_version.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace gatehouse {

QString AboutDialog::licenceText()
{
    return tr(
        "Gatehouse is free software: you can redistribute it and/or modify it under the terms of the GNU "
        "General Public License as published by the Free Software Foundation, either version 3 of the "
        "License, or (at your option) any later version. It comes with no warranty.");
}

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Gatehouse"));
    setObjectName(QStringLiteral("aboutDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/gatehouse/icons/gatehouse.svg")).pixmap(72, 72));
    icon->setAccessibleName(tr("Gatehouse logo"));
    top->addWidget(icon, 0, Qt::AlignTop);

    auto* text = new QVBoxLayout;
    auto* name = new QLabel(tr("Gatehouse %1").arg(QStringLiteral(GATEHOUSE_VERSION)), this);
    QFont nameFont = name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.5);
    nameFont.setBold(true);
    name->setFont(nameFont);
    name->setObjectName(QStringLiteral("aboutVersion"));
    const QList<QLabel*> lines = {
        name,
        new QLabel(
            tr("See every session signed in to your Matrix account, and end the ones you do not recognise."),
            this),
        new QLabel(tr("Built with Qt %1, running on Qt %2.")
                       .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())),
                   this),
        new QLabel(licenceText(), this),
        new QLabel(QStringLiteral(GATEHOUSE_HOMEPAGE), this),
    };
    for (QLabel* line : lines) {
        line->setTextFormat(Qt::PlainText);
        line->setWordWrap(true);
        line->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        text->addWidget(line);
    }
    top->addLayout(text, 1);
    layout->addLayout(top);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleDescription(tr("Closes this window."));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

} // namespace gatehouse
