#include "demo/DemoHomeserver.h"

#include "account/AccountAction.h"
#include "demo/DemoAccountPages.h"
#include "demo/DemoKeys.h"
#include "demo/DemoSignIn.h"
#include "log/Log.h"
#include "network/HttpClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace gatehouse {

namespace {

constexpr int MaxDisplayNameLength = 100;
const QString DemoPassword = QLatin1String(DemoSignIn::Password);

QByteArray headerValue(const DemoRequest& request, const QByteArray& lowerCaseName)
{
    return request.header(lowerCaseName);
}

// The path split into percent-decoded segments: "/devices/a%2Fb" -> {"devices", "a/b"}.
QStringList pathSegments(const QUrl& url)
{
    QStringList segments;
    const QString encoded = url.path(QUrl::FullyEncoded);
    const QStringList parts = encoded.split(u'/', Qt::SkipEmptyParts);
    for (const QString& part : parts)
        segments.append(QUrl::fromPercentEncoding(part.toUtf8()));
    return segments;
}

QUrlQuery formBody(const DemoRequest& request)
{
    QByteArray body = request.body();
    body.replace('+', ' ');
    return QUrlQuery(QString::fromUtf8(body));
}

QString formValue(const QUrlQuery& form, const QString& name)
{
    return form.queryItemValue(name, QUrl::FullyDecoded);
}

} // namespace

DemoHomeserver::Response DemoHomeserver::Response::json(int status, const QJsonObject& object)
{
    return Response{status, QJsonDocument(object).toJson(QJsonDocument::Compact), "application/json", {}};
}

DemoHomeserver::Response DemoHomeserver::Response::matrixError(int status, const QString& errcode,
                                                               const QString& message)
{
    return json(status,
                QJsonObject{{QStringLiteral("errcode"), errcode}, {QStringLiteral("error"), message}});
}

DemoHomeserver::Response DemoHomeserver::Response::html(int status, const QByteArray& page)
{
    return Response{
        status,
        page,
        "text/html; charset=utf-8",
        {{"Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'"},
         {"X-Frame-Options", "DENY"},
         {"Cache-Control", "no-store"}}};
}

DemoHomeserver::DemoHomeserver(const DemoOptions& options, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_options(options)
    , m_account(options.userId)
    , m_signIn(std::make_unique<DemoSignIn>(*this, m_account))
    , m_keys(std::make_unique<DemoKeys>(options.userId))
{
    m_account.populate(qMax(1, options.devices), QDateTime::currentDateTimeUtc());
    m_accessToken = m_account.issueToken(m_account.currentDeviceId());
}

DemoHomeserver::~DemoHomeserver() = default;

bool DemoHomeserver::start()
{
    // Through our own QTcpServer rather than listen(): a taken port is then reported by the caller in its
    // one error line, without Qt's own warning on stderr beside it.
    QTcpServer* listener = nullptr;
    if (m_tls) {
        auto* tlsListener = new QSslServer(this);
        tlsListener->setSslConfiguration(*m_tls);
        listener = tlsListener;
    } else {
        listener = new QTcpServer(this);
    }
    if (!listener->listen(QHostAddress::LocalHost, m_options.port)) {
        delete listener;
        return false;
    }
    bind(listener);
    const quint16 port = listener->serverPort();
    m_baseUrl = QStringLiteral("%1://127.0.0.1:%2")
                    .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
                    .arg(port);
    qCDebug(lcDemo).noquote() << "demo homeserver on" << m_baseUrl;
    if (m_options.newSessionEverySeconds > 0 && !m_newSessionTimer) {
        m_newSessionTimer = new QTimer(this);
        connect(m_newSessionTimer, &QTimer::timeout, this, &DemoHomeserver::addNewSession);
        m_newSessionTimer->start(m_options.newSessionEverySeconds * 1000);
    }
    return true;
}

Device DemoHomeserver::addNewSession()
{
    const Device device = m_account.addRealisticSession(QDateTime::currentDateTimeUtc());
    qCDebug(lcDemo).noquote() << "demo: new session" << device.id;
    return device;
}

void DemoHomeserver::useTls(const QSslCertificate& certificate, const QSslKey& key)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate);
    configuration.setPrivateKey(key);
    m_tls = configuration;
}

