#pragma once

#include <QString>

#include <optional>

namespace gatehouse {

// Builds a deep link into the account-management page exactly as docs/protocol.md "Building an account URL"
// says: the base as the server gave it, minus any action/device_id pairs, every other pair kept
// byte-for-byte in place, then action=…, then device_id=…, the fragment kept last, an empty path made "/".
// Values are percent-encoded over UTF-8 with everything outside A–Z a–z 0–9 - . _ ~ as uppercase %XX.
class AccountManagementUrl
{
public:
    // `action` empty gives the bare page (an empty query is dropped). No safety check here: see AccountPage.
    static QString build(const QString& base, const QString& action = {},
                         const std::optional<QString>& deviceId = std::nullopt);

    static QString encodeValue(const QString& value);
};

} // namespace gatehouse
