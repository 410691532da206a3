// Each session's encryption state from a /keys/query answer (KeysQueryResponse, DeviceTrustEvaluator),
// with keys generated for each case and really signed: every state, a signature by the wrong key, a
// tampered field, the wrong device or user, a self-signing key not signed by the master key or missing,
// malformed keys, a changed identity, and the check running off the calling thread (DeviceTrustVerifier).
#include "crypto/DeviceTrustEvaluator.h"
#include "crypto/DeviceTrustVerifier.h"
#include "crypto/Ed25519.h"
#include "crypto/SignedJson.h"
#include "crypto/UnpaddedBase64.h"
#include "matrix/KeysQueryResponse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <functional>

using namespace gatehouse;

namespace {

const QString User = QStringLiteral("@alice:example.org");
const QString DeviceId = QStringLiteral("DEVICEID");

QString b64(const QByteArray& bytes)
{
    return UnpaddedBase64::encode(bytes);
}

QString keyIdOf(const Ed25519::KeyPair& key)
{
    return QStringLiteral("ed25519:") + b64(key.publicKey);
}

QJsonObject crossSigningKey(const QString& user, const QString& usage, const Ed25519::KeyPair& key)
{
    return QJsonObject{{QStringLiteral("user_id"), user},
                       {QStringLiteral("usage"), QJsonArray{usage}},
                       {QStringLiteral("keys"), QJsonObject{{keyIdOf(key), b64(key.publicKey)}}}};
}

// A whole account's keys, correct to begin with; each test case breaks one thing and rebuilds.
struct Account
{
    Ed25519::KeyPair master = Ed25519::generate();
    Ed25519::KeyPair selfSigning = Ed25519::generate();
    Ed25519::KeyPair device = Ed25519::generate();
    QJsonValue masterKey;
    QJsonValue selfSigningKey;
    QJsonValue deviceKeys; // Undefined: the session has no entry
    QString deviceEntryName = DeviceId;

    Account()
    {
        masterKey = crossSigningKey(User, QStringLiteral("master"), master);
        selfSigningKey = SignedJson::sign(crossSigningKey(User, QStringLiteral("self_signing"), selfSigning),
                                          User, keyIdOf(master), master.secretKey);
        deviceKeys = crossSign(selfSign(unsignedDeviceKeys(User, DeviceId)));
    }

    QJsonObject unsignedDeviceKeys(const QString& user, const QString& deviceId) const
    {
        return QJsonObject{
            {QStringLiteral("algorithms"), QJsonArray{QStringLiteral("m.olm.v1.curve25519-aes-sha2")}},
            {QStringLiteral("device_id"), deviceId},
            {QStringLiteral("user_id"), user},
            {QStringLiteral("keys"),
             QJsonObject{{QStringLiteral("curve25519:") + deviceId, b64(QByteArray(32, 'c'))},
                         {QStringLiteral("ed25519:") + deviceId, b64(device.publicKey)}}}};
    }
    QJsonObject selfSign(const QJsonObject& keys, const QByteArray& secret = {}) const
    {
        const QString id = QStringLiteral("ed25519:") + keys.value(u"device_id").toString();
        return SignedJson::sign(keys, User, id, secret.isEmpty() ? device.secretKey : secret);
    }
    QJsonObject crossSign(const QJsonObject& keys, const QByteArray& secret = {}) const
    {
        return SignedJson::sign(keys, User, keyIdOf(selfSigning),
                                secret.isEmpty() ? selfSigning.secretKey : secret);
    }

    QByteArray body() const
    {
        QJsonObject devices;
        if (!deviceKeys.isUndefined())
            devices.insert(deviceEntryName, deviceKeys);
        QJsonObject root{{QStringLiteral("device_keys"), QJsonObject{{User, devices}}},
                         {QStringLiteral("failures"), QJsonObject{}}};
        if (!masterKey.isUndefined())
            root.insert(QStringLiteral("master_keys"), QJsonObject{{User, masterKey}});
        if (!selfSigningKey.isUndefined())
            root.insert(QStringLiteral("self_signing_keys"), QJsonObject{{User, selfSigningKey}});
        return QJsonDocument(root).toJson(QJsonDocument::Compact);
    }

    DeviceTrustReport evaluate(const QString& accepted = {}) const
    {
        const Result<KeysQueryResponse> keys = KeysQueryResponse::fromJson(body(), User);
        if (!keys)
            qFatal("fixture answer does not parse: %s", qPrintable(keys.error().message));
        return DeviceTrustEvaluator::evaluate(keys.value(), accepted);
    }
};

using Change = std::function<void(Account&)>;

QJsonObject withField(const QJsonValue& value, const QString& key, const QJsonValue& field)
{
    QJsonObject object = value.toObject();
    object.insert(key, field);
    return object;
}

} // namespace

