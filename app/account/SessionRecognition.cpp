#include "account/SessionRecognition.h"

#include "crypto/DeviceTrustEvaluator.h"
#include "crypto/DeviceTrustVerifier.h"
#include "history/HistoryStore.h"
#include "log/Log.h"

namespace gatehouse {

SessionRecognition::SessionRecognition(QObject* parent)
    : QObject(parent)
    , m_verifier(new DeviceTrustVerifier(this))
{
    connect(m_verifier, &DeviceTrustVerifier::finished, this, &SessionRecognition::onVerified);
}

SessionRecognition::~SessionRecognition() = default;

bool SessionRecognition::isVerifying() const
{
    return m_verifier->isRunning();
}

void SessionRecognition::reset()
{
    // A new verifier: the report of one still running for the old account never arrives.
    delete m_verifier;
    m_verifier = new DeviceTrustVerifier(this);
    connect(m_verifier, &DeviceTrustVerifier::finished, this, &SessionRecognition::onVerified);
    m_account = HistoryAccount();
    m_keys.reset();
    m_acceptedHere.clear();
    m_current = Recognition();
    Q_EMIT changed();
}

void SessionRecognition::takeClients(Recognition& recognition, const RecognitionAnswer& answer)
{
    if (answer.clients && answer.clients->ok()) {
        recognition.clients = answer.clients->value();
        recognition.clientsKnown = true;
    } else if (answer.clients) {
        qCDebug(lcApp) << "client information unavailable:" << answer.clients->error().fullText();
    }
}

// The keys request failed: every state is unknown, said, and asked again with the next refresh.
void SessionRecognition::takeUnknownKeys(Recognition& recognition, const RecognitionAnswer& answer)
{
    recognition.answered = true;
    recognition.trust = DeviceTrustEvaluator::unknown();
    recognition.keysProblem = answer.keys && !answer.keys->ok() ? answer.keys->error().fullText() : QString();
    recognition.identityChanged = false;
    recognition.identityChangedAt = QDateTime();
}

void SessionRecognition::takeReport(Recognition& recognition, const DeviceTrustReport& report,
                                    HistoryStore* store, const HistoryAccount& account)
{
    recognition.answered = true;
    recognition.trust = report;
    recognition.keysProblem.clear();
    recognition.identityChanged = report.identityChanged;
    recognition.identityChangedAt = QDateTime();
    if (report.masterKey.isEmpty())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // First sight remembers (and accepts) it; a changed key is remembered with the day it appeared.
    const QDateTime firstSeen =
        store ? store->rememberMasterKey(account, report.masterKey, now) : QDateTime();
    if (report.identityChanged)
        recognition.identityChangedAt = firstSeen.isValid() ? firstSeen : now;
}

Recognition SessionRecognition::evaluateNow(const HistoryAccount& account, const RecognitionAnswer& answer,
                                            HistoryStore* store)
{
    Recognition recognition;
    takeClients(recognition, answer);
    if (!answer.keys || !answer.keys->ok()) {
        takeUnknownKeys(recognition, answer);
        return recognition;
    }
    const QString accepted = store ? store->acceptedMasterKey(account) : QString();
    takeReport(recognition, DeviceTrustEvaluator::evaluate(answer.keys->value(), accepted), store, account);
    return recognition;
}

void SessionRecognition::apply(const HistoryAccount& account, const RecognitionAnswer& answer)
{
    if (!(account == m_account)) {
        m_acceptedHere.clear();
        m_account = account;
    }
    takeClients(m_current, answer);
    if (answer.keys && answer.keys->ok()) {
        m_keys = answer.keys->value();
        verify(); // changed() follows with the report
        return;
    }
    m_keys.reset();
    takeUnknownKeys(m_current, answer);
    Q_EMIT changed();
}

void SessionRecognition::verify()
{
    if (!m_keys)
        return;
    QString accepted = m_acceptedHere;
    if (m_store && accepted.isEmpty())
        accepted = m_store->acceptedMasterKey(m_account);
    m_verifier->verify(*m_keys, accepted);
}

void SessionRecognition::onVerified(const DeviceTrustReport& report)
{
    takeReport(m_current, report, m_store, m_account);
    Q_EMIT changed();
}

void SessionRecognition::acceptIdentity()
{
    const QString key = m_current.trust.masterKey;
    if (key.isEmpty())
        return;
    if (m_store)
        m_store->acceptMasterKey(m_account, key, QDateTime::currentDateTimeUtc());
    m_acceptedHere = key;
    verify();
}

} // namespace gatehouse
