#include "demo/DemoKeys.h"

#include "crypto/SignedJson.h"
#include "crypto/UnpaddedBase64.h"
#include "demo/DemoAccount.h"
#include "matrix/ClientInformation.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace gatehouse {

namespace {

constexpr int SampleCount = 12;

struct SampleClient
{
    const char* name; // nullptr: this session wrote no client information
    const char* version;
    const char* url; // nullptr: none (desktop apps leave it out)
};

// Beside DemoAccount's sample sessions, in the same order.
constexpr SampleClient clients[SampleCount] = {
    {"Gatehouse", "0.1.0", nullptr},    {"Element", "1.11.85", nullptr},
    {"Cinny", "4.2.3", "app.cinny.in"}, {nullptr, nullptr, nullptr},
    {"Element X", "25.01.1", nullptr},  {"Element", "1.11.85", "app.element.io"},
    {"FluffyChat", "1.23.0", nullptr},  {nullptr, nullptr, nullptr},
    {"Element", "1.6.20", nullptr},     {"SchildiChat", "1.6.10.sc.83", nullptr},
    {"Element", "1.11.40", nullptr},    {nullptr, nullptr, nullptr},
};

QJsonObject crossSigningKey(const QString& userId, const QString& usage, const QByteArray& publicKey)
{
    const QString encoded = UnpaddedBase64::encode(publicKey);
    return QJsonObject{
        {QStringLiteral("user_id"), userId},
        {QStringLiteral("usage"), QJsonArray{usage}},
        {QStringLiteral("keys"), QJsonObject{{QStringLiteral("ed25519:") + encoded, encoded}}}};
}

} // namespace

DemoKeys::DemoKeys(const QString& userId)
    : m_userId(userId)
    , m_master(Ed25519::generate())
    , m_selfSigning(Ed25519::generate())
{
    m_masterKey = crossSigningKey(userId, QStringLiteral("master"), m_master.publicKey);
    m_selfSigningKey =
        SignedJson::sign(crossSigningKey(userId, QStringLiteral("self_signing"), m_selfSigning.publicKey),
                         userId, QStringLiteral("ed25519:") + masterPublicKey(), m_master.secretKey);
}

QString DemoKeys::masterPublicKey() const
{
    return UnpaddedBase64::encode(m_master.publicKey);
}

bool DemoKeys::serves(const QString& path, QHttpServerRequest::Method method)
{
    return (path == u"v3/keys/query" && method == QHttpServerRequest::Method::Post) ||
           (path == u"v3/sync" && method == QHttpServerRequest::Method::Get);
}

QByteArray DemoKeys::answer(const QString& path, const DemoAccount& account)
{
    return path == u"v3/sync" ? sync(account) : keysQuery(account);
}

DemoKeys::Kind DemoKeys::kindAt(qsizetype index)
{
    switch (index % SampleCount) {
    case 3:
        return Kind::NoKeys;
    case 7:
        return Kind::NotCrossSigned;
    case 10:
        return Kind::BrokenSignature;
    default:
        return Kind::CrossSigned;
    }
}

QJsonObject DemoKeys::deviceKeys(const QString& deviceId, Kind kind) const
{
    const Ed25519::KeyPair device = Ed25519::generate();
    const QString keyId = QStringLiteral("ed25519:") + deviceId;
    const QJsonObject unsignedKeys{
        {QStringLiteral("algorithms"),
         QJsonArray{QStringLiteral("m.olm.v1.curve25519-aes-sha2"), QStringLiteral("m.megolm.v1.aes-sha2")}},
        {QStringLiteral("device_id"), deviceId},
        {QStringLiteral("user_id"), m_userId},
        // Any 32 bytes stand in for the Curve25519 identity key: Gatehouse does not use it.
        {QStringLiteral("keys"), QJsonObject{{QStringLiteral("curve25519:") + deviceId,
                                              UnpaddedBase64::encode(Ed25519::generate().publicKey)},
                                             {keyId, UnpaddedBase64::encode(device.publicKey)}}}};
    QJsonObject keys = SignedJson::sign(unsignedKeys, m_userId, keyId, device.secretKey);
    if (kind == Kind::CrossSigned || kind == Kind::BrokenSignature)
        keys = SignedJson::sign(keys, m_userId,
                                QStringLiteral("ed25519:") + UnpaddedBase64::encode(m_selfSigning.publicKey),
                                m_selfSigning.secretKey);
    if (kind == Kind::BrokenSignature) {
        // The session's own signature over other bytes: well-formed, and wrong.
        QJsonObject signatures = keys.value(QLatin1String("signatures")).toObject();
        QJsonObject mine = signatures.value(m_userId).toObject();
        mine.insert(keyId,
                    UnpaddedBase64::encode(Ed25519::sign(device.secretKey, QByteArrayLiteral("tampered"))));
        signatures.insert(m_userId, mine);
        keys.insert(QStringLiteral("signatures"), signatures);
    }
    return keys;
}

