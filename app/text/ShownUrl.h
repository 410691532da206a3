#pragma once

#include <QString>

namespace gatehouse {

// How a URL or host is shown or printed (docs/threat-model.md, "Server text that misleads"):
// - a host that holds non-ASCII characters is shown in its ASCII (Punycode) form, so
//   "account.xn--80ak6aa92e.com" never reads as "account.apple.com";
// - every bidirectional control, control character, space and invisible (default-ignorable) character
//   is percent-encoded (UTF-8, upper-case hex), so the text shown is the URL that opens and cannot
//   reorder itself. Nothing is refused here; other characters are kept as they are.
class ShownUrl
{
public:
    static QString of(const QString& url);
    // A host (or a URL, whose host is taken) for a sentence: ASCII form, or percent-encoded where it
    // could not be converted.
    static QString host(const QString& hostOrUrl);

    // True for characters that are shown percent-encoded.
    static bool isHidden(char32_t c);
};

} // namespace gatehouse
