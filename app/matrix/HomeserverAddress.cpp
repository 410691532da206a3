#include "matrix/HomeserverAddress.h"

#include <QRegularExpression>
#include <QUrl>

namespace gatehouse {

QString HomeserverAddress::withoutTrailingSlash(QString url)
{
    // Only the slashes of the scheme's "://" stay; "http://h://" has a path of slashes like any other.
    const qsizetype scheme = url.indexOf(u"://");
    const qsizetype keep = scheme < 0 ? 0 : scheme + 3;
    while (url.size() > keep && url.endsWith(u'/'))
        url.chop(1);
    return url;
}

HomeserverAddress HomeserverAddress::parse(const QString& rawText)
{
    HomeserverAddress address;
    const QString text = rawText.trimmed();
    if (text.isEmpty()) {
        address.problem = tr("Enter a Matrix ID such as @alice:example.org, or a server name.");
        return address;
    }
    if (text.contains(u"://")) {
        address.kind = Kind::BaseUrl;
        address.baseUrl = withoutTrailingSlash(text);
        return address;
    }

    QString serverName = text;
    if (text.startsWith(u'@')) {
        const qsizetype colon = text.indexOf(u':');
        if (colon < 2 || colon == text.size() - 1) {
            address.problem =
                tr("“%1” is not a Matrix ID; it should look like @alice:example.org.").arg(text);
            return address;
        }
        address.userId = text;
        serverName = text.mid(colon + 1);
    }

    // A server name is a DNS name, an IPv4 address or a bracketed IPv6 address, with an optional port.
    static const QRegularExpression serverNamePattern(
        QStringLiteral("^(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9.-]+)(:[0-9]{1,5})?$"));
    const QRegularExpressionMatch match = serverNamePattern.match(serverName);
    if (!match.hasMatch()) {
        address.problem = tr("“%1” is not a valid server name.").arg(serverName);
        return address;
    }
    if (match.hasCaptured(2) && match.capturedView(2).mid(1).toInt() > 65535) {
        address.problem = tr("“%1” has a port number above 65535.").arg(serverName);
        return address;
    }
    address.kind = address.userId.isEmpty() ? Kind::ServerName : Kind::UserId;
    address.serverName = serverName;
    address.hostname = match.captured(1);
    return address;
}

} // namespace gatehouse