Q_DECLARE_METATYPE(Change)
Q_DECLARE_METATYPE(gatehouse::EncryptionState)

class TestDeviceTrust : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void decidesEachState_data();
    void decidesEachState();
    void reportsTheMasterKeyNormalised();
    void saysWhetherTheSelfSigningKeyChecksOut_data();
    void saysWhetherTheSelfSigningKeyChecksOut();
    void trustsNoNewIdentityUntilAccepted();
    void statesOfUnlistedAndUnknownSessions();
    void buildsTheRequestBody();
    void refusesUnusableAnswers_data();
    void refusesUnusableAnswers();
    void readsAnswersWithoutCrossSigningOrOwnEntry();
    void verifiesOffTheCallingThread();
    void aNewVerificationReplacesTheOneRunning();
};

void TestDeviceTrust::initTestCase()
{
    QVERIFY(Ed25519::available());
}

void TestDeviceTrust::decidesEachState_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<EncryptionState>("expected");
    using S = EncryptionState;

    QTest::newRow("cross-signed") << Change([](Account&) {}) << S::CrossSigned;
    QTest::newRow("unsigned data changed: still cross-signed") << Change([](Account& a) {
        a.deviceKeys =
            withField(a.deviceKeys, QStringLiteral("unsigned"),
                      QJsonObject{{QStringLiteral("device_display_name"), QStringLiteral("renamed")}});
    }) << S::CrossSigned;
    QTest::newRow("padded base64 key: still cross-signed") << Change([](Account& a) {
        QJsonObject keys = a.unsignedDeviceKeys(User, DeviceId);
        QJsonObject inner = keys.value(u"keys").toObject();
        inner.insert(QStringLiteral("ed25519:") + DeviceId,
                     QString::fromLatin1(a.device.publicKey.toBase64()));
        keys.insert(QStringLiteral("keys"), inner);
        a.deviceKeys = a.crossSign(a.selfSign(keys));
    }) << S::CrossSigned;

    QTest::newRow("only self-signed")
        << Change([](Account& a) { a.deviceKeys = a.selfSign(a.unsignedDeviceKeys(User, DeviceId)); })
        << S::NotCrossSigned;
    QTest::newRow("cross-signature by the wrong key") << Change([](Account& a) {
        a.deviceKeys =
            a.crossSign(a.selfSign(a.unsignedDeviceKeys(User, DeviceId)), Ed25519::generate().secretKey);
    }) << S::NotCrossSigned;
    QTest::newRow("self-signing key not signed by the master key") << Change([](Account& a) {
        a.selfSigningKey =
            SignedJson::sign(crossSigningKey(User, QStringLiteral("self_signing"), a.selfSigning), User,
                             keyIdOf(a.master), Ed25519::generate().secretKey);
    }) << S::NotCrossSigned;
    QTest::newRow("self-signing key without signatures") << Change([](Account& a) {
        a.selfSigningKey = crossSigningKey(User, QStringLiteral("self_signing"), a.selfSigning);
    }) << S::NotCrossSigned;
    QTest::newRow("self-signing key tampered after signing") << Change([](Account& a) {
        a.selfSigningKey = withField(a.selfSigningKey, QStringLiteral("usage"),
                                     QJsonArray{QStringLiteral("self_signing"), QStringLiteral("extra")});
    }) << S::NotCrossSigned;
    QTest::newRow("self-signing key with the wrong usage") << Change([](Account& a) {
        a.selfSigningKey =
            SignedJson::sign(crossSigningKey(User, QStringLiteral("user_signing"), a.selfSigning), User,
                             keyIdOf(a.master), a.master.secretKey);
    }) << S::NotCrossSigned;
    QTest::newRow("self-signing key of another user") << Change([](Account& a) {
        a.selfSigningKey = SignedJson::sign(crossSigningKey(QStringLiteral("@mallory:example.org"),
                                                            QStringLiteral("self_signing"), a.selfSigning),
                                            User, keyIdOf(a.master), a.master.secretKey);
    }) << S::NotCrossSigned;
    QTest::newRow("no self-signing key")
        << Change([](Account& a) { a.selfSigningKey = QJsonValue::Undefined; }) << S::NotCrossSigned;
    QTest::newRow("no master key") << Change([](Account& a) { a.masterKey = QJsonValue::Undefined; })
                                   << S::NotCrossSigned;
    QTest::newRow("master key with two keys") << Change([](Account& a) {
        QJsonObject keys = a.masterKey.toObject().value(u"keys").toObject();
        const Ed25519::KeyPair other = Ed25519::generate();
        keys.insert(keyIdOf(other), b64(other.publicKey));
        a.masterKey = withField(a.masterKey, QStringLiteral("keys"), keys);
    }) << S::NotCrossSigned;
    QTest::newRow("master key named after another key") << Change([](Account& a) {
        a.masterKey = withField(a.masterKey, QStringLiteral("keys"),
                                QJsonObject{{keyIdOf(a.master), b64(Ed25519::generate().publicKey)}});
    }) << S::NotCrossSigned;
    QTest::newRow("master key of 16 bytes") << Change([](Account& a) {
        const QString shortKey = b64(QByteArray(16, 'k'));
        a.masterKey = withField(a.masterKey, QStringLiteral("keys"),
                                QJsonObject{{QStringLiteral("ed25519:") + shortKey, shortKey}});
    }) << S::NotCrossSigned;
    QTest::newRow("master key not an object")
        << Change([](Account& a) { a.masterKey = QStringLiteral("key"); }) << S::NotCrossSigned;

    QTest::newRow("no device keys") << Change([](Account& a) { a.deviceKeys = QJsonValue::Undefined; })
                                    << S::NoKeys;

    QTest::newRow("own signature by the wrong key") << Change([](Account& a) {
        a.deviceKeys =
            a.crossSign(a.selfSign(a.unsignedDeviceKeys(User, DeviceId), Ed25519::generate().secretKey));
    }) << S::InvalidKeys;
    QTest::newRow("own signature missing, cross-signature valid")
        << Change([](Account& a) { a.deviceKeys = a.crossSign(a.unsignedDeviceKeys(User, DeviceId)); })
        << S::InvalidKeys;
    QTest::newRow("a field tampered after signing") << Change([](Account& a) {
        a.deviceKeys =
            withField(a.deviceKeys, QStringLiteral("algorithms"), QJsonArray{QStringLiteral("m.none")});
    }) << S::InvalidKeys;
    QTest::newRow("the key tampered after signing") << Change([](Account& a) {
        QJsonObject keys = a.deviceKeys.toObject().value(u"keys").toObject();
        keys.insert(QStringLiteral("ed25519:") + DeviceId, b64(Ed25519::generate().publicKey));
        a.deviceKeys = withField(a.deviceKeys, QStringLiteral("keys"), keys);
    }) << S::InvalidKeys;
    QTest::newRow("a field added after signing")
        << Change([](Account& a) { a.deviceKeys = withField(a.deviceKeys, QStringLiteral("extra"), true); })
        << S::InvalidKeys;
    QTest::newRow("keys of another device, signed") << Change([](Account& a) {
        a.deviceKeys = a.crossSign(a.selfSign(a.unsignedDeviceKeys(User, QStringLiteral("OTHERDEVICE"))));
    }) << S::InvalidKeys;
    QTest::newRow("device_id missing") << Change([](Account& a) {
        QJsonObject keys = a.deviceKeys.toObject();
        keys.remove(QStringLiteral("device_id"));
        a.deviceKeys = keys;
    }) << S::InvalidKeys;
    QTest::newRow("keys of another user, signed") << Change([](Account& a) {
        a.deviceKeys =
            a.crossSign(a.selfSign(a.unsignedDeviceKeys(QStringLiteral("@mallory:example.org"), DeviceId)));
    }) << S::InvalidKeys;
    QTest::newRow("user_id not a string")
        << Change([](Account& a) { a.deviceKeys = withField(a.deviceKeys, QStringLiteral("user_id"), 7); })
        << S::InvalidKeys;
    QTest::newRow("entry not an object")
        << Change([](Account& a) { a.deviceKeys = QStringLiteral("keys"); }) << S::InvalidKeys;
    QTest::newRow("entry an array") << Change([](Account& a) {
        a.deviceKeys = QJsonArray{1, 2};
    }) << S::InvalidKeys;
    QTest::newRow("entry null") << Change([](Account& a) { a.deviceKeys = QJsonValue::Null; })
                                << S::InvalidKeys;
    QTest::newRow("no ed25519 key") << Change([](Account& a) {
        QJsonObject keys = a.unsignedDeviceKeys(User, DeviceId);
        keys.insert(QStringLiteral("keys"), QJsonObject{});
        a.deviceKeys = a.crossSign(a.selfSign(keys));
    }) << S::InvalidKeys;
    QTest::newRow("ed25519 key not base64") << Change([](Account& a) {
        QJsonObject keys = a.unsignedDeviceKeys(User, DeviceId);
        keys.insert(QStringLiteral("keys"),
                    QJsonObject{{QStringLiteral("ed25519:") + DeviceId, QStringLiteral("%%%")}});
        a.deviceKeys = a.crossSign(a.selfSign(keys));
    }) << S::InvalidKeys;
    QTest::newRow("ed25519 key of 31 bytes") << Change([](Account& a) {
        QJsonObject keys = a.unsignedDeviceKeys(User, DeviceId);
        keys.insert(QStringLiteral("keys"),
                    QJsonObject{{QStringLiteral("ed25519:") + DeviceId, b64(a.device.publicKey.left(31))}});
        a.deviceKeys = a.crossSign(a.selfSign(keys));
    }) << S::InvalidKeys;
    QTest::newRow("own signature not base64") << Change([](Account& a) {
        QJsonObject signatures = a.deviceKeys.toObject().value(u"signatures").toObject();
        QJsonObject mine = signatures.value(User).toObject();
        mine.insert(QStringLiteral("ed25519:") + DeviceId, QStringLiteral("not*base64"));
        signatures.insert(User, mine);
        a.deviceKeys = withField(a.deviceKeys, QStringLiteral("signatures"), signatures);
    }) << S::InvalidKeys;
    QTest::newRow("a fraction in the keys (no canonical form)")
        << Change([](Account& a) { a.deviceKeys = withField(a.deviceKeys, QStringLiteral("weight"), 0.5); })
        << S::InvalidKeys;
    QTest::newRow("an integer beyond 2^53 in the keys")
        << Change([](Account& a) { a.deviceKeys = withField(a.deviceKeys, QStringLiteral("big"), 1e16); })
        << S::InvalidKeys;
}

