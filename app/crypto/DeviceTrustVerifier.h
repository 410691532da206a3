#pragma once

#include "crypto/DeviceTrustReport.h"
#include "matrix/KeysQueryResponse.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace gatehouse {

// Runs DeviceTrustEvaluator on the global thread pool, so checking thousands of signatures never blocks
// the GUI thread, and hands the report back on the thread this object lives in. A new verify() replaces
// the one still running (its report is dropped); destroying the verifier drops a pending report. Either way
// the dropped check stops at the next session instead of running to the end: the application waits for the
// thread pool before it exits, and 10,000 sessions take about a second to check.
class DeviceTrustVerifier : public QObject
{
    Q_OBJECT

public:
    explicit DeviceTrustVerifier(QObject* parent = nullptr);
    ~DeviceTrustVerifier() override;

    void verify(const KeysQueryResponse& keys, const QString& acceptedMasterKey = {});
    bool isRunning() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void finished(const gatehouse::DeviceTrustReport& report);

private:
    void cancelRunning();

    QFutureWatcher<DeviceTrustReport> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancelled; // of the check under way, shared with its thread
};

} // namespace gatehouse
