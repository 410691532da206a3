#pragma once

#include <QString>

namespace gatehouse {

// Proof Key for Code Exchange (RFC 7636) with S256: a fresh verifier per attempt and its challenge,
// base64url(SHA-256(verifier)) without padding.
struct Pkce
{
    QString verifier;
    QString challenge;

    static constexpr int VerifierLength = 64; // RFC 7636: 43 to 128 characters
    static Pkce generate();
    static QString challengeFor(const QString& verifier);
};

} // namespace gatehouse
