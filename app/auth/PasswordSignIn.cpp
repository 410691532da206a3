#include "auth/PasswordSignIn.h"

#include "auth/TokenResponse.h"
#include "log/Log.h"
#include "log/SecretRedactor.h"
#include "network/HttpClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>

namespace gatehouse {

PasswordSignIn::PasswordSignIn(HttpClient* http, QObject* parent)
    : SignInFlow(parent)
    , m_http(http)
{}

QByteArray PasswordSignIn::body(const QString& user, const QString& password, const QString& deviceName)
{
    const QJsonObject login{
        {QStringLiteral("type"), QStringLiteral("m.login.password")},
        {QStringLiteral("identifier"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("m.id.user")}, {QStringLiteral("user"), user}}},
        {QStringLiteral("password"), password},
        {QStringLiteral("refresh_token"), true},
        {QStringLiteral("initial_device_display_name"), deviceName},
    };
    return QJsonDocument(login).toJson(QJsonDocument::Compact);
}

void PasswordSignIn::start(const QString& baseUrl, const QString& user, const QString& password)
{
    QObject* context = begin();
    SecretRedactor::addSecret(password);
    const QUrl url(baseUrl + u"/_matrix/client/v3/login");
    const QString deviceName = tr("Gatehouse on %1").arg(QSysInfo::machineHostName());
    HttpRequest request = HttpRequest::json("POST", url, body(user, password, deviceName));
    request.bodyHasSecret = true;
    qCDebug(lcAuth) << "signing in with a password";
    Q_EMIT progress(tr("Signing in…"));
    m_http->send(request, context, [this, url, baseUrl](const HttpResult& result) {
        if (!result) {
            finish(result.error());
            return;
        }
        const Result<TokenResponse> answer = TokenResponse::fromMatrix(
            result->status, result->body, url.host(), QDateTime::currentDateTimeUtc(), true);
        if (!answer) {
            finish(answer.error());
            return;
        }
        answer->tokens.registerSecrets();
        SignInResult signedIn;
        signedIn.account.userId = answer->userId;
        signedIn.account.homeserver = baseUrl;
        signedIn.account.kind = SavedAccount::Kind::Classic;
        signedIn.account.deviceId = answer->deviceId;
        signedIn.tokens = answer->tokens;
        finish(signedIn);
    });
}

} // namespace gatehouse
