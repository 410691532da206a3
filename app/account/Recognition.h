#pragma once

#include "crypto/DeviceTrustReport.h"
#include "matrix/ClientInformation.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

namespace gatehouse {

// What tells an account's sessions apart, as far as it is known: each session's encryption state, the app
// behind it, and whether the account's identity (its master key) changed. The same value for the window
// and the command line; a default one knows nothing (every state unknown, no app).
struct Recognition
{
    bool answered = false;   // false until the keys and client information of a load came in
    DeviceTrustReport trust; // keysKnown false: the keys request failed (or has not answered yet)
    QString keysProblem;     // why the keys are unknown, for the person
    QHash<QString, ClientInformation> clients;
    bool clientsKnown = false;
    bool identityChanged = false; // the master key differs from the accepted one
    QDateTime identityChangedAt;  // when Gatehouse first saw the new key

    EncryptionState encryption(const QString& deviceId) const { return trust.state(deviceId); }
    std::optional<ClientInformation> client(const QString& deviceId) const
    {
        const auto it = clients.constFind(deviceId);
        return it == clients.cend() ? std::nullopt : std::optional<ClientInformation>(*it);
    }
};

} // namespace gatehouse
