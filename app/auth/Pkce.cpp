#include "auth/Pkce.h"

#include "auth/RandomString.h"

#include <QCryptographicHash>

namespace gatehouse {

Pkce Pkce::generate()
{
    Pkce pkce;
    pkce.verifier = RandomString::unreserved(VerifierLength);
    pkce.challenge = challengeFor(pkce.verifier);
    return pkce;
}

QString Pkce::challengeFor(const QString& verifier)
{
    const QByteArray digest = QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256);
    return QString::fromLatin1(
        digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace gatehouse
