#pragma once

#include "auth/SavedAccount.h"

#include <QList>
#include <QWidget>

class QPushButton;
class QTabBar;

namespace gatehouse {

// A strip above the window's content with one tab per signed-in account: switching is one click. Beside
// it "Add Account" and "Sign Out" (of the shown account).
class AccountSwitcher : public QWidget
{
    Q_OBJECT

public:
    explicit AccountSwitcher(QWidget* parent = nullptr);

    // `inMemory` lists the accounts that are not remembered (no keychain, demo server); they are marked.
    void setAccounts(const QList<SavedAccount>& accounts, const QStringList& inMemory);
    // An account's key (SavedAccount::key()) or its reference (see references()); empty: none.
    void setCurrent(const QString& account);
    QString current() const;
    QStringList userIds() const; // the user IDs of the accounts shown, in order
    // How each tab names its account, in the same order: the user ID, or the key (SavedAccount::key())
    // when several servers have that user ID. AccountManager accepts both.
    QStringList references() const;
    QTabBar* tabBar() const { return m_tabs; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* signOutButton() const { return m_signOut; }

Q_SIGNALS:
    void switchRequested(const QString& account); // see references()
    void addRequested();
    void signOutRequested(const QString& account); // see references()

private:
    QTabBar* m_tabs;
    QStringList m_keys; // SavedAccount::key() of each tab, in order
    QPushButton* m_add;
    QPushButton* m_signOut;
    bool m_updating = false;
};

} // namespace gatehouse