QString DemoHomeserver::accountUri() const
{
    return m_options.accountUri.value_or(m_baseUrl + QStringLiteral("/account/"));
}

QJsonObject DemoHomeserver::authMetadata() const
{
    const QString oauth = m_baseUrl + QStringLiteral("/oauth/");
    if (m_external) {
        QJsonObject metadata = m_external->metadata;
        metadata.insert(QStringLiteral("account_management_uri"), accountUri());
        if (m_options.actions)
            metadata.insert(QStringLiteral("account_management_actions_supported"),
                            QJsonArray::fromStringList(*m_options.actions));
        return metadata;
    }
    QJsonObject metadata;
    metadata.insert(QStringLiteral("issuer"), issuer());
    metadata.insert(QStringLiteral("authorization_endpoint"), QString(oauth + u"authorize"));
    metadata.insert(QStringLiteral("token_endpoint"), QString(oauth + u"token"));
    metadata.insert(QStringLiteral("registration_endpoint"), QString(oauth + u"register"));
    metadata.insert(QStringLiteral("revocation_endpoint"), QString(oauth + u"revoke"));
    metadata.insert(QStringLiteral("device_authorization_endpoint"), QString(oauth + u"device"));
    metadata.insert(QStringLiteral("response_types_supported"), QJsonArray{QStringLiteral("code")});
    metadata.insert(QStringLiteral("response_modes_supported"),
                    QJsonArray{QStringLiteral("query"), QStringLiteral("fragment")});
    metadata.insert(QStringLiteral("grant_types_supported"),
                    QJsonArray{QStringLiteral("authorization_code"), QStringLiteral("refresh_token"),
                               QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")});
    metadata.insert(QStringLiteral("code_challenge_methods_supported"), QJsonArray{QStringLiteral("S256")});
    metadata.insert(QStringLiteral("prompt_values_supported"), QJsonArray{QStringLiteral("create")});
    metadata.insert(QStringLiteral("account_management_uri"), accountUri());
    if (m_options.actions)
        metadata.insert(QStringLiteral("account_management_actions_supported"),
                        QJsonArray::fromStringList(*m_options.actions));
    return metadata;
}

namespace {

// DNS rebinding: a web page can make the browser send requests to this loopback port under a name the
// page controls. Only this server's own loopback names and exactly its port are answered; the port may
// be left out only when it is the scheme's default.
bool isOwnHost(const QByteArray& hostHeader, const QString& baseUrl)
{
    const QUrl base(baseUrl);
    const int port = base.port();
    const int defaultPort = base.scheme() == u"https" ? 443 : 80;
    const QString host = QString::fromLatin1(hostHeader).trimmed().toLower();
    for (const QString& name :
         {QStringLiteral("127.0.0.1"), QStringLiteral("localhost"), QStringLiteral("[::1]")}) {
        if (host == name + u':' + QString::number(port) || (port == defaultPort && host == name))
            return true;
    }
    return false;
}

} // namespace

bool DemoHomeserver::answersHostOf(const QHttpServerRequest& request) const
{
    return isOwnHost(DemoRequest(request).header("host"), m_baseUrl);
}

bool DemoHomeserver::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    if (!answersHostOf(request)) {
        // Refused before anything else: no log entry, no state touched.
        QHttpServerResponder responder = makeResponder(request, socket);
        send(responder, Response::matrixError(421, QStringLiteral("M_UNRECOGNIZED"),
                                              QStringLiteral("This server does not answer for that host.")));
        return true;
    }
    const QString path = request.url().path(QUrl::FullyEncoded);
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    const DemoRequest copy(request);
    const QByteArray authorization = copy.header("authorization");
    if (m_external && authorization.startsWith("Bearer ") && path.startsWith(u"/_matrix/")) {
        introspectThenRespond(copy, QString::fromUtf8(authorization.mid(7).trimmed()), responder, socket);
        return true;
    }
    respond(copy, responder, socket);
    return true;
}

void DemoHomeserver::respond(const DemoRequest& request,
                             const std::shared_ptr<QHttpServerResponder>& responder,
                             const QPointer<QTcpSocket>& socket)
{
    const Response response = route(request);
    ++m_inFlight;
    m_maxInFlight = qMax(m_maxInFlight, m_inFlight);
    if (m_options.latencyMs <= 0) {
        if (socket)
            send(*responder, response);
        --m_inFlight;
        return;
    }
    // Answer later, as a distant server would; requests that overlap are counted in m_maxInFlight.
    QTimer::singleShot(m_options.latencyMs, this, [this, responder, response, socket] {
        --m_inFlight;
        if (socket)
            send(*responder, response);
    });
}

// The external OAuth server decides whether a token is valid, at every request, as Synapse asks MAS.
void DemoHomeserver::introspectThenRespond(const DemoRequest& request, const QString& token,
                                           const std::shared_ptr<QHttpServerResponder>& responder,
                                           const QPointer<QTcpSocket>& socket)
{
    if (!m_introspection)
        m_introspection = new HttpClient(this);
    HttpRequest introspect =
        HttpRequest::form(QUrl(m_external->introspectionEndpoint),
                          {{QStringLiteral("token"), token},
                           {QStringLiteral("token_type_hint"), QStringLiteral("access_token")}});
    const QByteArray credentials = QByteArray(QUrl::toPercentEncoding(m_external->clientId) + ':' +
                                              QUrl::toPercentEncoding(m_external->clientSecret));
    introspect.headers.append(
        qMakePair(QByteArrayLiteral("Authorization"), "Basic " + credentials.toBase64()));
    m_introspection->send(
        introspect, this, [this, request, token, responder, socket](const HttpResult& result) {
            const QJsonObject answer = result && result->isSuccess()
                                           ? QJsonDocument::fromJson(result->body).object()
                                           : QJsonObject();
            const QString device = answer.value(QLatin1String("device_id")).toString();
            if (answer.value(QLatin1String("active")).toBool() && !device.isEmpty()) {
                if (!m_account.device(device))
                    m_account.addDevice(device, answer.value(QLatin1String("client_id")).toString() +
                                                    QStringLiteral(" (signed in at the OAuth server)"));
                m_account.adoptToken(token, device);
            } else {
                qCDebug(lcDemo) << "introspection: token not active";
                m_account.revokeToken(token);
            }
            respond(request, responder, socket);
        });
}

void DemoHomeserver::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    send(responder, Response::matrixError(404, QStringLiteral("M_UNRECOGNIZED"),
                                          QStringLiteral("Unrecognized request")));
}

