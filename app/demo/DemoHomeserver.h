#pragma once

#include "cli/DemoOptions.h"
#include "demo/DemoAccount.h"
#include "demo/DemoRequest.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonObject>
#include <QPointer>
#include <QSet>
#include <QSslConfiguration>
#include <QTcpSocket>

class QTimer;

#include <functional>
#include <memory>

namespace gatehouse {

class DemoKeys;
class DemoSignIn;
class HttpClient;

// A small, real Matrix homeserver for the demo, the benchmarks and the tests: discovery, auth metadata on
// any of the three routes (or none), whoami, the device list, and an account-management page whose
// device_delete page really signs a session out after a confirmation. Listens on 127.0.0.1 only.
class DemoHomeserver : public QAbstractHttpServer
{
    Q_OBJECT

public:
    struct Response
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
        QList<QPair<QByteArray, QByteArray>> headers;

        static Response json(int status, const QJsonObject& object);
        static Response matrixError(int status, const QString& errcode, const QString& message);
        static Response html(int status, const QByteArray& page);
    };

    explicit DemoHomeserver(const DemoOptions& options = {}, QObject* parent = nullptr);
    ~DemoHomeserver() override;

    // Listens on 127.0.0.1 (options.port, or any free port). False when the port is taken.
    bool start();
    // Serve https with this certificate and key instead of plain http (for the TLS tests); before start().
    void useTls(const QSslCertificate& certificate, const QSslKey& key);
    QString baseUrl() const { return m_baseUrl; }
    QString issuer() const { return m_baseUrl + QStringLiteral("/oauth/"); }
    QString accountUri() const;
    // Tests and --new-session-every: a realistic new sign-in appears in the device list.
    Device addNewSession();
    // The access token of the current session ("this device").
    QString accessToken() const { return m_accessToken; }
    DemoAccount& account() { return m_account; }
    const DemoOptions& options() const { return m_options; }
    void setLatencyMs(int ms) { m_options.latencyMs = ms; }
    void setMetadataMode(DemoOptions::Metadata mode) { m_options.metadata = mode; }
    void setActions(const std::optional<QStringList>& actions) { m_options.actions = actions; }
    void setAccountUri(const std::optional<QString>& uri) { m_options.accountUri = uri; }

    // The most requests that were being answered at the same moment (with a latency, they overlap).
    int maxInFlight() const { return m_maxInFlight; }
    void resetMaxInFlight() { m_maxInFlight = 0; }

    // The body the server would answer with for auth metadata (shared by all three routes).
    QJsonObject authMetadata() const;

    // Sign-in: classic /login, /refresh, /logout and the OAuth 2.0 endpoints under /oauth/.
    DemoSignIn& signIn() { return *m_signIn; }

    // Tests: an OAuth 2.0 server elsewhere (oidc-provider) signs people in. Its metadata is served as the
    // auth metadata, and every bearer token is checked by introspection there (with these client
    // credentials); an active token's `device_id` claim names the session.
    struct ExternalIssuer
    {
        QJsonObject metadata;
        QString introspectionEndpoint;
        QString clientId;
        QString clientSecret;
    };
    void setExternalIssuer(const std::optional<ExternalIssuer>& issuer) { m_external = issuer; }

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    // False for a Host header that is not this server's own loopback name and port (DNS rebinding).
    bool answersHostOf(const QHttpServerRequest& request) const;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    void respond(const DemoRequest& request, const std::shared_ptr<QHttpServerResponder>& responder,
                 const QPointer<QTcpSocket>& socket);
    void introspectThenRespond(const DemoRequest& request, const QString& token,
                               const std::shared_ptr<QHttpServerResponder>& responder,
                               const QPointer<QTcpSocket>& socket);
    Response route(const DemoRequest& request);
    Response routeClientApi(const DemoRequest& request, const QStringList& path);
    Response routeAccountPage(const DemoRequest& request);
    Response deleteDevicesWithAuth(const DemoRequest& request, const QStringList& deviceIds);
    QString authenticatedDevice(const DemoRequest& request, Response* failure);
    void send(QHttpServerResponder& responder, const Response& response);
    QByteArray deviceListBody(const std::function<QJsonObject(const Device&)>& toJson);

    struct SerialisedDevice
    {
        Device device;
        QByteArray json;
    };

    std::optional<QSslConfiguration> m_tls;
    DemoOptions m_options;
    DemoAccount m_account;
    std::unique_ptr<DemoSignIn> m_signIn;
    std::unique_ptr<DemoKeys> m_keys; // /keys/query and the client information in /sync
    std::optional<ExternalIssuer> m_external;
    HttpClient* m_introspection = nullptr;
    QString m_baseUrl;
    QString m_accessToken;
    QHash<QString, QString> m_pageTokens; // one-use form token -> what it confirms
    QSet<QString> m_uiaSessions;
    QHash<QString, SerialisedDevice> m_serialisedDevices; // device ID -> as last served
    qsizetype m_lastDeviceListSize = 0;
    QTimer* m_newSessionTimer = nullptr;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
};

} // namespace gatehouse
