#include "auth/TokenPair.h"

#include "log/SecretRedactor.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace gatehouse {

QByteArray TokenPair::toJson() const
{
    QJsonObject object{{QStringLiteral("access_token"), accessToken}};
    if (!refreshToken.isEmpty())
        object.insert(QStringLiteral("refresh_token"), refreshToken);
    if (expiresAt.isValid())
        object.insert(QStringLiteral("expires_at"), expiresAt.toMSecsSinceEpoch());
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<TokenPair> TokenPair::fromJson(const QByteArray& json)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    const QJsonValue access = object.value(QLatin1String("access_token"));
    if (!access.isString() || access.toString().isEmpty())
        return std::nullopt;
    TokenPair pair;
    pair.accessToken = access.toString();
    pair.refreshToken = object.value(QLatin1String("refresh_token")).toString();
    const QJsonValue expires = object.value(QLatin1String("expires_at"));
    if (expires.isDouble())
        pair.expiresAt = QDateTime::fromMSecsSinceEpoch(qint64(expires.toDouble()), Qt::UTC);
    return pair;
}

void TokenPair::registerSecrets() const
{
    SecretRedactor::addToken(accessToken);
    SecretRedactor::addToken(refreshToken);
}

} // namespace gatehouse
