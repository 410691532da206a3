#pragma once

#include "auth/SignInFlow.h"

namespace gatehouse {

class HttpClient;

// Classic sign-in (spec "Legacy API"): POST /_matrix/client/v3/login with m.login.password, asking for a
// refresh token. The password is registered with SecretRedactor before it is sent and never kept. The shape
// of every sign-in flow: see SignInFlow.
class PasswordSignIn : public SignInFlow
{
    Q_OBJECT

public:
    explicit PasswordSignIn(HttpClient* http, QObject* parent = nullptr);

    static QByteArray body(const QString& user, const QString& password, const QString& deviceName);
    void start(const QString& baseUrl, const QString& user, const QString& password);

private:
    HttpClient* m_http;
};

} // namespace gatehouse
