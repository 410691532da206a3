#pragma once

#include <QtGlobal>

#include <optional>

namespace gatehouse {

// How often the list is loaded again while a row waits for the browser, when the window is never left and
// entered again (the browser on another screen or device): often at first, then gently, then not at all.
struct WaitingRefreshSchedule
{
    int fastIntervalMs = 10'000;
    qint64 fastPhaseMs = 2 * 60'000;
    int slowIntervalMs = 60'000;
    qint64 stopAfterMs = 15 * 60'000;

    // The wait before the next refresh, `elapsedMs` after the last sign-out hand-off; nullopt: stop.
    std::optional<int> delayAfter(qint64 elapsedMs) const
    {
        if (elapsedMs < 0 || elapsedMs >= stopAfterMs)
            return std::nullopt;
        return elapsedMs < fastPhaseMs ? fastIntervalMs : slowIntervalMs;
    }
};

} // namespace gatehouse
