#include "history/HistoryExport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTimeZone>

namespace gatehouse {

namespace {

QJsonValue stringOrNull(const std::optional<QString>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue timeOrNull(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(HistoryExport::isoUtc(time)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString HistoryExport::isoUtc(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

QString HistoryExport::csvHeader()
{
    return QStringLiteral(
        "device_id,display_name,first_seen,last_seen,last_seen_ip,ip_count,removed_at,removed_how");
}

QString HistoryExport::csvCell(const QString& value)
{
    QString cell = value;
    // A spreadsheet runs a cell starting with one of these as a formula (CSV injection); the ' makes it
    // text and shows that the value was changed.
    if (!cell.isEmpty()) {
        const QChar first = cell.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' ||
            first == u'\r')
            cell.prepend(u'\'');
    }
    if (cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r')) {
        cell.replace(u'"', QStringLiteral("\"\""));
        cell = u'"' + cell + u'"';
    }
    return cell;
}

QByteArray HistoryExport::toCsv(const QList<HistorySession>& sessions)
{
    QString out = csvHeader() + QStringLiteral("\r\n");
    for (const HistorySession& session : sessions) {
        const QDateTime lastSeen = session.lastSeenTs
                                       ? QDateTime::fromMSecsSinceEpoch(*session.lastSeenTs, QTimeZone::utc())
                                       : QDateTime();
        const QStringList cells{
            session.deviceId,
            session.displayName.value_or(QString()),
            isoUtc(session.firstSeen),
            isoUtc(lastSeen),
            session.lastSeenIp.value_or(QString()),
            QString::number(session.ips.size()),
            isoUtc(session.removedAt),
            HistorySession::removedHowName(session.removedHow),
        };
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                out += u',';
            out += csvCell(cells.at(i));
        }
        out += QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

QByteArray HistoryExport::toJson(const HistoryAccount& account, const QList<HistorySession>& sessions,
                                 const QDateTime& exportedAt)
{
    QJsonArray list;
    for (const HistorySession& session : sessions) {
        QJsonArray ips;
        for (const HistorySession::Ip& ip : session.ips)
            ips.append(QJsonObject{{QStringLiteral("ip"), ip.address},
                                   {QStringLiteral("first_seen"), timeOrNull(ip.firstSeen)},
                                   {QStringLiteral("last_seen"), timeOrNull(ip.lastSeen)}});
        QJsonArray names;
        for (const HistorySession::Name& name : session.names)
            names.append(QJsonObject{{QStringLiteral("name"), name.name},
                                     {QStringLiteral("first_seen"), timeOrNull(name.firstSeen)}});
        const QString how = HistorySession::removedHowName(session.removedHow);
        list.append(QJsonObject{
            {QStringLiteral("device_id"), session.deviceId},
            {QStringLiteral("display_name"), stringOrNull(session.displayName)},
            {QStringLiteral("first_seen"), timeOrNull(session.firstSeen)},
            {QStringLiteral("last_seen_ts"),
             session.lastSeenTs ? QJsonValue(*session.lastSeenTs) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("last_seen_ip"), stringOrNull(session.lastSeenIp)},
            {QStringLiteral("ips"), ips},
            {QStringLiteral("names"), names},
            {QStringLiteral("removed_at"), timeOrNull(session.removedAt)},
            {QStringLiteral("removed_how"), how.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(how)},
        });
    }
    const QJsonObject root{
        {QStringLiteral("user_id"), account.userId},
        {QStringLiteral("server"), QJsonObject{{QStringLiteral("base_url"), account.baseUrl}}},
        {QStringLiteral("exported_at"), timeOrNull(exportedAt)},
        {QStringLiteral("sessions"), list},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace gatehouse
