#include "sessions/SessionRowMenu.h"

#include "text/UntrustedText.h"

namespace gatehouse {

QString SessionRowMenu::label(RowAction action)
{
    return action == RowAction::View ? tr("&View in Browser") : tr("Sign &Out…");
}

SessionRowMenu::SessionRowMenu(const Device& device, const SessionActions& actions, bool waiting,
                               QWidget* parent)
    : QMenu(parent)
{
    setObjectName(QStringLiteral("sessionMenu"));
    QAction* title = addAction(UntrustedText::forMenu(device.displayName.value_or(device.id)));
    title->setEnabled(false);
    addSeparator();
    for (const RowAction action : actions.forSession(device.id))
        addAction(label(action), this, [this, action] { Q_EMIT rowActionChosen(action); });
    if (actions.canRename(device.id))
        addAction(tr("&Rename…"), this, &SessionRowMenu::renameChosen);
    addSeparator();
    addAction(tr("&Copy Device ID"), this, &SessionRowMenu::copyIdChosen);
    if (actions.canCopyIp(device))
        addAction(tr("Copy &IP Address"), this, &SessionRowMenu::copyIpChosen);
    if (actions.canDismissWaiting(waiting))
        addAction(tr("&Dismiss Waiting Mark"), this, &SessionRowMenu::dismissChosen);
}

} // namespace gatehouse
