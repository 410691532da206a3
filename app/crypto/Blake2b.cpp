#include "crypto/Blake2b.h"

#include <sodium.h>

namespace gatehouse {

static_assert(size_t(Blake2b::DigestBytes) >= crypto_generichash_BYTES_MIN &&
              size_t(Blake2b::DigestBytes) <= crypto_generichash_BYTES_MAX);

QByteArray Blake2b::digest(const QByteArray& data)
{
    // sodium_init() chooses the implementation; without it (it fails only without randomness, which hashing
    // does not need) libsodium hashes with its portable one, to the same digest.
    static const bool initialised = sodium_init() >= 0;
    Q_UNUSED(initialised)
    QByteArray out(DigestBytes, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), size_t(out.size()),
                       reinterpret_cast<const unsigned char*>(data.constData()), size_t(data.size()), nullptr,
                       0);
    return out;
}

} // namespace gatehouse
