// Shared by the libFuzzer targets: how an input is cut into fields, and how an invariant fails.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdio>
#include <cstdlib>

namespace gatehouse::fuzz {

// A broken invariant is a crash for libFuzzer: print what was expected and abort, so the input is kept.
[[noreturn]] inline void fail(const char* file, int line, const char* condition, const QString& detail)
{
    std::fprintf(stderr, "%s:%d: invariant broken: %s\n%s\n", file, line, condition,
                 detail.toUtf8().constData());
    std::abort();
}

#define FUZZ_CHECK(condition, detail)                                                                        \
    do {                                                                                                     \
        if (!(condition))                                                                                    \
            ::gatehouse::fuzz::fail(__FILE__, __LINE__, #condition, (detail));                               \
    } while (false)

// An input of several fields: fields end at '\n'; inside a field "\\n" is a newline, "\\0" a NUL byte and
// "\\\\" a backslash, so the seed files stay readable text while every byte value stays reachable.
inline QList<QByteArray> splitFields(const uint8_t* data, size_t size)
{
    QList<QByteArray> fields(1);
    for (size_t i = 0; i < size; ++i) {
        const char c = static_cast<char>(data[i]);
        if (c == '\n') {
            fields.append(QByteArray());
        } else if (c == '\\' && i + 1 < size &&
                   (data[i + 1] == 'n' || data[i + 1] == '0' || data[i + 1] == '\\')) {
            ++i;
            fields.last().append(data[i] == 'n' ? '\n' : data[i] == '0' ? '\0' : '\\');
        } else {
            fields.last().append(c);
        }
    }
    return fields;
}

// A field read as text. A field that starts with "u16:" is taken as raw UTF-16 code units (two bytes each,
// little-endian), so unpaired surrogates, which a JSON body can carry ("\ud800"), are reachable too.
inline QString textField(const QByteArray& field)
{
    if (field.startsWith("u16:")) {
        const QByteArray units = field.mid(4);
        QString text;
        for (qsizetype i = 0; i + 1 < units.size(); i += 2)
            text.append(QChar(char16_t(uint8_t(units[i]) | (uint8_t(units[i + 1]) << 8))));
        return text;
    }
    return QString::fromUtf8(field);
}

// The code points of `text` as "U+0041 U+0042", for failure messages.
inline QString describe(const QString& text)
{
    QString out;
    for (const QChar c : text)
        out += QStringLiteral("U+%1 ").arg(c.unicode(), 4, 16, QLatin1Char('0'));
    return out;
}

} // namespace gatehouse::fuzz
