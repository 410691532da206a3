#pragma once

#include <QByteArray>
#include <QDateTime>

namespace gatehouse {

// RFC 9110 HTTP-date ("Sun, 06 Nov 1994 08:49:37 GMT", plus the two obsolete forms). Invalid on failure.
class HttpDate
{
public:
    static QDateTime parse(const QByteArray& raw);
};

} // namespace gatehouse