QByteArray DemoHomeserver::deviceListBody(const std::function<QJsonObject(const Device&)>& toJson)
{
    // The same bytes as serialising {"devices": [...]} whole, but each session is serialised again only when
    // it changed: with 10,000 sessions that took the demo server longer than Gatehouse takes to read them,
    // and the benchmarks would have timed the demo server.
    const QList<Device>& devices = m_account.devices();
    if (m_serialisedDevices.size() > devices.size() * 2)
        m_serialisedDevices.clear(); // many sessions went: forget them
    QByteArray body;
    body.reserve(m_lastDeviceListSize + 1024);
    body += "{\"devices\":[";
    for (qsizetype i = 0; i < devices.size(); ++i) {
        const Device& device = devices.at(i);
        SerialisedDevice& known = m_serialisedDevices[device.id];
        if (known.json.isEmpty() || !(known.device == device)) {
            known.device = device;
            known.json = QJsonDocument(toJson(device)).toJson(QJsonDocument::Compact);
        }
        if (i > 0)
            body += ',';
        body += known.json;
    }
    body += "]}";
    m_lastDeviceListSize = body.size();
    return body;
}

void DemoHomeserver::send(QHttpServerResponder& responder, const Response& response)
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    responder.writeHeader("Content-Type", response.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    for (const auto& [name, value] : response.headers)
        responder.writeHeader(name, value);
    responder.writeBody(response.body);
}

