#include "matrix/Device.h"

#include "matrix/DeviceListParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace gatehouse {

namespace {

std::optional<QString> optionalString(const QJsonObject& object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    if (!value.isString())
        return std::nullopt;
    return value.toString();
}

std::optional<qint64> optionalTimestamp(const QJsonObject& object)
{
    const QJsonValue value = object.value(QLatin1String("last_seen_ts"));
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    // Integers only, within the range JSON numbers carry exactly.
    if (!std::isfinite(number) || std::floor(number) != number || std::fabs(number) > 9007199254740992.0)
        return std::nullopt;
    // The double rounds 2^53 + 1 down to 2^53; the integer Qt kept does not, so check that one too.
    constexpr qint64 Limit = qint64(1) << 53;
    const qint64 exact = value.toInteger(static_cast<qint64>(number));
    if (exact > Limit || exact < -Limit)
        return std::nullopt;
    return exact;
}

} // namespace

Result<QList<Device>> Device::listFromJson(const QByteArray& body)
{
    // The usual answer is read in one pass; anything out of the ordinary (errors included) is read here,
    // with the same result for the answers both can read.
    if (std::optional<QList<Device>> devices = DeviceListParser::parse(body))
        return *std::move(devices);
    return listFromJsonDocument(body);
}

Result<QList<Device>> Device::listFromJsonDocument(const QByteArray& body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error::make(Error::Kind::InvalidResponse,
                           tr("The list of sessions from the server is not valid JSON."));
    const QJsonValue devicesValue = document.object().value(QLatin1String("devices"));
    if (!devicesValue.isArray())
        return Error::make(
            Error::Kind::InvalidResponse,
            tr("The server's answer has no list of sessions (“devices” is missing or not a list)."));

    const QJsonArray array = devicesValue.toArray();
    QList<Device> devices;
    devices.reserve(array.size());
    for (const QJsonValue& entry : array) {
        const QJsonObject object = entry.toObject();
        const QJsonValue id = object.value(QLatin1String("device_id"));
        if (!id.isString() || id.toString().isEmpty())
            continue;
        Device device;
        device.id = id.toString();
        device.displayName = optionalString(object, QLatin1String("display_name"));
        device.lastSeenIp = optionalString(object, QLatin1String("last_seen_ip"));
        device.lastSeenTs = optionalTimestamp(object);
        devices.append(std::move(device));
    }
    return devices;
}

} // namespace gatehouse
