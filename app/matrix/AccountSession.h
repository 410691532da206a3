#pragma once

#include "matrix/AccountSnapshot.h"
#include "network/Result.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace gatehouse {

class DevicesClient;
class HttpClient;
class MetadataService;
class ServerDiscovery;
class TokenSource;

// One signed-in account: finds its homeserver once, then loads whoami, sessions and metadata together
// as often as asked. The window and the command line both work through it.
class AccountSession : public QObject
{
    Q_OBJECT

public:
    AccountSession(HttpClient* http, MetadataService* metadata, QString homeserver,
                   std::shared_ptr<TokenSource> tokens, QObject* parent = nullptr);
    ~AccountSession() override;

    void load(const QObject* context, std::function<void(const Result<AccountSnapshot>&)> done);
    // Starts the first load before anyone asks for it: the next load() gets its result. The window's
    // launcher calls it before building the window, so the server answers while the window is built.
    void prefetch();
    // Resolves the homeserver only (cheap after the first time).
    void resolve(const QObject* context, std::function<void(const Result<QString>&)> done);

    QString homeserver() const { return m_homeserver; }
    QString baseUrl() const { return m_baseUrl; }
    DevicesClient* devicesClient() const { return m_client; } // null until resolved
    HttpClient* http() const { return m_http; }
    MetadataService* metadataService() const { return m_metadata; }
    std::shared_ptr<TokenSource> tokens() const { return m_tokens; }

private:
    HttpClient* m_http;
    MetadataService* m_metadata;
    ServerDiscovery* m_discovery;
    QString m_homeserver;
    QString m_baseUrl;
    std::shared_ptr<TokenSource> m_tokens;
    DevicesClient* m_client = nullptr;
    bool m_prepared = false;

    void loadNow(const QObject* context, std::function<void(const Result<AccountSnapshot>&)> done);

    struct Waiting
    {
        QPointer<const QObject> context;
        std::function<void(const Result<AccountSnapshot>&)> done;
    };
    bool m_prefetching = false;
    std::optional<Result<AccountSnapshot>> m_prefetched;
    QList<Waiting> m_waiting; // load() calls while the prefetch is under way
};

} // namespace gatehouse
