#pragma once

#include "matrix/Device.h"

#include <QByteArrayView>
#include <QList>

#include <optional>

namespace gatehouse {

// Reads the usual shape of a GET /devices answer in one pass, without building a QJsonDocument first:
// for 10,000 sessions that took most of the time between the answer and the painted list, and a few MiB.
//
// It gives the same devices as the QJsonDocument reading in Device::listFromJson() (same fields, same
// order, same entries skipped) for every answer it accepts. Whatever it does not handle exactly as
// QJsonDocument does (nested values, fractional or very large numbers, invalid UTF-8, raw control
// characters, lone surrogate escapes, repeated fields, a byte order mark, any syntax error, ...) makes it
// give up with nullopt, and the caller reads the answer with QJsonDocument instead.
class DeviceListParser
{
public:
    static std::optional<QList<Device>> parse(QByteArrayView body);
};

} // namespace gatehouse