void TestDeviceTrust::decidesEachState()
{
    QFETCH(Change, change);
    QFETCH(EncryptionState, expected);
    Account account;
    change(account);
    const DeviceTrustReport report = account.evaluate();
    QVERIFY(report.keysKnown);
    QCOMPARE(EncryptionStateNames::name(report.state(DeviceId)), EncryptionStateNames::name(expected));
}

void TestDeviceTrust::reportsTheMasterKeyNormalised()
{
    Account account;
    QCOMPARE(account.evaluate().masterKey, b64(account.master.publicKey));
    // Padded spelling of the same key: the same identity.
    const QString padded = QString::fromLatin1(account.master.publicKey.toBase64());
    account.masterKey = withField(account.masterKey, QStringLiteral("keys"),
                                  QJsonObject{{QStringLiteral("ed25519:") + padded, padded}});
    QCOMPARE(account.evaluate().masterKey, b64(account.master.publicKey));
    account.masterKey = QJsonValue::Undefined;
    QCOMPARE(account.evaluate().masterKey, QString());
}

void TestDeviceTrust::saysWhetherTheSelfSigningKeyChecksOut_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<bool>("valid");
    QTest::newRow("signed by the master key") << Change([](Account&) {}) << true;
    QTest::newRow("signed by another key") << Change([](Account& a) {
        a.selfSigningKey =
            SignedJson::sign(crossSigningKey(User, QStringLiteral("self_signing"), a.selfSigning), User,
                             keyIdOf(a.master), Ed25519::generate().secretKey);
    }) << false;
    QTest::newRow("absent") << Change([](Account& a) { a.selfSigningKey = QJsonValue::Undefined; }) << false;
}

