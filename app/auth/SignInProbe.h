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
// The shape of the sign-in flows (SignInFlow): start(), progress(), cancel(), and finished() exactly once per
// start(), here with the ways to sign in.
class SignInProbe : public QObject
{
    Q_OBJECT

public:
    SignInProbe(HttpClient* http, MetadataService* metadata, QObject* parent = nullptr);

    void start(const QString& typed);
    void cancel();
    bool isRunning() const { return m_attempt != nullptr; }

Q_SIGNALS:
    void progress(const QString& text);
    void finished(const gatehouse::Result<gatehouse::SignInOptions>& result);

private:
    void finish(const Result<SignInOptions>& result);
    void probe(const QString& typed, const QObject* context,
               std::function<void(const Result<SignInOptions>&)> done);
    void probeClassic(SignInOptions options, const QObject* context,
                      std::function<void(const Result<SignInOptions>&)> done);

    HttpClient* m_http;
    MetadataService* m_metadata;
    ServerDiscovery* m_discovery;
    QObject* m_attempt = nullptr; // the context of this lookup's requests; deleted when it ends
};

} // namespace gatehouse
