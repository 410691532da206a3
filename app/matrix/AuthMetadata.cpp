#include "matrix/AuthMetadata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gatehouse {

namespace {

QString optionalString(const QJsonObject& object, const char* key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    return value.isString() ? value.toString() : QString();
}

QStringList stringItems(const QJsonValue& value)
{
    QStringList items;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& item : array) {
        if (item.isString())
            items.append(item.toString());
    }
    return items;
}

Error invalid(const QString& why)
{
    return Error::make(Error::Kind::InvalidResponse,
                       AuthMetadata::tr("The server's account metadata is invalid: %1").arg(why));
}

} // namespace

Result<AuthMetadata> AuthMetadata::parse(const QByteArray& body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(tr("it is not JSON."));
    if (!document.isObject())
        return invalid(tr("it is not a JSON object."));
    const QJsonObject object = document.object();

    const QJsonValue issuer = object.value(QLatin1String("issuer"));
    if (!issuer.isString())
        return invalid(issuer.isUndefined() ? tr("“issuer” is missing.") : tr("“issuer” is not a string."));

    AuthMetadata metadata;
    metadata.issuer = issuer.toString();

    if (object.contains(QLatin1String("account_management_uri"))) {
        const QJsonValue uri = object.value(QLatin1String("account_management_uri"));
        if (!uri.isString())
            return invalid(tr("“account_management_uri” is not a string."));
        metadata.accountManagementUri = uri.toString();
    }
    if (object.contains(QLatin1String("account_management_actions_supported"))) {
        const QJsonValue actions = object.value(QLatin1String("account_management_actions_supported"));
        if (!actions.isArray())
            return invalid(tr("“account_management_actions_supported” is not a list."));
        metadata.accountManagementActions = stringItems(actions);
    }

    metadata.authorizationEndpoint = optionalString(object, "authorization_endpoint");
    metadata.tokenEndpoint = optionalString(object, "token_endpoint");
    metadata.registrationEndpoint = optionalString(object, "registration_endpoint");
    metadata.revocationEndpoint = optionalString(object, "revocation_endpoint");
    metadata.deviceAuthorizationEndpoint = optionalString(object, "device_authorization_endpoint");
    metadata.promptValuesSupported = stringItems(object.value(QLatin1String("prompt_values_supported")));
    metadata.grantTypesSupported = stringItems(object.value(QLatin1String("grant_types_supported")));
    metadata.responseModesSupported = stringItems(object.value(QLatin1String("response_modes_supported")));
    metadata.codeChallengeMethodsSupported =
        stringItems(object.value(QLatin1String("code_challenge_methods_supported")));
    return metadata;
}

} // namespace gatehouse
