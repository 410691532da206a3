#include "dialogs/AboutDialog.h"

#include "gatehouse_version.h"
#include "widgets/SelectableLabel.h"
#include "widgets/SvgIcon.h"

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
    icon->setPixmap(SvgIcon::fromFile(QStringLiteral(":/gatehouse/icons/gatehouse.svg")).pixmap(72, 72));
    icon->setAccessibleName(tr("Gatehouse logo"));
    top->addWidget(icon, 0, Qt::AlignTop);

    auto* text = new QVBoxLayout;
    const auto line = [this](const QString& text) {
        auto* label = new SelectableLabel(this, Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        label->setText(text);
        label->setWordWrap(true);
        return label;
    };
    QLabel* name = line(tr("Gatehouse %1").arg(QStringLiteral(GATEHOUSE_VERSION)));
    QFont nameFont = name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.5);
    nameFont.setBold(true);
    name->setFont(nameFont);
    name->setObjectName(QStringLiteral("aboutVersion"));
    const QList<QLabel*> lines = {
        name,
        line(
            tr("See every session signed in to your Matrix account, and end the ones you do not recognise.")),
        line(tr("Built with Qt %1, running on Qt %2.")
                 .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()))),
        line(licenceText()),
        line(QStringLiteral(GATEHOUSE_HOMEPAGE)),
    };
    for (QLabel* label : lines)
        text->addWidget(label);
    top->addLayout(text, 1);
    layout->addLayout(top);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleDescription(tr("Closes this window."));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

} // namespace gatehouse
