#include "network/UrlSafety.h"

#include "log/SecretRedactor.h"
#include "text/UntrustedText.h"

#include <QHostAddress>

namespace gatehouse {

namespace {

bool hasCharactersBrowsersRewrite(const QString& url)
{
    // A browser drops or rewrites these (WHATWG URL parsing), so what Qt checks would not be what opens.
    for (const QChar c : url) {
        const char16_t u = c.unicode();
        if (u <= 0x20 || u == 0x7f || u == u'\\' || (u >= 0x80 && u <= 0x9f))
            return true;
    }
    return false;
}

} // namespace

bool UrlSafety::isLoopbackHost(const QString& host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    QString bare = host;
    if (bare.startsWith(u'[') && bare.endsWith(u']'))
        bare = bare.mid(1, bare.size() - 2);
    QHostAddress address;
    if (!address.setAddress(bare))
        return false;
    if (address.protocol() == QAbstractSocket::IPv4Protocol)
        return (address.toIPv4Address() >> 24) == 127;
    return address == QHostAddress(QHostAddress::LocalHostIPv6);
}

UrlSafety::Verdict UrlSafety::check(const QString& text)
{
    // First: whatever else is wrong with it, a URL holding the token must never be shown or opened.
    if (SecretRedactor::containsToken(text))
        return Verdict::CarriesToken;
    if (text.isEmpty() || hasCharactersBrowsersRewrite(text))
        return Verdict::Malformed;
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty())
        return Verdict::Malformed;
    const QString scheme = url.scheme().toLower();
    if (scheme != u"https" && scheme != u"http")
        return Verdict::BadScheme;
    // "https:host" or "https:/host" have no authority; browsers would guess one, so refuse them.
    const qsizetype afterScheme = url.scheme().size() + 1;
    if (!QStringView(text).mid(afterScheme).startsWith(u"//"))
        return Verdict::NoHost;
    if (url.host().isEmpty())
        return Verdict::NoHost;
    // The authority ends at the first '/', '?' or '#'; an '@' after it is part of the path, query or
    // fragment.
    QStringView authority = QStringView(text).mid(afterScheme + 2);
    for (qsizetype i = 0; i < authority.size(); ++i) {
        if (authority[i] == u'/' || authority[i] == u'?' || authority[i] == u'#') {
            authority.truncate(i);
            break;
        }
    }
    if (!url.userInfo().isEmpty() || authority.contains(u'@'))
        return Verdict::UserInfo;
    if (scheme == u"http" && !isLoopbackHost(url.host()))
        return Verdict::InsecureHttp;
    return Verdict::Safe;
}

QString UrlSafety::explain(Verdict verdict, const QString& what, const QString& url)
{
    if (verdict == Verdict::CarriesToken) // the address itself is never repeated: it holds the secret
        return tr("%1 was refused: it contains your access token, which must never leave Gatehouse.")
            .arg(what);
    const QString shown = UntrustedText::forMessage(url);
    switch (verdict) {
    case Verdict::Safe:
        return {};
    case Verdict::Malformed:
        return tr("%1 “%2” was refused: it is not a well-formed web address.").arg(what, shown);
    case Verdict::BadScheme:
        return tr("%1 “%2” was refused: only https addresses are allowed.").arg(what, shown);
    case Verdict::NoHost:
        return tr("%1 “%2” was refused: it names no server.").arg(what, shown);
    case Verdict::UserInfo:
        return tr("%1 “%2” was refused: it contains a user name or password.").arg(what, shown);
    case Verdict::InsecureHttp:
        return tr("%1 “%2” was refused: it uses unencrypted http to another computer; only https is allowed.")
            .arg(what, shown);
    case Verdict::CarriesToken:
        return {};
    }
    return {};
}

} // namespace gatehouse
