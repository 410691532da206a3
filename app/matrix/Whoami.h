#pragma once

#include "network/Result.h"

#include <QString>

namespace gatehouse {

// GET /_matrix/client/v3/account/whoami: who the token belongs to and which device it is.
struct Whoami
{
    Q_DECLARE_TR_FUNCTIONS(Whoami)

public:
    QString userId;
    QString deviceId; // empty for tokens without a device (appservices)
    bool isGuest = false;

    static Result<Whoami> fromJson(const QByteArray& body);
};

} // namespace gatehouse
