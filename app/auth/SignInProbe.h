#pragma once

#include "auth/SignInOptions.h"
#include "network/Result.h"

#include <QObject>

#include <functional>

namespace gatehouse {

class HttpClient;
class MetadataService;
class ServerDiscovery;

// From what a person typed (a Matrix ID, a server name or a URL) to the ways this server signs people in:
// discovery, then the OAuth 2.0 metadata; without it, GET /_matrix/client/v3/login for a password flow.
class SignInProbe : public QObject
{
    Q_OBJECT

public:
    SignInProbe(HttpClient* http, MetadataService* metadata, QObject* parent = nullptr);

    void probe(const QString& typed, const QObject* context,
               std::function<void(const Result<SignInOptions>&)> done);

private:
    void probeClassic(SignInOptions options, const QObject* context,
                      std::function<void(const Result<SignInOptions>&)> done);

    HttpClient* m_http;
    MetadataService* m_metadata;
    ServerDiscovery* m_discovery;
};

} // namespace gatehouse