DemoHomeserver::Response DemoHomeserver::route(const DemoRequest& request)
{
    const QStringList segments = pathSegments(request.url());
    const bool get = request.method() == QHttpServerRequest::Method::Get;

    if (segments.size() == 3 && segments[0] == u".well-known" && segments[1] == u"matrix" &&
        segments[2] == u"client" && get)
        return Response::json(
            200, {{QStringLiteral("m.homeserver"), QJsonObject{{QStringLiteral("base_url"), m_baseUrl}}}});
    if (segments.value(0) == u"account")
        return routeAccountPage(request);
    if (segments.size() == 3 && segments[0] == u"oauth" && segments[1] == u".well-known" &&
        segments[2] == u"openid-configuration" && get &&
        m_options.metadata == DemoOptions::Metadata::Issuer) {
        Response response = Response::json(200, authMetadata());
        response.headers.append(
            qMakePair(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("public, max-age=600")));
        return response;
    }
    if (segments.size() >= 3 && segments[0] == u"_matrix" && segments[1] == u"client")
        return routeClientApi(request, segments.mid(2));
    if (segments.value(0) == u"oauth" && m_options.metadata != DemoOptions::Metadata::None && !m_external)
        return m_signIn->routeOAuth(request, segments.mid(1));
    return Response::matrixError(404, QStringLiteral("M_UNRECOGNIZED"),
                                 QStringLiteral("Unrecognized request"));
}

QString DemoHomeserver::authenticatedDevice(const DemoRequest& request, Response* failure)
{
    const QByteArray authorization = headerValue(request, "authorization");
    if (!authorization.startsWith("Bearer ")) {
        *failure = Response::matrixError(401, QStringLiteral("M_MISSING_TOKEN"),
                                         QStringLiteral("Missing access token"));
        return {};
    }
    const QString token = QString::fromUtf8(authorization.mid(7).trimmed());
    const QString deviceId = m_account.deviceForToken(token);
    if (deviceId.isEmpty()) {
        Response response = Response::matrixError(401, QStringLiteral("M_UNKNOWN_TOKEN"),
                                                  QStringLiteral("Access token unknown or expired"));
        *failure = response;
        return {};
    }
    m_account.touch(deviceId, request.remoteAddress().toString(), QDateTime::currentDateTimeUtc());
    return deviceId;
}

