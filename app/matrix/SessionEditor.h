#pragma once

#include "matrix/UiaChallenge.h"
#include "network/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>

#include <functional>
#include <optional>

namespace gatehouse {

class DevicesClient;

// Changes to sessions that Gatehouse makes itself: renaming (PUT /devices/{id}, every server) and, on
// servers without the OAuth 2.0 API only, signing sessions out with POST /delete_devices and
// user-interactive auth. On an OAuth server deleteDevices() refuses without sending anything.
class SessionEditor : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxNameLength = 100; // Synapse: longer names are refused with M_TOO_LARGE

    SessionEditor(DevicesClient* client, bool serverUsesOAuth, QObject* parent = nullptr);

    // The sentence for a name over the limit, or empty when the name fits.
    static QString nameProblem(const QString& name);
    void rename(const QString& deviceId, const QString& name, const QObject* context,
                std::function<void(const std::optional<Error>&)> done);

    // What deleting needs next.
    struct DeleteOutcome
    {
        bool done = false;
        std::optional<UiaChallenge> challenge; // authenticate and call again
    };
    // `auth` empty the first time; then {"type": "m.login.password", ...} or {"session": "..."} after a web
    // fallback stage.
    void deleteDevices(const QStringList& deviceIds, const QJsonObject& auth, const QObject* context,
                       std::function<void(const Result<DeleteOutcome>&)> done);

    static QJsonObject passwordAuth(const QString& userId, const QString& password, const QString& session);
    // Where a stage other than the password is completed in the browser (the spec's web fallback).
    QString fallbackUrl(const QString& stage, const QString& session) const;

private:
    DevicesClient* m_client;
    bool m_oauth;
};

} // namespace gatehouse