void TestDeviceTrust::saysWhetherTheSelfSigningKeyChecksOut()
{
    QFETCH(Change, change);
    QFETCH(bool, valid);
    Account account;
    change(account);
    QCOMPARE(account.evaluate().selfSigningKeyValid, valid);
}

void TestDeviceTrust::trustsNoNewIdentityUntilAccepted()
{
    const Account account;
    const QString current = b64(account.master.publicKey);
    const DeviceTrustReport same = account.evaluate(current);
    QVERIFY(!same.identityChanged);
    QCOMPARE(same.state(DeviceId), EncryptionState::CrossSigned);

    const DeviceTrustReport changed = account.evaluate(b64(Ed25519::generate().publicKey));
    QVERIFY(changed.identityChanged);
    QCOMPARE(changed.masterKey, current);
    QVERIFY(changed.selfSigningKeyValid);
    QCOMPARE(changed.state(DeviceId), EncryptionState::NotCrossSigned);

    const DeviceTrustReport firstLook = account.evaluate();
    QVERIFY(!firstLook.identityChanged);
    QCOMPARE(firstLook.state(DeviceId), EncryptionState::CrossSigned);
}

void TestDeviceTrust::statesOfUnlistedAndUnknownSessions()
{
    const Account account;
    QCOMPARE(account.evaluate().state(QStringLiteral("NOT_IN_THE_ANSWER")), EncryptionState::NoKeys);
    const DeviceTrustReport failed = DeviceTrustEvaluator::unknown();
    QVERIFY(!failed.keysKnown);
    QCOMPARE(failed.state(DeviceId), EncryptionState::Unknown);
    QCOMPARE(EncryptionStateNames::name(EncryptionState::Unknown), QStringLiteral("unknown"));
    QStringList names;
    for (const EncryptionState state : EncryptionStateNames::all()) {
        names.append(EncryptionStateNames::name(state));
        QCOMPARE(EncryptionStateNames::fromName(names.last()), std::optional<EncryptionState>(state));
    }
    QCOMPARE(names, (QStringList{"cross_signed", "not_cross_signed", "no_keys", "invalid_keys", "unknown"}));
    QVERIFY(!EncryptionStateNames::fromName(QStringLiteral("Cross_Signed")));
}

