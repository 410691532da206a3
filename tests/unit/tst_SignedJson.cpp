// The Matrix spec's Appendices as test vectors: "Canonical JSON" (its examples and the limits of its
// grammar), "Unpadded Base64", "Signing JSON" and the "Cryptographic Test Vectors" (JSON signing with
// the published seed), checked with libsodium through Ed25519.
#include "crypto/CanonicalJson.h"
#include "crypto/Ed25519.h"
#include "crypto/SignedJson.h"
#include "crypto/UnpaddedBase64.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace gatehouse;

namespace {

QJsonValue parse(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson("[" + json + "]", &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("test JSON does not parse: %s", json.constData());
    return document.array().at(0);
}

QJsonObject object(const QByteArray& json)
{
    return parse(json).toObject();
}

// The spec's signing key: SIGNING_KEY_SEED, server "domain", key "ed25519:1".
Ed25519::KeyPair specKey()
{
    return Ed25519::fromSeed(
        *UnpaddedBase64::decode(QStringLiteral("YJDBA9Xnr2sVqXD9Vj7XVUnmFZcZrlw8Md7kMW+3XA1")));
}

const QString Domain = QStringLiteral("domain");
const QString KeyId = QStringLiteral("ed25519:1");

} // namespace

class TestSignedJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodesTheSpecExamples_data();
    void encodesTheSpecExamples();
    void encodesEdgesOfTheGrammar_data();
    void encodesEdgesOfTheGrammar();
    void sortsKeysByCodePointNotUtf16();
    void refusesWhatCanonicalJsonCannotHold_data();
    void refusesWhatCanonicalJsonCannotHold();
    void refusesIntegersBeyondTheSafeRangeEvenWhenExact();
    void encodesUnpaddedBase64_data();
    void encodesUnpaddedBase64();
    void decodesBase64WithOrWithoutPadding_data();
    void decodesBase64WithOrWithoutPadding();
    void refusesMalformedBase64_data();
    void refusesMalformedBase64();
    void signsTheSpecVectors_data();
    void signsTheSpecVectors();
    void verifiesTheSpecVectors_data();
    void verifiesTheSpecVectors();
    void verifiesTheSpecEventVector();
    void refusesTamperedOrMisattributedSignatures_data();
    void refusesTamperedOrMisattributedSignatures();
    void ignoresUnsignedAndOtherSignatures();
    void refusesWrongSizedKeysAndSignatures();
};

void TestSignedJson::encodesTheSpecExamples_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("empty") << QByteArray("{}") << QByteArray("{}");
    QTest::newRow("two members") << QByteArray("{\n    \"one\": 1,\n    \"two\": \"Two\"\n}")
                                 << QByteArray(R"({"one":1,"two":"Two"})");
    QTest::newRow("sorted") << QByteArray("{\n    \"b\": \"2\",\n    \"a\": \"1\"\n}")
                            << QByteArray(R"({"a":"1","b":"2"})");
    QTest::newRow("sorted, compact input")
        << QByteArray(R"({"b":"2","a":"1"})") << QByteArray(R"({"a":"1","b":"2"})");
    QTest::newRow("nested")
        << QByteArray(R"({
    "auth": {
        "success": true,
        "mxid": "@john.doe:example.com",
        "profile": {
            "display_name": "John Doe",
            "three_pids": [
                {"medium": "email", "address": "john.doe@example.org"},
                {"medium": "msisdn", "address": "123456789"}
            ]
        }
    }
})")
        << QByteArray(
               R"({"auth":{"mxid":"@john.doe:example.com","profile":{"display_name":"John Doe","three_pids":[{"address":"john.doe@example.org","medium":"email"},{"address":"123456789","medium":"msisdn"}]},"success":true}})");
    QTest::newRow("UTF-8 value") << QByteArray("{\"a\": \"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e\"}")
                                 << QByteArray("{\"a\":\"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e\"}");
    QTest::newRow("UTF-8 keys sorted") << QByteArray("{\"\xe6\x9c\xac\": 2, \"\xe6\x97\xa5\": 1}")
                                       << QByteArray("{\"\xe6\x97\xa5\":1,\"\xe6\x9c\xac\":2}");
    QTest::newRow("escape undone") << QByteArray(R"({"a": "\u65E5"})")
                                   << QByteArray("{\"a\":\"\xe6\x97\xa5\"}");
    QTest::newRow("null") << QByteArray(R"({"a": null})") << QByteArray(R"({"a":null})");
    QTest::newRow("-0 and 1e10") << QByteArray(R"({"a": -0, "b": 1e10})")
                                 << QByteArray(R"({"a":0,"b":10000000000})");
}

