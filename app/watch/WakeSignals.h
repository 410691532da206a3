#pragma once

#include <QObject>

namespace gatehouse {

// "Check now" moments that Qt has no signal for: the computer woke up, or the network came back. The
// watcher listens to this interface; tests drive it by emitting the signals themselves.
class WakeSignals : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

Q_SIGNALS:
    void wokeUp();
    void networkBack();
};

// The real sources: logind's PrepareForSleep(false) on the system bus (Linux), WM_POWERBROADCAST resume
// messages (Windows), and QNetworkInformation's reachability where Qt has a backend for it.
class SystemWakeSignals : public WakeSignals
{
    Q_OBJECT

public:
    explicit SystemWakeSignals(QObject* parent = nullptr);
    ~SystemWakeSignals() override;

    // Whether any wake-up source could be connected (false without a system bus, or on other systems).
    bool watchesSleep() const { return m_watchesSleep; }
    bool watchesNetwork() const { return m_watchesNetwork; }

private Q_SLOTS:
    void onPrepareForSleep(bool goingToSleep);

private:
    void watchNetwork();

    bool m_watchesSleep = false;
    bool m_watchesNetwork = false;
    bool m_wasOnline = true;
    class PowerEventFilter* m_powerFilter = nullptr;
};

} // namespace gatehouse
