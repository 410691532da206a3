#include "matrix/DeviceListParser.h"

namespace gatehouse {

namespace {

constexpr qint64 LargestExactInteger = 9007199254740992LL; // 2^53: what Device accepts as last_seen_ts

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool isContinuation(uchar c)
{
    return (c & 0xC0) == 0x80;
}

// The length of the well-formed UTF-8 sequence at `p` (a lead byte >= 0x80): shortest form, no surrogates,
// at most U+10FFFF. 0 when it is not one.
int utf8SequenceLength(const uchar* p, const uchar* end)
{
    const qsizetype left = end - p;
    const uchar lead = p[0];
    if (lead >= 0xC2 && lead <= 0xDF)
        return left >= 2 && isContinuation(p[1]) ? 2 : 0;
    if (lead >= 0xE0 && lead <= 0xEF) {
        if (left < 3 || !isContinuation(p[1]) || !isContinuation(p[2]))
            return 0;
        if ((lead == 0xE0 && p[1] < 0xA0) || (lead == 0xED && p[1] > 0x9F))
            return 0; // overlong, or a surrogate
        return 3;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
        if (left < 4 || !isContinuation(p[1]) || !isContinuation(p[2]) || !isContinuation(p[3]))
            return 0;
        if ((lead == 0xF0 && p[1] < 0x90) || (lead == 0xF4 && p[1] > 0x8F))
            return 0; // overlong, or above U+10FFFF
        return 4;
    }
    return 0;
}

char32_t decodeUtf8(const uchar* p, int length)
{
    switch (length) {
    case 2:
        return char32_t(p[0] & 0x1F) << 6 | (p[1] & 0x3F);
    case 3:
        return char32_t(p[0] & 0x0F) << 12 | char32_t(p[1] & 0x3F) << 6 | (p[2] & 0x3F);
    default:
        return char32_t(p[0] & 0x07) << 18 | char32_t(p[1] & 0x3F) << 12 | char32_t(p[2] & 0x3F) << 6 |
               (p[3] & 0x3F);
    }
}

// A scalar JSON value, as far as a device entry cares.
struct Scalar
{
    enum class Kind
    {
        String,
        Integer, // an integer that a double holds exactly: |value| <= 2^53 (other numbers are not read here)
        Literal, // true, false or null
    };
    Kind kind = Kind::Literal;
    QString string;
    qint64 integer = 0;
};

class Reader
{
public:
    explicit Reader(QByteArrayView body)
        : m_p(reinterpret_cast<const uchar*>(body.data()))
        , m_end(m_p + body.size())
    {}

    std::optional<QList<Device>> document()
    {
        // {"devices": [...], other scalar members...}
        std::optional<QList<Device>> devices;
        if (!consume('{'))
            return std::nullopt;
        do {
            QByteArrayView key;
            if (!readKey(&key) || !consume(':'))
                return std::nullopt;
            if (key == "devices") {
                if (devices) // repeated: QJsonDocument keeps the last one
                    return std::nullopt;
                devices = deviceArray();
                if (!devices)
                    return std::nullopt;
            } else if (Scalar ignored; !readScalar(&ignored, false)) {
                return std::nullopt;
            }
        } while (consume(','));
        if (!consume('}') || !atEnd())
            return std::nullopt;
        return devices;
    }

private:
    std::optional<QList<Device>> deviceArray()
    {
        if (!consume('['))
            return std::nullopt;
        QList<Device> devices;
        devices.reserve((m_end - m_p) / 128); // about the size of one entry
        if (consume(']'))
            return devices;
        do {
            skipSpace();
            if (m_p < m_end && *m_p == '{') {
                std::optional<Device> device;
                if (!deviceObject(&device))
                    return std::nullopt;
                if (device)
                    devices.append(std::move(*device));
            } else if (Scalar ignored; !readScalar(&ignored, false)) {
                return std::nullopt; // also for a nested array
            }
            // Entries that are not objects are skipped, as QJsonValue::toObject() makes them empty ones.
        } while (consume(','));
        if (!consume(']'))
            return std::nullopt;
        return devices;
    }

