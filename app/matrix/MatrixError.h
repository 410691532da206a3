#pragma once

#include "network/HttpFailure.h"

#include <QByteArray>
#include <QString>

namespace gatehouse {

// The body of a failed Matrix (or OAuth 2.0) request: {"errcode","error"} or {"error","error_description"}.
struct MatrixError
{
    int status = 0;
    QString errcode;     // M_UNKNOWN_TOKEN, M_UNRECOGNIZED, ... or the OAuth `error` code
    QString description; // `error` (Matrix) or `error_description` (OAuth), untrusted
    bool softLogout = false;
    bool isOAuthError = false; // errcode came from an OAuth `error` field, not a Matrix `errcode`

    static MatrixError fromResponse(int status, const QByteArray& body);

    // Only a Matrix errcode says "this endpoint does not exist"; {"error": "M_UNRECOGNIZED"} does not.
    bool isUnrecognized() const { return status == 404 && !isOAuthError && errcode == u"M_UNRECOGNIZED"; }

    // The hook for failureOf(): what a Matrix or OAuth 2.0 error body says.
    static ErrorBody readBody(const QByteArray& body);
};

} // namespace gatehouse
