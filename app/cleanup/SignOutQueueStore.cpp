#include "cleanup/SignOutQueueStore.h"

#include <QCryptographicHash>
#include <QSettings>

namespace gatehouse {

namespace {

QString keyFor(const QString& userId, const QString& baseUrl)
{
    // A hash keeps arbitrary user IDs and URLs out of the settings file's key syntax.
    const QByteArray id =
        QCryptographicHash::hash((userId + u'\n' + baseUrl).toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("signOutQueue/") + QString::fromLatin1(id.toHex().left(32));
}

} // namespace

QStringList SignOutQueueStore::load(const QString& userId, const QString& baseUrl)
{
    return QSettings().value(keyFor(userId, baseUrl)).toStringList();
}

void SignOutQueueStore::save(const QString& userId, const QString& baseUrl,
                             const QStringList& remainingDeviceIds)
{
    QSettings settings;
    if (remainingDeviceIds.isEmpty())
        settings.remove(keyFor(userId, baseUrl));
    else
        settings.setValue(keyFor(userId, baseUrl), remainingDeviceIds);
}

} // namespace gatehouse
