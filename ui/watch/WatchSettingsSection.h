#pragma once

#include <QGroupBox>

class QCheckBox;
class QDialog;
class QSpinBox;

namespace gatehouse {

// The settings dialog's Watching section: whether `gatehouse --background` watches the account shown,
// minutes between its checks, and "Start when I log in" (app/watch/Autostart). Saved when the dialog is
// accepted.
class WatchSettingsSection : public QGroupBox
{
    Q_OBJECT

public:
    // `accountKey` is SavedAccount::key() of the account shown (empty: no account to choose for).
    WatchSettingsSection(QDialog* dialog, const QString& accountKey);

    QCheckBox* watchAccount() const { return m_watchAccount; }
    QSpinBox* intervalMinutes() const { return m_interval; }
    QCheckBox* startAtLogIn() const { return m_startAtLogIn; }
    // False when the log-in entry could not be written or removed.
    bool save();

private:
    QString m_accountKey;
    QCheckBox* m_watchAccount;
    QSpinBox* m_interval;
    QCheckBox* m_startAtLogIn;
};

} // namespace gatehouse
