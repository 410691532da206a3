#pragma once

#include <QByteArray>

namespace gatehouse {

// BLAKE2b through libsodium, which picks the fastest implementation for the processor (Qt's own is the
// portable reference one: about twice the instructions for the history's digests). Safe to call from any
// thread.
class Blake2b
{
public:
    static constexpr int DigestBytes = 32;

    // The unkeyed 256-bit digest of `data`.
    static QByteArray digest(const QByteArray& data);
};

} // namespace gatehouse
