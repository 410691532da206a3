#pragma once

#include "auth/AuthorizationRequest.h"
#include "auth/SignInFlow.h"
#include "matrix/AuthMetadata.h"
#include "network/Error.h"
#include "network/Result.h"

#include <QTimer>
#include <QUrl>

#include <functional>

namespace gatehouse {

class HttpClient;
class LoopbackRedirectListener;
class UrlOpener;

// Signing in with the OAuth 2.0 API in the system browser (docs/protocol.md "Signing in"): register, open the
// authorization URL, receive the redirect on 127.0.0.1, check `state`, exchange the code, call whoami and
// check that the device ID is the one asked for. The shape of every sign-in flow: see SignInFlow.
class OAuthSignIn : public SignInFlow
{
    Q_OBJECT

public:
    static constexpr int DefaultBrowserTimeoutMs = 10 * 60 * 1000;

    OAuthSignIn(HttpClient* http, UrlOpener* opener, QObject* parent = nullptr);
    ~OAuthSignIn() override;

    void setBrowserTimeoutMs(int ms) { m_timeoutMs = ms; }
    void start(const QString& baseUrl, const AuthMetadata& metadata, bool createAccount = false);
    QUrl authorizationUrl() const { return m_authorizationUrl; }
    const AuthorizationRequest& request() const { return m_request; }

    // Checks every endpoint the flow uses (docs/protocol.md "Which URLs are safe"); names the first bad one.
    static std::optional<Error> checkEndpoints(const AuthMetadata& metadata, bool deviceGrant);
    // Registers a native public client; shared with the device grant.
    static void registerClient(HttpClient* http, const AuthMetadata& metadata, bool withDeviceGrant,
                               const QObject* context, std::function<void(const Result<QString>&)> done);
    // whoami with a fresh token, and the check that it names the device that was asked for.
    static void confirmDevice(HttpClient* http, const QString& baseUrl, const QString& accessToken,
                              const QString& expectedDeviceId, const QObject* context,
                              std::function<void(const Result<QString>&)> done);

Q_SIGNALS:
    // The browser should now show `url`; `opened` is false when no browser could be started.
    void waitingForBrowser(const QUrl& url, bool opened);

private:
    void onRegistered(const QString& clientId);
    void onCallback(const QString& query);
    void exchange(const QString& code);
    void revokeUnwanted(const TokenPair& tokens);
    void fail(const Error& error);
    void stopAttempt() override;

    HttpClient* m_http;
    UrlOpener* m_opener;
    LoopbackRedirectListener* m_listener = nullptr;
    QTimer m_timeout;
    int m_timeoutMs = DefaultBrowserTimeoutMs;
    bool m_createAccount = false;
    QString m_baseUrl;
    AuthMetadata m_metadata;
    AuthorizationRequest m_request;
    QUrl m_authorizationUrl;
};

} // namespace gatehouse
