// QBENCHMARKs for checking the encryption keys of a 10,000-session account: reading the /keys/query
// answer and verifying every session's signatures (two ed25519 checks each, plus the cross-signing
// chain), as the demo server serves them with --devices 10000; a filter keystroke on the 10,000-row table
// while that verification runs on the thread pool (the budget is one frame, 16 ms); and the states filling
// in the model once they are known. Labelled `benchmark` like tst_HotPaths; it reports times and asserts
// none.
#include "crypto/DeviceTrustEvaluator.h"
#include "crypto/DeviceTrustVerifier.h"
#include "demo/DemoAccount.h"
#include "demo/DemoKeys.h"
#include "matrix/KeysQueryResponse.h"
#include "model/DeviceFilterModel.h"
#include "model/DeviceListModel.h"
#include "sessions/SessionTable.h"

#include <QSignalSpy>
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
    void filterKeystrokeWhileVerifying();
    void statesFillInTheModel();

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

void TestEncryptionChecks::filterKeystrokeWhileVerifying()
{
    const Result<KeysQueryResponse> keys = KeysQueryResponse::fromJson(m_body, m_account.userId());
    QVERIFY(keys);
    DeviceListModel model;
    DeviceFilterModel proxy;
    proxy.setSourceModel(&model);
    SessionTable table;
    table.setModel(&proxy);
    table.resize(1000, 600);
    table.show();
    model.setDevices(m_account.devices(), m_account.currentDeviceId());
    QCoreApplication::processEvents();

    DeviceTrustVerifier verifier;
    QSignalSpy verified(&verifier, &DeviceTrustVerifier::finished);
    int keystrokes = 0;
    int whileVerifying = 0;
    bool typed = false;
    QBENCHMARK
    {
        // Started again whenever it finished, so every keystroke meets a verification under way.
        if (!verifier.isRunning())
            verifier.verify(keys.value());
        typed = !typed;
        proxy.setSearchText(typed ? QStringLiteral("dev0001") : QStringLiteral("dev000"));
        table.viewport()->repaint();
        ++keystrokes;
        whileVerifying += verifier.isRunning() ? 1 : 0;
        QCoreApplication::processEvents();
    }
    qInfo("%d of %d keystrokes ran while a verification was under way", whileVerifying, keystrokes);
    QVERIFY(verifier.isRunning() || !verified.isEmpty() || keystrokes > 0);
    if (verifier.isRunning())
        QVERIFY(verified.wait(60'000));
}

void TestEncryptionChecks::statesFillInTheModel()
{
    const Result<KeysQueryResponse> keys = KeysQueryResponse::fromJson(m_body, m_account.userId());
    QVERIFY(keys);
    DeviceListModel model;
    model.setDevices(m_account.devices(), m_account.currentDeviceId());
    Recognition recognition;
    recognition.answered = true;
    recognition.trust = DeviceTrustEvaluator::evaluate(keys.value());
    QBENCHMARK
    {
        model.setRecognition(recognition);
    }
    QCOMPARE(model.index(0, DeviceListModel::EncryptionColumn).data(DeviceListModel::EncryptionRole).toInt(),
             int(recognition.encryption(model.deviceAt(0).id)));
}

QTEST_MAIN(TestEncryptionChecks)
#include "tst_EncryptionChecks.moc"
