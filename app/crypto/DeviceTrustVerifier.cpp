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

// The evaluation works on its own copies; it may end after this object is gone, unobserved.
DeviceTrustVerifier::~DeviceTrustVerifier()
{
    cancelRunning();
}

void DeviceTrustVerifier::cancelRunning()
{
    if (m_cancelled)
        m_cancelled->store(true, std::memory_order_relaxed);
}

void DeviceTrustVerifier::verify(const KeysQueryResponse& keys, const QString& acceptedMasterKey)
{
    cancelRunning();
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    m_cancelled = cancelled;
    m_watcher.setFuture(QtConcurrent::run([keys, acceptedMasterKey, cancelled] {
        return DeviceTrustEvaluator::evaluate(keys, acceptedMasterKey, cancelled.get());
    }));
}

} // namespace gatehouse
