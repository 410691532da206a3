#pragma once

#include "crypto/DeviceTrustReport.h"
#include "matrix/KeysQueryResponse.h"

#include <QString>

#include <atomic>

namespace gatehouse {

// Decides each session's EncryptionState from a /keys/query answer for the account's own user, with
// real ed25519 checks (spec: "End-to-End Encryption", "Cross-signing"; "Signing JSON"). Pure and
// thread-safe: DeviceTrustVerifier runs it off the GUI thread.
//
// For a session's device keys:
//  - no entry: NoKeys;
//  - not an object, user_id or device_id not this user and session, no "ed25519:<device ID>" key of 32
//    bytes, or no valid signature by that key under signatures.<user>: InvalidKeys;
//  - otherwise CrossSigned when they also carry a valid signature by the self-signing key, and the
//    self-signing key object carries a valid signature by the master key; NotCrossSigned when not.
// A cross-signing key object is well-formed when it names this user, lists its usage ("master" or
// "self_signing") and has exactly one key, named "ed25519:<its unpadded base64>", of 32 bytes.
class DeviceTrustEvaluator
{
public:
    // `acceptedMasterKey`: the master key the person accepted (unpadded base64), or empty when none is
    // remembered yet. When the answer presents a different one, identityChanged is set and no session
    // counts as CrossSigned until the person accepts the new key.
    // `cancelled`, when given, is read between sessions: once it is true the evaluation stops and returns
    // what it has (the caller has lost interest; the report is not used).
    static DeviceTrustReport evaluate(const KeysQueryResponse& keys, const QString& acceptedMasterKey = {},
                                      const std::atomic_bool* cancelled = nullptr);
    // The report for a failed keys request: every session Unknown.
    static DeviceTrustReport unknown();
};

} // namespace gatehouse
