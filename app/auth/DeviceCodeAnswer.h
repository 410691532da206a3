#pragma once

#include "network/Error.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace gatehouse {

// What a device authorization answer (RFC 8628 3.2) may show the person: a user_code of printable ASCII,
// at most 64 characters, and verification pages that pass the URL safety rule (docs/threat-model.md,
// "Server text that misleads"). Anything else is refused before polling starts.
class DeviceCodeAnswer
{
    Q_DECLARE_TR_FUNCTIONS(DeviceCodeAnswer)

public:
    static constexpr qsizetype MaxUserCodeLength = 64;

    // nullopt when all three may be shown; `complete` may be empty (it is optional).
    static std::optional<Error> check(const QString& userCode, const QString& verificationUri,
                                      const QString& verificationUriComplete);
};

} // namespace gatehouse
