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
    , m_notifyDisappeared(
          new QCheckBox(tr("Tell me when a session &disappears that Gatehouse did not sign out"), this))
    , m_notifyCleanUp(new QCheckBox(tr("&Remind me weekly of inactive sessions to clean up"), this))
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

    m_notifyDisappeared->setObjectName(QStringLiteral("notifyDisappeared"));
    m_notifyDisappeared->setChecked(AppSettings::notifyDisappeared());
    m_notifyDisappeared->setAccessibleDescription(
        tr("A notification when a watched account's session is gone from its list and Gatehouse did not end "
           "it."));
    form->addRow(m_notifyDisappeared);
    m_notifyCleanUp->setObjectName(QStringLiteral("notifyCleanUp"));
    m_notifyCleanUp->setChecked(AppSettings::notifyCleanUp());
    m_notifyCleanUp->setAccessibleDescription(
        tr("At most once a week, a notification when a watched account has sessions inactive for longer than "
           "the threshold in Settings; clicking it selects them in the window."));
    form->addRow(m_notifyCleanUp);
    connect(dialog, &QDialog::accepted, this, &WatchSettingsSection::save);
}

bool WatchSettingsSection::save()
{
    if (!m_accountKey.isEmpty())
        AppSettings::setWatchAccount(m_accountKey, m_watchAccount->isChecked());
    AppSettings::setWatchIntervalMinutes(m_interval->value());
    AppSettings::setNotifyDisappeared(m_notifyDisappeared->isChecked());
    AppSettings::setNotifyCleanUp(m_notifyCleanUp->isChecked());
    if (m_startAtLogIn->isChecked() == Autostart::isEnabled())
        return true;
    return Autostart::setEnabled(m_startAtLogIn->isChecked());
}

} // namespace gatehouse
