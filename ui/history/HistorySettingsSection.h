#pragma once

#include <QGroupBox>

class QDialog;
class QPushButton;
class QSpinBox;

namespace gatehouse {

class AccountController;

// The settings dialog's History section: how many days sessions that disappeared are kept (saved, and the
// history pruned, when the dialog is accepted), and "Forget This Account's History" for the account shown.
class HistorySettingsSection : public QGroupBox
{
    Q_OBJECT

public:
    // `controller` is the window's (null: nothing to forget).
    HistorySettingsSection(QDialog* dialog, AccountController* controller);

    QSpinBox* keepDays() const { return m_keepDays; }
    QPushButton* forgetButton() const { return m_forget; }
    void save() const;
    // Forgets the shown account's history now (the button asks first).
    bool forgetAccountHistory();

private:
    AccountController* m_controller;
    QSpinBox* m_keepDays;
    QPushButton* m_forget;
};

} // namespace gatehouse
