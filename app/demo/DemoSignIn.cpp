#include "demo/DemoSignIn.h"

#include "demo/DemoAccount.h"
#include "log/Log.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrlQuery>

namespace gatehouse {

namespace {

using Response = DemoHomeserver::Response;

const QString ApiScope = QStringLiteral("urn:matrix:client:api:*");
const QString DeviceScopePrefix = QStringLiteral("urn:matrix:client:device:");
const QString DeviceGrant = QStringLiteral("urn:ietf:params:oauth:grant-type:device_code");

QUrlQuery formOf(const DemoRequest& request)
{
    QByteArray body = request.body();
    body.replace('+', ' ');
    return QUrlQuery(QString::fromUtf8(body));
}

QString field(const QUrlQuery& query, const char* name)
{
    return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
}

Response oauthError(int status, const QString& error, const QString& description)
{
    return Response::json(
        status, {{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}});
}

QString escape(const QString& text)
{
    return text.toHtmlEscaped();
}

// The demo's sign-in pages: no script, no external resources, every value escaped.
Response page(int status, const QString& title, const QString& body)
{
    const QString html =
        u"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        u"<meta name=\"viewport\" content=\"width=device-width\"><title>" +
        escape(title) +
        u" – Demo homeserver</title><style>"
        u"body{font-family:system-ui,sans-serif;max-width:34em;margin:3em auto;padding:0 1em;color:#1b1d22}"
        u".card{border:1px solid #ccc;border-radius:10px;padding:1.2em 1.5em}"
        u"button{font-size:1em;padding:.6em 1.2em;border-radius:6px;margin-right:.6em}"
        u".primary{background:#0b57d0;color:#fff;border:0}.code{font-size:1.6em;letter-spacing:.1em}"
        u"</style></head><body><div class=\"card\"><p><strong>Demo homeserver</strong></p><h1>" +
        escape(title) + u"</h1>" + body + u"</div></body></html>\n";
    Response response{status, html.toUtf8(), "text/html; charset=utf-8", {}};
    response.headers = {{"Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'"},
                        {"X-Frame-Options", "DENY"},
                        {"Cache-Control", "no-store"},
                        {"Referrer-Policy", "no-referrer"}};
    return response;
}

Response redirect(const QUrl& target)
{
    Response response{302, QByteArray(), "text/plain", {}};
    response.headers = {{"Location", target.toString(QUrl::FullyEncoded).toUtf8()},
                        {"Cache-Control", "no-store"}};
    return response;
}

bool isLoopbackCallback(const QUrl& url)
{
    const QString host = url.host();
    return url.scheme() == u"http" && (host == u"127.0.0.1" || host == u"localhost" || host == u"::1") &&
           url.userInfo().isEmpty() && url.fragment().isEmpty();
}

// The registered redirect URI matches the one used when they are equal once the loopback port is dropped.
bool redirectMatches(const QString& registered, const QString& used)
{
    QUrl a(registered);
    QUrl b(used);
    if (!isLoopbackCallback(b))
        return registered == used;
    b.setPort(-1);
    return a == b;
}

QString randomUserCode()
{
    static const char letters[] = "BCDFGHJKLMNPQRSTVWXZ";
    QString code;
    for (int i = 0; i < 8; ++i) {
        if (i == 4)
            code += u'-';
        code += QChar::fromLatin1(letters[QRandomGenerator::system()->bounded(20)]);
    }
    return code;
}

} // namespace

DemoSignIn::DemoSignIn(DemoHomeserver& server, DemoAccount& account)
    : m_server(server)
    , m_account(account)
{}

QString DemoSignIn::deviceFromScope(const QString& scope) const
{
    const QStringList scopes = scope.split(u' ', Qt::SkipEmptyParts);
    if (!scopes.contains(ApiScope))
        return {};
    QString device;
    int count = 0;
    for (const QString& item : scopes) {
        if (item.startsWith(DeviceScopePrefix)) {
            device = item.mid(DeviceScopePrefix.size());
            ++count;
        }
    }
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9._~!$&'()*+,;=:@/-]{10,}$"));
    if (count != 1 || !allowed.match(device).hasMatch())
        return {};
    return device;
}

void DemoSignIn::expireAccessTokens()
{
    for (const QString& token : std::as_const(m_issuedAccessTokens))
        m_account.revokeToken(token);
}

bool DemoSignIn::approveUserCode(const QString& userCode)
{
    for (DeviceCode& pending : m_deviceCodes) {
        if (pending.userCode == userCode) {
            pending.approved = true;
            return true;
        }
    }
    return false;
}

Response DemoSignIn::routeOAuth(const DemoRequest& request, const QStringList& path)
{
    const bool post = request.method() == QHttpServerRequest::Method::Post;
    const QString what = path.join(u'/');
    if (what == u"register" && post)
        return registerClient(request);
    if (what == u"authorize")
        return post ? authorizeDecision(request) : authorizePage(request);
    if (what == u"token" && post)
        return token(request);
    if (what == u"revoke" && post)
        return revoke(request);
    if (what == u"device" && post)
        return deviceAuthorization(request);
    if (what == u"device" || what == u"device/approve")
        return devicePage(request);
    return oauthError(404, QStringLiteral("not_found"), QStringLiteral("Unknown OAuth endpoint"));
}

Response DemoSignIn::registerClient(const DemoRequest& request)
{
    ++m_registrations;
    if (!m_refuseRegistration.isEmpty()) {
        const QString error = std::exchange(m_refuseRegistration, QString());
        return oauthError(400, error,
                          QStringLiteral("This demo server was told to refuse the registration."));
    }
    const QJsonObject metadata = QJsonDocument::fromJson(request.body()).object();
    // Client registration in the Matrix spec's OAuth 2.0 API: `application_type` is `web` (also when
    // absent) or `native`, and a homeserver supports both.
    const QJsonValue type = metadata.value(QLatin1String("application_type"));
    const bool native = type.toString() == u"native";
    if ((!type.isUndefined() && !native && type.toString() != u"web") ||
        metadata.value(QLatin1String("token_endpoint_auth_method")).toString() != u"none")
        return oauthError(400, QStringLiteral("invalid_client_metadata"),
                          QStringLiteral("Only public web or native clients may register here."));
    const QUrl clientUri(metadata.value(QLatin1String("client_uri")).toString());
    if (clientUri.scheme() != u"https" || clientUri.host().isEmpty())
        return oauthError(400, QStringLiteral("invalid_client_metadata"),
                          QStringLiteral("client_uri must be an https address."));
    const QJsonArray redirects = metadata.value(QLatin1String("redirect_uris")).toArray();
    for (const QJsonValue& redirect : redirects) {
        const QUrl url(redirect.toString());
        if (native && (!isLoopbackCallback(url) || url.port() != -1))
            return oauthError(
                400, QStringLiteral("invalid_redirect_uri"),
                QStringLiteral("Native clients register loopback redirect URIs without a port."));
        // A web client returns to an https page on the host of its client_uri or below it.
        const QString host = url.host();
        if (!native && (url.scheme() != u"https" || !url.userInfo().isEmpty() || !url.fragment().isEmpty() ||
                        (host != clientUri.host() && !host.endsWith(u'.' + clientUri.host()))))
            return oauthError(400, QStringLiteral("invalid_redirect_uri"),
                              QStringLiteral("Web clients register https redirect URIs on the host of their "
                                             "client_uri."));
    }
    Client client;
    client.name = metadata.value(QLatin1String("client_name")).toString(QStringLiteral("An app"));
    const QJsonArray grants = metadata.value(QLatin1String("grant_types")).toArray();
    for (const QJsonValue& grant : grants)
        client.grantTypes.append(grant.toString());
    const QString clientId = DemoAccount::randomToken(QStringLiteral("client_"));
    m_clients.insert(clientId, client);
    QJsonObject answer = metadata;
    answer.insert(QStringLiteral("client_id"), clientId);
    m_redirects.insert(clientId, redirects.isEmpty() ? QString() : redirects.first().toString());
    return Response::json(201, answer);
}

Response DemoSignIn::authorizePage(const DemoRequest& request)
{
    const QUrlQuery query(request.url());
    const QString clientId = field(query, "client_id");
    const QString redirectUri = field(query, "redirect_uri");
    const auto client = m_clients.constFind(clientId);
    if (client == m_clients.constEnd())
        return page(400, QStringLiteral("Unknown app"),
                    QStringLiteral("<p>This app is not registered with the demo homeserver.</p>"));
    if (!redirectMatches(m_redirects.value(clientId), redirectUri))
        return page(400, QStringLiteral("Wrong return address"),
                    u"<p>The address to return to, <code>" + escape(redirectUri) +
                        u"</code>, is not the one this app registered.</p>");
    const QString state = field(query, "state");
    const auto back = [&redirectUri, &state, this](const QString& error) {
        QUrl target(redirectUri);
        QUrlQuery items;
        items.addQueryItem(QStringLiteral("error"), error);
        items.addQueryItem(QStringLiteral("state"), state);
        items.addQueryItem(QStringLiteral("iss"), m_server.issuer());
        target.setQuery(items);
        return redirect(target);
    };
    if (field(query, "response_type") != u"code")
        return back(QStringLiteral("unsupported_response_type"));
    if (field(query, "code_challenge_method") != u"S256" || field(query, "code_challenge").isEmpty())
        return back(QStringLiteral("invalid_request"));
    const QString scope = field(query, "scope");
    const QString device = deviceFromScope(scope);
    if (device.isEmpty())
        return back(QStringLiteral("invalid_scope"));

    Grant grant{clientId,
                device,
                redirectUri,
                field(query, "code_challenge"),
                state,
                scope,
                field(query, "prompt") == u"create"};
    const QString formToken = DemoAccount::randomToken(QStringLiteral("consent_"));
    m_pendingAuthorizations.insert(formToken, grant);
    const QString title = grant.create ? QStringLiteral("Create an account") : QStringLiteral("Sign in");
    const QString intro =
        grant.create
            ? QString(u"<p>Demo accounts cannot really be created; continuing signs you in as <strong>" +
                      escape(m_account.userId()) + u"</strong>.</p>")
            : QString(u"<p>Signed in as <strong>" + escape(m_account.userId()) + u"</strong>.</p>");
    const QString body =
        intro + u"<p><strong>" + escape(client->name) +
        u"</strong> wants to see and manage your sessions. It will get a new session, <code>" +
        escape(device) +
        u"</code>.</p><form method=\"post\" action=\"authorize\"><input type=\"hidden\" "
        u"name=\"token\" value=\"" +
        escape(formToken) +
        u"\"><button class=\"primary\" type=\"submit\" name=\"decision\" value=\"allow\">"
        u"Continue</button><button type=\"submit\" name=\"decision\" value=\"deny\">Cancel"
        u"</button></form>";
    return page(200, title, body);
}

Response DemoSignIn::authorizeDecision(const DemoRequest& request)
{
    const QUrlQuery form = formOf(request);
    const auto pending = m_pendingAuthorizations.constFind(field(form, "token"));
    if (pending == m_pendingAuthorizations.constEnd())
        return page(403, QStringLiteral("This page has expired"),
                    QStringLiteral("<p>Start the sign-in again from the app.</p>"));
    const Grant grant = pending.value();
    m_pendingAuthorizations.erase(pending);
    QUrl target(grant.redirectUri);
    QUrlQuery items;
    if (field(form, "decision") == u"allow") {
        const QString code = DemoAccount::randomToken(QStringLiteral("code_"));
        m_codes.insert(code, grant);
        items.addQueryItem(QStringLiteral("code"), code);
    } else {
        items.addQueryItem(QStringLiteral("error"), QStringLiteral("access_denied"));
    }
    items.addQueryItem(QStringLiteral("state"), grant.state);
    items.addQueryItem(QStringLiteral("iss"), m_server.issuer());
    target.setQuery(items);
    return redirect(target);
}

Response DemoSignIn::issueTokens(const QString& clientId, const QString& deviceId, const QString& scope,
                                 const QString& clientName)
{
    if (!m_account.device(deviceId))
        m_account.addDevice(deviceId, clientName + QStringLiteral(" on demo browser"));
    const QString access = m_account.issueToken(deviceId);
    const QString refresh = DemoAccount::randomToken(QStringLiteral("demo_refresh_"));
    m_issuedAccessTokens.insert(access);
    m_refreshTokens.insert(refresh, Refresh{clientId, deviceId, access});
    return Response::json(200, {{QStringLiteral("access_token"), access},
                                {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                {QStringLiteral("expires_in"), AccessTokenLifetimeSeconds},
                                {QStringLiteral("refresh_token"), refresh},
                                {QStringLiteral("scope"), scope}});
}

Response DemoSignIn::token(const DemoRequest& request)
{
    const QUrlQuery form = formOf(request);
    const QString grantType = field(form, "grant_type");
    const QString clientId = field(form, "client_id");
    if (!m_clients.contains(clientId))
        return oauthError(401, QStringLiteral("invalid_client"), QStringLiteral("Unknown client."));
    const Client client = m_clients.value(clientId);

    if (grantType == u"authorization_code") {
        const auto found = m_codes.constFind(field(form, "code"));
        if (found == m_codes.constEnd())
            return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("Unknown or used code."));
        const Grant grant = found.value();
        m_codes.erase(found);
        if (grant.clientId != clientId || grant.redirectUri != field(form, "redirect_uri"))
            return oauthError(400, QStringLiteral("invalid_grant"),
                              QStringLiteral("The code is not for this client."));
        const QString challenge = QString::fromLatin1(
            QCryptographicHash::hash(field(form, "code_verifier").toLatin1(), QCryptographicHash::Sha256)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        if (challenge != grant.codeChallenge)
            return oauthError(400, QStringLiteral("invalid_grant"),
                              QStringLiteral("PKCE verification failed."));
        const QString device =
            std::exchange(m_wrongDevice, false) ? DemoAccount::randomDeviceId() : grant.deviceId;
        return issueTokens(clientId, device, grant.scope, client.name);
    }
    if (grantType == u"refresh_token") {
        ++m_refreshes;
        if (m_refreshFailureStatus >= 500)
            return oauthError(m_refreshFailureStatus, QStringLiteral("server_error"),
                              QStringLiteral("The demo server was told to fail."));
        const auto found = m_refreshTokens.constFind(field(form, "refresh_token"));
        if (m_refreshFailureStatus >= 400 || found == m_refreshTokens.constEnd() ||
            found->clientId != clientId)
            return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("Unknown refresh token."));
        const Refresh old = found.value();
        m_refreshTokens.erase(found);
        m_account.revokeToken(old.accessToken);
        if (!m_account.device(old.deviceId))
            return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("The session has ended."));
        return issueTokens(clientId, old.deviceId, ApiScope + u' ' + DeviceScopePrefix + old.deviceId,
                           client.name);
    }
    if (grantType == DeviceGrant) {
        if (!client.grantTypes.contains(DeviceGrant))
            return oauthError(400, QStringLiteral("unauthorized_client"),
                              QStringLiteral("The client did not register the device code grant."));
        const auto found = m_deviceCodes.constFind(field(form, "device_code"));
        if (found == m_deviceCodes.cend() || found->clientId != clientId)
            return oauthError(400, QStringLiteral("expired_token"),
                              QStringLiteral("Unknown or expired code."));
        if (found->denied) {
            m_deviceCodes.erase(found);
            return oauthError(400, QStringLiteral("access_denied"),
                              QStringLiteral("The sign-in was refused."));
        }
        if (!found->approved)
            return oauthError(400, QStringLiteral("authorization_pending"),
                              QStringLiteral("Not approved yet."));
        const DeviceCode approved = found.value();
        m_deviceCodes.erase(found);
        return issueTokens(clientId, approved.deviceId,
                           ApiScope + u' ' + DeviceScopePrefix + approved.deviceId, client.name);
    }
    return oauthError(400, QStringLiteral("unsupported_grant_type"),
                      QStringLiteral("Unsupported grant type."));
}

