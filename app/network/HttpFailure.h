#pragma once

#include "network/HttpClient.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace gatehouse {

// What a protocol's own error body says, as read by that protocol (for the Matrix Client-Server API and
// OAuth 2.0 bodies: MatrixError::readBody).
struct ErrorBody
{
    QString errcode; // an identifier: the Matrix `errcode` or the OAuth `error`
    QString text;    // the server's own words, untrusted
    bool softLogout = false;
    bool tokenRejected = false; // the body names the access token as the problem
};

// The one place an HTTP result becomes an Error. A transport failure comes back as it is; an answer with a
// status outside 2xx becomes a translated sentence naming `host`, with what `readBody` found in the body
// (errcode, the server's words) kept apart. A 2xx answer is no failure: std::nullopt.
// 401 is a rejected token unless the body names another problem; 429 is rate limiting.
std::optional<Error> failureOf(const HttpResult& result, const QString& host,
                               ErrorBodyReader readBody = nullptr);

} // namespace gatehouse
