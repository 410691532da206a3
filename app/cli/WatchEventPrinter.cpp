#include "cli/WatchEventPrinter.h"

#include "text/SessionText.h"
#include "text/UntrustedText.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace gatehouse {

namespace {

QJsonValue orNull(const std::optional<QString>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue orNull(const QString& value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

} // namespace

QString WatchEventPrinter::json(const WatchEvent& event)
{
    const std::optional<Device>& device = event.device;
    const bool hasMessage =
        event.kind == WatchEvent::Kind::Error || event.kind == WatchEvent::Kind::SignedOut;
    const QJsonObject line{
        {QStringLiteral("event"), WatchEvent::kindName(event.kind)},
        {QStringLiteral("time"), event.time.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("user_id"), orNull(event.userId)},
        {QStringLiteral("base_url"), orNull(event.baseUrl)},
        {QStringLiteral("device_id"), device ? QJsonValue(device->id) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("display_name"), device ? orNull(device->displayName) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("last_seen_ip"), device ? orNull(device->lastSeenIp) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("last_seen_ts"),
         device && device->lastSeenTs ? QJsonValue(*device->lastSeenTs) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("message"), hasMessage ? QJsonValue(event.message) : QJsonValue(QJsonValue::Null)},
    };
    return QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)) + u'\n';
}

QString WatchEventPrinter::sentence(const WatchEvent& event)
{
    const QString account = UntrustedText::forTerminal(event.userId.isEmpty() ? event.baseUrl : event.userId);
    const QString id = event.device ? UntrustedText::forTerminal(event.device->id) : QString();
    const QString name = event.device && event.device->displayName
                             ? UntrustedText::forTerminal(*event.device->displayName)
                             : SessionText::unnamed();
    const QString ip = event.device && event.device->lastSeenIp
                           ? UntrustedText::forTerminal(*event.device->lastSeenIp)
                           : SessionText::unknown();
    switch (event.kind) {
    case WatchEvent::Kind::SessionAdded:
        return event.cameBack ? tr("New sign-in to %1: “%2” (%3, an ID seen before), from %4.")
                                    .arg(account, name, id, ip)
                              : tr("New sign-in to %1: “%2” (%3), from %4.").arg(account, name, id, ip);
    case WatchEvent::Kind::SessionRemoved:
        return event.removedHow == HistorySession::RemovedHow::SignedOutByGatehouse
                   ? tr("Gatehouse signed “%2” (%3) out of %1.").arg(account, name, id)
                   : tr("“%2” (%3) is no longer signed in to %1.").arg(account, name, id);
    case WatchEvent::Kind::SignedOut:
        return tr("No longer signed in to %1: %2").arg(account, UntrustedText::forTerminal(event.message));
    case WatchEvent::Kind::Error:
        break;
    }
    return tr("Could not check %1: %2").arg(account, UntrustedText::forTerminal(event.message));
}

QString WatchEventPrinter::text(const WatchEvent& event)
{
    return event.time.toUTC().toString(Qt::ISODate) + u' ' + sentence(event) + u'\n';
}

} // namespace gatehouse
