#include "text/UntrustedText.h"

#include <QList>

#include <algorithm>

namespace gatehouse {

namespace {

constexpr char16_t FirstStrongIsolate = 0x2068;
constexpr char16_t PopDirectionalIsolate = 0x2069;
constexpr char16_t ReplacementCharacter = 0xFFFD;

bool isControl(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029;
}

// Whether a UTF-16 unit needs the careful path of forDisplay(): a control character, an isolate (whose
// balance matters), or half of a surrogate pair (whose code point counts once).
bool needsCare(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 ||
           (c >= 0x2066 && c <= PopDirectionalIsolate) || QChar::isSurrogate(c);
}

} // namespace

bool UntrustedText::isBidiControl(char32_t c)
{
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069);
}

QString UntrustedText::forDisplay(const QString& text, int maxLength)
{
    // Almost every name, ID and address is short and plain: wrap it in one allocation. The result is the
    // same as the careful path below would give.
    if (text.size() <= maxLength &&
        std::none_of(text.cbegin(), text.cend(), [](QChar c) { return needsCare(c.unicode()); })) {
        QString out(text.size() + 2, Qt::Uninitialized);
        QChar* data = out.data();
        data[0] = QChar(FirstStrongIsolate);
        std::copy(text.cbegin(), text.cend(), data + 1);
        data[text.size() + 1] = QChar(PopDirectionalIsolate);
        return out;
    }

    QString out;
    out.reserve(qMin<qsizetype>(text.size(), maxLength) + 3);
    out += QChar(FirstStrongIsolate);
    int length = 0;
    // Isolates the text opens itself. A pop with none open would close ours and let what follows escape
    // it, so it is dropped; isolates left open are closed before ours, or they would swallow what follows.
    int openIsolates = 0;
    const auto codePoints = text.toUcs4();
    for (const char32_t c : codePoints) {
        if (length == maxLength) {
            out += QChar(0x2026); // …
            break;
        }
        if (c == PopDirectionalIsolate) {
            if (openIsolates == 0)
                continue;
            --openIsolates;
        } else if (c >= 0x2066 && c <= FirstStrongIsolate) {
            ++openIsolates;
        }
        if (isControl(c))
            out += QChar(ReplacementCharacter);
        else
            out += QString::fromUcs4(&c, 1);
        ++length;
    }
    out += QString(openIsolates + 1, QChar(PopDirectionalIsolate));
    return out;
}

QString UntrustedText::forTerminal(const QString& text)
{
    QString out;
    out.reserve(text.size());
    const auto codePoints = text.toUcs4();
    for (const char32_t c : codePoints) {
        if (isControl(c) || isBidiControl(c) || c == 0xFEFF || c == 0x200B)
            continue;
        out += QString::fromUcs4(&c, 1);
    }
    return out;
}

QString UntrustedText::forMenu(const QString& text)
{
    QString out = forDisplay(text, 60);
    out.replace(u'&', QStringLiteral("&&"));
    return out;
}

QString UntrustedText::forTitle(const QString& text, int maxLength)
{
    const QString shown = forDisplay(text, maxLength);
    const auto codePoints = text.toUcs4();
    const bool needsIsolation = std::any_of(codePoints.cbegin(), codePoints.cend(), [](char32_t c) {
        const QChar::Direction direction = QChar::direction(c);
        return isBidiControl(c) || direction == QChar::DirR || direction == QChar::DirAL;
    });
    // Without bidi controls, forDisplay() wraps the text in exactly one isolate pair.
    return needsIsolation ? shown : shown.mid(1, shown.size() - 2);
}

} // namespace gatehouse
