#include "crypto/DeviceTrustVerifier.h"

#include "crypto/DeviceTrustEvaluator.h"

#include <QtConcurrent/QtConcurrentRun>

namespace gatehouse {

DeviceTrustVerifier::DeviceTrustVerifier(QObject* parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<DeviceTrustReport>::finished, this, [this] {
        const QFuture<DeviceTrustReport> future = m_watcher.future();
        if (future.isValid() && future.resultCount() > 0)
            Q_EMIT finished(future.result());
    });
}

// The evaluation works on its own copies; it may finish after this object is gone, unobserved.
DeviceTrustVerifier::~DeviceTrustVerifier() = default;

void DeviceTrustVerifier::verify(const KeysQueryResponse& keys, const QString& acceptedMasterKey)
{
    m_watcher.setFuture(QtConcurrent::run(
        [keys, acceptedMasterKey] { return DeviceTrustEvaluator::evaluate(keys, acceptedMasterKey); }));
}

} // namespace gatehouse
