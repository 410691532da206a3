#include "network/HttpFailure.h"

namespace gatehouse {

std::optional<Error> failureOf(const HttpResult& result, const QString& host, ErrorBodyReader readBody)
{
    if (!result)
        return result.error();
    const HttpResponse& response = result.value();
    if (response.isSuccess())
        return std::nullopt;
    const ErrorBody body = readBody ? readBody(response.body) : ErrorBody{};
    Error error;
    error.httpStatus = response.status;
    error.errcode = body.errcode;
    error.serverText = body.text;
    error.softLogout = body.softLogout;
    if (response.status == 401 && (body.errcode.isEmpty() || body.tokenRejected)) {
        error.kind = Error::Kind::TokenRejected;
        error.message =
            Error::tr("%1 did not accept the access token (it may have expired or been signed out).")
                .arg(host);
    } else if (response.status == 429) {
        error.kind = Error::Kind::RateLimited;
        error.message = Error::tr("%1 is limiting requests; try again later.").arg(host);
    } else {
        error.kind = Error::Kind::Http;
        error.message = body.errcode.isEmpty()
                            ? Error::tr("%1 answered with an error (HTTP %2).").arg(host).arg(response.status)
                            : Error::tr("%1 answered with an error (HTTP %2, %3).")
                                  .arg(host)
                                  .arg(response.status)
                                  .arg(body.errcode);
    }
    return error;
}

} // namespace gatehouse
