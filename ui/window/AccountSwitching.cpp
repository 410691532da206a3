#include "window/AccountSwitching.h"

#include "account/AccountController.h"
#include "account/AccountPrompts.h"
#include "accounts/AccountSwitcher.h"
#include "auth/AccountManager.h"
#include "auth/SavedTokenSource.h"
#include "auth/SignInResult.h"
#include "history/HistoryStore.h"
#include "matrix/AccountSession.h"
#include "matrix/CanonicalBaseUrl.h"
#include "text/UntrustedText.h"
#include "watch/FirstWatchQuestion.h"
#include "window/MainMenus.h"
#include "window/MainWindow.h"

#include <QAction>

namespace gatehouse {

AccountSwitching::AccountSwitching(MainWindow* window)
    : QObject(window)
    , m_window(window)
{}

void AccountSwitching::setServices(HttpClient* http, MetadataService* metadata, AccountManager* accounts)
{
    m_http = http;
    m_metadata = metadata;
    m_accounts = accounts;
    connect(accounts, &AccountManager::accountsChanged, this, &AccountSwitching::updateSwitcher);
    updateSwitcher();
}

void AccountSwitching::updateSwitcher()
{
    if (!m_accounts)
        return;
    const QList<SavedAccount> accounts = m_accounts->accounts();
    QStringList inMemory;
    for (const SavedAccount& account : accounts) {
        if (!m_accounts->isRemembered(account.key()))
            inMemory.append(account.key());
    }
    m_window->accountSwitcher()->setAccounts(accounts, inMemory);
    m_window->accountSwitcher()->setCurrent(m_currentUser);
    m_window->menus()->signOutAccount->setEnabled(!m_currentUser.isEmpty());
}

bool AccountSwitching::adopt(AccountSession* session)
{
    if (!m_accounts || !m_accounts->find(m_currentUser) ||
        m_accounts->tokenSource(m_currentUser) != session->tokens())
        m_currentUser.clear();
    m_window->accountSwitcher()->setCurrent(m_currentUser);
    return !m_currentUser.isEmpty();
}

void AccountSwitching::open(const QString& userId)
{
    if (!m_accounts)
        return;
    AccountSession* shown = m_window->controller()->session();
    if (userId == m_currentUser && shown && m_window->page() != MainWindow::Page::Welcome)
        return;
    const std::optional<SavedAccount> account = m_accounts->find(userId);
    const std::shared_ptr<SavedTokenSource> tokens = m_accounts->tokenSource(userId);
    if (!account || !tokens) {
        m_window->showSignIn(tr("Gatehouse no longer has the account %1.")
                                 .arg(UntrustedText::forMessage(SavedAccount::userIdOfReference(userId))));
        return;
    }
    if (userId == m_currentUser && shown && shown->tokens() == tokens) {
        m_window->returnToAccount();
        return;
    }
    m_currentUser = userId; // adopt() keeps it: it names this session's tokens
    m_accounts->setLastUsed(userId);
    m_window->controller()->expectAccount({CanonicalBaseUrl::of(account->homeserver), account->userId});
    auto* session = new AccountSession(m_http, m_metadata, account->homeserver, tokens);
    session->setKnownUserId(SavedAccount::userIdOfReference(userId)); // the keys go out with whoami
    m_window->showAccount(session, false);
    m_window->menus()->signOutAccount->setEnabled(true);
}

void AccountSwitching::signedIn(const SignInResult& result)
{
    if (!m_accounts)
        return;
    // The account is its server and user ID together: the same user ID on another server is another account.
    const QString userId = result.account.userId;
    const SavedAccount account = result.account;
    m_accounts->add(result, this, [this, userId, account](const QString& problem) {
        m_pendingNote = problem;
        m_currentUser.clear();
        open(m_accounts->referenceFor(account));
        m_window->setStatusText(tr("Signed in as %1.").arg(UntrustedText::forMessage(userId)));
        FirstWatchQuestion::askOnce(*m_window->controller()->prompts(), account);
    });
}

void AccountSwitching::signOut(const QString& userId)
{
    if (!m_accounts || userId.isEmpty() || !m_window->controller()->prompts()->confirmAccountSignOut(userId))
        return;
    askToKeepHistory(userId);
    m_window->setStatusText(tr("Signing out of %1…").arg(UntrustedText::forMessage(userId)));
    m_accounts->signOut(userId, this, [this, userId](const std::optional<Error>& problem) {
        if (userId == m_currentUser) {
            m_window->controller()->clearSession();
            m_currentUser.clear();
            m_window->deviceModel()->setDevices({}, QString());
        }
        const QString done = tr("Signed out of %1.").arg(UntrustedText::forMessage(userId));
        const QList<SavedAccount> remaining = m_accounts->accounts();
        if (m_window->controller()->session()) {
            // Another account (or the demo) stays on screen.
        } else if (!remaining.isEmpty()) {
            open(m_accounts->referenceFor(remaining.constFirst()));
        } else {
            m_window->showSignIn(problem ? done + u' ' + problem->fullText() : done);
        }
        m_window->setStatusText(problem ? problem->fullText() : done);
        updateSwitcher();
        Q_EMIT accountSignedOut(userId);
    });
}

void AccountSwitching::askToKeepHistory(const QString& userId)
{
    m_window->controller()->recordBaseline();
    HistoryStore* history = m_window->controller()->history();
    const std::optional<SavedAccount> account = m_accounts->find(userId);
    if (!history || !account)
        return;
    const HistoryAccount key{CanonicalBaseUrl::of(account->homeserver), account->userId};
    if (history->hasHistory(key) && !m_window->controller()->prompts()->askKeepHistory(account->userId))
        history->forgetAccount(key);
}

} // namespace gatehouse
