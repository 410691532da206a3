#include "matrix/CanonicalBaseUrl.h"

#include "matrix/HomeserverAddress.h"
#include "network/HttpClient.h"

#include <QUrl>

namespace gatehouse {

QString CanonicalBaseUrl::of(const QString& text)
{
    const QString trimmed = text.trimmed();
    const QUrl url(trimmed, QUrl::StrictMode);
    // Scheme and host in lower case (an internationalised host in its ASCII form), no default port.
    const QString origin = url.isValid() ? HttpRequest::originOf(url) : QString();
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
