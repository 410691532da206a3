#include "auth/TokenResponse.h"

#include "matrix/MatrixError.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace gatehouse {

namespace {

Error invalid(const QString& why)
{
    return Error::make(Error::Kind::InvalidResponse, why);
}

std::optional<Error> failure(int status, const QByteArray& body, const QString& host)
{
    HttpResponse response;
    response.status = status;
    response.body = body;
    return failureOf(response, host, &MatrixError::readBody);
}

} // namespace

Result<TokenResponse> TokenResponse::fromOAuth(int status, const QByteArray& body, const QString& host,
                                               const QDateTime& now)
{
    if (const std::optional<Error> failed = failure(status, body, host)) {
        Error error = *failed;
        // OAuth errors come as 400/401/403 with an `error` code; a 401 here is not an expired access token.
        if (error.kind == Error::Kind::TokenRejected)
            error.kind = Error::Kind::Http;
        return error;
    }
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return invalid(tr("The token answer from %1 is not a JSON object.").arg(host));
    const QJsonObject object = document.object();
    const QJsonValue access = object.value(QLatin1String("access_token"));
    if (!access.isString() || access.toString().isEmpty())
        return invalid(tr("The token answer from %1 has no access token.").arg(host));
    const QJsonValue type = object.value(QLatin1String("token_type"));
    if (!type.isString() || type.toString().compare(u"Bearer", Qt::CaseInsensitive) != 0)
        return invalid(tr("The token answer from %1 is not a bearer token.").arg(host));
    TokenResponse response;
    response.tokens.accessToken = access.toString();
    response.tokens.refreshToken = object.value(QLatin1String("refresh_token")).toString();
    const QJsonValue expiresIn = object.value(QLatin1String("expires_in"));
    if (expiresIn.isDouble() && expiresIn.toDouble() > 0)
        response.tokens.expiresAt = now.addSecs(qint64(expiresIn.toDouble()));
    response.scope = object.value(QLatin1String("scope")).toString();
    return response;
}

Result<TokenResponse> TokenResponse::fromMatrix(int status, const QByteArray& body, const QString& host,
                                                const QDateTime& now, bool requireIdentity)
{
    if (const std::optional<Error> failed = failure(status, body, host)) {
        Error error = *failed;
        if (status == 403 && error.errcode == u"M_FORBIDDEN")
            error.message = tr("%1 did not accept this user name and password.").arg(host);
        else if (status == 403 && error.errcode == u"M_USER_DEACTIVATED")
            error.message = tr("This account on %1 has been deactivated.").arg(host);
        return error;
    }
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    TokenResponse response;
    response.tokens.accessToken = object.value(QLatin1String("access_token")).toString();
    response.tokens.refreshToken = object.value(QLatin1String("refresh_token")).toString();
    response.userId = object.value(QLatin1String("user_id")).toString();
    response.deviceId = object.value(QLatin1String("device_id")).toString();
    const QJsonValue expires = object.value(QLatin1String("expires_in_ms"));
    if (expires.isDouble() && expires.toDouble() > 0)
        response.tokens.expiresAt = now.addMSecs(qint64(expires.toDouble()));
    if (response.tokens.accessToken.isEmpty())
        return invalid(tr("The sign-in answer from %1 has no access token.").arg(host));
    if (requireIdentity && (response.userId.isEmpty() || response.deviceId.isEmpty()))
        return invalid(tr("The sign-in answer from %1 does not name the account and session.").arg(host));
    return response;
}

TokenResponse::Failure TokenResponse::classify(const Error& error)
{
    if (error.errcode == u"authorization_pending")
        return Failure::Pending;
    if (error.errcode == u"slow_down")
        return Failure::SlowDown;
    if (error.kind == Error::Kind::Http || error.kind == Error::Kind::TokenRejected ||
        error.kind == Error::Kind::InvalidResponse) {
        if (error.httpStatus >= 400 && error.httpStatus < 500 && error.httpStatus != 429)
            return Failure::SignedOut;
    }
    return Failure::TryLater;
}

} // namespace gatehouse
