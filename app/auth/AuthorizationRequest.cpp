#include "auth/AuthorizationRequest.h"

#include "auth/RandomString.h"

#include <QStringList>
#include <QUrlQuery>

namespace gatehouse {

namespace {

const QString ApiScope = QStringLiteral("urn:matrix:client:api:*");
const QString DeviceScopePrefix = QStringLiteral("urn:matrix:client:device:");

QString encoded(const QString& value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace

AuthorizationRequest AuthorizationRequest::create(const QString& clientId, const QString& redirectUri,
                                                  bool createAccount)
{
    AuthorizationRequest request;
    request.clientId = clientId;
    request.redirectUri = redirectUri;
    request.deviceId = RandomString::unreserved(DeviceIdLength);
    request.state = RandomString::unreserved(StateLength);
    request.pkce = Pkce::generate();
    request.createAccount = createAccount;
    return request;
}

QString AuthorizationRequest::scopeFor(const QString& deviceId)
{
    return ApiScope + u' ' + DeviceScopePrefix + deviceId;
}

QString AuthorizationRequest::deviceIdInScope(const QString& scope)
{
    const QStringList scopes = scope.split(u' ', Qt::SkipEmptyParts);
    for (const QString& item : scopes) {
        if (item.startsWith(DeviceScopePrefix))
            return item.mid(DeviceScopePrefix.size());
    }
    return {};
}

QUrl AuthorizationRequest::url(const QString& authorizationEndpoint) const
{
    QUrl url(authorizationEndpoint);
    // Built by hand so every value is percent-encoded the same way (a space in the scope becomes %20).
    QString query = url.query(QUrl::FullyEncoded);
    const auto add = [&query](const char* name, const QString& value) {
        if (!query.isEmpty())
            query += u'&';
        query += QLatin1String(name) + u'=' + encoded(value);
    };
    add("response_type", QStringLiteral("code"));
    add("client_id", clientId);
    add("redirect_uri", redirectUri);
    add("scope", scopeFor(deviceId));
    add("state", state);
    add("response_mode", QStringLiteral("query"));
    add("code_challenge", pkce.challenge);
    add("code_challenge_method", QStringLiteral("S256"));
    if (createAccount)
        add("prompt", QStringLiteral("create"));
    url.setQuery(query, QUrl::StrictMode);
    return url;
}

} // namespace gatehouse
