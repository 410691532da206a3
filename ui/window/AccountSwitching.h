#pragma once

#include <QObject>
#include <QString>

namespace gatehouse {

class AccountManager;
class AccountSession;
class HttpClient;
class MainWindow;
class MetadataService;
struct SignInResult;

// The window's saved accounts: which one is shown, switching between them, adding one after a sign-in, and
// signing one out (Gatehouse's own session, after asking). The sessions it opens go to the window's
// AccountController.
class AccountSwitching : public QObject
{
    Q_OBJECT

public:
    explicit AccountSwitching(MainWindow* window);

    void setServices(HttpClient* http, MetadataService* metadata, AccountManager* accounts);
    HttpClient* http() const { return m_http; }
    MetadataService* metadata() const { return m_metadata; }
    QString currentUser() const { return m_currentUser; }
    // Whether `session` is the shown saved account's; forgets the saved account shown when it is not.
    bool adopt(AccountSession* session);
    // Said once the account has loaded (a problem with keeping it, for example).
    QString takePendingNote() { return std::exchange(m_pendingNote, QString()); }

    void open(const QString& userId);
    void signOut(const QString& userId);
    void signedIn(const SignInResult& result);

Q_SIGNALS:
    void accountSignedOut(const QString& userId);

private:
    void updateSwitcher();
    // Signing out of a saved account: keep its local history, or forget it (asked through AccountPrompts).
    void askToKeepHistory(const QString& userId);

    MainWindow* m_window;
    AccountManager* m_accounts = nullptr;
    HttpClient* m_http = nullptr;
    MetadataService* m_metadata = nullptr;
    QString m_currentUser;
    QString m_pendingNote;
};

} // namespace gatehouse
