#include "crypto/SignedJson.h"

#include "crypto/CanonicalJson.h"
#include "crypto/Ed25519.h"
#include "crypto/UnpaddedBase64.h"

namespace gatehouse {

namespace {

const QString SignaturesKey = QStringLiteral("signatures");
const QString UnsignedKey = QStringLiteral("unsigned");

} // namespace

std::optional<QByteArray> SignedJson::signedBytes(const QJsonObject& object)
{
    QJsonObject covered = object;
    covered.remove(SignaturesKey);
    covered.remove(UnsignedKey);
    return CanonicalJson::encode(covered);
}

bool SignedJson::verify(const QJsonObject& object, const QByteArray& signedBytes, const QString& entity,
                        const QString& keyId, const QByteArray& publicKey)
{
    if (!keyId.startsWith(QLatin1String("ed25519:")))
        return false;
    const QJsonValue signature = object.value(SignaturesKey).toObject().value(entity).toObject().value(keyId);
    if (!signature.isString())
        return false;
    const std::optional<QByteArray> raw = UnpaddedBase64::decode(signature.toString());
    return raw && Ed25519::verify(publicKey, signedBytes, *raw);
}

bool SignedJson::verify(const QJsonObject& object, const QString& entity, const QString& keyId,
                        const QByteArray& publicKey)
{
    const std::optional<QByteArray> bytes = signedBytes(object);
    return bytes && verify(object, *bytes, entity, keyId, publicKey);
}

QJsonObject SignedJson::sign(const QJsonObject& object, const QString& entity, const QString& keyId,
                             const QByteArray& secretKey)
{
    const std::optional<QByteArray> bytes = signedBytes(object);
    if (!bytes)
        return object;
    const QByteArray signature = Ed25519::sign(secretKey, *bytes);
    if (signature.isEmpty())
        return object;
    QJsonObject signatures = object.value(SignaturesKey).toObject();
    QJsonObject byEntity = signatures.value(entity).toObject();
    byEntity.insert(keyId, UnpaddedBase64::encode(signature));
    signatures.insert(entity, byEntity);
    QJsonObject signedObject = object;
    signedObject.insert(SignaturesKey, signatures);
    return signedObject;
}

} // namespace gatehouse
