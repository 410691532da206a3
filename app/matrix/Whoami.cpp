#include "matrix/Whoami.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace gatehouse {

Result<Whoami> Whoami::fromJson(const QByteArray& body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonValue userId = document.object().value(QLatin1String("user_id"));
    if (!userId.isString() || userId.toString().isEmpty())
        return Error::make(
            Error::Kind::InvalidResponse,
            tr("The server did not say which account the token belongs to (whoami has no user_id)."));
    Whoami whoami;
    whoami.userId = userId.toString();
    whoami.deviceId = document.object().value(QLatin1String("device_id")).toString();
    whoami.isGuest = document.object().value(QLatin1String("is_guest")).toBool(false);
    return whoami;
}

} // namespace gatehouse
