#pragma once

#include "auth/SignInResult.h"
#include "network/Result.h"

#include <QCoreApplication>

#include <functional>

class QObject;

namespace gatehouse {

class HttpClient;

// Classic sign-in (spec "Legacy API"): POST /_matrix/client/v3/login with m.login.password, asking for a
// refresh token. The password is registered with SecretRedactor before it is sent and never kept.
class PasswordSignIn
{
    Q_DECLARE_TR_FUNCTIONS(PasswordSignIn)

public:
    static QByteArray body(const QString& user, const QString& password, const QString& deviceName);
    static void signIn(HttpClient* http, const QString& baseUrl, const QString& user, const QString& password,
                       const QObject* context, std::function<void(const Result<SignInResult>&)> done);
};

} // namespace gatehouse
