#pragma once

#include <QGroupBox>

class QCheckBox;
class QDialog;
class QSpinBox;

namespace gatehouse {

// The settings dialog's Watching section: whether `gatehouse --background` watches the account shown,
// minutes between its checks, "Start when I log in" (app/watch/Autostart), and the optional notifications
// (a session that disappeared, the weekly clean-up reminder). Saved when the dialog is
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
    QCheckBox* notifyDisappeared() const { return m_notifyDisappeared; }
    QCheckBox* notifyCleanUp() const { return m_notifyCleanUp; }
    // False when the log-in entry could not be written or removed.
    bool save();

private:
    QString m_accountKey;
    QCheckBox* m_watchAccount;
    QSpinBox* m_interval;
    QCheckBox* m_startAtLogIn;
    QCheckBox* m_notifyDisappeared;
    QCheckBox* m_notifyCleanUp;
};

} // namespace gatehouse
