#include "account/SessionActions.h"

#include "matrix/AccountSnapshot.h"
#include "model/DeviceOrder.h"
#include "model/RelativeTime.h"

#include <QSet>

namespace gatehouse {

SessionActions::SessionActions(const AccountSnapshot& snapshot, FrontEnd frontEnd)
    : m_loaded(true)
    , m_frontEnd(frontEnd)
    , m_page(snapshot.accountPage())
    , m_offered(m_page.offered())
    , m_currentDeviceId(snapshot.deviceId)
    , m_usesOAuth(snapshot.usesOAuth())
    , m_metadataError(snapshot.metadataError.has_value())
{
    // Only a server without the OAuth 2.0 API signs out natively; invalid metadata is a server error, not
    // a sign of a classic server, and an OAuth server is never sent DELETE /devices.
    if (m_offered.has(AccountAction::DeviceDelete))
        m_signOut = SignOut::AccountPage;
    else if (!m_usesOAuth && !m_metadataError)
        m_signOut = SignOut::Native;
}

SessionActions::PageState SessionActions::pageState() const
{
    if (m_metadataError)
        return PageState::MetadataError;
    if (!m_usesOAuth)
        return PageState::Classic;
    if (!m_page.exists())
        return PageState::NoPage;
    if (!m_page.isSafe())
        return PageState::UnsafePage;
    if (m_offered.isEmpty())
        return PageState::NothingAdvertised;
    return PageState::Actions;
}

bool SessionActions::offersAccountAction(AccountAction action) const
{
    if (action == AccountAction::AccountDeactivate)
        return offersDeactivation();
    return m_loaded && m_offered.has(action);
}

QList<AccountAction> SessionActions::offeredAccountActions() const
{
    return m_offered.actions();
}

bool SessionActions::offersAccountPage() const
{
    return m_loaded && m_page.isSafe();
}

bool SessionActions::offersDeactivation() const
{
    if (!m_loaded)
        return false;
    if (m_frontEnd == FrontEnd::CommandLine)
        return m_offered.has(AccountAction::AccountDeactivate);
    return m_page.isSafe();
}

bool SessionActions::deactivatesThroughBarePage() const
{
    return offersDeactivation() && !m_offered.has(AccountAction::AccountDeactivate);
}

bool SessionActions::needsConfirmation(AccountAction action)
{
    return AccountActionNames::isDestructive(action);
}

bool SessionActions::marksWaiting(AccountAction action)
{
    return action == AccountAction::DeviceDelete;
}

AccountAction SessionActions::accountActionFor(RowAction action)
{
    return action == RowAction::View ? AccountAction::DeviceView : AccountAction::DeviceDelete;
}

QList<RowAction> SessionActions::forSession(const QString& deviceId) const
{
    QList<RowAction> actions;
    if (!m_loaded)
        return actions;
    if (m_offered.has(AccountAction::DeviceView))
        actions.append(RowAction::View);
    if (deviceId != m_currentDeviceId && m_signOut != SignOut::NotOffered)
        actions.append(RowAction::SignOut);
    return actions;
}

QString SessionActions::whyNot(const QString& deviceId, RowAction action) const
{
    if (offers(deviceId, action))
        return {};
    if (action == RowAction::SignOut && deviceId == m_currentDeviceId)
        return tr("This is the session Gatehouse is using; it cannot be signed out from the list.");
    return tr("Your server's account page does not offer this for sessions.");
}

QStringList SessionActions::signOutSelection(const QStringList& deviceIds, const QList<Device>& listed) const
{
    // This session is never part of a bulk sign-out; sessions already gone are skipped silently. The
    // window asks on every selection change, usually for a handful of rows out of thousands: the list is
    // read once against the (small) set asked for, instead of indexing the whole list each time.
    QSet<QString> wanted;
    wanted.reserve(deviceIds.size());
    for (const QString& id : deviceIds) {
        if (id != m_currentDeviceId)
            wanted.insert(id);
    }
    QSet<QString> present;
    present.reserve(wanted.size());
    for (const Device& device : listed) {
        if (present.size() == wanted.size())
            break;
        if (wanted.contains(device.id))
            present.insert(device.id);
    }
    QStringList ids;
    ids.reserve(present.size());
    for (const QString& id : deviceIds) {
        if (present.remove(id)) // in the order asked for, each once
            ids.append(id);
    }
    return ids;
}

QStringList SessionActions::nativeSignOutTargets(const QString& deviceId, const QStringList& selection) const
{
    QStringList ids;
    for (const QString& id : selection) {
        if (id != m_currentDeviceId)
            ids.append(id);
    }
    return ids.contains(deviceId) ? ids : QStringList{deviceId};
}

bool SessionActions::isInactive(const std::optional<qint64>& lastSeenTs, bool isCurrent, int days,
                                qint64 nowMs)
{
    return !isCurrent && lastSeenTs && RelativeTime::daysBetween(*lastSeenTs, nowMs) > days;
}

bool SessionActions::isInactive(const Device& device, int days, const QDateTime& now) const
{
    return isInactive(device.lastSeenTs, device.id == m_currentDeviceId, days, now.toMSecsSinceEpoch());
}

QList<Device> SessionActions::inactiveSessions(const QList<Device>& devices, int days,
                                               const QDateTime& now) const
{
    QList<Device> inactive;
    for (const Device& device : DeviceOrder::sorted(devices, m_currentDeviceId)) {
        if (isInactive(device, days, now))
            inactive.append(device);
    }
    return inactive;
}

} // namespace gatehouse
