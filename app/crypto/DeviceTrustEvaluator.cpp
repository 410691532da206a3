#include "crypto/DeviceTrustEvaluator.h"

#include "crypto/Ed25519.h"
#include "crypto/SignedJson.h"
#include "crypto/UnpaddedBase64.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace gatehouse {

namespace {

const QString Ed25519Prefix = QStringLiteral("ed25519:");

struct CrossSigningKey
{
    QString keyId;        // "ed25519:<public key as named>", as signatures refer to it
    QByteArray publicKey; // raw 32 bytes
    QJsonObject object;
};

// A well-formed cross-signing key object for `userId` with `usage`, or nothing.
std::optional<CrossSigningKey> crossSigningKey(const QJsonValue& value, const QString& userId,
                                               const QString& usage)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    if (object.value(QLatin1String("user_id")) != QJsonValue(userId))
        return std::nullopt;
    if (!object.value(QLatin1String("usage")).toArray().contains(QJsonValue(usage)))
        return std::nullopt;
    const QJsonObject keys = object.value(QLatin1String("keys")).toObject();
    if (keys.size() != 1)
        return std::nullopt;
    const QString keyId = keys.constBegin().key();
    const QJsonValue encoded = keys.constBegin().value();
    if (!encoded.isString() || keyId != Ed25519Prefix + encoded.toString())
        return std::nullopt;
    const std::optional<QByteArray> publicKey = UnpaddedBase64::decode(encoded.toString());
    if (!publicKey || publicKey->size() != Ed25519::PublicKeyBytes)
        return std::nullopt;
    return CrossSigningKey{keyId, *publicKey, object};
}

EncryptionState deviceState(const QString& deviceId, const QJsonValue& value, const QString& userId,
                            const std::optional<CrossSigningKey>& selfSigning)
{
    if (!value.isObject())
        return EncryptionState::InvalidKeys;
    const QJsonObject object = value.toObject();
    if (object.value(QLatin1String("user_id")) != QJsonValue(userId) ||
        object.value(QLatin1String("device_id")) != QJsonValue(deviceId))
        return EncryptionState::InvalidKeys;
    const QString keyId = Ed25519Prefix + deviceId;
    const QJsonValue encoded = object.value(QLatin1String("keys")).toObject().value(keyId);
    if (!encoded.isString())
        return EncryptionState::InvalidKeys;
    const std::optional<QByteArray> deviceKey = UnpaddedBase64::decode(encoded.toString());
    if (!deviceKey || deviceKey->size() != Ed25519::PublicKeyBytes)
        return EncryptionState::InvalidKeys;
    const std::optional<QByteArray> signedBytes = SignedJson::signedBytes(object);
    if (!signedBytes || !SignedJson::verify(object, *signedBytes, userId, keyId, *deviceKey))
        return EncryptionState::InvalidKeys;
    if (selfSigning &&
        SignedJson::verify(object, *signedBytes, userId, selfSigning->keyId, selfSigning->publicKey))
        return EncryptionState::CrossSigned;
    return EncryptionState::NotCrossSigned;
}

} // namespace

DeviceTrustReport DeviceTrustEvaluator::evaluate(const KeysQueryResponse& keys,
                                                 const QString& acceptedMasterKey,
                                                 const std::atomic_bool* cancelled)
{
    DeviceTrustReport report;
    report.keysKnown = true;

    const std::optional<CrossSigningKey> master =
        crossSigningKey(keys.masterKey, keys.userId, QStringLiteral("master"));
    std::optional<CrossSigningKey> selfSigning;
    if (master) {
        report.masterKey = UnpaddedBase64::encode(master->publicKey);
        report.identityChanged = !acceptedMasterKey.isEmpty() && acceptedMasterKey != report.masterKey;
        selfSigning = crossSigningKey(keys.selfSigningKey, keys.userId, QStringLiteral("self_signing"));
        if (selfSigning &&
            !SignedJson::verify(selfSigning->object, keys.userId, master->keyId, master->publicKey))
            selfSigning.reset();
        report.selfSigningKeyValid = selfSigning.has_value();
        if (report.identityChanged)
            selfSigning.reset(); // nothing is signed by "your identity" until the new one is accepted
    }

    report.states.reserve(keys.deviceKeys.size());
    for (auto it = keys.deviceKeys.constBegin(); it != keys.deviceKeys.constEnd(); ++it) {
        if (cancelled && cancelled->load(std::memory_order_relaxed))
            break;
        report.states.insert(it.key(), deviceState(it.key(), it.value(), keys.userId, selfSigning));
    }
    return report;
}

DeviceTrustReport DeviceTrustEvaluator::unknown()
{
    return DeviceTrustReport{};
}

} // namespace gatehouse
