#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace gatehouse {

// docs/protocol.md "Which URLs are safe": https always; http only to this computer (localhost, 127/8, ::1);
// never userinfo, a missing host or another scheme; never a URL that carries the access or refresh token
// (docs/threat-model.md). Applies to the homeserver, every URL taken from
// .well-known or the metadata, every redirect, and every page handed to the browser.
class UrlSafety
{
    Q_DECLARE_TR_FUNCTIONS(UrlSafety)

public:
    enum class Verdict
    {
        Safe,
        Malformed,    // not a URL, or characters a browser would read differently (spaces, backslashes)
        BadScheme,    // javascript:, file:, data:, ftp:, ...
        NoHost,       // https:/path, https:///x
        UserInfo,     // https://user:pw@host/
        InsecureHttp, // http:// to anything but this computer
        CarriesToken, // holds a known access or refresh token (raw or percent-encoded): never opened or
                      // printed
    };

    static Verdict check(const QString& text);
    static bool isSafe(const QString& url) { return check(url) == Verdict::Safe; }
    static bool isLoopbackHost(const QString& host);

    // A translated sentence naming the problem, for example
    // "The account page “http://example.org/” was refused: it uses plain http to another computer."
    // `what` names the address in the sentence ("The homeserver", "The account page", ...).
    static QString explain(Verdict verdict, const QString& what, const QString& url);
};

} // namespace gatehouse
