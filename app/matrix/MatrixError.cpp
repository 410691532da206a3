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

ErrorBody MatrixError::readBody(const QByteArray& body)
{
    const MatrixError read = fromResponse(0, body);
    ErrorBody result;
    result.errcode = read.errcode;
    result.text = read.description;
    result.softLogout = read.softLogout;
    result.tokenRejected = read.errcode == u"M_UNKNOWN_TOKEN" || read.errcode == u"M_MISSING_TOKEN";
    return result;
}

} // namespace gatehouse
