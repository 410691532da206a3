#include "auth/AuthorizationCallback.h"

#include <QUrlQuery>

namespace gatehouse {

AuthorizationCallback AuthorizationCallback::fromQuery(const QString& query)
{
    QString spaced = query;
    spaced.replace(u'+', QStringLiteral("%20"));
    const QUrlQuery items(spaced);
    AuthorizationCallback callback;
    callback.hasState = items.hasQueryItem(QStringLiteral("state"));
    callback.state = items.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    callback.code = items.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    callback.error = items.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    callback.errorDescription =
        items.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded).left(500);
    // The error code is an identifier; keep it to identifier characters so it can sit in our sentences.
    callback.error.removeIf(
        [](QChar c) { return !(c.isLetterOrNumber() && c.unicode() < 128) && c != u'_' && c != u'.'; });
    callback.error.truncate(100);
    return callback;
}

Result<QString> AuthorizationCallback::check(const QString& expectedState) const
{
    if (!hasState || state != expectedState) {
        Error mismatch = Error::make(
            Error::Kind::InvalidResponse,
            tr("The answer that came back from the browser does not belong to this sign-in (its state "
               "does not match), so it was ignored. Start the sign-in again."));
        mismatch.errcode = QStringLiteral("state_mismatch");
        return mismatch;
    }
    if (!error.isEmpty()) {
        Error refused;
        refused.kind = Error::Kind::Http;
        refused.errcode = error;
        refused.serverText = errorDescription;
        if (error == u"access_denied")
            refused.message = tr("The sign-in was cancelled or refused in the browser.");
        else
            refused.message = tr("The server stopped the sign-in with the error “%1”.").arg(error);
        return refused;
    }
    if (code.isEmpty())
        return Error::make(Error::Kind::InvalidResponse,
                           tr("The browser came back without an authorization code. Start the sign-in "
                              "again."));
    return code;
}

} // namespace gatehouse
