#include "text/ShownUrl.h"

#include "text/UntrustedText.h"

#include <QUrl>

namespace gatehouse {

namespace {

bool isDefaultIgnorable(char32_t c)
{
    // Unicode's Default_Ignorable_Code_Point ranges that are not format characters (those are Cf below).
    return c == 0x00AD || c == 0x034F || c == 0x061C || c == 0x115F || c == 0x1160 || c == 0x17B4 ||
           c == 0x17B5 || (c >= 0x180B && c <= 0x180F) || (c >= 0x200B && c <= 0x200F) ||
           (c >= 0x202A && c <= 0x202E) || (c >= 0x2060 && c <= 0x206F) || c == 0x3164 ||
           (c >= 0xFE00 && c <= 0xFE0F) || c == 0xFEFF || c == 0xFFA0 || (c >= 0xFFF0 && c <= 0xFFF8) ||
           (c >= 0x1BCA0 && c <= 0x1BCA3) || (c >= 0x1D173 && c <= 0x1D17A) || (c >= 0xE0000 && c <= 0xE0FFF);
}

QString encoded(char32_t c)
{
    // UTF-8 by hand: QString::fromUcs4 would take a U+FEFF as a byte-order mark and drop it.
    QByteArray bytes;
    if (c < 0x80) {
        bytes += char(c);
    } else if (c < 0x800) {
        bytes += char(0xC0 | (c >> 6));
        bytes += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        bytes += char(0xE0 | (c >> 12));
        bytes += char(0x80 | ((c >> 6) & 0x3F));
        bytes += char(0x80 | (c & 0x3F));
    } else {
        bytes += char(0xF0 | (c >> 18));
        bytes += char(0x80 | ((c >> 12) & 0x3F));
        bytes += char(0x80 | ((c >> 6) & 0x3F));
        bytes += char(0x80 | (c & 0x3F));
    }
    QString out;
    for (const char byte : std::as_const(bytes))
        out += u'%' + QString::number(static_cast<unsigned char>(byte), 16).toUpper().rightJustified(2, u'0');
    return out;
}

// Each code point of `text` (a lone surrogate as itself), encoded when `encode` says so.
template <typename Predicate>
QString encodeWhere(const QString& text, Predicate encode)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        qsizetype length = 1;
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            length = 2;
        }
        if (encode(c))
            out += encoded(c);
        else
            out += QStringView(text).mid(i, length);
        i += length - 1;
    }
    return out;
}

QString encodeHidden(const QString& text)
{
    return encodeWhere(text, [](char32_t c) { return ShownUrl::isHidden(c); });
}

// The ASCII form of a host. A host with hidden characters is not converted (IDNA would silently drop some
// of them): every non-ASCII character is percent-encoded instead, so nothing in it can pass for another.
QString asciiHost(const QString& host)
{
    const bool ascii = std::all_of(host.cbegin(), host.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii)
        return encodeHidden(host);
    bool hidden = false;
    (void)encodeWhere(host, [&hidden](char32_t c) {
        hidden = hidden || ShownUrl::isHidden(c);
        return false;
    });
    if (!hidden) {
        const QByteArray ace = QUrl::toAce(host);
        if (!ace.isEmpty())
            return QString::fromLatin1(ace);
    }
    return encodeWhere(host, [](char32_t c) { return c >= 0x80 || ShownUrl::isHidden(c); });
}

} // namespace

bool ShownUrl::isHidden(char32_t c)
{
    if (c <= 0x20 || c == 0x7F)
        return true;
    if (UntrustedText::isBidiControl(c) || isDefaultIgnorable(c))
        return true;
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

namespace {

// Where the host is in a URL: after "scheme://" and any userinfo, up to a port, "/", "?" or "#".
struct HostSpan
{
    qsizetype start = -1;
    qsizetype length = 0;
};

HostSpan hostSpan(const QString& url)
{
    const qsizetype schemeEnd = url.indexOf(u"://");
    if (schemeEnd < 0)
        return {};
    const qsizetype authorityStart = schemeEnd + 3;
    qsizetype authorityEnd = url.size();
    for (const QChar stop : {u'/', u'?', u'#'}) {
        const qsizetype found = url.indexOf(stop, authorityStart);
        if (found >= 0 && found < authorityEnd)
            authorityEnd = found;
    }
    const qsizetype at = url.lastIndexOf(u'@', authorityEnd - 1);
    const qsizetype hostStart = at >= authorityStart ? at + 1 : authorityStart;
    qsizetype hostEnd = authorityEnd;
    if (url.at(hostStart < url.size() ? hostStart : 0) != u'[') {
        const qsizetype colon = url.lastIndexOf(u':', authorityEnd - 1);
        if (colon >= hostStart)
            hostEnd = colon;
    }
    return {hostStart, hostEnd - hostStart};
}

} // namespace

QString ShownUrl::of(const QString& url)
{
    const HostSpan span = hostSpan(url);
    if (span.start < 0)
        return encodeHidden(url);
    return encodeHidden(url.left(span.start)) + asciiHost(url.mid(span.start, span.length)) +
           encodeHidden(url.mid(span.start + span.length));
}

QString ShownUrl::host(const QString& hostOrUrl)
{
    const HostSpan span = hostSpan(hostOrUrl);
    return asciiHost(span.start < 0 ? hostOrUrl : hostOrUrl.mid(span.start, span.length));
}

} // namespace gatehouse
