#include "matrix/WellKnown.h"

#include "matrix/HomeserverAddress.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace gatehouse {

WellKnown WellKnown::interpret(int status, const QByteArray& body)
{
    WellKnown result;
    if (status == 404) {
        result.outcome = Outcome::Ignore;
        return result;
    }
    if (status != 200 || body.trimmed().isEmpty()) {
        result.outcome = Outcome::FailPrompt;
        result.problem = status == 0
                             ? tr("The server's discovery file could not be fetched.")
                             : tr("The server's discovery file could not be read (HTTP %1).").arg(status);
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        result.outcome = Outcome::FailPrompt;
        result.problem = tr("The server's discovery file is not valid JSON.");
        return result;
    }
    const QJsonValue homeserver = document.object().value(QLatin1String("m.homeserver"));
    const QJsonValue baseUrl = homeserver.toObject().value(QLatin1String("base_url"));
    if (!baseUrl.isString()) {
        result.outcome = Outcome::FailPrompt;
        result.problem = tr("The server's discovery file does not name a homeserver.");
        return result;
    }
    const QUrl url(baseUrl.toString(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty()) {
        result.outcome = Outcome::FailError;
        result.problem = tr("The server's discovery file names a homeserver that is not a valid address.");
        return result;
    }
    result.outcome = Outcome::Found;
    result.baseUrl = HomeserverAddress::withoutTrailingSlash(baseUrl.toString());
    return result;
}

} // namespace gatehouse
