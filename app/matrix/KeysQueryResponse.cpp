#include "matrix/KeysQueryResponse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gatehouse {

QByteArray KeysQueryResponse::requestBody(const QString& userId)
{
    const QJsonObject body{{QStringLiteral("device_keys"), QJsonObject{{userId, QJsonArray{}}}}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

Result<KeysQueryResponse> KeysQueryResponse::fromJson(const QByteArray& body, const QString& userId)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return Error::make(Error::Kind::InvalidResponse,
                           tr("The server's answer about encryption keys is not a JSON object."));
    const QJsonObject root = document.object();

    // failures: server name -> error, for servers that could not be reached. Ours being there means the
    // answer says nothing about this account.
    const QString serverName = userId.section(u':', 1);
    if (root.value(QLatin1String("failures")).toObject().contains(serverName))
        return Error::make(Error::Kind::InvalidResponse,
                           tr("The server could not give the encryption keys of this account."));

    const QJsonValue deviceKeys = root.value(QLatin1String("device_keys"));
    if (!deviceKeys.isObject())
        return Error::make(Error::Kind::InvalidResponse,
                           tr("The server's answer about encryption keys has no list of device keys."));
    const QJsonValue own = deviceKeys.toObject().value(userId);
    if (!own.isUndefined() && !own.isObject())
        return Error::make(Error::Kind::InvalidResponse,
                           tr("The server's answer about encryption keys has an unreadable list of "
                              "device keys."));

    KeysQueryResponse response;
    response.userId = userId;
    const QJsonObject devices = own.toObject();
    response.deviceKeys.reserve(devices.size());
    for (auto it = devices.constBegin(); it != devices.constEnd(); ++it)
        response.deviceKeys.insert(it.key(), it.value());
    response.masterKey = root.value(QLatin1String("master_keys")).toObject().value(userId);
    response.selfSigningKey = root.value(QLatin1String("self_signing_keys")).toObject().value(userId);
    return response;
}

} // namespace gatehouse
