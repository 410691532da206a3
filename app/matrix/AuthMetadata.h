#pragma once

#include "network/Result.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace gatehouse {

// Where the OAuth 2.0 metadata came from (docs/protocol.md "Finding the account page").
enum class MetadataRoute
{
    None,     // every route answered 404 M_UNRECOGNIZED: a server with classic sign-in only
    Stable,   // GET /_matrix/client/v1/auth_metadata
    Unstable, // GET /_matrix/client/unstable/org.matrix.msc2965/auth_metadata
    Issuer,   // auth_issuer + <issuer>/.well-known/openid-configuration
};

// RFC 8414 server metadata as the homeserver advertises it, with the MSC4191 account-management fields.
struct AuthMetadata
{
    Q_DECLARE_TR_FUNCTIONS(AuthMetadata)

public:
    QString issuer;
    QString authorizationEndpoint;
    QString tokenEndpoint;
    QString registrationEndpoint;
    QString revocationEndpoint;
    QString deviceAuthorizationEndpoint;
    std::optional<QString> accountManagementUri;
    // Only the string items, in the server's order; absent when the field was absent.
    std::optional<QStringList> accountManagementActions;
    QStringList promptValuesSupported;
    QStringList grantTypesSupported;
    QStringList responseModesSupported;
    QStringList codeChallengeMethodsSupported;

    // Valid metadata (docs/protocol.md): a JSON object with a string `issuer`, `account_management_uri` a
    // string if present, `account_management_actions_supported` an array if present. Anything else is an
    // InvalidResponse error naming the problem.
    static Result<AuthMetadata> parse(const QByteArray& body);
};

} // namespace gatehouse