    // One entry; `device` stays empty when it has no string device_id. False to give up.
    bool deviceObject(std::optional<Device>* device)
    {
        if (!consume('{'))
            return false;
        std::optional<QString> id;
        Device read;
        unsigned seen = 0;
        if (consume('}'))
            return true;
        do {
            QByteArrayView key;
            if (!readKey(&key) || !consume(':'))
                return false;
            unsigned field = 0;
            if (key == "device_id")
                field = 1;
            else if (key == "display_name")
                field = 2;
            else if (key == "last_seen_ip")
                field = 4;
            else if (key == "last_seen_ts")
                field = 8;
            if (seen & field) // repeated: QJsonDocument keeps the last one
                return false;
            seen |= field;
            Scalar value;
            if (!readScalar(&value, field == 1 || field == 2 || field == 4))
                return false;
            const bool isString = value.kind == Scalar::Kind::String;
            switch (field) {
            case 1:
                if (isString)
                    id = std::move(value.string);
                break;
            case 2:
                if (isString)
                    read.displayName = std::move(value.string);
                break;
            case 4:
                if (isString)
                    read.lastSeenIp = std::move(value.string);
                break;
            case 8:
                if (value.kind == Scalar::Kind::Integer)
                    read.lastSeenTs = value.integer;
                break;
            default:
                break;
            }
        } while (consume(','));
        if (!consume('}'))
            return false;
        if (id && !id->isEmpty()) { // an empty ID names no device: skipped, as Device::listFromJson does
            read.id = std::move(*id);
            *device = std::move(read);
        }
        return true;
    }

    // A string, an exactly held integer or a literal; false for anything else (objects and arrays included,
    // and syntax errors). Strings are decoded only when `wantString`.
    bool readScalar(Scalar* value, bool wantString)
    {
        skipSpace();
        if (m_p == m_end)
            return false;
        switch (*m_p) {
        case '"':
            value->kind = Scalar::Kind::String;
            return readString(wantString ? &value->string : nullptr);
        case 't':
            return literal("true", value);
        case 'f':
            return literal("false", value);
        case 'n':
            return literal("null", value);
        default:
            return readNumber(value);
        }
    }

    bool literal(QByteArrayView word, Scalar* value)
    {
        if (m_end - m_p < word.size() || QByteArrayView(m_p, word.size()) != word)
            return false;
        m_p += word.size();
        value->kind = Scalar::Kind::Literal;
        return true;
    }

    // Only integers that a double holds exactly, anywhere in the answer: for other numbers (fractions,
    // exponents, -0, large ones) what QJsonDocument accepts (2e400 it does not) and what Device makes of
    // them are left to them.
    bool readNumber(Scalar* value)
    {
        const bool negative = m_p < m_end && *m_p == '-';
        if (negative)
            ++m_p;
        const uchar* digits = m_p;
        if (m_p == m_end || !isDigit(*m_p))
            return false;
        if (*m_p == '0') {
            ++m_p;
            if (m_p < m_end && isDigit(*m_p))
                return false; // a leading zero: QJsonDocument's error to report
        } else {
            while (m_p < m_end && isDigit(*m_p))
                ++m_p;
        }
        const qsizetype digitCount = m_p - digits;
        if (m_p < m_end && (*m_p == '.' || *m_p == 'e' || *m_p == 'E'))
            return false;
        if (digitCount > 16)
            return false;
        qint64 magnitude = 0;
        for (const uchar* d = digits; d < digits + digitCount; ++d)
            magnitude = magnitude * 10 + (*d - '0');
        if (magnitude > LargestExactInteger || (negative && magnitude == 0))
            return false;
        value->kind = Scalar::Kind::Integer;
        value->integer = negative ? -magnitude : magnitude;
        return true;
    }

    // An object key without escapes, as its raw bytes. Keys with escapes are rare enough to give up on.
    bool readKey(QByteArrayView* key)
    {
        skipSpace();
        if (m_p == m_end || *m_p != '"')
            return false;
        const uchar* start = ++m_p;
        while (m_p < m_end && *m_p != '"') {
            if (*m_p == '\\' || *m_p < 0x20)
                return false;
            if (*m_p < 0x80) {
                ++m_p;
                continue;
            }
            const int length = utf8SequenceLength(m_p, m_end);
            if (length == 0)
                return false;
            m_p += length;
        }
        if (m_p == m_end)
            return false;
        *key = QByteArrayView(start, m_p - start);
        ++m_p;
        return true;
    }

