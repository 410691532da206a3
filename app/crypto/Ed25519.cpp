#include "crypto/Ed25519.h"

#include <sodium.h>

namespace gatehouse {

namespace {

const unsigned char* bytes(const QByteArray& data)
{
    return reinterpret_cast<const unsigned char*>(data.constData());
}

unsigned char* bytes(QByteArray& data)
{
    return reinterpret_cast<unsigned char*>(data.data());
}

} // namespace

static_assert(size_t(Ed25519::PublicKeyBytes) == crypto_sign_PUBLICKEYBYTES);
static_assert(size_t(Ed25519::SecretKeyBytes) == crypto_sign_SECRETKEYBYTES);
static_assert(size_t(Ed25519::SeedBytes) == crypto_sign_SEEDBYTES);
static_assert(size_t(Ed25519::SignatureBytes) == crypto_sign_BYTES);

bool Ed25519::available()
{
    // sodium_init() is thread-safe and idempotent (0 first time, 1 afterwards, -1 on failure).
    static const bool ready = sodium_init() >= 0;
    return ready;
}

bool Ed25519::verify(const QByteArray& publicKey, const QByteArray& message, const QByteArray& signature)
{
    if (!available() || publicKey.size() != PublicKeyBytes || signature.size() != SignatureBytes)
        return false;
    return crypto_sign_verify_detached(bytes(signature), bytes(message), size_t(message.size()),
                                       bytes(publicKey)) == 0;
}

Ed25519::KeyPair Ed25519::generate()
{
    KeyPair pair;
    if (!available())
        return pair;
    pair.publicKey.resize(PublicKeyBytes);
    pair.secretKey.resize(SecretKeyBytes);
    crypto_sign_keypair(bytes(pair.publicKey), bytes(pair.secretKey));
    return pair;
}

Ed25519::KeyPair Ed25519::fromSeed(const QByteArray& seed)
{
    KeyPair pair;
    if (!available() || seed.size() != SeedBytes)
        return pair;
    pair.publicKey.resize(PublicKeyBytes);
    pair.secretKey.resize(SecretKeyBytes);
    crypto_sign_seed_keypair(bytes(pair.publicKey), bytes(pair.secretKey), bytes(seed));
    return pair;
}

QByteArray Ed25519::sign(const QByteArray& secretKey, const QByteArray& message)
{
    if (!available() || secretKey.size() != SecretKeyBytes)
        return {};
    QByteArray signature(SignatureBytes, Qt::Uninitialized);
    crypto_sign_detached(bytes(signature), nullptr, bytes(message), size_t(message.size()), bytes(secretKey));
    return signature;
}

} // namespace gatehouse
