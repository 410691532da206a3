#pragma once

#include "network/Error.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace gatehouse {

// Whether the user ID a server signed the person in as may be accepted (docs/threat-model.md, "A hostile
// server takes over a saved account"). What the person typed decides:
// - a Matrix ID: the server must sign them in as exactly that ID;
// - a server name: the user ID must be on that server name;
// - a full homeserver URL: any user ID; the account is bound to that URL (its key holds the URL).
// For a classic sign-in, the user name entered counts as well: a full Matrix ID there must be the ID
// signed in; a bare name only keeps the server name of a Matrix ID typed before.
class SignInIdentity
{
    Q_DECLARE_TR_FUNCTIONS(SignInIdentity)

public:
    // nullopt when `userId` is accepted; otherwise the Error (naming both) that refuses the sign-in.
    static std::optional<Error> check(const QString& typed, const QString& passwordUser,
                                      const QString& userId);

    // "example.org" for "@alice:example.org"; empty when it is not a Matrix user ID.
    static QString serverNameOf(const QString& userId);
};

} // namespace gatehouse
