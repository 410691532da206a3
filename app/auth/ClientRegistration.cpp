#include "auth/ClientRegistration.h"

#include "gatehouse_version.h"
#include "matrix/MatrixError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gatehouse {

QString ClientRegistration::defaultClientUri()
{
    return QStringLiteral(GATEHOUSE_CLIENT_URI);
}

QString ClientRegistration::clientName()
{
    return QStringLiteral("Gatehouse");
}

QByteArray ClientRegistration::body(bool withDeviceGrant, const QString& clientUri)
{
    QJsonArray grants{QStringLiteral("authorization_code"), QStringLiteral("refresh_token")};
    if (withDeviceGrant)
        grants.append(QLatin1String(DeviceCodeGrant));
    const QJsonObject metadata{
        {QStringLiteral("application_type"), QStringLiteral("native")},
        {QStringLiteral("token_endpoint_auth_method"), QStringLiteral("none")},
        {QStringLiteral("grant_types"), grants},
        {QStringLiteral("response_types"), QJsonArray{QStringLiteral("code")}},
        {QStringLiteral("redirect_uris"), QJsonArray{QLatin1String(LoopbackRedirectUri)}},
        {QStringLiteral("client_name"), clientName()},
        {QStringLiteral("client_uri"), clientUri},
    };
    return QJsonDocument(metadata).toJson(QJsonDocument::Compact);
}

Result<QString> ClientRegistration::parseClientId(int status, const QByteArray& body, const QString& host)
{
    HttpResponse response;
    response.status = status;
    response.body = body;
    if (const std::optional<Error> failure = failureOf(response, host, &MatrixError::readBody)) {
        Error error = *failure;
        // Registration sends no token, so a 401 is a refusal like any other.
        if (error.kind == Error::Kind::TokenRejected)
            error.kind = Error::Kind::Http;
        error.message =
            error.errcode.isEmpty()
                ? tr("%1 refused to register Gatehouse as an app (HTTP %2).").arg(host).arg(status)
                : tr("%1 refused to register Gatehouse as an app (%2).").arg(host, error.errcode);
        return error;
    }
    const QJsonValue clientId = QJsonDocument::fromJson(body).object().value(QLatin1String("client_id"));
    if (!clientId.isString() || clientId.toString().isEmpty())
        return Error::make(Error::Kind::InvalidResponse,
                           tr("%1 registered Gatehouse but did not send a client ID.").arg(host));
    return clientId.toString();
}

} // namespace gatehouse
