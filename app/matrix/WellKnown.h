#pragma once

#include <QCoreApplication>
#include <QString>

namespace gatehouse {

// GET https://<hostname>/.well-known/matrix/client, read as the spec's discovery algorithm says.
struct WellKnown
{
    Q_DECLARE_TR_FUNCTIONS(WellKnown)

public:
    enum class Outcome
    {
        Found,      // m.homeserver.base_url, still to be checked with /versions
        Ignore,     // 404: no well-known; fall back to the server name itself
        FailPrompt, // unreadable: ask the person for the homeserver address
        FailError,  // base_url is not a URL: stop with an error
    };

    Outcome outcome = Outcome::FailPrompt;
    QString baseUrl; // without trailing slashes
    QString problem; // translated, for FailPrompt and FailError

    // `status` 0 means the request itself failed (no answer).
    static WellKnown interpret(int status, const QByteArray& body);
};

} // namespace gatehouse
