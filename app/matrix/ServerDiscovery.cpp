#include "matrix/ServerDiscovery.h"

#include "log/Log.h"
#include "matrix/CanonicalBaseUrl.h"
#include "matrix/WellKnown.h"
#include "network/HttpClient.h"
#include "network/UrlSafety.h"
#include "text/UntrustedText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

namespace gatehouse {

ServerDiscovery::ServerDiscovery(HttpClient* http, QObject* parent)
    : QObject(parent)
    , m_http(http)
{}

QString ServerDiscovery::schemeFor(const QString& hostname)
{
    return UrlSafety::isLoopbackHost(hostname) ? QStringLiteral("http") : QStringLiteral("https");
}

void ServerDiscovery::discover(const HomeserverAddress& address, const QObject* context,
                               std::function<void(const Result<QString>&)> done)
{
    if (address.kind == HomeserverAddress::Kind::Invalid) {
        done(Error::make(Error::Kind::Discovery, address.problem));
        return;
    }
    if (address.kind == HomeserverAddress::Kind::BaseUrl) {
        const UrlSafety::Verdict verdict = UrlSafety::check(address.baseUrl);
        if (verdict != UrlSafety::Verdict::Safe) {
            done(Error::make(Error::Kind::UnsafeUrl,
                             UrlSafety::explain(verdict, tr("The homeserver"), address.baseUrl)));
            return;
        }
        done(CanonicalBaseUrl::of(address.baseUrl)); // the one spelling every key and output uses
        return;
    }

    // The spec asks at the bare hostname; like other clients we keep an explicit port, which is what a
    // server name with a port (a development server, our tests) needs.
    const QString origin = schemeFor(address.hostname) + u"://" + address.serverName;
    const QUrl wellKnownUrl(origin + u"/.well-known/matrix/client");
    qCDebug(lcDiscovery).noquote() << "asking" << wellKnownUrl.toString();
    const QPointer<ServerDiscovery> self(this); // its session may end before the answer arrives
    m_http->send(
        HttpRequest::get(wellKnownUrl), context,
        [this, self, address, origin, context, done](const HttpResult& result) {
            if (!self)
                return;
            // A refused address is a refusal, not an unreadable discovery file.
            if (!result && (result.error().kind == Error::Kind::UnsafeUrl ||
                            result.error().kind == Error::Kind::InsecureRedirect)) {
                done(result.error());
                return;
            }
            const WellKnown wellKnown =
                result ? WellKnown::interpret(result->status, result->body) : WellKnown::interpret(0, {});
            switch (wellKnown.outcome) {
            case WellKnown::Outcome::Ignore:
                qCDebug(lcDiscovery) << "no .well-known; trying the server name itself";
                checkVersions(origin, address.serverName, context, done);
                return;
            case WellKnown::Outcome::FailPrompt:
                done(Error::make(Error::Kind::Discovery,
                                 tr("Could not find the homeserver for %1. %2 Enter the homeserver address "
                                    "(https://…) instead.")
                                     .arg(address.serverName, wellKnown.problem)));
                return;
            case WellKnown::Outcome::FailError:
                done(Error::make(Error::Kind::Discovery, tr("Could not find the homeserver for %1. %2")
                                                             .arg(address.serverName, wellKnown.problem)));
                return;
            case WellKnown::Outcome::Found: {
                const UrlSafety::Verdict verdict = UrlSafety::check(wellKnown.baseUrl);
                if (verdict != UrlSafety::Verdict::Safe) {
                    done(Error::make(
                        Error::Kind::UnsafeUrl,
                        UrlSafety::explain(verdict, tr("The homeserver named by %1").arg(address.serverName),
                                           wellKnown.baseUrl)));
                    return;
                }
                checkVersions(wellKnown.baseUrl, address.serverName, context, done);
                return;
            }
            }
        });
}

void ServerDiscovery::checkVersions(const QString& baseUrl, const QString& shownName, const QObject* context,
                                    std::function<void(const Result<QString>&)> done)
{
    const QUrl versionsUrl(baseUrl + u"/_matrix/client/versions");
    m_http->send(
        HttpRequest::get(versionsUrl), context, [baseUrl, shownName, done](const HttpResult& result) {
            if (!result) {
                Error error = result.error();
                if (error.kind != Error::Kind::UnsafeUrl && error.kind != Error::Kind::InsecureRedirect)
                    error.kind = Error::Kind::Discovery;
                error.message = tr("No Matrix homeserver answered at %1. %2")
                                    .arg(UntrustedText::forMessage(baseUrl), result.error().message);
                done(error);
                return;
            }
            const QJsonValue versions =
                QJsonDocument::fromJson(result->body).object().value(QLatin1String("versions"));
            if (result->status != 200 || !versions.isArray()) {
                done(Error::make(Error::Kind::Discovery,
                                 tr("%1 is not a Matrix homeserver (its /versions answer is not "
                                    "valid), so %2 cannot be used.")
                                     .arg(UntrustedText::forMessage(baseUrl), shownName)));
                return;
            }
            done(CanonicalBaseUrl::of(baseUrl)); // the one spelling every key and output uses
        });
}

} // namespace gatehouse
