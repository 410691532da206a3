#include "matrix/MatrixError.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace gatehouse {

MatrixError MatrixError::fromResponse(int status, const QByteArray& body)
{
    MatrixError error;
    error.status = status;
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QJsonValue errcode = object.value(QLatin1String("errcode"));
    const QJsonValue text = object.value(QLatin1String("error"));
    if (errcode.isString()) {
        error.errcode = errcode.toString();
        if (text.isString())
            error.description = text.toString();
    } else if (text.isString()) {
        // OAuth 2.0 endpoints answer {"error": "invalid_grant", "error_description": "..."}.
        error.errcode = text.toString();
        error.isOAuthError = true;
        const QJsonValue description = object.value(QLatin1String("error_description"));
        if (description.isString())
            error.description = description.toString();
    }
    error.softLogout = object.value(QLatin1String("soft_logout")).toBool(false);
    // An errcode is an identifier; keep only identifier characters so it can sit inside our own sentences.
    error.errcode.removeIf(
        [](QChar c) { return !(c.isLetterOrNumber() && c.unicode() < 128) && c != u'_' && c != u'.'; });
    error.errcode.truncate(100);
    // Cut at 500 UTF-16 units, but never between the two halves of a surrogate pair.
    constexpr qsizetype MaxDescription = 500;
    if (error.description.size() > MaxDescription)
        error.description.truncate(
            error.description.at(MaxDescription - 1).isHighSurrogate() ? MaxDescription - 1 : MaxDescription);
    return error;
}

Error MatrixError::toError(const QString& host) const
{
    Error error;
    error.httpStatus = status;
    error.errcode = errcode;
    error.serverText = description;
    error.softLogout = softLogout;
    if (isTokenRejected()) {
        error.kind = Error::Kind::TokenRejected;
        error.message =
            tr("%1 did not accept the access token (it may have expired or been signed out).").arg(host);
    } else if (status == 429) {
        error.kind = Error::Kind::RateLimited;
        error.message = tr("%1 is limiting requests; try again later.").arg(host);
    } else {
        error.kind = Error::Kind::Http;
        error.message =
            errcode.isEmpty()
                ? tr("%1 answered with an error (HTTP %2).").arg(host).arg(status)
                : tr("%1 answered with an error (HTTP %2, %3).").arg(host).arg(status).arg(errcode);
    }
    return error;
}

} // namespace gatehouse
