#pragma once

#include "account/AccountPrompts.h"

#include <QStringList>

#include <functional>

namespace gatehouse::test {

// AccountPrompts answered by the test: every question goes to a replaceable function (the defaults say
// yes to confirmations and cancel what asks for text), and what was shown is recorded.
class RecordingPrompts : public AccountPrompts
{
public:
    std::function<bool(const HandOffRequest&)> onHandOff = [](const HandOffRequest&) { return true; };
    std::function<bool(int)> onNativeSignOut = [](int) { return true; };
    std::function<std::optional<QString>(bool)> onPassword = [](bool) { return std::optional<QString>(); };
    std::function<bool(const QString&, bool)> onFallback = [](const QString&, bool) { return false; };
    std::function<std::optional<QString>(const QString&)> onSessionName = [](const QString&) {
        return std::optional<QString>();
    };
    std::function<bool(const QString&)> onAccountSignOut = [](const QString&) { return true; };
    std::function<bool(const QString&)> onKeepHistory = [](const QString&) { return true; };
    std::function<bool(const QString&)> onWatchInBackground = [](const QString&) { return false; };
    std::function<std::optional<int>(int)> onInactiveDays = [](int days) { return std::optional<int>(days); };

    QList<HandOffRequest> handOffs;
    QStringList problems;
    QStringList browserFailures;
    QStringList summaries; // title, newline, text
    QStringList keepHistoryQuestions;
    QStringList watchQuestions;

    bool confirmHandOff(const HandOffRequest& request) override
    {
        handOffs.append(request);
        return onHandOff(request);
    }
    bool confirmNativeSignOut(int count) override { return onNativeSignOut(count); }
    std::optional<QString> askPassword(const QString&, bool retry) override { return onPassword(retry); }
    bool confirmFallback(const QString& url, bool opened) override { return onFallback(url, opened); }
    std::optional<QString> askSessionName(const QString& currentName) override
    {
        return onSessionName(currentName);
    }
    bool confirmAccountSignOut(const QString& userId) override { return onAccountSignOut(userId); }
    bool askKeepHistory(const QString& userId) override
    {
        keepHistoryQuestions.append(userId);
        return onKeepHistory(userId);
    }
    bool askWatchInBackground(const QString& userId) override
    {
        watchQuestions.append(userId);
        return onWatchInBackground(userId);
    }
    std::optional<int> askInactiveDays(int suggested) override { return onInactiveDays(suggested); }
    void showProblem(const QString& text) override { problems.append(text); }
    void showBrowserFailure(const QString& url) override { browserFailures.append(url); }
    void showSummary(const QString& title, const QString& text) override
    {
        summaries.append(title + QStringLiteral("\n") + text);
    }
};

} // namespace gatehouse::test
