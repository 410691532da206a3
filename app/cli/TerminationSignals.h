#pragma once

#include <QObject>

class QSocketNotifier;

namespace gatehouse {

// SIGINT and SIGTERM as a Qt signal, so a long-running command (--demo-server) ends through the event
// loop and cleans up. Unix only; elsewhere the default handling stays.
class TerminationSignals : public QObject
{
    Q_OBJECT

public:
    explicit TerminationSignals(QObject* parent = nullptr);
    ~TerminationSignals() override;

Q_SIGNALS:
    void terminationRequested();

private:
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace gatehouse
