#include "accounts/AccountSwitcher.h"

#include "text/ShownUrl.h"
#include "text/UntrustedText.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QTabBar>
#include <QUrl>

#include <algorithm>

namespace gatehouse {

AccountSwitcher::AccountSwitcher(QWidget* parent)
    : QWidget(parent)
    , m_tabs(new QTabBar(this))
    , m_add(new QPushButton(tr("Add Account…"), this))
    , m_signOut(new QPushButton(tr("Sign Out…"), this))
{
    setObjectName(QStringLiteral("accountSwitcher"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 0);
    m_tabs->setObjectName(QStringLiteral("accountTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setExpanding(false);
    m_tabs->setDrawBase(false);
    m_tabs->setAccessibleName(tr("Accounts"));
    m_add->setObjectName(QStringLiteral("addAccountButton"));
    m_add->setAccessibleDescription(tr("Sign in to another account; the others stay signed in."));
    m_signOut->setObjectName(QStringLiteral("signOutAccountButton"));
    m_signOut->setAccessibleDescription(
        tr("Ends this account's Gatehouse session on the server and forgets the account."));
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_add);
    layout->addWidget(m_signOut);

    connect(m_tabs, &QTabBar::currentChanged, this, [this](int index) {
        if (m_updating || index < 0)
            return;
        Q_EMIT switchRequested(m_tabs->tabData(index).toString());
    });
    // A click on a tab, also on the one already selected (e.g. to come back from the sign-in screen).
    connect(m_tabs, &QTabBar::tabBarClicked, this, [this](int index) {
        if (index >= 0)
            Q_EMIT switchRequested(m_tabs->tabData(index).toString());
    });
    connect(m_add, &QPushButton::clicked, this, &AccountSwitcher::addRequested);
    connect(m_signOut, &QPushButton::clicked, this, [this] {
        if (!current().isEmpty())
            Q_EMIT signOutRequested(current());
    });
}

void AccountSwitcher::setAccounts(const QList<SavedAccount>& accounts, const QStringList& inMemory)
{
    const QString keep = current();
    m_updating = true;
    while (m_tabs->count() > 0)
        m_tabs->removeTab(0);
    m_keys.clear();
    for (const SavedAccount& account : accounts) {
        const bool memoryOnly = inMemory.contains(account.key()) || inMemory.contains(account.userId);
        // The same user ID on two servers is two accounts: the server is always shown next to it.
        const QString user = UntrustedText::forDisplay(account.userId, 60);
        const QString server = UntrustedText::forDisplay(ShownUrl::host(account.homeserver), 60);
        const QString label = tr("%1 on %2").arg(user, server);
        const int index = m_tabs->addTab(memoryOnly ? tr("%1 (this run only)").arg(label) : label);
        // The tab names its account by user ID while that is unambiguous (what the window passes around),
        // by key when several servers have the ID.
        const bool shared =
            std::count_if(accounts.cbegin(), accounts.cend(), [&account](const SavedAccount& other) {
                return other.userId == account.userId;
            }) > 1;
        m_tabs->setTabData(index, shared ? account.key() : account.userId);
        m_keys.append(account.key());
        m_tabs->setTabToolTip(
            index,
            memoryOnly
                ? tr("%1 on %2 – kept in memory only")
                      .arg(user, UntrustedText::forDisplay(ShownUrl::of(account.homeserver)))
                : tr("%1 on %2").arg(user, UntrustedText::forDisplay(ShownUrl::of(account.homeserver))));
    }
    m_updating = false;
    setCurrent(keep);
    setVisible(!accounts.isEmpty());
}

void AccountSwitcher::setCurrent(const QString& account)
{
    m_updating = true;
    int found = -1;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->tabData(i).toString() == account || m_keys.value(i) == account)
            found = i;
    }
    m_tabs->setCurrentIndex(found);
    m_updating = false;
    m_signOut->setEnabled(found >= 0);
}

QString AccountSwitcher::current() const
{
    return m_tabs->currentIndex() >= 0 ? m_tabs->tabData(m_tabs->currentIndex()).toString() : QString();
}

QStringList AccountSwitcher::userIds() const
{
    QStringList ids;
    for (int i = 0; i < m_tabs->count(); ++i)
        ids.append(m_tabs->tabData(i).toString().section(u' ', -1));
    return ids;
}

QStringList AccountSwitcher::references() const
{
    QStringList references;
    for (int i = 0; i < m_tabs->count(); ++i)
        references.append(m_tabs->tabData(i).toString());
    return references;
}

} // namespace gatehouse
