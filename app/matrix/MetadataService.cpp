#include "matrix/MetadataService.h"

#include "log/Log.h"
#include "matrix/HomeserverAddress.h"
#include "matrix/MatrixError.h"
#include "network/CachePolicy.h"
#include "network/HttpClient.h"
#include "network/UrlSafety.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace gatehouse {

namespace {

using Done = std::function<void(const Result<MetadataLookup>&)>;

enum class Answer
{
    Found,
    NotHere,
    Failed
};

// What one route's answer means: metadata, "not here" (404 + M_UNRECOGNIZED only), or an error.
Answer classify(const HttpResult& result, const QString& host, Error* error)
{
    if (!result) {
        *error = result.error();
        error->message =
            MetadataService::tr("Could not read the account metadata of %1: %2").arg(host, error->message);
        return Answer::Failed;
    }
    // Any 2xx answer is read as metadata; the parser decides whether it is valid.
    const std::optional<Error> failure = failureOf(result, host, &MatrixError::readBody);
    if (!failure)
        return Answer::Found;
    if (MatrixError::fromResponse(result->status, result->body).isUnrecognized())
        return Answer::NotHere;
    *error = *failure;
    if (error->kind != Error::Kind::RateLimited)
        error->kind = Error::Kind::Http;
    error->message =
        MetadataService::tr("Could not read the account metadata of %1: %2").arg(host, error->message);
    return Answer::Failed;
}

qint64 freshness(const HttpResponse& response)
{
    return CachePolicy::freshForMs(response.header("cache-control"), response.header("expires"),
                                   response.header("date"), QDateTime::currentDateTimeUtc());
}

} // namespace

MetadataService::MetadataService(HttpClient* http, QObject* parent)
    : QObject(parent)
    , m_http(http)
{}

void MetadataService::lookup(const QString& baseUrl, const QObject* context, Done done)
{
    const auto cached = m_cache.constFind(baseUrl);
    if (cached != m_cache.constEnd() && QDateTime::currentDateTimeUtc() < cached->expires) {
        qCDebug(lcDiscovery) << "metadata from cache";
        done(cached->lookup);
        return;
    }
    tryAuthMetadata(baseUrl, MetadataRoute::Stable, context, std::move(done));
}

void MetadataService::remember(const QString& baseUrl, const MetadataLookup& lookup, qint64 freshForMs)
{
    if (freshForMs <= 0) {
        m_cache.remove(baseUrl);
        return;
    }
    m_cache.insert(baseUrl, {lookup, QDateTime::currentDateTimeUtc().addMSecs(freshForMs)});
}

void MetadataService::tryAuthMetadata(const QString& baseUrl, MetadataRoute route, const QObject* context,
                                      Done done)
{
    const QUrl url(baseUrl + (route == MetadataRoute::Stable
                                  ? u"/_matrix/client/v1/auth_metadata"
                                  : u"/_matrix/client/unstable/org.matrix.msc2965/auth_metadata"));
    m_http->send(HttpRequest::get(url), context,
                 [this, baseUrl, route, url, context, done](const HttpResult& result) {
                     Error error;
                     switch (classify(result, url.host(), &error)) {
                     case Answer::Failed:
                         done(error);
                         return;
                     case Answer::NotHere:
                         if (route == MetadataRoute::Stable)
                             tryAuthMetadata(baseUrl, MetadataRoute::Unstable, context, done);
                         else
                             tryIssuer(baseUrl, context, done);
                         return;
                     case Answer::Found:
                         accept(baseUrl, route, result.value(), done);
                         return;
                     }
                 });
}

void MetadataService::accept(const QString& baseUrl, MetadataRoute route, const HttpResponse& response,
                             Done done)
{
    const Result<AuthMetadata> metadata = AuthMetadata::parse(response.body);
    if (!metadata) {
        done(metadata.error());
        return;
    }
    const MetadataLookup found{route, metadata.value()};
    remember(baseUrl, found, freshness(response));
    done(found);
}

void MetadataService::tryIssuer(const QString& baseUrl, const QObject* context, Done done)
{
    const QUrl url(baseUrl + u"/_matrix/client/unstable/org.matrix.msc2965/auth_issuer");
    m_http->send(
        HttpRequest::get(url), context, [this, baseUrl, url, context, done](const HttpResult& result) {
            Error error;
            switch (classify(result, url.host(), &error)) {
            case Answer::Failed:
                done(error);
                return;
            case Answer::NotHere:
                qCDebug(lcDiscovery) << "no OAuth 2.0 metadata on any route: classic sign-in";
                done(MetadataLookup{});
                return;
            case Answer::Found:
                break;
            }
            const QJsonValue issuer =
                QJsonDocument::fromJson(result->body).object().value(QLatin1String("issuer"));
            if (!issuer.isString()) {
                done(Error::make(
                    Error::Kind::InvalidResponse,
                    tr("The server's account metadata is invalid: its auth_issuer answer has no issuer.")));
                return;
            }
            const QString issuerUrl = issuer.toString();
            const UrlSafety::Verdict verdict = UrlSafety::check(issuerUrl);
            if (verdict != UrlSafety::Verdict::Safe) {
                done(Error::make(Error::Kind::UnsafeUrl,
                                 UrlSafety::explain(verdict, tr("The sign-in server"), issuerUrl)));
                return;
            }
            const QUrl configurationUrl(HomeserverAddress::withoutTrailingSlash(issuerUrl) +
                                        u"/.well-known/openid-configuration");
            m_http->send(
                HttpRequest::get(configurationUrl), context,
                [this, baseUrl, configurationUrl, done](const HttpResult& configuration) {
                    Error configurationError;
                    const Answer answer =
                        classify(configuration, configurationUrl.host(), &configurationError);
                    if (answer == Answer::Failed) {
                        done(configurationError);
                        return;
                    }
                    if (answer == Answer::NotHere) {
                        done(*failureOf(configuration, configurationUrl.host(), &MatrixError::readBody));
                        return;
                    }
                    accept(baseUrl, MetadataRoute::Issuer, configuration.value(), done);
                });
        });
}

} // namespace gatehouse
