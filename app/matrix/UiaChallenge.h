#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace gatehouse {

// A 401 answer of user-interactive authentication (spec "User-Interactive Authentication API"): the flows
// stages already completed, the session to continue, and the error of the last attempt (M_FORBIDDEN for
// a wrong password).
struct UiaChallenge
{
    QList<QStringList> flows;
    QStringList completed;
    QString session;
    QString errcode;
    QString error; // untrusted

    // nullopt when the body is not a UIA answer (then the 401 is a token problem).
    static std::optional<UiaChallenge> parse(const QByteArray& body);

    // The first stage still to do in the first flow that Gatehouse can finish, preferring a flow with the
    // password stage only; empty when nothing is left.
    QString nextStage() const;
    bool passwordOnly() const;
};

} // namespace gatehouse
