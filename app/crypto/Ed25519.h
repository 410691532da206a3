#pragma once

#include <QByteArray>

namespace gatehouse {

// ed25519 through libsodium: no cryptography is written in Gatehouse itself. Keys and signatures are raw
// bytes here; their unpadded base64 form is UnpaddedBase64's business. Safe to call from any thread.
class Ed25519
{
public:
    static constexpr int PublicKeyBytes = 32;
    static constexpr int SecretKeyBytes = 64; // libsodium's form: the seed followed by the public key
    static constexpr int SeedBytes = 32;
    static constexpr int SignatureBytes = 64;

    struct KeyPair
    {
        QByteArray publicKey;
        QByteArray secretKey;
    };

    // False when libsodium cannot start (no usable randomness); every other call then fails closed.
    static bool available();

    // True only when `signature` is a valid signature of `message` by `publicKey` (sizes checked).
    static bool verify(const QByteArray& publicKey, const QByteArray& message, const QByteArray& signature);

    // Signing, for the demo homeserver and the tests: a fresh key pair, one from a 32-byte seed (the spec's
    // test vectors), and a detached signature. Empty results when the input has the wrong size.
    static KeyPair generate();
    static KeyPair fromSeed(const QByteArray& seed);
    static QByteArray sign(const QByteArray& secretKey, const QByteArray& message);
};

} // namespace gatehouse