Response DemoSignIn::revoke(const DemoRequest& request)
{
    const QUrlQuery form = formOf(request);
    const QString clientId = field(form, "client_id");
    if (clientId.isEmpty())
        return oauthError(400, QStringLiteral("invalid_request"),
                          QStringLiteral("No credentials were presented"));
    if (!m_clients.contains(clientId))
        return oauthError(401, QStringLiteral("invalid_client"), QStringLiteral("Unknown client."));
    m_revokedWithClient.append(clientId);
    const QString token = field(form, "token");
    QString device;
    for (auto it = m_refreshTokens.cbegin(); it != m_refreshTokens.cend(); ++it) {
        if (it.key() == token || it->accessToken == token) {
            if (it->clientId != clientId)
                return oauthError(401, QStringLiteral("unauthorized_client"),
                                  QStringLiteral("The token belongs to another client."));
            device = it->deviceId;
            m_refreshTokens.erase(it);
            break;
        }
    }
    // Revoking ends the whole session, and with it the device (as MAS does).
    if (!device.isEmpty())
        m_account.removeDevice(device);
    return Response::json(200, {});
}

Response DemoSignIn::deviceAuthorization(const DemoRequest& request)
{
    const QUrlQuery form = formOf(request);
    const QString clientId = field(form, "client_id");
    const auto client = m_clients.constFind(clientId);
    if (client == m_clients.constEnd())
        return oauthError(401, QStringLiteral("invalid_client"), QStringLiteral("Unknown client."));
    if (!client->grantTypes.contains(DeviceGrant))
        return oauthError(400, QStringLiteral("unauthorized_client"),
                          QStringLiteral("The client did not register the device code grant."));
    const QString device = deviceFromScope(field(form, "scope"));
    if (device.isEmpty())
        return oauthError(400, QStringLiteral("invalid_scope"),
                          QStringLiteral("One device scope is needed."));
    DeviceCode code{clientId, device, randomUserCode(), false, false};
    const QString deviceCode = DemoAccount::randomToken(QStringLiteral("devicecode_"));
    m_deviceCodes.insert(deviceCode, code);
    m_lastUserCode = code.userCode;
    const QString verification = m_server.baseUrl() + QStringLiteral("/oauth/device");
    return Response::json(200, {{QStringLiteral("device_code"), deviceCode},
                                {QStringLiteral("user_code"), code.userCode},
                                {QStringLiteral("verification_uri"), verification},
                                {QStringLiteral("verification_uri_complete"),
                                 QString(verification + u"?user_code=" + code.userCode)},
                                {QStringLiteral("expires_in"), 600},
                                {QStringLiteral("interval"), 1}});
}