void TestSignedJson::encodesTheSpecExamples()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    const std::optional<QByteArray> encoded = CanonicalJson::encode(object(input));
    QVERIFY(encoded);
    QCOMPARE(*encoded, expected);
}

void TestSignedJson::encodesEdgesOfTheGrammar_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("short escapes") << QByteArray(R"("\"\\\b\f\n\r\t")") << QByteArray(R"("\"\\\b\f\n\r\t")");
    QTest::newRow("other controls as lowercase \\u00XX")
        << QByteArray(R"("\u0000\u0001\u000B\u001F")") << QByteArray(R"("\u0000\u0001\u000b\u001f")");
    QTest::newRow("slash and DEL raw") << QByteArray(R"("\/\u007F")") << QByteArray("\"/\x7f\"");
    QTest::newRow("astral character raw")
        << QByteArray(R"("\uD83D\uDE00")") << QByteArray("\"\xf0\x9f\x98\x80\"");
    QTest::newRow("bidi controls raw") << QByteArray(R"("\u202Eevil\u2066")")
                                       << QByteArray("\"\xe2\x80\xae"
                                                     "evil\xe2\x81\xa6\"");
    QTest::newRow("largest safe integer") << QByteArray("9007199254740991") << QByteArray("9007199254740991");
    QTest::newRow("smallest safe integer")
        << QByteArray("-9007199254740991") << QByteArray("-9007199254740991");
    QTest::newRow("integral with fraction spelling")
        << QByteArray("[1.0, 2E2, -3e0]") << QByteArray("[1,200,-3]");
    QTest::newRow("literals and empties")
        << QByteArray(R"([true,false,null,[],{},""])") << QByteArray(R"([true,false,null,[],{},""])");
    QTest::newRow("array order kept") << QByteArray(R"([3, 1, 2])") << QByteArray("[3,1,2]");
}

void TestSignedJson::encodesEdgesOfTheGrammar()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    const std::optional<QByteArray> encoded = CanonicalJson::encode(parse(input));
    QVERIFY(encoded);
    QCOMPARE(*encoded, expected);
}

void TestSignedJson::sortsKeysByCodePointNotUtf16()
{
    // U+E000 sorts before U+1F600 by code point, after it by UTF-16 unit (0xD83D < 0xE000).
    const QJsonObject mixed = object(R"({"\uD83D\uDE00": 2, "\uE000": 1, "z": 0})");
    QCOMPARE(*CanonicalJson::encode(mixed),
             QByteArray("{\"z\":0,\"\xee\x80\x80\":1,\"\xf0\x9f\x98\x80\":2}"));
}

void TestSignedJson::refusesWhatCanonicalJsonCannotHold_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("fraction") << QByteArray(R"({"a": 1.5})");
    QTest::newRow("2^53") << QByteArray(R"({"a": 9007199254740992})");
    QTest::newRow("-(2^53)") << QByteArray(R"({"a": -9007199254740992})");
    QTest::newRow("2^53 + 1, parsed as a double") << QByteArray(R"({"a": 9007199254740993})");
    QTest::newRow("huge") << QByteArray(R"({"a": 1e300})");
    QTest::newRow("fraction deep in an array") << QByteArray(R"({"a": [{"b": [0.1]}]})");
    QTest::newRow("lone high surrogate in a value") << QByteArray(R"({"a": "\uD800"})");
    QTest::newRow("lone low surrogate in a key") << QByteArray(R"({"\uDC00": 1})");
    QTest::newRow("reversed surrogates") << QByteArray(R"({"a": "\uDE00\uD83D"})");
}

void TestSignedJson::refusesWhatCanonicalJsonCannotHold()
{
    QFETCH(QByteArray, input);
    QVERIFY(!CanonicalJson::encode(object(input)));
    QVERIFY(!SignedJson::signedBytes(object(input)));
}

void TestSignedJson::refusesIntegersBeyondTheSafeRangeEvenWhenExact()
{
    // A QJsonValue built from a qint64 holds it exactly; it is still outside the spec's range.
    QVERIFY(!CanonicalJson::encode(QJsonValue(qint64(1) << 60)));
    QVERIFY(!CanonicalJson::encode(QJsonValue(CanonicalJson::MaxSafeInteger + 1)));
    QCOMPARE(*CanonicalJson::encode(QJsonValue(CanonicalJson::MaxSafeInteger)),
             QByteArray("9007199254740991"));
}

