#pragma once

#include <QtGlobal>

#include <functional>

namespace gatehouse {

// When the next poll of a watched account happens: the interval with a little jitter (so many Gatehouses
// never poll a server in step), and after failures an exponential back-off up to an hour. Pure: the random
// source is injectable.
class WatchSchedule
{
public:
    static constexpr int DefaultIntervalSeconds = 300;
    static constexpr int MinimumIntervalSeconds = 1;
    static constexpr int MaximumIntervalSeconds = 3600;
    static constexpr qint64 MaximumBackOffMs = 60LL * 60 * 1000;
    static constexpr double Jitter = 0.05; // plus or minus 5 % of the interval

    // `random` returns a number in [0, 1); the default uses QRandomGenerator.
    explicit WatchSchedule(qint64 intervalMs = DefaultIntervalSeconds * 1000LL,
                           std::function<double()> random = {});

    qint64 intervalMs() const { return m_intervalMs; }
    void setIntervalMs(qint64 intervalMs);

    void recordSuccess() { m_failures = 0; }
    void recordFailure() { ++m_failures; }
    int failures() const { return m_failures; }

    // Without failures: the interval plus or minus the jitter. After n failures: the interval times 2^n,
    // at most MaximumBackOffMs (or the interval itself when that is longer), with the same jitter.
    qint64 nextDelayMs() const;
    // The same without jitter (for the tray's "next check" wording and the tests).
    qint64 baseDelayMs() const;

private:
    qint64 m_intervalMs;
    std::function<double()> m_random;
    int m_failures = 0;
};

} // namespace gatehouse
