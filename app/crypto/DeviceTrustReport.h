#pragma once

#include "crypto/EncryptionState.h"

#include <QHash>
#include <QMetaType>
#include <QString>

namespace gatehouse {

// The outcome of checking one /keys/query answer: a state per session, and the account's identity (its
// master key) for the caller to remember and compare.
struct DeviceTrustReport
{
    bool keysKnown = false;                 // false: the keys request failed, every state is unknown
    QHash<QString, EncryptionState> states; // sessions with an entry in the answer
    // The master key's public key in unpadded base64, when the answer carries a well-formed one; empty
    // otherwise. Normalised (decoded and encoded again), so a change of spelling is not a change of key.
    QString masterKey;
    bool selfSigningKeyValid = false; // the self-signing key is well-formed and signed by the master key
    bool identityChanged = false;     // the master key differs from the one the person accepted

    // Unknown when the keys are not known; NoKeys for a session the answer does not mention.
    EncryptionState state(const QString& deviceId) const
    {
        if (!keysKnown)
            return EncryptionState::Unknown;
        return states.value(deviceId, EncryptionState::NoKeys);
    }
};

} // namespace gatehouse

Q_DECLARE_METATYPE(gatehouse::DeviceTrustReport)