QStringList DemoKeys::deviceIdsOf(const DemoAccount& account)
{
    QStringList ids;
    ids.reserve(account.devices().size());
    for (const Device& device : account.devices())
        ids.append(device.id);
    return ids;
}

QByteArray DemoKeys::keysQuery(const DemoAccount& account)
{
    QStringList ids = deviceIdsOf(account);
    if (ids != m_keysAnswer.deviceIds || m_keysAnswer.body.isEmpty())
        m_keysAnswer = {std::move(ids), makeKeysQuery(account)};
    return m_keysAnswer.body;
}

QByteArray DemoKeys::sync(const DemoAccount& account)
{
    QStringList ids = deviceIdsOf(account);
    if (ids != m_syncAnswer.deviceIds || m_syncAnswer.body.isEmpty())
        m_syncAnswer = {std::move(ids), makeSync(account)};
    return m_syncAnswer.body;
}

QByteArray DemoKeys::makeKeysQuery(const DemoAccount& account)
{
    QJsonObject devices;
    const QList<Device>& list = account.devices();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString& id = list.at(i).id;
        auto known = m_deviceKeys.find(id);
        if (known == m_deviceKeys.end()) {
            const Kind kind = kindAt(i);
            known = m_deviceKeys.insert(id, kind == Kind::NoKeys ? QJsonObject() : deviceKeys(id, kind));
        }
        if (!known->isEmpty())
            devices.insert(id, *known);
    }
    const QJsonObject body{{QStringLiteral("device_keys"), QJsonObject{{m_userId, devices}}},
                           {QStringLiteral("failures"), QJsonObject{}},
                           {QStringLiteral("master_keys"), QJsonObject{{m_userId, m_masterKey}}},
                           {QStringLiteral("self_signing_keys"), QJsonObject{{m_userId, m_selfSigningKey}}}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray DemoKeys::makeSync(const DemoAccount& account) const
{
    QJsonArray events;
    const QList<Device>& list = account.devices();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const SampleClient& client = clients[i % SampleCount];
        if (!client.name)
            continue;
        QJsonObject content{{QStringLiteral("name"), QString::fromUtf8(client.name)},
                            {QStringLiteral("version"), QString::fromUtf8(client.version)}};
        if (client.url)
            content.insert(QStringLiteral("url"), QString::fromUtf8(client.url));
        events.append(QJsonObject{
            {QStringLiteral("type"), QString(ClientInformation::eventTypePrefix() + list.at(i).id)},
            {QStringLiteral("content"), content}});
    }
    // Account data of another kind, as a server that ignores the filter's wildcard would send.
    events.append(QJsonObject{
        {QStringLiteral("type"), QStringLiteral("im.vector.setting.breadcrumbs")},
        {QStringLiteral("content"), QJsonObject{{QStringLiteral("recent_rooms"), QJsonArray{}}}}});
    const QJsonObject body{{QStringLiteral("next_batch"), QStringLiteral("s1_demo")},
                           {QStringLiteral("account_data"), QJsonObject{{QStringLiteral("events"), events}}}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace gatehouse
