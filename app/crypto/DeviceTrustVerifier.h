#pragma once

#include "crypto/DeviceTrustReport.h"
#include "matrix/KeysQueryResponse.h"

#include <QFutureWatcher>
#include <QObject>

namespace gatehouse {

// Runs DeviceTrustEvaluator on the global thread pool, so checking thousands of signatures never blocks
// the GUI thread, and hands the report back on the thread this object lives in. A new verify() replaces
// the one still running (its report is dropped); destroying the verifier drops a pending report.
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
    QFutureWatcher<DeviceTrustReport> m_watcher;
};

} // namespace gatehouse
