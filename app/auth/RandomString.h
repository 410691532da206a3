#pragma once

#include <QString>

namespace gatehouse {

// Random strings from the RFC 3986 unreserved set (A-Z a-z 0-9 - . _ ~), drawn from the system's
// cryptographically secure generator: PKCE verifiers, `state`, device IDs.
class RandomString
{
public:
    static QString unreserved(int length);
    static bool isUnreserved(const QString& text);
};

} // namespace gatehouse
