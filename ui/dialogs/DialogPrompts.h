#pragma once

#include "account/AccountPrompts.h"

#include <QCoreApplication>

class QWidget;

namespace gatehouse {

// AccountPrompts answered by the person, with modal dialogs over `parent`.
class DialogPrompts : public AccountPrompts
{
    Q_DECLARE_TR_FUNCTIONS(DialogPrompts)

public:
    explicit DialogPrompts(QWidget* parent)
        : m_parent(parent)
    {}

    bool confirmHandOff(const HandOffRequest& request) override;
    bool confirmNativeSignOut(int count) override;
    std::optional<QString> askPassword(const QString& userId, bool retry) override;
    bool confirmFallback(const QString& url, bool opened) override;
    std::optional<QString> askSessionName(const QString& currentName) override;
    bool confirmAccountSignOut(const QString& userId) override;
    bool askKeepHistory(const QString& userId) override;
    bool askWatchInBackground(const QString& userId) override;
    std::optional<int> askInactiveDays(int suggested) override;
    void showProblem(const QString& text) override;
    void showBrowserFailure(const QString& url) override;
    void showSummary(const QString& title, const QString& text) override;

private:
    QWidget* m_parent;
};

} // namespace gatehouse
