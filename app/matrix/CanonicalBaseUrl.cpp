#include "matrix/CanonicalBaseUrl.h"

#include "matrix/HomeserverAddress.h"

#include <QUrl>

namespace gatehouse {

namespace {

int defaultPort(const QString& scheme)
{
    if (scheme == u"https")
        return 443;
    if (scheme == u"http")
        return 80;
    return -1;
}

// scheme://host[:port] of a parsed URL, or empty.
QString originText(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    // EncodeUnicode gives the ASCII (Punycode) form of an internationalised host, lower case.
    QString host = url.host(QUrl::EncodeUnicode).toLower();
    if (scheme.isEmpty() || host.isEmpty())
        return QString();
    if (host.contains(u':'))
        host = u'[' + host + u']';
    const int port = url.port();
    const bool keepPort = port >= 0 && port != defaultPort(scheme);
    return scheme + u"://" + host + (keepPort ? u':' + QString::number(port) : QString());
}

} // namespace

QString CanonicalBaseUrl::of(const QString& text)
{
    const QString trimmed = text.trimmed();
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString origin = url.isValid() ? originText(url) : QString();
    if (origin.isEmpty() || !url.userInfo().isEmpty())
        return HomeserverAddress::withoutTrailingSlash(trimmed);
    QString rest = url.path(QUrl::FullyEncoded);
    while (rest.endsWith(u'/'))
        rest.chop(1);
    if (url.hasQuery())
        rest += u'?' + url.query(QUrl::FullyEncoded);
    return origin + rest;
}

} // namespace gatehouse