DemoHomeserver::Response DemoHomeserver::routeClientApi(const DemoRequest& request, const QStringList& path)
{
    const QHttpServerRequest::Method method = request.method();
    const bool get = method == QHttpServerRequest::Method::Get;
    const bool oauth = m_options.metadata != DemoOptions::Metadata::None;
    const QString joined = path.join(u'/');
    const Response unrecognized =
        Response::matrixError(404, QStringLiteral("M_UNRECOGNIZED"), QStringLiteral("Unrecognized request"));

    if (joined == u"versions" && get)
        return Response::json(200, {{QStringLiteral("versions"),
                                     QJsonArray{QStringLiteral("v1.11"), QStringLiteral("v1.12"),
                                                QStringLiteral("v1.15"), QStringLiteral("v1.18")}}});
    if ((joined == u"v1/auth_metadata" && m_options.metadata == DemoOptions::Metadata::Stable) ||
        (joined == u"unstable/org.matrix.msc2965/auth_metadata" &&
         m_options.metadata == DemoOptions::Metadata::Unstable)) {
        Response response = Response::json(200, authMetadata());
        response.headers.append(
            qMakePair(QByteArrayLiteral("Cache-Control"),
                      QByteArrayLiteral("public, max-age=600, s-maxage=3600, stale-while-revalidate=600")));
        return response;
    }
    if (joined == u"unstable/org.matrix.msc2965/auth_issuer" &&
        m_options.metadata == DemoOptions::Metadata::Issuer)
        return Response::json(200, {{QStringLiteral("issuer"), issuer()}});
    if (joined.endsWith(u"auth_metadata") || joined.endsWith(u"auth_issuer"))
        return unrecognized;

    if (const auto answer = m_signIn->routeClassic(request, joined, oauth))
        return *answer;

    Response failure;
    if (joined == u"v3/account/whoami" && get) {
        const QString deviceId = authenticatedDevice(request, &failure);
        if (deviceId.isEmpty())
            return failure;
        return Response::json(200, {{QStringLiteral("user_id"), m_account.userId()},
                                    {QStringLiteral("device_id"), deviceId},
                                    {QStringLiteral("is_guest"), false}});
    }
    if (path.value(0) == u"v3" && path.value(1) == u"devices" && path.size() <= 3) {
        const QString deviceId = authenticatedDevice(request, &failure);
        if (deviceId.isEmpty())
            return failure;
        // The spec's Device: fields the server does not know are absent, never null.
        const auto deviceJson = [this](const Device& device) {
            QJsonObject json{{QStringLiteral("device_id"), device.id},
                             {QStringLiteral("user_id"), m_account.userId()}};
            if (device.displayName)
                json.insert(QStringLiteral("display_name"), *device.displayName);
            if (device.lastSeenIp)
                json.insert(QStringLiteral("last_seen_ip"), *device.lastSeenIp);
            if (device.lastSeenTs)
                json.insert(QStringLiteral("last_seen_ts"), QJsonValue(*device.lastSeenTs));
            return json;
        };
        if (path.size() == 2 && get)
            return Response{200, deviceListBody(deviceJson), "application/json", {}};
        if (path.size() == 3) {
            const QString target = path[2];
            const Device* device = m_account.device(target);
            if (get)
                return device ? Response::json(200, deviceJson(*device))
                              : Response::matrixError(404, QStringLiteral("M_NOT_FOUND"),
                                                      QStringLiteral("No device found"));
            if (method == QHttpServerRequest::Method::Put) {
                if (!device)
                    return Response::matrixError(404, QStringLiteral("M_NOT_FOUND"),
                                                 QStringLiteral("No device found"));
                const QJsonValue name =
                    QJsonDocument::fromJson(request.body()).object().value(QLatin1String("display_name"));
                if (name.isString()) {
                    if (name.toString().toUcs4().size() >
                        MaxDisplayNameLength) // characters, as Synapse counts
                        return Response::matrixError(
                            400, QStringLiteral("M_TOO_LARGE"),
                            QStringLiteral("Device display name is too long (max 100)"));
                    m_account.renameDevice(target, name.toString());
                }
                return Response::json(200, {});
            }
            if (method == QHttpServerRequest::Method::Delete) {
                // Synapse with MAS: legacy device deletion does not exist, for any token.
                if (oauth)
                    return unrecognized;
                return deleteDevicesWithAuth(request, {target});
            }
        }
    }
    if (joined == u"v3/delete_devices" && method == QHttpServerRequest::Method::Post) {
        const QString deviceId = authenticatedDevice(request, &failure);
        if (deviceId.isEmpty())
            return failure;
        if (oauth)
            return unrecognized;
        QStringList ids;
        const QJsonArray listed =
            QJsonDocument::fromJson(request.body()).object().value(QLatin1String("devices")).toArray();
        for (const QJsonValue& id : listed)
            ids.append(id.toString());
        return deleteDevicesWithAuth(request, ids);
    }
    if (DemoKeys::serves(joined, method)) {
        if (authenticatedDevice(request, &failure).isEmpty())
            return failure;
        return Response{200, m_keys->answer(joined, m_account), "application/json", {}};
    }
    return unrecognized;
}

// User-interactive auth with the password stage, as a classic Synapse asks for device deletion.
DemoHomeserver::Response DemoHomeserver::deleteDevicesWithAuth(const DemoRequest& request,
                                                               const QStringList& deviceIds)
{
    const QJsonObject auth =
        QJsonDocument::fromJson(request.body()).object().value(QLatin1String("auth")).toObject();
    const auto challenge = [](const QString& session, const QString& errcode) {
        QJsonObject body{{QStringLiteral("flows"),
                          QJsonArray{QJsonObject{
                              {QStringLiteral("stages"), QJsonArray{QStringLiteral("m.login.password")}}}}},
                         {QStringLiteral("params"), QJsonObject{}},
                         {QStringLiteral("session"), session}};
        if (!errcode.isEmpty()) {
            body.insert(QStringLiteral("errcode"), errcode);
            body.insert(QStringLiteral("error"), QStringLiteral("Invalid password"));
        }
        return Response::json(401, body);
    };
    const QString session = auth.value(QLatin1String("session")).toString();
    if (auth.isEmpty() || !m_uiaSessions.contains(session)) {
        const QString fresh = DemoAccount::randomToken(QStringLiteral("uia_"));
        m_uiaSessions.insert(fresh);
        return challenge(fresh, {});
    }
    if (auth.value(QLatin1String("type")).toString() != u"m.login.password" ||
        auth.value(QLatin1String("password")).toString() != DemoPassword)
        return challenge(session, QStringLiteral("M_FORBIDDEN"));
    m_uiaSessions.remove(session);
    for (const QString& id : deviceIds)
        m_account.removeDevice(id);
    return Response::json(200, {});
}