void TestDeviceTrust::buildsTheRequestBody()
{
    QCOMPARE(KeysQueryResponse::requestBody(User),
             QByteArray(R"({"device_keys":{"@alice:example.org":[]}})"));
}

void TestDeviceTrust::refusesUnusableAnswers_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("not JSON") << QByteArray("<html>");
    QTest::newRow("an array") << QByteArray("[]");
    QTest::newRow("no device_keys") << QByteArray(R"({"failures": {}})");
    QTest::newRow("device_keys not an object") << QByteArray(R"({"device_keys": []})");
    QTest::newRow("own entry not an object") << QByteArray(R"({"device_keys": {"@alice:example.org": []}})");
    QTest::newRow("own server failed")
        << QByteArray(R"({"device_keys": {}, "failures": {"example.org": {"errcode": "M_UNKNOWN"}}})");
}

void TestDeviceTrust::refusesUnusableAnswers()
{
    QFETCH(QByteArray, body);
    const Result<KeysQueryResponse> keys = KeysQueryResponse::fromJson(body, User);
    QVERIFY(!keys);
    QCOMPARE(keys.error().kind, Error::Kind::InvalidResponse);
    QVERIFY(!keys.error().message.isEmpty());
}

void TestDeviceTrust::readsAnswersWithoutCrossSigningOrOwnEntry()
{
    const Result<KeysQueryResponse> keys = KeysQueryResponse::fromJson(
        R"({"device_keys": {"@bob:example.org": {"X": {}}}, "failures": {"other.example": {}}})", User);
    QVERIFY(keys);
    QVERIFY(keys->deviceKeys.isEmpty());
    QVERIFY(keys->masterKey.isUndefined());
    const DeviceTrustReport report = DeviceTrustEvaluator::evaluate(keys.value());
    QVERIFY(report.keysKnown);
    QCOMPARE(report.state(QStringLiteral("X")), EncryptionState::NoKeys);
    QVERIFY(report.masterKey.isEmpty());
}

void TestDeviceTrust::verifiesOffTheCallingThread()
{
    Account account;
    const Result<KeysQueryResponse> keys = KeysQueryResponse::fromJson(account.body(), User);
    QVERIFY(keys);
    DeviceTrustVerifier verifier;
    QSignalSpy spy(&verifier, &DeviceTrustVerifier::finished);
    QThread* deliveredOn = nullptr;
    connect(&verifier, &DeviceTrustVerifier::finished, this,
            [&deliveredOn] { deliveredOn = QThread::currentThread(); });
    verifier.verify(keys.value());
    QVERIFY(spy.wait(20'000));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(deliveredOn, QThread::currentThread());
    const auto report = spy.first().first().value<DeviceTrustReport>();
    QCOMPARE(report.state(DeviceId), EncryptionState::CrossSigned);
    QCOMPARE(report.masterKey, b64(account.master.publicKey));
}

void TestDeviceTrust::aNewVerificationReplacesTheOneRunning()
{
    const Account first;
    const Account second;
    DeviceTrustVerifier verifier;
    QSignalSpy spy(&verifier, &DeviceTrustVerifier::finished);
    verifier.verify(KeysQueryResponse::fromJson(first.body(), User).value());
    verifier.verify(KeysQueryResponse::fromJson(second.body(), User).value());
    QVERIFY(spy.wait(20'000));
    // Both evaluations are done and anything they posted has been delivered: still one report.
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().value<DeviceTrustReport>().masterKey, b64(second.master.publicKey));
}

QTEST_GUILESS_MAIN(TestDeviceTrust)
#include "tst_DeviceTrust.moc"
