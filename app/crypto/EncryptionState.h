#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace gatehouse {

// What Gatehouse can say about a session's end-to-end encryption keys, from one /keys/query for the
// account (DeviceTrustEvaluator decides which).
enum class EncryptionState
{
    CrossSigned,    // own signature valid, and signed by the account's self-signing key, itself signed by
                    // the master key
    NotCrossSigned, // own signature valid; the cross-signing chain is missing or does not verify
    NoKeys,         // the session published no device keys (normal for bots and scripts)
    InvalidKeys,    // keys present but malformed, naming another user or device, or badly self-signed
    Unknown,        // the keys request failed
};

class EncryptionStateNames
{
public:
    static const QList<EncryptionState>& all();
    // The machine name used in JSON output and settings: "cross_signed", "not_cross_signed", "no_keys",
    // "invalid_keys", "unknown".
    static QString name(EncryptionState state);
    static std::optional<EncryptionState> fromName(const QString& name);
};

} // namespace gatehouse
