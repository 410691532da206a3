#pragma once

#include "history/HistorySession.h"

#include <QWidget>

#include <optional>

class QPushButton;
class QSplitter;

namespace gatehouse {

class AccountController;
class Banner;
class DeviceListModel;
class SessionDetailsPane;
class SessionListStack;
class SessionTable;
class UrlOpener;

// The session list above the details of the selected session (a splitter whose sizes are remembered),
// under the banner that says when the account's identity changed, with its Accept button. Binds them to the
// AccountController: the encryption states and apps fill in the model when they arrive, the pane follows
// the current row, and its buttons ask the controller (which asks SessionActions).
class SessionWorkspace : public QWidget
{
    Q_OBJECT

public:
    SessionWorkspace(SessionListStack* list, SessionTable* table, DeviceListModel* model,
                     AccountController* controller, UrlOpener* opener, QWidget* parent = nullptr);

    SessionDetailsPane* detailsPane() const { return m_pane; }
    QSplitter* splitter() const { return m_splitter; }
    Banner* identityBanner() const { return m_identity; }
    QPushButton* acceptIdentityButton() const { return m_accept; }

    // Shows the current row's session again (after a change of list, states, marks or history).
    void updateDetails();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void updateRecognition();
    std::optional<HistorySession> remembered(const QString& deviceId) const;

    SessionTable* m_table;
    DeviceListModel* m_model;
    AccountController* m_controller;
    UrlOpener* m_opener;
    QWidget* m_identityRow;
    Banner* m_identity;
    QPushButton* m_accept;
    QSplitter* m_splitter;
    SessionDetailsPane* m_pane;
    // What the history remembers of the present sessions, read once per load when first needed.
    bool m_restored = false;
};

} // namespace gatehouse
