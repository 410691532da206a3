#include "auth/AccountStore.h"

#include <QSettings>

namespace gatehouse {

namespace {

const QString Group = QStringLiteral("accounts");

SavedAccount read(const QSettings& settings)
{
    SavedAccount account;
    account.userId = settings.value(QStringLiteral("userId")).toString();
    account.homeserver = settings.value(QStringLiteral("homeserver")).toString();
    account.kind = settings.value(QStringLiteral("kind")).toString() == u"classic"
                       ? SavedAccount::Kind::Classic
                       : SavedAccount::Kind::OAuth;
    account.deviceId = settings.value(QStringLiteral("deviceId")).toString();
    account.issuer = settings.value(QStringLiteral("issuer")).toString();
    account.clientId = settings.value(QStringLiteral("clientId")).toString();
    account.tokenEndpoint = settings.value(QStringLiteral("tokenEndpoint")).toString();
    account.revocationEndpoint = settings.value(QStringLiteral("revocationEndpoint")).toString();
    return account;
}

void write(QSettings& settings, const SavedAccount& account)
{
    settings.setValue(QStringLiteral("userId"), account.userId);
    settings.setValue(QStringLiteral("homeserver"), account.homeserver);
    settings.setValue(QStringLiteral("kind"),
                      account.isOAuth() ? QStringLiteral("oauth") : QStringLiteral("classic"));
    settings.setValue(QStringLiteral("deviceId"), account.deviceId);
    settings.setValue(QStringLiteral("issuer"), account.issuer);
    settings.setValue(QStringLiteral("clientId"), account.clientId);
    settings.setValue(QStringLiteral("tokenEndpoint"), account.tokenEndpoint);
    settings.setValue(QStringLiteral("revocationEndpoint"), account.revocationEndpoint);
}

void writeAll(const QList<SavedAccount>& accounts)
{
    QSettings settings;
    settings.remove(Group);
    settings.beginWriteArray(Group, int(accounts.size()));
    for (int i = 0; i < accounts.size(); ++i) {
        settings.setArrayIndex(i);
        write(settings, accounts.at(i));
    }
    settings.endArray();
}

} // namespace

QList<SavedAccount> AccountStore::accounts()
{
    QSettings settings;
    QList<SavedAccount> accounts;
    const int count = settings.beginReadArray(Group);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        const SavedAccount account = read(settings);
        if (account.isValid())
            accounts.append(account);
    }
    settings.endArray();
    return accounts;
}

std::optional<SavedAccount> AccountStore::find(const QString& userId)
{
    const QList<SavedAccount> all = accounts();
    for (const SavedAccount& account : all) {
        if (account.userId == userId)
            return account;
    }
    return std::nullopt;
}

void AccountStore::save(const SavedAccount& account)
{
    QList<SavedAccount> all = accounts();
    bool replaced = false;
    for (SavedAccount& existing : all) {
        if (existing.userId == account.userId) {
            existing = account;
            replaced = true;
        }
    }
    if (!replaced)
        all.append(account);
    writeAll(all);
}

void AccountStore::remove(const QString& userId)
{
    QList<SavedAccount> all = accounts();
    all.removeIf([&userId](const SavedAccount& account) { return account.userId == userId; });
    writeAll(all);
    if (lastUsed() == userId)
        setLastUsed(all.isEmpty() ? QString() : all.constFirst().userId);
}

QString AccountStore::lastUsed()
{
    return QSettings().value(QStringLiteral("lastUsedAccount")).toString();
}

void AccountStore::setLastUsed(const QString& userId)
{
    QSettings settings;
    if (userId.isEmpty())
        settings.remove(QStringLiteral("lastUsedAccount"));
    else
        settings.setValue(QStringLiteral("lastUsedAccount"), userId);
}

} // namespace gatehouse
