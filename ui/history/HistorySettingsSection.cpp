#include "history/HistorySettingsSection.h"

#include "account/AccountController.h"
#include "history/HistoryStore.h"
#include "settings/AppSettings.h"
#include "text/UntrustedText.h"

#include <QDialog>
#include <QFormLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>

namespace gatehouse {

HistorySettingsSection::HistorySettingsSection(QDialog* dialog, AccountController* controller)
    : QGroupBox(tr("History"), dialog)
    , m_controller(controller)
    , m_keepDays(new QSpinBox(this))
    , m_forget(new QPushButton(tr("&Forget This Account's History…"), this))
{
    setObjectName(QStringLiteral("historySettings"));
    auto* form = new QFormLayout(this);
    m_keepDays->setObjectName(QStringLiteral("historyKeepDays"));
    m_keepDays->setRange(1, 36500);
    m_keepDays->setValue(AppSettings::historyKeepDays());
    const auto suffix = [this](int days) { m_keepDays->setSuffix(tr(" day(s)", nullptr, days)); };
    suffix(m_keepDays->value());
    connect(m_keepDays, &QSpinBox::valueChanged, this, suffix);
    m_keepDays->setAccessibleName(tr("Keep history for"));
    m_keepDays->setAccessibleDescription(
        tr("Sessions that disappeared longer ago than this are forgotten when Gatehouse starts."));
    form->addRow(tr("&Keep history for:"), m_keepDays);

    m_forget->setObjectName(QStringLiteral("forgetHistory"));
    m_forget->setAccessibleDescription(tr("Deletes everything Gatehouse remembers about this account's "
                                          "sessions on this computer."));
    HistoryStore* history = controller ? controller->history() : nullptr;
    m_forget->setEnabled(history && history->isOpen() && !controller->historyAccount().userId.isEmpty());
    connect(m_forget, &QPushButton::clicked, this, [this] {
        const QString user = UntrustedText::forMessage(m_controller->historyAccount().userId);
        if (QMessageBox::question(
                this, tr("Forget History"),
                tr("Forget everything Gatehouse remembers about the sessions of %1?").arg(user),
                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes)
            forgetAccountHistory();
    });
    form->addRow(m_forget);
    connect(dialog, &QDialog::accepted, this, &HistorySettingsSection::save);
}

void HistorySettingsSection::save() const
{
    AppSettings::setHistoryKeepDays(m_keepDays->value());
    if (HistoryStore* history = m_controller ? m_controller->history() : nullptr)
        history->pruneOlderThan(m_keepDays->value());
}

bool HistorySettingsSection::forgetAccountHistory()
{
    HistoryStore* history = m_controller ? m_controller->history() : nullptr;
    if (!history || !history->forgetAccount(m_controller->historyAccount()))
        return false;
    m_forget->setEnabled(false);
    return true;
}

} // namespace gatehouse
