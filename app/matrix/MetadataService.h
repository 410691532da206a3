#pragma once

#include "matrix/AuthMetadata.h"
#include "network/Result.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

namespace gatehouse {

class HttpClient;
struct HttpResponse;

struct MetadataLookup
{
    MetadataRoute route = MetadataRoute::None;
    std::optional<AuthMetadata> metadata; // set unless route is None

    bool usesOAuth() const { return route != MetadataRoute::None; }
};

// Finds the OAuth 2.0 metadata of a homeserver: the stable route, then the unstable one, then auth_issuer
// plus OpenID discovery. Only 404 + M_UNRECOGNIZED moves on to the next route; any other failure is an
// error, never a sign of a classic server. Answers are cached for as long as their cache headers allow.
class MetadataService : public QObject
{
    Q_OBJECT

public:
    explicit MetadataService(HttpClient* http, QObject* parent = nullptr);

    void lookup(const QString& baseUrl, const QObject* context,
                std::function<void(const Result<MetadataLookup>&)> done);
    void clearCache() { m_cache.clear(); }

private:
    void tryAuthMetadata(const QString& baseUrl, MetadataRoute route, const QObject* context,
                         std::function<void(const Result<MetadataLookup>&)> done);
    void accept(const QString& baseUrl, MetadataRoute route, const HttpResponse& response,
                std::function<void(const Result<MetadataLookup>&)> done);
    void tryIssuer(const QString& baseUrl, const QObject* context,
                   std::function<void(const Result<MetadataLookup>&)> done);
    void remember(const QString& baseUrl, const MetadataLookup& lookup, qint64 freshForMs);

    struct CacheEntry
    {
        MetadataLookup lookup;
        QDateTime expires;
    };

    HttpClient* m_http;
    QHash<QString, CacheEntry> m_cache;
};

} // namespace gatehouse