void TestSignedJson::encodesUnpaddedBase64_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoded");
    QTest::newRow("empty") << QByteArray("") << "";
    QTest::newRow("f") << QByteArray("f") << "Zg";
    QTest::newRow("fo") << QByteArray("fo") << "Zm8";
    QTest::newRow("foo") << QByteArray("foo") << "Zm9v";
    QTest::newRow("foob") << QByteArray("foob") << "Zm9vYg";
    QTest::newRow("fooba") << QByteArray("fooba") << "Zm9vYmE";
    QTest::newRow("foobar") << QByteArray("foobar") << "Zm9vYmFy";
    QTest::newRow("standard alphabet") << QByteArray("\xfb\xff\xbf") << "+/+/";
}

void TestSignedJson::encodesUnpaddedBase64()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoded);
    QCOMPARE(UnpaddedBase64::encode(bytes), encoded);
    QCOMPARE(UnpaddedBase64::decode(encoded), std::optional<QByteArray>(bytes));
}

void TestSignedJson::decodesBase64WithOrWithoutPadding_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("Zg==") << "Zg==" << QByteArray("f");
    QTest::newRow("Zm8=") << "Zm8=" << QByteArray("fo");
    QTest::newRow("Zm9vYmE=") << "Zm9vYmE=" << QByteArray("fooba");
    QTest::newRow("Zm9vYmE") << "Zm9vYmE" << QByteArray("fooba");
}

void TestSignedJson::decodesBase64WithOrWithoutPadding()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, bytes);
    QCOMPARE(UnpaddedBase64::decode(text), std::optional<QByteArray>(bytes));
}

void TestSignedJson::refusesMalformedBase64_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("one character") << "Z";
    QTest::newRow("five characters") << "Zm9vY";
    QTest::newRow("URL-safe alphabet") << "-_-_";
    QTest::newRow("whitespace") << "Zm9v Yg";
    QTest::newRow("newline") << "Zm9v\nYg";
    QTest::newRow("short padding") << "Zg=";
    QTest::newRow("too much padding") << "Z===";
    QTest::newRow("data after padding") << "Zg==Zg";
    QTest::newRow("non-ASCII") << QString::fromUtf8("Zm9v\xc3\xa9");
}

void TestSignedJson::refusesMalformedBase64()
{
    QFETCH(QString, text);
    QVERIFY(!UnpaddedBase64::decode(text));
}

void TestSignedJson::signsTheSpecVectors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("signature");
    QTest::newRow("empty object")
        << QByteArray("{}")
        << "K8280/U9SSy9IVtjBuVeLr+HpOB4BQFWbg+UZaADMtTdGYI7Geitb76LTrr5QV/7Xg4ahLwYGYZzuHGZKM5ZAQ";
    QTest::newRow("object with data")
        << QByteArray(R"({"one": 1, "two": "Two"})")
        << "KqmLSbO39/Bzb0QIYE82zqLwsA+PDzYIpIRA2sRQ4sL53+sN6/fpNSoqE7BP7vBZhG6kYdD13EIMJpvhJI+6Bw";
}

void TestSignedJson::signsTheSpecVectors()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, signature);
    const QJsonObject signedObject = SignedJson::sign(object(input), Domain, KeyId, specKey().secretKey);
    QCOMPARE(signedObject.value(u"signatures").toObject().value(Domain).toObject().value(KeyId).toString(),
             signature);
}

void TestSignedJson::verifiesTheSpecVectors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("empty object") << QByteArray(R"({"signatures": {"domain": {"ed25519:1":
        "K8280/U9SSy9IVtjBuVeLr+HpOB4BQFWbg+UZaADMtTdGYI7Geitb76LTrr5QV/7Xg4ahLwYGYZzuHGZKM5ZAQ"}}})");
    QTest::newRow("object with data") << QByteArray(R"({"one": 1, "signatures": {"domain": {"ed25519:1":
        "KqmLSbO39/Bzb0QIYE82zqLwsA+PDzYIpIRA2sRQ4sL53+sN6/fpNSoqE7BP7vBZhG6kYdD13EIMJpvhJI+6Bw"}}, "two": "Two"})");
}

void TestSignedJson::verifiesTheSpecVectors()
{
    QFETCH(QByteArray, input);
    QVERIFY(SignedJson::verify(object(input), Domain, KeyId, specKey().publicKey));
}

