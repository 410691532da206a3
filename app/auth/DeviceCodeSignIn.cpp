#include "auth/DeviceCodeSignIn.h"

#include "auth/DeviceCodeAnswer.h"

#include "auth/AuthorizationRequest.h"
#include "auth/OAuthSignIn.h"
#include "auth/RandomString.h"
#include "auth/TokenResponse.h"
#include "log/Log.h"
#include "log/SecretRedactor.h"
#include "matrix/MatrixError.h"
#include "network/HttpClient.h"
#include "network/UrlSafety.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace gatehouse {

DeviceCodeSignIn::DeviceCodeSignIn(HttpClient* http, QObject* parent)
    : SignInFlow(parent)
    , m_http(http)
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &DeviceCodeSignIn::poll);
    m_expiry.setSingleShot(true);
    connect(&m_expiry, &QTimer::timeout, this, [this] {
        fail(Error::make(Error::Kind::Timeout, tr("The code expired before it was entered. Start again for a "
                                                  "new code.")));
    });
}

void DeviceCodeSignIn::start(const QString& baseUrl, const AuthMetadata& metadata)
{
    begin();
    m_baseUrl = baseUrl;
    m_metadata = metadata;
    if (const auto problem = OAuthSignIn::checkEndpoints(metadata, true)) {
        QMetaObject::invokeMethod(
            this, [this, error = *problem] { fail(error); }, Qt::QueuedConnection);
        return;
    }
    Q_EMIT progress(tr("Registering Gatehouse with %1…").arg(QUrl(metadata.registrationEndpoint).host()));
    OAuthSignIn::registerClient(m_http, metadata, true, attempt(), [this](const Result<QString>& clientId) {
        if (!clientId) {
            fail(clientId.error());
            return;
        }
        requestCode(clientId.value());
    });
}

void DeviceCodeSignIn::requestCode(const QString& clientId)
{
    m_clientId = clientId;
    m_deviceId = RandomString::unreserved(AuthorizationRequest::DeviceIdLength);
    const QUrl url(m_metadata.deviceAuthorizationEndpoint);
    const HttpRequest request =
        HttpRequest::form(url, {{QStringLiteral("client_id"), clientId},
                                {QStringLiteral("scope"), AuthorizationRequest::scopeFor(m_deviceId)}});
    m_http->send(request, attempt(), [this, url](const HttpResult& result) {
        if (!result) {
            fail(result.error());
            return;
        }
        if (const auto failure = failureOf(result, url.host(), &MatrixError::readBody)) {
            Error error = *failure;
            error.message = tr("%1 did not give Gatehouse a sign-in code: %2").arg(url.host(), error.message);
            fail(error);
            return;
        }
        const QJsonObject answer = QJsonDocument::fromJson(result->body).object();
        m_deviceCode = answer.value(QLatin1String("device_code")).toString();
        m_userCode = answer.value(QLatin1String("user_code")).toString();
        const QString verification = answer.value(QLatin1String("verification_uri")).toString();
        QString complete = answer.value(QLatin1String("verification_uri_complete")).toString();
        if (m_deviceCode.isEmpty() || m_userCode.isEmpty() || verification.isEmpty()) {
            fail(Error::make(Error::Kind::InvalidResponse,
                             tr("The sign-in code answer from %1 is incomplete.").arg(url.host())));
            return;
        }
        if (const std::optional<Error> refused =
                DeviceCodeAnswer::check(m_userCode, verification, complete)) {
            fail(*refused);
            return;
        }
        SecretRedactor::addSecret(m_deviceCode);
        const int interval = answer.value(QLatin1String("interval")).toInt(5);
        m_intervalMs = qBound(1, interval, 60) * 1000;
        const int expiresIn = answer.value(QLatin1String("expires_in")).toInt(600);
        m_expiry.start(qBound(10, expiresIn, 3600) * 1000);
        Q_EMIT codeReady(m_userCode, verification, complete);
        m_pollTimer.start(m_intervalMs);
    });
}

void DeviceCodeSignIn::poll()
{
    const QUrl url(m_metadata.tokenEndpoint);
    HttpRequest request = HttpRequest::form(
        url, {{QStringLiteral("grant_type"), QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")},
              {QStringLiteral("device_code"), m_deviceCode},
              {QStringLiteral("client_id"), m_clientId}});
    request.retryOnRateLimit = false;
    request.bodyHasSecret = true;
    m_http->send(request, attempt(), [this, url](const HttpResult& result) {
        if (!isRunning())
            return;
        if (!result) {
            // A network hiccup while waiting: keep polling until the code expires.
            m_pollTimer.start(m_intervalMs);
            return;
        }
        const Result<TokenResponse> tokens = TokenResponse::fromOAuth(
            result->status, result->body, url.host(), QDateTime::currentDateTimeUtc());
        if (!tokens) {
            const Error& error = tokens.error();
            switch (TokenResponse::classify(error)) {
            case TokenResponse::Failure::Pending:
                m_pollTimer.start(m_intervalMs);
                return;
            case TokenResponse::Failure::SlowDown:
                m_intervalMs += 5000;
                m_pollTimer.start(m_intervalMs);
                return;
            case TokenResponse::Failure::TryLater:
                m_pollTimer.start(m_intervalMs);
                return;
            case TokenResponse::Failure::SignedOut:
                break;
            }
            Error failure = error;
            if (error.errcode == u"access_denied")
                failure.message = tr("The sign-in was refused on the other device.");
            else if (error.errcode == u"expired_token")
                failure.message = tr("The code expired before it was entered. Start again for a new code.");
            else
                failure.message = tr("The sign-in with a code failed: %1").arg(error.message);
            fail(failure);
            return;
        }
        tokens->tokens.registerSecrets();
        const TokenPair pair = tokens->tokens;
        OAuthSignIn::confirmDevice(m_http, m_baseUrl, pair.accessToken, m_deviceId, attempt(),
                                   [this, pair](const Result<QString>& userId) {
                                       if (!isRunning())
                                           return;
                                       if (!userId) {
                                           fail(userId.error());
                                           return;
                                       }
                                       finish(SignInResult::oauth(m_baseUrl, m_metadata, m_clientId,
                                                                  m_deviceId, userId.value(), pair));
                                   });
    });
}

void DeviceCodeSignIn::fail(const Error& error)
{
    finish(error);
}

void DeviceCodeSignIn::stopAttempt()
{
    m_pollTimer.stop();
    m_expiry.stop();
}

} // namespace gatehouse
