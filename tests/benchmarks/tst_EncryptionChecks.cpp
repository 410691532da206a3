// QBENCHMARKs for checking the encryption keys of a 10,000-session account: reading the /keys/query
// answer and verifying every session's signatures (two ed25519 checks each, plus the cross-signing
// chain), as the demo server serves them with --devices 10000. Labelled `benchmark` like tst_HotPaths;
// it reports times and asserts none.
#include "crypto/DeviceTrustEvaluator.h"
#include "demo/DemoAccount.h"
#include "demo/DemoKeys.h"
#include "matrix/KeysQueryResponse.h"

#include <QTest>

using namespace gatehouse;

namespace {

constexpr int SessionCount = 10'000;

} // namespace

class TestEncryptionChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void parseKeysQuery();
    void verifyTenThousandSessions();

private:
    DemoAccount m_account;
    QByteArray m_body;
};

void TestEncryptionChecks::initTestCase()
{
    m_account.populate(SessionCount, QDateTime::currentDateTimeUtc());
    DemoKeys keys(m_account.userId());
    m_body = keys.keysQuery(m_account);
    QVERIFY(!m_body.isEmpty());
}

void TestEncryptionChecks::parseKeysQuery()
{
    Result<KeysQueryResponse> parsed = Error::make(Error::Kind::InvalidResponse, QString());
    QBENCHMARK
    {
        parsed = KeysQueryResponse::fromJson(m_body, m_account.userId());
    }
    QVERIFY(parsed);
}

void TestEncryptionChecks::verifyTenThousandSessions()
{
    const Result<KeysQueryResponse> keys = KeysQueryResponse::fromJson(m_body, m_account.userId());
    QVERIFY(keys);
    DeviceTrustReport report;
    QBENCHMARK
    {
        report = DeviceTrustEvaluator::evaluate(keys.value());
    }
    QVERIFY(report.selfSigningKeyValid);
    int crossSigned = 0;
    int expected = 0;
    for (qsizetype i = 0; i < m_account.devices().size(); ++i) {
        crossSigned += report.state(m_account.devices().at(i).id) == EncryptionState::CrossSigned ? 1 : 0;
        expected += DemoKeys::kindAt(i) == DemoKeys::Kind::CrossSigned ? 1 : 0;
    }
    QCOMPARE(crossSigned, expected);
}

QTEST_GUILESS_MAIN(TestEncryptionChecks)
#include "tst_EncryptionChecks.moc"
