#include "watch/WatchSettingsSection.h"

#include "settings/AppSettings.h"
#include "watch/Autostart.h"

#include <QCheckBox>
#include <QDialog>
#include <QFormLayout>
#include <QSpinBox>

namespace gatehouse {

WatchSettingsSection::WatchSettingsSection(QDialog* dialog, const QString& accountKey)
    : QGroupBox(tr("Watching"), dialog)
    , m_accountKey(accountKey)
    , m_watchAccount(new QCheckBox(tr("&Watch this account in the background"), this))
    , m_interval(new QSpinBox(this))
    , m_startAtLogIn(new QCheckBox(tr("&Start when I log in"), this))
{
    setObjectName(QStringLiteral("watchSettings"));
    auto* form = new QFormLayout(this);

    m_watchAccount->setObjectName(QStringLiteral("watchAccount"));
    m_watchAccount->setEnabled(!accountKey.isEmpty());
    m_watchAccount->setChecked(!accountKey.isEmpty() &&
                               AppSettings::watchAccount(accountKey).value_or(false));
    m_watchAccount->setAccessibleDescription(
        tr("Gatehouse running in the background tells you when a new session signs in to this account."));
    form->addRow(m_watchAccount);

    m_interval->setObjectName(QStringLiteral("watchIntervalMinutes"));
    m_interval->setRange(1, 60);
    m_interval->setValue(AppSettings::watchIntervalMinutes());
    const auto suffix = [this](int minutes) { m_interval->setSuffix(tr(" minute(s)", nullptr, minutes)); };
    suffix(m_interval->value());
    connect(m_interval, &QSpinBox::valueChanged, this, suffix);
    m_interval->setAccessibleName(tr("Check every"));
    m_interval->setAccessibleDescription(tr("How often watching in the background asks the server."));
    form->addRow(tr("&Check every:"), m_interval);

    m_startAtLogIn->setObjectName(QStringLiteral("startAtLogIn"));
    m_startAtLogIn->setChecked(Autostart::isEnabled());
    m_startAtLogIn->setAccessibleDescription(
        tr("Starts Gatehouse in the background, with no window, when you log in to this computer."));
    form->addRow(m_startAtLogIn);
    connect(dialog, &QDialog::accepted, this, &WatchSettingsSection::save);
}

bool WatchSettingsSection::save()
{
    if (!m_accountKey.isEmpty())
        AppSettings::setWatchAccount(m_accountKey, m_watchAccount->isChecked());
    AppSettings::setWatchIntervalMinutes(m_interval->value());
    if (m_startAtLogIn->isChecked() == Autostart::isEnabled())
        return true;
    return Autostart::setEnabled(m_startAtLogIn->isChecked());
}

} // namespace gatehouse
