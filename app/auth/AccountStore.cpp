#include "auth/AccountStore.h"

#include <QSettings>

namespace gatehouse {

namespace {

const QString Group = QStringLiteral("accounts");
const QString FormatKey = QStringLiteral("accountsFormat");
const QString LastUsedKey = QStringLiteral("lastUsedAccount");
// 2: accounts bound to their homeserver (canonical base URL + user ID).
constexpr int CurrentFormat = 2;

SavedAccount read(const QSettings& settings)
{
    SavedAccount account;
    account.userId = settings.value(QStringLiteral("userId")).toString();
    account.homeserver = CanonicalBaseUrl::of(settings.value(QStringLiteral("homeserver")).toString());
    account.kind = settings.value(QStringLiteral("kind")).toString() == u"classic"
                       ? SavedAccount::Kind::Classic
                       : SavedAccount::Kind::OAuth;
    account.deviceId = settings.value(QStringLiteral("deviceId")).toString();
    account.issuer = settings.value(QStringLiteral("issuer")).toString();
    account.clientId = settings.value(QStringLiteral("clientId")).toString();
    account.tokenEndpoint = settings.value(QStringLiteral("tokenEndpoint")).toString();
    account.revocationEndpoint = settings.value(QStringLiteral("revocationEndpoint")).toString();
    account.legacySecretKey = settings.value(QStringLiteral("legacySecretKey")).toString();
    return account;
}

void write(QSettings& settings, const SavedAccount& account)
{
    settings.setValue(QStringLiteral("userId"), account.userId);
    settings.setValue(QStringLiteral("homeserver"), CanonicalBaseUrl::of(account.homeserver));
    settings.setValue(QStringLiteral("kind"),
                      account.isOAuth() ? QStringLiteral("oauth") : QStringLiteral("classic"));
    settings.setValue(QStringLiteral("deviceId"), account.deviceId);
    settings.setValue(QStringLiteral("issuer"), account.issuer);
    settings.setValue(QStringLiteral("clientId"), account.clientId);
    settings.setValue(QStringLiteral("tokenEndpoint"), account.tokenEndpoint);
    settings.setValue(QStringLiteral("revocationEndpoint"), account.revocationEndpoint);
    if (!account.legacySecretKey.isEmpty())
        settings.setValue(QStringLiteral("legacySecretKey"), account.legacySecretKey);
}

QList<SavedAccount> readAll(QSettings& settings)
{
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

void writeAll(QSettings& settings, const QList<SavedAccount>& accounts)
{
    settings.remove(Group);
    settings.beginWriteArray(Group, int(accounts.size()));
    for (int i = 0; i < accounts.size(); ++i) {
        settings.setArrayIndex(i);
        write(settings, accounts.at(i));
    }
    settings.endArray();
    settings.setValue(FormatKey, CurrentFormat);
}

// Entries of the first format were keyed by the user ID alone (so there is at most one per user ID) and
// their keychain entry was "account:<user ID>". Each keeps its homeserver (now canonical) and remembers
// that old keychain key until the secret has moved; the last used account becomes its key.
void migrate(QSettings& settings)
{
    if (settings.value(FormatKey, 1).toInt() >= CurrentFormat)
        return;
    QList<SavedAccount> accounts = readAll(settings);
    const QString lastUserId = settings.value(LastUsedKey).toString();
    QString lastKey;
    for (SavedAccount& account : accounts) {
        account.legacySecretKey = QStringLiteral("account:") + account.userId;
        if (account.userId == lastUserId)
            lastKey = account.key();
    }
    writeAll(settings, accounts);
    if (lastKey.isEmpty())
        settings.remove(LastUsedKey);
    else
        settings.setValue(LastUsedKey, lastKey);
}

// Every access starts here, so nothing ever reads the old format as if it were the new one.
QList<SavedAccount> load(QSettings& settings)
{
    migrate(settings);
    return readAll(settings);
}

} // namespace

QList<SavedAccount> AccountStore::accounts()
{
    QSettings settings;
    return load(settings);
}

std::optional<SavedAccount> AccountStore::find(const QString& key)
{
    const QList<SavedAccount> all = accounts();
    for (const SavedAccount& account : all) {
        if (account.key() == key)
            return account;
    }
    return std::nullopt;
}

void AccountStore::save(const SavedAccount& account)
{
    QSettings settings;
    QList<SavedAccount> all = load(settings);
    bool replaced = false;
    for (SavedAccount& existing : all) {
        if (existing.key() == account.key()) {
            existing = account;
            replaced = true;
        }
    }
    if (!replaced)
        all.append(account);
    writeAll(settings, all);
}

void AccountStore::remove(const QString& key)
{
    QSettings settings;
    QList<SavedAccount> all = load(settings);
    all.removeIf([&key](const SavedAccount& account) { return account.key() == key; });
    writeAll(settings, all);
    if (settings.value(LastUsedKey).toString() == key) {
        if (all.isEmpty())
            settings.remove(LastUsedKey);
        else
            settings.setValue(LastUsedKey, all.constFirst().key());
    }
}

QString AccountStore::lastUsed()
{
    QSettings settings;
    migrate(settings);
    return settings.value(LastUsedKey).toString();
}

void AccountStore::setLastUsed(const QString& key)
{
    QSettings settings;
    migrate(settings);
    if (key.isEmpty())
        settings.remove(LastUsedKey);
    else
        settings.setValue(LastUsedKey, key);
}

void AccountStore::clearLegacySecretKey(const QString& key)
{
    QSettings settings;
    QList<SavedAccount> all = load(settings);
    for (SavedAccount& account : all) {
        if (account.key() == key)
            account.legacySecretKey.clear();
    }
    writeAll(settings, all);
}

} // namespace gatehouse
