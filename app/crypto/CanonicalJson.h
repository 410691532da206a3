#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace gatehouse {

// The Matrix spec's "Canonical JSON" (Appendices, "Signing JSON"): the shortest UTF-8 encoding, object
// keys sorted by Unicode code point, no insignificant whitespace, only the escapes the spec's grammar
// allows, and numbers only as integers in [-(2^53)+1, (2^53)-1] without exponent, fraction or "-0".
//
// QJsonDocument's compact output is not this (key order by UTF-16 unit, number forms, \u escapes), so
// the encoding is written here. Input comes from QJsonDocument, which stores every number it parses as
// a double: an integral number in the safe range is written as an integer whatever its spelling (the
// spec's own example turns `1e10` into `10000000000` and `-0` into `0`); any other number (a fraction,
// or beyond 2^53 - 1, which a double cannot even hold exactly) is refused, and so is a string that is
// not valid Unicode (a lone surrogate). Refused means std::nullopt: a signature over such an object
// cannot be checked, and the caller says so rather than guess.
class CanonicalJson
{
public:
    static constexpr qint64 MaxSafeInteger = (qint64(1) << 53) - 1;

    static std::optional<QByteArray> encode(const QJsonValue& value);
    static std::optional<QByteArray> encode(const QJsonObject& object);
};

} // namespace gatehouse
