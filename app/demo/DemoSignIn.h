#pragma once

#include "demo/DemoHomeserver.h"
#include "demo/DemoRequest.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace gatehouse {

class DemoAccount;

// The sign-in side of the demo homeserver: classic /login, /refresh and /logout, and a small OAuth 2.0
// server under /oauth/ (dynamic registration, an authorization page with a confirm button, token with PKCE
// S256 and refresh rotation, revocation that needs client_id, and the device authorization grant with a
// page to enter the code). State lives in memory; every page escapes what it shows.
class DemoSignIn
{
public:
    static constexpr const char* Password = "demo-password";
    static constexpr int AccessTokenLifetimeSeconds = 300;

    DemoSignIn(DemoHomeserver& server, DemoAccount& account);

    // Answers /oauth/* requests (path segments after "oauth").
    DemoHomeserver::Response routeOAuth(const DemoRequest& request, const QStringList& path);
    // Answers v3/login, v3/refresh and v3/logout; nullopt for other paths.
    std::optional<DemoHomeserver::Response> routeClassic(const DemoRequest& request, const QString& joined,
                                                         bool oauthServer);

    // Tests: how many registrations, revocations and refreshes arrived, and the client_id of each revocation.
    int registrations() const { return m_registrations; }
    int refreshes() const { return m_refreshes; }
    QStringList revokedWithClient() const { return m_revokedWithClient; }
    // Tests: the access tokens issued so far stop working, as when they expire.
    void expireAccessTokens();
    // Tests: the next registration is refused with this OAuth error (empty: accepted).
    void setRefuseRegistration(const QString& error) { m_refuseRegistration = error; }
    // Tests: the next code exchange hands out a token for another device than the one asked for.
    void setWrongDeviceOnce(bool wrong) { m_wrongDevice = wrong; }
    // Tests: the token endpoint answers every refresh with this status (0: normally).
    void setRefreshFailure(int status) { m_refreshFailureStatus = status; }
    // Tests: approve a pending device code as if the person had entered it.
    bool approveUserCode(const QString& userCode);
    QString lastUserCode() const { return m_lastUserCode; }

private:
    struct Client
    {
        QString name;
        QStringList grantTypes;
    };
    struct Grant
    {
        QString clientId;
        QString deviceId;
        QString redirectUri;
        QString codeChallenge;
        QString state;
        QString scope;
        bool create = false;
    };
    struct Refresh
    {
        QString clientId; // empty for classic
        QString deviceId;
        QString accessToken;
    };
    struct DeviceCode
    {
        QString clientId;
        QString deviceId;
        QString userCode;
        bool approved = false;
        bool denied = false;
    };

    DemoHomeserver::Response registerClient(const DemoRequest& request);
    DemoHomeserver::Response authorizePage(const DemoRequest& request);
    DemoHomeserver::Response authorizeDecision(const DemoRequest& request);
    DemoHomeserver::Response token(const DemoRequest& request);
    DemoHomeserver::Response revoke(const DemoRequest& request);
    DemoHomeserver::Response deviceAuthorization(const DemoRequest& request);
    DemoHomeserver::Response devicePage(const DemoRequest& request);
    DemoHomeserver::Response issueTokens(const QString& clientId, const QString& deviceId,
                                         const QString& scope, const QString& clientName);
    QString deviceFromScope(const QString& scope) const;

    DemoHomeserver& m_server;
    DemoAccount& m_account;
    QHash<QString, Client> m_clients;
    QHash<QString, QString> m_redirects;           // client_id -> the registered redirect URI
    QHash<QString, Grant> m_pendingAuthorizations; // form token -> request being confirmed
    QHash<QString, Grant> m_codes;                 // authorization code -> grant
    QHash<QString, Refresh> m_refreshTokens;
    QHash<QString, DeviceCode> m_deviceCodes; // device_code -> state
    QSet<QString> m_issuedAccessTokens;
    QStringList m_revokedWithClient;
    QString m_refuseRegistration;
    QString m_lastUserCode;
    bool m_wrongDevice = false;
    int m_refreshFailureStatus = 0;
    int m_registrations = 0;
    int m_refreshes = 0;
};

} // namespace gatehouse
