#include "matrix/ClientInformation.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace gatehouse {

namespace {

std::optional<QString> stringField(const QJsonObject& content, QLatin1String key)
{
    const QJsonValue value = content.value(key);
    return value.isString() ? std::optional<QString>(value.toString()) : std::nullopt;
}

} // namespace

QJsonObject ClientInformation::syncFilter()
{
    const QJsonObject nothing{{QStringLiteral("types"), QJsonArray{}},
                              {QStringLiteral("not_types"), QJsonArray{QStringLiteral("*")}}};
    return QJsonObject{
        {QStringLiteral("account_data"),
         QJsonObject{{QStringLiteral("types"), QJsonArray{QString(eventTypePrefix() + u'*')}}}},
        {QStringLiteral("presence"), nothing},
        {QStringLiteral("room"), QJsonObject{{QStringLiteral("rooms"), QJsonArray{}},
                                             {QStringLiteral("account_data"), nothing},
                                             {QStringLiteral("ephemeral"), nothing},
                                             {QStringLiteral("state"), nothing},
                                             {QStringLiteral("timeline"), nothing},
                                             {QStringLiteral("include_leave"), false}}},
    };
}

QUrl ClientInformation::syncUrl(const QString& baseUrl)
{
    // The filter inline: the server tells a JSON filter from a filter ID by its leading "{". Encoded
    // byte by byte, so no server has to guess about `{`, `"` or `*` in a query.
    const QByteArray filter = QJsonDocument(syncFilter()).toJson(QJsonDocument::Compact);
    QUrl url(baseUrl + QStringLiteral("/_matrix/client/v3/sync"));
    url.setQuery(QStringLiteral("filter=") +
                     QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(filter))) +
                     QStringLiteral("&timeout=0&set_presence=offline"),
                 QUrl::StrictMode);
    return url;
}

Result<QHash<QString, ClientInformation>> ClientInformation::fromSync(const QByteArray& body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return Error::make(Error::Kind::InvalidResponse,
                           tr("The server's answer about the apps behind sessions is not a JSON object."));
    const QString prefix = eventTypePrefix();
    QHash<QString, ClientInformation> byDevice;
    const QJsonArray events = document.object()
                                  .value(QLatin1String("account_data"))
                                  .toObject()
                                  .value(QLatin1String("events"))
                                  .toArray();
    for (const QJsonValue& item : events) {
        const QJsonObject event = item.toObject();
        const QString type = event.value(QLatin1String("type")).toString();
        if (!type.startsWith(prefix) || type.size() == prefix.size())
            continue;
        const QJsonValue content = event.value(QLatin1String("content"));
        if (!content.isObject())
            continue;
        const QJsonObject fields = content.toObject();
        byDevice.insert(type.mid(prefix.size()),
                        ClientInformation{stringField(fields, QLatin1String("name")),
                                          stringField(fields, QLatin1String("version")),
                                          stringField(fields, QLatin1String("url"))});
    }
    return byDevice;
}

} // namespace gatehouse
