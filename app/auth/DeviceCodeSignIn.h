#pragma once

#include "auth/SignInFlow.h"
#include "matrix/AuthMetadata.h"
#include "network/Error.h"

#include <QTimer>

namespace gatehouse {

class HttpClient;

// "Sign in with a code": the device authorization grant (RFC 8628, MSC4341) for machines whose
// browser cannot come back to Gatehouse (remote desktop, SSH). Registers with the device_code grant, asks
// for a user code, shows it with the page to enter it on, and polls the token endpoint at the interval the
// server asks for until the person approves, refuses, or the code expires. The shape of every sign-in
// flow: see SignInFlow.
class DeviceCodeSignIn : public SignInFlow
{
    Q_OBJECT

public:
    DeviceCodeSignIn(HttpClient* http, QObject* parent = nullptr);

    void start(const QString& baseUrl, const AuthMetadata& metadata);
    QString userCode() const { return m_userCode; }

Q_SIGNALS:
    // Show `userCode` and where to enter it; `completeUri` (may be empty) already carries the code.
    void codeReady(const QString& userCode, const QString& verificationUri, const QString& completeUri);

private:
    void requestCode(const QString& clientId);
    void poll();
    void fail(const Error& error);
    void stopAttempt() override;

    HttpClient* m_http;
    QTimer m_pollTimer;
    QTimer m_expiry;
    QString m_baseUrl;
    AuthMetadata m_metadata;
    QString m_clientId;
    QString m_deviceId;
    QString m_deviceCode;
    QString m_userCode;
    int m_intervalMs = 5000;
};

} // namespace gatehouse
