#include "sessions/SessionWorkspace.h"

#include "account/AccountController.h"
#include "account/SessionRecognition.h"
#include "account/UrlOpener.h"
#include "history/HistoryStore.h"
#include "model/DeviceListModel.h"
#include "network/UrlSafety.h"
#include "sessions/SessionDetailsPane.h"
#include "sessions/SessionListStack.h"
#include "sessions/SessionTable.h"
#include "settings/AppSettings.h"
#include "text/ShownUrl.h"
#include "widgets/Banner.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace gatehouse {

SessionWorkspace::SessionWorkspace(SessionListStack* list, SessionTable* table, DeviceListModel* model,
                                   AccountController* controller, UrlOpener* opener, QWidget* parent)
    : QWidget(parent)
    , m_table(table)
    , m_model(model)
    , m_controller(controller)
    , m_opener(opener)
    , m_identityRow(new QWidget(this))
    , m_identity(new Banner(m_identityRow))
    , m_accept(new QPushButton(tr("Accept New Identity"), m_identityRow))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_pane(new SessionDetailsPane(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* identityLayout = new QHBoxLayout(m_identityRow);
    identityLayout->setContentsMargins(0, 0, 0, 0);
    identityLayout->addWidget(m_identity, 1);
    identityLayout->addWidget(m_accept);
    m_identity->setObjectName(QStringLiteral("identityBanner"));
    m_accept->setObjectName(QStringLiteral("acceptIdentity"));
    m_identityRow->hide();
    layout->addWidget(m_identityRow);

    m_splitter->setObjectName(QStringLiteral("sessionSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(list);
    m_splitter->addWidget(m_pane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({340, 220}); // the table keeps the window's full width for its columns
    layout->addWidget(m_splitter, 1);

    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { AppSettings::setSessionSplitterState(m_splitter->saveState()); });
    connect(m_accept, &QPushButton::clicked, m_controller, &AccountController::acceptIdentity);
    connect(m_controller, &AccountController::recognitionChanged, this, &SessionWorkspace::updateRecognition);
    // After the window has shown the new list (loaded follows snapshotChanged).
    connect(m_controller, &AccountController::loaded, this, &SessionWorkspace::updateDetails);
    connect(m_controller, &AccountController::waitingChanged, this, &SessionWorkspace::updateDetails);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SessionWorkspace::updateDetails);
    connect(
        m_pane, &SessionDetailsPane::actionRequested, m_controller,
        [this](const QString& deviceId, RowAction action) { m_controller->runRowAction(deviceId, action); });
    connect(m_pane, &SessionDetailsPane::renameRequested, m_controller, &AccountController::rename);
    connect(m_pane, &SessionDetailsPane::dismissRequested, m_controller, &AccountController::dismissWaiting);
    connect(m_pane, &SessionDetailsPane::openUrlRequested, this, [this](const QString& url) {
        // Checked again where it is opened: only a URL that passes the safety rule goes to the browser.
        if (m_opener && UrlSafety::isSafe(url))
            m_opener->open(ShownUrl::of(url));
    });
}

void SessionWorkspace::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Restored once the window has its size: restored earlier, the sizes would be scaled to a tiny widget.
    if (!m_restored) {
        m_restored = true;
        m_splitter->restoreState(AppSettings::sessionSplitterState());
    }
}

void SessionWorkspace::updateRecognition()
{
    const Recognition& recognition = m_controller->recognition();
    m_model->setRecognition(recognition);
    if (recognition.identityChanged) {
        const QString day =
            recognition.identityChangedAt.isValid()
                ? QLocale().toString(recognition.identityChangedAt.toLocalTime().date(), QLocale::LongFormat)
                : tr("an unknown day");
        m_identity->showMessage(Banner::Kind::Warning,
                                tr("Your account's identity changed on %1. This is expected after a "
                                   "cross-signing reset; until you "
                                   "accept the new identity, no session is shown as signed by it.")
                                    .arg(day));
        m_identityRow->show();
    } else {
        m_identityRow->hide();
    }
    updateDetails();
}

std::optional<HistorySession> SessionWorkspace::remembered(const QString& deviceId) const
{
    HistoryStore* store = m_controller->sessionRecognition()->historyStore();
    if (!store || !store->isOpen() || !m_controller->snapshot())
        return std::nullopt;
    // Read each time, one session only: the first look at an account is written just after the list is
    // shown (README, "History"), and a whole account's history can be 10,000 sessions.
    return store->presentSession(m_controller->historyAccount(), deviceId);
}

void SessionWorkspace::updateDetails()
{
    const int row = m_model->rowOf(m_table->currentDeviceId());
    if (row < 0 || !m_controller->snapshot()) {
        m_pane->showSession(std::nullopt, m_controller->actions(), m_controller->recognition(),
                            m_model->referenceTime());
        return;
    }
    SessionDetailsPane::Content content;
    content.device = m_model->deviceAt(row);
    content.current = m_model->isCurrent(row);
    content.waiting = m_controller->isWaiting(content.device.id);
    content.sameDeviceHint = m_model->sameDeviceHint(row);
    HistoryStore* store = m_controller->sessionRecognition()->historyStore();
    content.hasHistory = store && store->isOpen();
    content.history = remembered(content.device.id);
    m_pane->showSession(content, m_controller->actions(), m_controller->recognition(),
                        m_model->referenceTime());
    // Tab reads the page as it is laid out: the table, then what the selected session offers beside it.
    QWidget* previous = m_table;
    QList<QPushButton*> buttons = m_pane->actionButtons();
    if (m_pane->openAppButton()->isVisibleTo(m_pane))
        buttons.prepend(m_pane->openAppButton());
    for (QPushButton* button : std::as_const(buttons)) {
        setTabOrder(previous, button);
        previous = button;
    }
}

} // namespace gatehouse
