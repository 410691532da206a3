#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace gatehouse {

// The Matrix spec's "Signing JSON" (Appendices): a signature covers the Canonical JSON of the object
// without its `signatures` and `unsigned` members, and sits at signatures.<entity>.<key ID> in unpadded
// base64. Key IDs are "<algorithm>:<identifier>"; only ed25519 is understood.
class SignedJson
{
public:
    // The bytes a signature over `object` covers, or std::nullopt when the object cannot be encoded
    // canonically (see CanonicalJson).
    static std::optional<QByteArray> signedBytes(const QJsonObject& object);

    // True only when signatures[entity][keyId] is a string that decodes to a valid ed25519 signature of
    // `signedBytes` by the raw 32-byte `publicKey`. `signedBytes` comes from signedBytes(object), so an
    // object checked against several keys is encoded once.
    static bool verify(const QJsonObject& object, const QByteArray& signedBytes, const QString& entity,
                       const QString& keyId, const QByteArray& publicKey);
    static bool verify(const QJsonObject& object, const QString& entity, const QString& keyId,
                       const QByteArray& publicKey);

    // `object` with an ed25519 signature by `secretKey` added under signatures[entity][keyId], keeping
    // signatures already there (the demo homeserver and the tests sign with this). Unchanged when it
    // cannot be encoded.
    static QJsonObject sign(const QJsonObject& object, const QString& entity, const QString& keyId,
                            const QByteArray& secretKey);
};

} // namespace gatehouse