Response DemoSignIn::devicePage(const DemoRequest& request)
{
    if (request.method() == QHttpServerRequest::Method::Post) {
        const QUrlQuery form = formOf(request);
        const QString userCode = field(form, "user_code").trimmed().toUpper();
        for (DeviceCode& pending : m_deviceCodes) {
            if (pending.userCode == userCode) {
                if (field(form, "decision") == u"allow")
                    pending.approved = true;
                else
                    pending.denied = true;
                return page(200, pending.approved ? QStringLiteral("Signed in") : QStringLiteral("Refused"),
                            QStringLiteral("<p>You can close this tab and go back to the other device.</p>"));
            }
        }
        return page(404, QStringLiteral("Unknown code"),
                    QStringLiteral("<p>That code is unknown or has expired. Check it and try again.</p>"));
    }
    const QString prefilled = field(QUrlQuery(request.url()), "user_code");
    const QString body =
        u"<p>Signed in as <strong>" + escape(m_account.userId()) +
        u"</strong>. Enter the code the other device shows.</p><form method=\"post\" "
        u"action=\"device/approve\">"
        u"<p><input class=\"code\" name=\"user_code\" size=\"10\" autocomplete=\"off\" value=\"" +
        escape(prefilled) +
        u"\"></p><button class=\"primary\" type=\"submit\" name=\"decision\" value=\"allow\">Approve</button>"
        u"<button type=\"submit\" name=\"decision\" value=\"deny\">Refuse</button></form>";
    return page(200, QStringLiteral("Sign in on another device"), body);
}

