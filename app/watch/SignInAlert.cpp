#include "watch/SignInAlert.h"

#include "text/SessionText.h"
#include "text/UntrustedText.h"

#include <QLocale>

namespace gatehouse {

QList<SignInAlert> SignInAlert::forNewSessions(const QList<WatchEvent>& added)
{
    QList<SignInAlert> alerts;
    if (added.isEmpty())
        return alerts;
    const WatchEvent& first = added.constFirst();
    const HistoryAccount account{first.baseUrl, first.userId};
    const QString user = UntrustedText::forDisplay(first.userId, 255);
    if (added.size() > SummaryAbove) {
        SignInAlert summary;
        summary.account = account;
        summary.count = int(added.size());
        summary.title = tr("%n new sign-in(s) to %1", nullptr, int(added.size())).arg(user);
        summary.body = tr("Open Gatehouse to review them.");
        alerts.append(summary);
        return alerts;
    }
    for (const WatchEvent& event : added) {
        if (!event.device)
            continue;
        const Device& device = *event.device;
        SignInAlert alert;
        alert.account = account;
        alert.deviceId = device.id;
        alert.title = tr("New sign-in to %1").arg(user);
        const QString name = device.displayName
                                 ? UntrustedText::forDisplay(*device.displayName, MaxNameLength)
                                 : SessionText::unnamed();
        const QString ip = device.lastSeenIp ? UntrustedText::forDisplay(*device.lastSeenIp, MaxNameLength)
                                             : SessionText::unknown();
        const QDateTime when =
            device.lastSeenTs ? QDateTime::fromMSecsSinceEpoch(*device.lastSeenTs, Qt::UTC) : event.time;
        alert.body = tr("%1\nFrom %2 at %3")
                         .arg(name, ip, QLocale().toString(when.toLocalTime(), QLocale::ShortFormat));
        alerts.append(alert);
    }
    return alerts;
}

SignInAlert SignInAlert::forSignedOut(const WatchEvent& event)
{
    SignInAlert alert;
    alert.account = HistoryAccount{event.baseUrl, event.userId};
    alert.count = 0;
    alert.kind = Kind::SignedOut;
    alert.title = tr("Signed out of %1").arg(UntrustedText::forDisplay(event.userId, 255));
    alert.body = tr("Gatehouse can no longer check this account. Sign in again to keep watching.");
    return alert;
}

SignInAlert SignInAlert::forDisappeared(const WatchEvent& event)
{
    SignInAlert alert;
    alert.account = HistoryAccount{event.baseUrl, event.userId};
    alert.kind = Kind::Disappeared;
    alert.title = tr("A session disappeared from %1").arg(UntrustedText::forDisplay(event.userId, 255));
    const QString name = event.device && event.device->displayName
                             ? UntrustedText::forDisplay(*event.device->displayName, MaxNameLength)
                             : SessionText::unnamed();
    const QString id = event.device ? UntrustedText::forDisplay(event.device->id, MaxNameLength) : QString();
    alert.body = tr("%1 (%2) is no longer signed in, and Gatehouse did not sign it out.").arg(name, id);
    return alert;
}

SignInAlert SignInAlert::forCleanUp(const HistoryAccount& account, int count, int days)
{
    SignInAlert alert;
    alert.account = account;
    alert.kind = Kind::CleanUp;
    alert.count = count;
    alert.days = days;
    alert.title = tr("Clean up %1?").arg(UntrustedText::forDisplay(account.userId, 255));
    alert.body =
        tr("%n session(s) have been inactive for more than %1 days: clean up?", nullptr, count).arg(days);
    return alert;
}

SignInAlert SignInAlert::stillWatching()
{
    SignInAlert alert;
    alert.kind = Kind::Notice;
    alert.count = 0;
    alert.title = tr("Gatehouse is still watching in the background");
    alert.body = tr("It tells you when a new session signs in. Quit it from its icon in the tray.");
    return alert;
}

} // namespace gatehouse
