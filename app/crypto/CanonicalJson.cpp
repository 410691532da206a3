#include "crypto/CanonicalJson.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>
#include <vector>

namespace gatehouse {

namespace {

// A string as the grammar wants it: raw UTF-8 except `"`, `\` and the C0 controls; the short escapes
// where the grammar has one, lowercase \u00XX for the rest. False for a lone surrogate.
bool appendString(QByteArray& out, const QString& text)
{
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t unit = text.at(i).unicode();
        if (QChar::isHighSurrogate(unit)) {
            if (i + 1 >= size || !QChar::isLowSurrogate(text.at(i + 1).unicode()))
                return false;
            const char32_t code = QChar::surrogateToUcs4(unit, text.at(i + 1).unicode());
            ++i;
            out += char(0xF0 | (code >> 18));
            out += char(0x80 | ((code >> 12) & 0x3F));
            out += char(0x80 | ((code >> 6) & 0x3F));
            out += char(0x80 | (code & 0x3F));
            continue;
        }
        if (QChar::isLowSurrogate(unit))
            return false;
        switch (unit) {
        case u'"':
            out += "\\\"";
            continue;
        case u'\\':
            out += "\\\\";
            continue;
        case u'\b':
            out += "\\b";
            continue;
        case u'\f':
            out += "\\f";
            continue;
        case u'\n':
            out += "\\n";
            continue;
        case u'\r':
            out += "\\r";
            continue;
        case u'\t':
            out += "\\t";
            continue;
        default:
            break;
        }
        if (unit < 0x20) {
            out += "\\u00";
            out += hex[unit >> 4];
            out += hex[unit & 0xF];
        } else if (unit < 0x80) {
            out += char(unit);
        } else if (unit < 0x800) {
            out += char(0xC0 | (unit >> 6));
            out += char(0x80 | (unit & 0x3F));
        } else {
            out += char(0xE0 | (unit >> 12));
            out += char(0x80 | ((unit >> 6) & 0x3F));
            out += char(0x80 | (unit & 0x3F));
        }
    }
    out += '"';
    return true;
}

bool appendNumber(QByteArray& out, const QJsonValue& value)
{
    // toInteger() is exact for integers stored as such (a QJsonValue built from a qint64); the parser's
    // doubles go through the integral check.
    constexpr qint64 notAnInteger = std::numeric_limits<qint64>::min();
    qint64 integer = value.toInteger(notAnInteger);
    if (integer == notAnInteger) {
        const double number = value.toDouble();
        if (!std::isfinite(number) || std::trunc(number) != number ||
            std::fabs(number) > double(CanonicalJson::MaxSafeInteger))
            return false;
        integer = qint64(number); // -0.0 becomes 0
    }
    if (integer > CanonicalJson::MaxSafeInteger || integer < -CanonicalJson::MaxSafeInteger)
        return false;
    out += QByteArray::number(integer);
    return true;
}

bool append(QByteArray& out, const QJsonValue& value);

bool appendObject(QByteArray& out, const QJsonObject& object)
{
    // Sorted by code point: the order of the UTF-8 bytes. QJsonObject's own order is by UTF-16 unit,
    // which differs for characters above U+FFFF against U+E000..U+FFFF.
    std::vector<std::pair<QByteArray, QJsonValue>> members;
    members.reserve(size_t(object.size()));
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        QByteArray key;
        if (!appendString(key, it.key()))
            return false;
        members.emplace_back(std::move(key), it.value());
    }
    std::sort(members.begin(), members.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    out += '{';
    bool first = true;
    for (const auto& [key, member] : members) {
        if (!first)
            out += ',';
        first = false;
        out += key;
        out += ':';
        if (!append(out, member))
            return false;
    }
    out += '}';
    return true;
}

bool append(QByteArray& out, const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        out += "null";
        return true;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        return true;
    case QJsonValue::Double:
        return appendNumber(out, value);
    case QJsonValue::String:
        return appendString(out, value.toString());
    case QJsonValue::Array: {
        out += '[';
        bool first = true;
        const QJsonArray array = value.toArray();
        for (const QJsonValue& item : array) {
            if (!first)
                out += ',';
            first = false;
            if (!append(out, item))
                return false;
        }
        out += ']';
        return true;
    }
    case QJsonValue::Object:
        return appendObject(out, value.toObject());
    case QJsonValue::Undefined:
        break;
    }
    return false;
}

} // namespace

std::optional<QByteArray> CanonicalJson::encode(const QJsonValue& value)
{
    QByteArray out;
    if (!append(out, value))
        return std::nullopt;
    return out;
}

std::optional<QByteArray> CanonicalJson::encode(const QJsonObject& object)
{
    QByteArray out;
    if (!appendObject(out, object))
        return std::nullopt;
    return out;
}

} // namespace gatehouse
