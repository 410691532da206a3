#pragma once

#include "matrix/ClientInformation.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace gatehouse {

// What kind of device a session probably runs on, guessed from the app behind it (client information) and
// its name. Both are untrusted and often missing, so this is a hint for the eye, never a rule: nothing is
// decided from it.
class DeviceKind
{
    Q_DECLARE_TR_FUNCTIONS(DeviceKind)

public:
    enum Kind
    {
        Unknown,
        Desktop,
        Mobile,
        Web,
        Bot, // bots, bridges and scripts
    };

    // In this order: a bot or script; a web address in the client information; a phone or tablet; a
    // browser; a desktop system or app; else Unknown.
    static Kind guess(const std::optional<ClientInformation>& client, const std::optional<QString>& name);
    static QString label(Kind kind);
};

} // namespace gatehouse
