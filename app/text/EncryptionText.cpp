#include "text/EncryptionText.h"

namespace gatehouse {

QString EncryptionText::label(EncryptionState state)
{
    switch (state) {
    case EncryptionState::CrossSigned:
        return tr("Signed by your identity");
    case EncryptionState::NotCrossSigned:
        return tr("Not signed by your identity");
    case EncryptionState::NoKeys:
        return tr("No encryption");
    case EncryptionState::InvalidKeys:
        return tr("Keys do not check out");
    case EncryptionState::Unknown:
        break;
    }
    return tr("Not checked");
}

QString EncryptionText::explanation(EncryptionState state)
{
    switch (state) {
    case EncryptionState::CrossSigned:
        return tr("This session's keys are signed by your account's identity (its cross-signing keys).");
    case EncryptionState::NotCrossSigned:
        return tr("This session has valid keys, but they are not signed by your account's identity.");
    case EncryptionState::NoKeys:
        return tr("This session published no encryption keys. That is normal for bots and scripts.");
    case EncryptionState::InvalidKeys:
        return tr("This session's keys are malformed, name another session, or their signature does not "
                  "verify.");
    case EncryptionState::Unknown:
        break;
    }
    return tr("The keys could not be read from the server. Gatehouse asks again with the next refresh.");
}

QString EncryptionText::reliance()
{
    return tr("\"Signed by your identity\" relies on your account's current cross-signing keys: it says "
              "which sessions those keys vouch for, not who holds them.");
}

} // namespace gatehouse
