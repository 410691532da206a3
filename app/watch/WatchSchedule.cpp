#include "watch/WatchSchedule.h"

#include <QRandomGenerator>

#include <algorithm>

namespace gatehouse {

WatchSchedule::WatchSchedule(qint64 intervalMs, std::function<double()> random)
    : m_intervalMs(std::max<qint64>(1, intervalMs))
    , m_random(std::move(random))
{
    if (!m_random)
        m_random = [] { return QRandomGenerator::global()->generateDouble(); };
}

void WatchSchedule::setIntervalMs(qint64 intervalMs)
{
    m_intervalMs = std::max<qint64>(1, intervalMs);
}

qint64 WatchSchedule::baseDelayMs() const
{
    const qint64 cap = std::max(MaximumBackOffMs, m_intervalMs);
    qint64 delay = m_intervalMs;
    for (int i = 0; i < m_failures && delay < cap; ++i)
        delay *= 2;
    return std::min(delay, cap);
}

qint64 WatchSchedule::nextDelayMs() const
{
    const qint64 base = baseDelayMs();
    const double factor = 1.0 + Jitter * (2.0 * m_random() - 1.0);
    return std::max<qint64>(1, qint64(double(base) * factor));
}

} // namespace gatehouse
