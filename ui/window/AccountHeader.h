#pragma once

#include "account/AccountAction.h"
#include "account/AccountPage.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;

namespace gatehouse {

class SessionActions;

struct AccountSnapshot;

// The top of the window: who is signed in, on which server, how that server signs people in, and a
// button for each account-wide action the server advertises.
class AccountHeader : public QWidget
{
    Q_OBJECT

public:
    explicit AccountHeader(QWidget* parent = nullptr);

    // Which buttons show is SessionActions' answer; the header only lays them out.
    void setSnapshot(const AccountSnapshot& snapshot, const SessionActions& actions, bool isDemo);
    QPushButton* button(AccountAction action) const { return m_actionButtons.value(action); }
    QPushButton* openPageButton() const { return m_openPage; }
    QPushButton* deactivateButton() const { return m_deactivate; }
    // The last of the header's buttons when tabbing, so the window can go on from there.
    QWidget* lastInTabOrder() const;

Q_SIGNALS:
    void actionRequested(gatehouse::AccountAction action);
    void openPageRequested();
    void deactivateRequested();

private:
    QLabel* m_user;
    QLabel* m_server;
    QHash<AccountAction, QPushButton*> m_actionButtons;
    QPushButton* m_openPage;
    QPushButton* m_deactivate;
};

} // namespace gatehouse
