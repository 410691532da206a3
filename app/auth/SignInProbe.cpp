#include "auth/SignInProbe.h"

#include "matrix/HomeserverAddress.h"
#include "matrix/MatrixError.h"
#include "matrix/MetadataService.h"
#include "matrix/ServerDiscovery.h"
#include "network/HttpClient.h"
#include "text/UntrustedText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gatehouse {

SignInProbe::SignInProbe(HttpClient* http, MetadataService* metadata, QObject* parent)
    : QObject(parent)
    , m_http(http)
    , m_metadata(metadata)
    , m_discovery(new ServerDiscovery(http, this))
{}

void SignInProbe::start(const QString& typed)
{
    delete m_attempt; // a new lookup drops the answers of the one under way
    m_attempt = new QObject(this);
    Q_EMIT progress(tr("Looking up %1…").arg(UntrustedText::forMessage(typed.trimmed())));
    probe(typed, m_attempt, [this](const Result<SignInOptions>& options) { finish(options); });
}

void SignInProbe::cancel()
{
    if (isRunning())
        finish(Error::make(Error::Kind::Cancelled, tr("The lookup was cancelled.")));
}

void SignInProbe::finish(const Result<SignInOptions>& result)
{
    if (!m_attempt)
        return;
    m_attempt->deleteLater();
    m_attempt = nullptr;
    Q_EMIT finished(result);
}

void SignInProbe::probe(const QString& typed, const QObject* context,
                        std::function<void(const Result<SignInOptions>&)> done)
{
    const HomeserverAddress address = HomeserverAddress::parse(typed.trimmed());
    m_discovery->discover(address, context, [this, address, context, done](const Result<QString>& baseUrl) {
        if (!baseUrl) {
            done(baseUrl.error());
            return;
        }
        SignInOptions options;
        options.baseUrl = baseUrl.value();
        options.serverName = address.serverName.isEmpty() ? QUrl(baseUrl.value()).host() : address.serverName;
        options.userHint = address.userId;
        options.typed = address.kind == HomeserverAddress::Kind::BaseUrl ? address.baseUrl
                        : address.userId.isEmpty()                       ? address.serverName
                                                                         : address.userId;
        m_metadata->lookup(options.baseUrl, context,
                           [this, options, context, done](const Result<MetadataLookup>& lookup) mutable {
                               if (!lookup) {
                                   done(lookup.error());
                                   return;
                               }
                               if (!lookup->usesOAuth()) {
                                   probeClassic(options, context, done);
                                   return;
                               }
                               const AuthMetadata& metadata = *lookup->metadata;
                               options.oauth = metadata;
                               options.browser = !metadata.authorizationEndpoint.isEmpty() &&
                                                 !metadata.registrationEndpoint.isEmpty() &&
                                                 !metadata.tokenEndpoint.isEmpty();
                               options.createAccount =
                                   options.browser && metadata.promptValuesSupported.contains(u"create");
                               options.code = !metadata.deviceAuthorizationEndpoint.isEmpty() &&
                                              !metadata.registrationEndpoint.isEmpty() &&
                                              !metadata.tokenEndpoint.isEmpty();
                               done(options);
                           });
    });
}

void SignInProbe::probeClassic(SignInOptions options, const QObject* context,
                               std::function<void(const Result<SignInOptions>&)> done)
{
    const QUrl url(options.baseUrl + u"/_matrix/client/v3/login");
    m_http->send(HttpRequest::get(url), context, [options, url, done](const HttpResult& result) mutable {
        if (const auto failure = failureOf(result, url.host(), &MatrixError::readBody)) {
            done(*failure);
            return;
        }
        const QJsonArray flows =
            QJsonDocument::fromJson(result->body).object().value(QLatin1String("flows")).toArray();
        for (const QJsonValue& flow : flows) {
            if (flow.toObject().value(QLatin1String("type")).toString() == u"m.login.password")
                options.password = true;
        }
        done(options);
    });
}

} // namespace gatehouse
