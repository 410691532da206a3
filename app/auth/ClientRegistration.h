#pragma once

#include "network/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace gatehouse {

// Dynamic client registration (RFC 7591, MSC2966) as a native public client: what Gatehouse sends
// and what it keeps from the answer. A fresh registration starts every sign-in attempt.
struct ClientRegistration
{
    Q_DECLARE_TR_FUNCTIONS(ClientRegistration)

public:
    static constexpr const char* LoopbackRedirectUri = "http://127.0.0.1/callback"; // no port (RFC 8252)
    static constexpr const char* DeviceCodeGrant = "urn:ietf:params:oauth:grant-type:device_code";

    // application_type native, token_endpoint_auth_method none, grant_types authorization_code +
    // refresh_token (+ the device code grant when asked), response_types code, client_name, client_uri
    // (the GATEHOUSE_CLIENT_URI build setting) and the loopback redirect URI.
    static QByteArray body(bool withDeviceGrant, const QString& clientUri = defaultClientUri());
    static QString defaultClientUri();
    static QString clientName();

    // The client_id from a 200/201 answer, or an error saying that the server refused to register
    // Gatehouse (with the server's own reason kept apart).
    static Result<QString> parseClientId(int status, const QByteArray& body, const QString& host);
};

} // namespace gatehouse