void TestSignedJson::verifiesTheSpecEventVector()
{
    // "Event Signing", the minimal event: the signature covers the event with its hashes, without
    // `signatures` and `unsigned`.
    const QJsonObject event = object(R"({
        "auth_events": [], "content": {}, "depth": 3,
        "hashes": {"sha256": "5jM4wQpv6lnBo7CLIghJuHdW+s2CMBJPUOGOC89ncos"},
        "origin": "domain", "origin_server_ts": 1000000, "prev_events": [],
        "room_id": "!x:domain", "sender": "@a:domain",
        "signatures": {"domain": {"ed25519:1":
            "KxwGjPSDEtvnFgU00fwFz+l6d2pJM6XBIaMEn81SXPTRl16AqLAYqfIReFGZlHi5KLjAWbOoMszkwsQma+lYAg"}},
        "type": "X", "unsigned": {"age_ts": 1000000}})");
    QVERIFY(SignedJson::verify(event, Domain, KeyId, specKey().publicKey));
}

void TestSignedJson::refusesTamperedOrMisattributedSignatures_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("keyId");
    QTest::addColumn<QByteArray>("input");
    const QByteArray good = R"({"one": 1, "signatures": {"domain": {"ed25519:1":
        "KqmLSbO39/Bzb0QIYE82zqLwsA+PDzYIpIRA2sRQ4sL53+sN6/fpNSoqE7BP7vBZhG6kYdD13EIMJpvhJI+6Bw"}}, "two": "Two"})";
    QTest::newRow("a field changed") << Domain << KeyId << QByteArray(good).replace("\"Two\"", "\"Tw0\"");
    QTest::newRow("a field added") << Domain << KeyId
                                   << QByteArray(good).replace("\"one\"", "\"three\": 3, \"one\"");
    QTest::newRow("a number changed")
        << Domain << KeyId << QByteArray(good).replace("\"one\": 1", "\"one\": 2");
    QTest::newRow("another entity") << QStringLiteral("other") << KeyId << good;
    QTest::newRow("another key ID") << Domain << QStringLiteral("ed25519:2") << good;
    QTest::newRow("an algorithm not understood")
        << Domain << QStringLiteral("curve25519:1") << QByteArray(good).replace("ed25519:1", "curve25519:1");
    QTest::newRow("signature not base64")
        << Domain << KeyId << QByteArray(R"({"signatures": {"domain": {"ed25519:1": "!!"}}})");
    QTest::newRow("signature not a string")
        << Domain << KeyId << QByteArray(R"({"signatures": {"domain": {"ed25519:1": 5}}})");
    QTest::newRow("signatures not an object") << Domain << KeyId << QByteArray(R"({"signatures": []})");
    QTest::newRow("no signatures") << Domain << KeyId << QByteArray(R"({"one": 1, "two": "Two"})");
}

void TestSignedJson::refusesTamperedOrMisattributedSignatures()
{
    QFETCH(QString, entity);
    QFETCH(QString, keyId);
    QFETCH(QByteArray, input);
    QVERIFY(!SignedJson::verify(object(input), entity, keyId, specKey().publicKey));
}

void TestSignedJson::ignoresUnsignedAndOtherSignatures()
{
    QJsonObject signedObject = SignedJson::sign(object(R"({"a": 1})"), Domain, KeyId, specKey().secretKey);
    signedObject.insert(QStringLiteral("unsigned"), QJsonObject{{QStringLiteral("age"), 5}});
    signedObject = SignedJson::sign(signedObject, QStringLiteral("other"), QStringLiteral("ed25519:x"),
                                    Ed25519::generate().secretKey);
    QVERIFY(SignedJson::verify(signedObject, Domain, KeyId, specKey().publicKey));
    QVERIFY(!SignedJson::verify(signedObject, Domain, KeyId, Ed25519::generate().publicKey));
}

void TestSignedJson::refusesWrongSizedKeysAndSignatures()
{
    const Ed25519::KeyPair key = specKey();
    const QByteArray signature = Ed25519::sign(key.secretKey, "message");
    QVERIFY(Ed25519::verify(key.publicKey, "message", signature));
    QVERIFY(!Ed25519::verify(key.publicKey.left(31), "message", signature));
    QVERIFY(!Ed25519::verify(key.publicKey, "message", signature.left(63)));
    QVERIFY(!Ed25519::verify(key.publicKey, "message", signature + '\0'));
    QVERIFY(!Ed25519::verify(QByteArray(), "message", signature));
    QVERIFY(Ed25519::sign(key.secretKey.left(32), "message").isEmpty());
    QVERIFY(Ed25519::fromSeed(QByteArray(31, 'x')).publicKey.isEmpty());
}

QTEST_GUILESS_MAIN(TestSignedJson)
#include "tst_SignedJson.moc"
