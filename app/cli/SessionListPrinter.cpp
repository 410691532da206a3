#include "cli/SessionListPrinter.h"

#include "account/SessionActions.h"
#include "model/DeviceOrder.h"
#include "model/RelativeTime.h"
#include "text/EncryptionText.h"
#include "text/SessionText.h"
#include "text/UntrustedText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace gatehouse {

namespace {

QJsonValue orNull(const std::optional<QString>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

// The app behind a session as its client wrote it: null when there is none, null for a missing field.
QJsonValue clientJson(const std::optional<ClientInformation>& client)
{
    if (!client)
        return QJsonValue(QJsonValue::Null);
    return QJsonObject{{QStringLiteral("name"), orNull(client->name)},
                       {QStringLiteral("version"), orNull(client->version)},
                       {QStringLiteral("url"), orNull(client->url)}};
}

QString padded(const QString& text, qsizetype width)
{
    return text.leftJustified(width, u' ', false);
}

} // namespace

QByteArray SessionListPrinter::json(const AccountSnapshot& snapshot, const Recognition& recognition)
{
    const AccountPage page = snapshot.accountPage();
    QJsonArray actions;
    for (const AccountAction action :
         SessionActions(snapshot, SessionActions::FrontEnd::CommandLine).offeredAccountActions())
        actions.append(AccountActionNames::stableName(action));

    QJsonArray devices;
    for (const Device& device : DeviceOrder::sorted(snapshot.devices, snapshot.deviceId)) {
        devices.append(QJsonObject{
            {QStringLiteral("device_id"), device.id},
            {QStringLiteral("display_name"), orNull(device.displayName)},
            {QStringLiteral("last_seen_ip"), orNull(device.lastSeenIp)},
            {QStringLiteral("last_seen_ts"),
             device.lastSeenTs ? QJsonValue(*device.lastSeenTs) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("current"), device.id == snapshot.deviceId},
            {QStringLiteral("client"), clientJson(recognition.client(device.id))},
            {QStringLiteral("encryption"), EncryptionStateNames::name(recognition.encryption(device.id))},
        });
    }
    const QJsonObject root{
        {QStringLiteral("user_id"), snapshot.userId},
        {QStringLiteral("device_id"),
         snapshot.deviceId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(snapshot.deviceId)},
        {QStringLiteral("server"), QJsonObject{{QStringLiteral("base_url"), snapshot.baseUrl},
                                               {QStringLiteral("oauth"), snapshot.usesOAuth()}}},
        {QStringLiteral("account_management"),
         QJsonObject{{QStringLiteral("uri"), orNull(page.uri())}, {QStringLiteral("actions"), actions}}},
        {QStringLiteral("devices"), devices},
        {QStringLiteral("identity_changed"), recognition.identityChanged},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString SessionListPrinter::table(const AccountSnapshot& snapshot, const QDateTime& now,
                                  int inactiveAfterDays, const Recognition& recognition)
{
    struct Line
    {
        QString marker, name, id, seen, ip, encryption, status;
    };
    QList<Line> lines;
    lines.append({QString(), tr("SESSION"), tr("DEVICE ID"), tr("LAST ACTIVITY"), tr("LAST IP"),
                  tr("ENCRYPTION"), tr("STATUS")});
    int inactive = 0;
    const QList<Device> sorted = DeviceOrder::sorted(snapshot.devices, snapshot.deviceId);
    for (const Device& device : sorted) {
        const bool current = device.id == snapshot.deviceId;
        const bool isInactive = SessionActions::isInactive(device.lastSeenTs, current, inactiveAfterDays,
                                                           now.toMSecsSinceEpoch());
        inactive += isInactive ? 1 : 0;
        QString name = UntrustedText::forTerminal(device.displayName.value_or(QString()));
        if (name.size() > 48)
            name = name.left(47) + QChar(0x2026);
        lines.append(
            {current ? QStringLiteral("*") : QString(), name.isEmpty() ? SessionText::unnamed() : name,
             UntrustedText::forTerminal(device.id),
             device.lastSeenTs ? RelativeTime::describe(*device.lastSeenTs, now) : SessionText::unknown(),
             device.lastSeenIp ? UntrustedText::forTerminal(*device.lastSeenIp) : SessionText::unknown(),
             EncryptionText::label(recognition.encryption(device.id)),
             current ? tr("this session") : (isInactive ? tr("inactive") : QString())});
    }
    qsizetype widths[5] = {0, 0, 0, 0, 0};
    for (const Line& line : std::as_const(lines)) {
        widths[0] = qMax(widths[0], line.name.size());
        widths[1] = qMax(widths[1], line.id.size());
        widths[2] = qMax(widths[2], line.seen.size());
        widths[3] = qMax(widths[3], line.ip.size());
        widths[4] = qMax(widths[4], line.encryption.size());
    }
    QString out =
        tr("%1 on %2 (%3)\n")
            .arg(UntrustedText::forTerminal(snapshot.userId), UntrustedText::forTerminal(snapshot.baseUrl),
                 snapshot.usesOAuth() ? tr("OAuth 2.0 account") : tr("classic sign-in"));
    for (const Line& line : std::as_const(lines)) {
        out += padded(line.marker, 2) + padded(line.name, widths[0] + 2) + padded(line.id, widths[1] + 2) +
               padded(line.seen, widths[2] + 2) + padded(line.ip, widths[3] + 2) +
               padded(line.encryption, widths[4] + 2) + line.status;
        while (out.endsWith(u' '))
            out.chop(1);
        out += u'\n';
    }
    out += tr("%n session(s)", nullptr, int(sorted.size()));
    if (recognition.identityChanged)
        out += tr(", your account's identity changed on %1")
                   .arg(QLocale().toString(recognition.identityChangedAt.toLocalTime().date(),
                                           QLocale::ShortFormat));
    if (inactive > 0)
        out += tr(", %n inactive for more than %1 days", nullptr, inactive).arg(inactiveAfterDays);
    out += u'\n';
    return out;
}

} // namespace gatehouse