    // A string at the opening quote, decoded into `out` unless it is null.
    bool readString(QString* out)
    {
        const uchar* start = ++m_p;
        bool ascii = true;
        while (m_p < m_end) {
            const uchar c = *m_p;
            if (c == '"') {
                if (out) {
                    const auto length = m_p - start;
                    const auto* chars = reinterpret_cast<const char*>(start);
                    *out = ascii ? QString::fromLatin1(chars, length) : QString::fromUtf8(chars, length);
                }
                ++m_p;
                return true;
            }
            if (c == '\\') {
                m_p = start;
                return readEscapedString(out);
            }
            if (c < 0x20)
                return false; // QJsonDocument lets raw control characters through; leave them to it
            if (c < 0x80) {
                ++m_p;
                continue;
            }
            const int length = utf8SequenceLength(m_p, m_end);
            if (length == 0)
                return false;
            ascii = false;
            m_p += length;
        }
        return false;
    }

    // The slower way, for strings with escapes; m_p just after the opening quote.
    bool readEscapedString(QString* out)
    {
        QString text;
        while (m_p < m_end) {
            const uchar c = *m_p;
            if (c == '"') {
                ++m_p;
                if (out)
                    *out = std::move(text);
                return true;
            }
            if (c < 0x20)
                return false;
            if (c < 0x80) {
                ++m_p;
                if (c != '\\') {
                    text += QLatin1Char(char(c));
                    continue;
                }
                if (m_p == m_end)
                    return false;
                const char escaped = char(*m_p++);
                switch (escaped) {
                case '"':
                case '\\':
                case '/':
                    text += QLatin1Char(escaped);
                    break;
                case 'b':
                    text += u'\b';
                    break;
                case 'f':
                    text += u'\f';
                    break;
                case 'n':
                    text += u'\n';
                    break;
                case 'r':
                    text += u'\r';
                    break;
                case 't':
                    text += u'\t';
                    break;
                case 'u': {
                    const int unit = readHex4();
                    if (unit < 0)
                        return false;
                    if (QChar::isLowSurrogate(char32_t(unit)))
                        return false; // lone: QJsonDocument's way with it is its own
                    if (QChar::isHighSurrogate(char32_t(unit))) {
                        if (m_end - m_p < 6 || m_p[0] != '\\' || m_p[1] != 'u')
                            return false;
                        m_p += 2;
                        const int low = readHex4();
                        if (low < 0 || !QChar::isLowSurrogate(char32_t(low)))
                            return false;
                        text += QChar(char16_t(unit));
                        text += QChar(char16_t(low));
                    } else {
                        text += QChar(char16_t(unit));
                    }
                    break;
                }
                default:
                    return false;
                }
                continue;
            }
            const int length = utf8SequenceLength(m_p, m_end);
            if (length == 0)
                return false;
            const char32_t codePoint = decodeUtf8(m_p, length);
            if (QChar::requiresSurrogates(codePoint)) {
                text += QChar(QChar::highSurrogate(codePoint));
                text += QChar(QChar::lowSurrogate(codePoint));
            } else {
                text += QChar(char16_t(codePoint));
            }
            m_p += length;
        }
        return false;
    }

    int readHex4()
    {
        if (m_end - m_p < 4)
            return -1;
        int value = 0;
        for (int i = 0; i < 4; ++i) {
            const int digit = hexValue(char(m_p[i]));
            if (digit < 0)
                return -1;
            value = value * 16 + digit;
        }
        m_p += 4;
        return value;
    }

    void skipSpace()
    {
        // The whitespace JSON allows, and QJsonDocument with it.
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    bool consume(char c)
    {
        skipSpace();
        if (m_p == m_end || *m_p != uchar(c))
            return false;
        ++m_p;
        return true;
    }

    bool atEnd()
    {
        skipSpace();
        return m_p == m_end;
    }

    const uchar* m_p;
    const uchar* m_end;
};

} // namespace

std::optional<QList<Device>> DeviceListParser::parse(QByteArrayView body)
{
    return Reader(body).document();
}

} // namespace gatehouse
