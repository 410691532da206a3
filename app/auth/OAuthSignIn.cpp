#include "auth/OAuthSignIn.h"

#include "account/UrlOpener.h"
#include "auth/AuthorizationCallback.h"
#include "auth/ClientRegistration.h"
#include "auth/LoopbackRedirectListener.h"
#include "auth/TokenResponse.h"
#include "auth/TokenRevoker.h"
#include "log/Log.h"
#include "log/SecretRedactor.h"
#include "matrix/MatrixError.h"
#include "matrix/Whoami.h"
#include "network/HttpClient.h"
#include "network/UrlSafety.h"
#include "text/UntrustedText.h"

namespace gatehouse {

OAuthSignIn::OAuthSignIn(HttpClient* http, UrlOpener* opener, QObject* parent)
    : SignInFlow(parent)
    , m_http(http)
    , m_opener(opener)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        fail(Error::make(Error::Kind::Timeout,
                         tr("The browser did not come back within %n minute(s). Start the sign-in again.",
                            nullptr, qMax(1, m_timeoutMs / 60'000))));
    });
}

OAuthSignIn::~OAuthSignIn() = default;

std::optional<Error> OAuthSignIn::checkEndpoints(const AuthMetadata& metadata, bool deviceGrant)
{
    struct Endpoint
    {
        QString what;  // for a sentence that starts with it
        QString field; // the metadata field, named as it is when it is missing
        QString url;
    };
    const QList<Endpoint> endpoints = {
        {tr("The registration endpoint"), QStringLiteral("registration_endpoint"),
         metadata.registrationEndpoint},
        deviceGrant
            ? Endpoint{tr("The device authorization endpoint"),
                       QStringLiteral("device_authorization_endpoint"), metadata.deviceAuthorizationEndpoint}
            : Endpoint{tr("The authorization endpoint"), QStringLiteral("authorization_endpoint"),
                       metadata.authorizationEndpoint},
        {tr("The token endpoint"), QStringLiteral("token_endpoint"), metadata.tokenEndpoint},
    };
    for (const auto& [what, field, url] : endpoints) {
        if (url.isEmpty())
            return Error::make(Error::Kind::InvalidResponse,
                               tr("The server's sign-in metadata has no “%1”, so Gatehouse cannot sign in "
                                  "with it.")
                                   .arg(field));
        const UrlSafety::Verdict verdict = UrlSafety::check(url);
        if (verdict != UrlSafety::Verdict::Safe)
            return Error::make(Error::Kind::UnsafeUrl, UrlSafety::explain(verdict, what, url));
    }
    if (!metadata.revocationEndpoint.isEmpty() && !UrlSafety::isSafe(metadata.revocationEndpoint))
        return Error::make(Error::Kind::UnsafeUrl,
                           UrlSafety::explain(UrlSafety::check(metadata.revocationEndpoint),
                                              tr("The revocation endpoint"), metadata.revocationEndpoint));
    return std::nullopt;
}

void OAuthSignIn::registerClient(HttpClient* http, const AuthMetadata& metadata, bool withDeviceGrant,
                                 const QObject* context, std::function<void(const Result<QString>&)> done)
{
    const QUrl url(metadata.registrationEndpoint);
    HttpRequest request = HttpRequest::json("POST", url, ClientRegistration::body(withDeviceGrant));
    qCDebug(lcAuth) << "registering Gatehouse as an OAuth client";
    http->send(request, context, [url, done](const HttpResult& result) {
        if (!result) {
            Error error = result.error();
            error.message =
                tr("Gatehouse could not register itself with %1: %2").arg(url.host(), error.message);
            done(error);
            return;
        }
        done(ClientRegistration::parseClientId(result->status, result->body, url.host()));
    });
}

void OAuthSignIn::confirmDevice(HttpClient* http, const QString& baseUrl, const QString& accessToken,
                                const QString& expectedDeviceId, const QObject* context,
                                std::function<void(const Result<QString>&)> done)
{
    const QUrl url(baseUrl + u"/_matrix/client/v3/account/whoami");
    HttpRequest request = HttpRequest::get(url, accessToken);
    request.tokenOrigins = {HttpRequest::originOf(QUrl(baseUrl))};
    http->send(request, context, [url, expectedDeviceId, done](const HttpResult& result) {
        if (const auto failure = failureOf(result, url.host(), &MatrixError::readBody)) {
            done(*failure);
            return;
        }
        const Result<Whoami> whoami = Whoami::fromJson(result->body);
        if (!whoami) {
            done(whoami.error());
            return;
        }
        if (whoami->deviceId != expectedDeviceId) {
            Error mismatch =
                Error::make(Error::Kind::InvalidResponse,
                            tr("The homeserver gave this sign-in the session “%1”, not the “%2” "
                               "Gatehouse asked for, so "
                               "it was not used.")
                                .arg(UntrustedText::forMessage(whoami->deviceId), expectedDeviceId));
            mismatch.errcode = QStringLiteral("device_mismatch");
            done(mismatch);
            return;
        }
        done(whoami->userId);
    });
}

void OAuthSignIn::start(const QString& baseUrl, const AuthMetadata& metadata, bool createAccount)
{
    begin();
    m_baseUrl = baseUrl;
    m_metadata = metadata;
    m_createAccount = createAccount;
    if (const auto problem = checkEndpoints(metadata, false)) {
        QMetaObject::invokeMethod(
            this, [this, error = *problem] { fail(error); }, Qt::QueuedConnection);
        return;
    }
    Q_EMIT progress(tr("Registering Gatehouse with %1…").arg(QUrl(metadata.registrationEndpoint).host()));
    registerClient(m_http, metadata, false, attempt(), [this](const Result<QString>& clientId) {
        if (!clientId) {
            fail(clientId.error());
            return;
        }
        onRegistered(clientId.value());
    });
}

void OAuthSignIn::onRegistered(const QString& clientId)
{
    m_listener = new LoopbackRedirectListener(attempt());
    if (!m_listener->listen()) {
        fail(Error::make(Error::Kind::Network,
                         tr("Gatehouse could not listen on 127.0.0.1 for the browser's answer.")));
        return;
    }
    connect(m_listener, &LoopbackRedirectListener::callbackReceived, this, &OAuthSignIn::onCallback);
    m_request = AuthorizationRequest::create(clientId, m_listener->redirectUri(), m_createAccount);
    m_listener->setExpectedState(m_request.state);
    SecretRedactor::addSecret(m_request.pkce.verifier);
    m_authorizationUrl = m_request.url(m_metadata.authorizationEndpoint);
    const QString urlText = m_authorizationUrl.toString(QUrl::FullyEncoded);
    const UrlSafety::Verdict verdict = UrlSafety::check(urlText);
    if (verdict != UrlSafety::Verdict::Safe) {
        fail(Error::make(Error::Kind::UnsafeUrl,
                         UrlSafety::explain(verdict, tr("The sign-in page"), urlText)));
        return;
    }
    m_timeout.start(m_timeoutMs);
    const bool opened = m_opener && m_opener->open(urlText);
    qCDebug(lcAuth) << "waiting for the browser; opened:" << opened;
    Q_EMIT waitingForBrowser(m_authorizationUrl, opened);
}

void OAuthSignIn::onCallback(const QString& query)
{
    if (!isRunning())
        return;
    m_timeout.stop();
    const AuthorizationCallback callback = AuthorizationCallback::fromQuery(query);
    SecretRedactor::addSecret(callback.code);
    const Result<QString> code = callback.check(m_request.state);
    if (!code) {
        fail(code.error());
        return;
    }
    exchange(code.value());
}

void OAuthSignIn::exchange(const QString& code)
{
    Q_EMIT progress(tr("Finishing the sign-in…"));
    const QUrl url(m_metadata.tokenEndpoint);
    HttpRequest request =
        HttpRequest::form(url, {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                {QStringLiteral("code"), code},
                                {QStringLiteral("redirect_uri"), m_request.redirectUri},
                                {QStringLiteral("client_id"), m_request.clientId},
                                {QStringLiteral("code_verifier"), m_request.pkce.verifier}});
    request.bodyHasSecret = true;
    m_http->send(request, attempt(), [this, url](const HttpResult& result) {
        if (!result) {
            fail(result.error());
            return;
        }
        const Result<TokenResponse> tokens = TokenResponse::fromOAuth(
            result->status, result->body, url.host(), QDateTime::currentDateTimeUtc());
        if (!tokens) {
            Error error = tokens.error();
            error.message = tr("The sign-in could not be finished: %1").arg(error.message);
            fail(error);
            return;
        }
        tokens->tokens.registerSecrets();
        const TokenPair pair = tokens->tokens;
        confirmDevice(m_http, m_baseUrl, pair.accessToken, m_request.deviceId, attempt(),
                      [this, pair](const Result<QString>& userId) {
                          if (!isRunning())
                              return;
                          if (!userId) {
                              if (userId.error().errcode == u"device_mismatch")
                                  revokeUnwanted(pair);
                              fail(userId.error());
                              return;
                          }
                          qCDebug(lcAuth) << "signed in with OAuth 2.0";
                          finish(SignInResult::oauth(m_baseUrl, m_metadata, m_request.clientId,
                                                     m_request.deviceId, userId.value(), pair));
                      });
    });
}

void OAuthSignIn::revokeUnwanted(const TokenPair& tokens)
{
    // A session Gatehouse did not ask for is not left behind on the server.
    SavedAccount account;
    account.kind = SavedAccount::Kind::OAuth;
    account.clientId = m_request.clientId;
    account.revocationEndpoint = m_metadata.revocationEndpoint;
    if (!account.revocationEndpoint.isEmpty())
        TokenRevoker::revoke(m_http, account, tokens, this, [](const std::optional<Error>&) {});
}

void OAuthSignIn::fail(const Error& error)
{
    if (!isRunning())
        return;
    qCDebug(lcAuth).noquote() << "OAuth sign-in failed:" << error.message;
    finish(error);
}

void OAuthSignIn::stopAttempt()
{
    m_timeout.stop();
    if (m_listener)
        m_listener->close();
    m_listener = nullptr;
}

} // namespace gatehouse
