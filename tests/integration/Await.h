#pragma once

// Waiting for one asynchronous answer while the event loop turns, so the in-process demo server can serve
// it. The callback gets a context that dies when the wait ends: a late answer is dropped, never written
// into a dead stack frame.
#include "network/Result.h"

#include <QObject>
#include <QTest>

#include <functional>
#include <optional>

namespace gatehouse::test {

constexpr int AnswerTimeoutMs = 20'000;

template <typename T>
std::optional<Result<T>>
await(const std::function<void(const QObject* context, std::function<void(const Result<T>&)> done)>& start,
      int timeoutMs = AnswerTimeoutMs)
{
    std::optional<Result<T>> answer;
    QObject context;
    start(&context, [&answer](const Result<T>& result) { answer = result; });
    const bool answered = QTest::qWaitFor([&answer] { return answer.has_value(); }, timeoutMs);
    Q_UNUSED(answered) // the caller sees an empty optional
    return answer;
}

} // namespace gatehouse::test