DemoHomeserver::Response DemoHomeserver::routeAccountPage(const DemoRequest& request)
{
    const QString uri = accountUri();
    const QUrlQuery query(request.url());
    const QString action = query.queryItemValue(QStringLiteral("action"), QUrl::FullyDecoded);
    const QString deviceId = query.queryItemValue(QStringLiteral("device_id"), QUrl::FullyDecoded);
    const QStringList segments = pathSegments(request.url());
    const QString page = segments.value(1);
    const auto issueFormToken = [this](const QString& purpose) {
        const QString token = DemoAccount::randomToken(QStringLiteral("form_"));
        m_pageTokens.insert(token, purpose);
        return token;
    };

    if (request.method() == QHttpServerRequest::Method::Post) {
        const QUrlQuery form = formBody(request);
        const QString token = formValue(form, QStringLiteral("token"));
        if (page == u"sign-out") {
            const QString target = formValue(form, QStringLiteral("device_id"));
            if (token.isEmpty() || m_pageTokens.take(token) != u"sign-out:" + target)
                return Response::html(403, DemoAccountPages::formExpired(uri));
            const Device* device = m_account.device(target);
            if (!device)
                return Response::html(404, DemoAccountPages::unknownSession(target, uri));
            const QString name = DemoAccountPages::sessionName(*device);
            m_account.removeDevice(target);
            return Response::html(200, DemoAccountPages::signedOut(name, uri));
        }
        if (page == u"reset-cross-signing") {
            if (token.isEmpty() || m_pageTokens.take(token) != u"reset-cross-signing")
                return Response::html(403, DemoAccountPages::formExpired(uri));
            return Response::html(200, DemoAccountPages::crossSigningResetApproved(uri));
        }
        return Response::html(404, DemoAccountPages::formExpired(uri));
    }

    const std::optional<AccountAction> chosen = AccountActionNames::fromName(action);
    if (!chosen || action.isEmpty())
        return Response::html(200,
                              DemoAccountPages::overview(m_account, uri, QStringLiteral("Your account")));
    switch (*chosen) {
    case AccountAction::Profile:
        return Response::html(200, DemoAccountPages::profile(m_account, uri));
    case AccountAction::DevicesList:
        return Response::html(
            200, DemoAccountPages::overview(m_account, uri, QStringLiteral("Where you're signed in")));
    case AccountAction::DeviceView:
    case AccountAction::DeviceDelete: {
        if (deviceId.isEmpty())
            return Response::html(
                200, DemoAccountPages::overview(m_account, uri, QStringLiteral("Where you're signed in")));
        const Device* device = m_account.device(deviceId);
        if (!device)
            return Response::html(404, DemoAccountPages::unknownSession(deviceId, uri));
        if (*chosen == AccountAction::DeviceView)
            return Response::html(
                200, DemoAccountPages::sessionDetail(*device, deviceId == m_account.currentDeviceId(), uri,
                                                     QStringLiteral("org.matrix.device_delete")));
        return Response::html(
            200, DemoAccountPages::confirmSignOut(*device, issueFormToken(u"sign-out:" + deviceId), uri));
    }
    case AccountAction::AccountDeactivate:
        return Response::html(200, DemoAccountPages::deactivate(m_account, uri));
    case AccountAction::CrossSigningReset:
        return Response::html(200, DemoAccountPages::confirmCrossSigningReset(
                                       issueFormToken(QStringLiteral("reset-cross-signing")), uri));
    }
    return Response::html(200, DemoAccountPages::overview(m_account, uri, QStringLiteral("Your account")));
}

} // namespace gatehouse
