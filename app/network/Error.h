#pragma once

#include <QCoreApplication>
#include <QString>

namespace gatehouse {

// What went wrong with a request or a step built on requests. `message` is a complete, translated sentence
// for a person; `serverText` is the server's own (untrusted) wording, kept apart so it is shown as plain
// text.
struct Error
{
    Q_DECLARE_TR_FUNCTIONS(Error)

public:
    enum class Kind
    {
        Network,          // connection refused, reset, DNS, ...
        Timeout,          // no complete answer within the transfer timeout
        Tls,              // certificate or handshake problem; never ignored
        TooLarge,         // the body went over the size cap
        TooManyRedirects, // more than the allowed number of redirects
        InsecureRedirect, // a redirect to http from https, or to an unsafe address
        UnsafeUrl,        // an address Gatehouse refuses to call or open
        Http,             // the server answered with an error status
        InvalidResponse,  // the answer was not what the protocol says (not JSON, wrong types)
        RateLimited,      // 429 still refused after the bounded back-off
        TokenRejected,    // 401: the access token is unknown, expired or missing
        NoToken,          // nothing to sign in with
        Discovery,        // the server name could not be turned into a homeserver
        Cancelled,        // the caller gave up (window closed, user pressed Cancel)
    };

    Kind kind = Kind::Network;
    int httpStatus = 0;
    QString errcode;    // Matrix errcode or OAuth `error`, when the body had one
    QString message;    // translated, plain text
    QString serverText; // the server's `error` / `error_description`, untrusted
    bool softLogout = false;

    static Error make(Kind kind, const QString& message) { return Error{kind, 0, {}, message, {}, false}; }

    bool isTokenProblem() const { return kind == Kind::TokenRejected || kind == Kind::NoToken; }

    // The message with the server's own words appended, for logs and the command line.
    QString fullText() const;
};

} // namespace gatehouse
