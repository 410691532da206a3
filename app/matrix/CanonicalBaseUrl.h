#pragma once

#include <QString>

namespace gatehouse {

// The one spelling of a homeserver base URL that every key and every output uses (docs/threat-model.md,
// "A hostile server takes over a saved account"): scheme and host in lower case (a non-ASCII host in its
// ASCII, Punycode form), no default port, no trailing slash, the path kept. Text that is not an absolute
// URL with a host comes back with only its trailing slashes removed.
class CanonicalBaseUrl
{
public:
    static QString of(const QString& text);
};

} // namespace gatehouse
