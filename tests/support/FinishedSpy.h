#pragma once

#include "network/Result.h"

#include <QObject>

#include <vector>

namespace gatehouse {

// Records what the finished() signal of a sign-in flow or the probe delivers, in order. (A Result has no
// default value, so QSignalSpy's QVariant cannot carry it.)
template <typename T>
class FinishedSpy
{
public:
    template <typename Flow>
    explicit FinishedSpy(Flow* flow)
    {
        QObject::connect(flow, &Flow::finished, &m_context,
                         [this](const Result<T>& result) { m_results.push_back(result); });
    }

    int count() const { return int(m_results.size()); }
    int successes() const
    {
        int n = 0;
        for (const Result<T>& result : m_results)
            n += result.ok() ? 1 : 0;
        return n;
    }
    int failures() const { return count() - successes(); }
    const Result<T>& first() const { return m_results.front(); }
    // The first success's value, or the first failure's error, in the order they came.
    T firstValue() const
    {
        for (const Result<T>& result : m_results) {
            if (result.ok())
                return result.value();
        }
        return T{};
    }
    Error firstError() const
    {
        for (const Result<T>& result : m_results) {
            if (!result.ok())
                return result.error();
        }
        return Error{};
    }

private:
    QObject m_context; // ends the connection with the spy
    std::vector<Result<T>> m_results;
};

} // namespace gatehouse