std::optional<Response> DemoSignIn::routeClassic(const DemoRequest& request, const QString& joined,
                                                 bool oauthServer)
{
    const QHttpServerRequest::Method method = request.method();
    if (joined == u"v3/login" && method == QHttpServerRequest::Method::Get) {
        if (oauthServer)
            return Response::json(
                200, {{QStringLiteral("flows"),
                       QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("m.login.sso")},
                                              {QStringLiteral("oauth_aware_preferred"), true}}}}});
        return Response::json(
            200, {{QStringLiteral("flows"),
                   QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("m.login.password")}}}}});
    }
    if (joined == u"v3/login" && method == QHttpServerRequest::Method::Post) {
        if (oauthServer)
            return Response::matrixError(400, QStringLiteral("M_UNKNOWN"),
                                         QStringLiteral("This server signs people in with OAuth 2.0."));
        const QJsonObject login = QJsonDocument::fromJson(request.body()).object();
        if (login.value(QLatin1String("type")).toString() != u"m.login.password")
            return Response::matrixError(400, QStringLiteral("M_UNKNOWN"),
                                         QStringLiteral("Unknown login type"));
        QString user =
            login.value(QLatin1String("identifier")).toObject().value(QLatin1String("user")).toString();
        if (user.isEmpty())
            user = login.value(QLatin1String("user")).toString();
        const QString localpart = m_account.userId().section(u':', 0, 0).mid(1);
        // A Matrix ID is accepted whatever server name was typed with it (the demo answers on 127.0.0.1).
        if (user.startsWith(u'@'))
            user = user.section(u':', 0, 0).mid(1);
        if (user != localpart || login.value(QLatin1String("password")).toString() != QLatin1String(Password))
            return Response::matrixError(403, QStringLiteral("M_FORBIDDEN"),
                                         QStringLiteral("Invalid username or password"));
        QString device = login.value(QLatin1String("device_id")).toString();
        if (device.isEmpty())
            device = DemoAccount::randomDeviceId();
        if (!m_account.device(device))
            m_account.addDevice(device, login.value(QLatin1String("initial_device_display_name"))
                                            .toString(QStringLiteral("Classic sign-in")));
        const QString access = m_account.issueToken(device);
        m_issuedAccessTokens.insert(access);
        QJsonObject answer{{QStringLiteral("user_id"), m_account.userId()},
                           {QStringLiteral("access_token"), access},
                           {QStringLiteral("device_id"), device}};
        if (login.value(QLatin1String("refresh_token")).toBool()) {
            const QString refresh = DemoAccount::randomToken(QStringLiteral("demo_refresh_"));
            m_refreshTokens.insert(refresh, Refresh{QString(), device, access});
            answer.insert(QStringLiteral("refresh_token"), refresh);
            answer.insert(QStringLiteral("expires_in_ms"), AccessTokenLifetimeSeconds * 1000);
        }
        return Response::json(200, answer);
    }
    if (joined == u"v3/refresh" && method == QHttpServerRequest::Method::Post) {
        ++m_refreshes;
        if (m_refreshFailureStatus >= 500)
            return Response::matrixError(m_refreshFailureStatus, QStringLiteral("M_UNKNOWN"),
                                         QStringLiteral("The demo server was told to fail."));
        const QString token =
            QJsonDocument::fromJson(request.body()).object().value(QLatin1String("refresh_token")).toString();
        const auto found = m_refreshTokens.constFind(token);
        if (m_refreshFailureStatus >= 400 || found == m_refreshTokens.constEnd() ||
            !found->clientId.isEmpty() || !m_account.device(found->deviceId)) {
            Response response = Response::matrixError(401, QStringLiteral("M_UNKNOWN_TOKEN"),
                                                      QStringLiteral("Unknown refresh token"));
            return response;
        }
        const Refresh old = found.value();
        m_refreshTokens.erase(found);
        m_account.revokeToken(old.accessToken);
        const QString access = m_account.issueToken(old.deviceId);
        const QString refresh = DemoAccount::randomToken(QStringLiteral("demo_refresh_"));
        m_issuedAccessTokens.insert(access);
        m_refreshTokens.insert(refresh, Refresh{QString(), old.deviceId, access});
        return Response::json(200, {{QStringLiteral("access_token"), access},
                                    {QStringLiteral("refresh_token"), refresh},
                                    {QStringLiteral("expires_in_ms"), AccessTokenLifetimeSeconds * 1000}});
    }
    if (joined == u"v3/logout" && method == QHttpServerRequest::Method::Post) {
        const QByteArray authorization = request.header("authorization");
        const QString device = m_account.deviceForToken(QString::fromUtf8(authorization.mid(7).trimmed()));
        if (!authorization.startsWith("Bearer ") || device.isEmpty())
            return Response::matrixError(401, QStringLiteral("M_UNKNOWN_TOKEN"),
                                         QStringLiteral("Unknown token"));
        m_refreshTokens.removeIf(
            [&device](QHash<QString, Refresh>::iterator it) { return it->deviceId == device; });
        m_account.removeDevice(device);
        return Response::json(200, {});
    }
    return std::nullopt;
}

} // namespace gatehouse
