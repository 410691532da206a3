#include "watch/WatchingHeader.h"

#include "watch/ResidentWatch.h"
#include "window/MainWindow.h"

#include <QBoxLayout>
#include <QPushButton>

namespace gatehouse {

WatchingHeader::WatchingHeader(MainWindow* window, ResidentWatch* resident)
    : Banner(window)
    , m_resident(resident)
{
    setObjectName(QStringLiteral("watchingHeader"));
    if (auto* central = qobject_cast<QBoxLayout*>(window->centralWidget()->layout()))
        central->insertWidget(0, this);
    connect(this, &Banner::actionTriggered, m_resident, &ResidentWatch::stopWatching);
    connect(m_resident, &ResidentWatch::watchingChanged, this, &WatchingHeader::refresh);
    refresh();
}

void WatchingHeader::refresh()
{
    if (!m_resident->isWatching() || m_resident->hasTray()) {
        hide();
        return;
    }
    showMessage(Kind::Info, tr("Watching in the background"));
    const QString why = tr("Stops watching every account until Gatehouse starts again. Closing the window "
                           "then quits Gatehouse.");
    setAction(tr("Stop Watching"), why);
    actionButton()->setObjectName(QStringLiteral("stopWatchingButton"));
    actionButton()->setToolTip(why);
    show();
}

} // namespace gatehouse
