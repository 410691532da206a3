#include "network/RetryAfter.h"

#include "network/HttpDate.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace gatehouse {

std::optional<qint64> RetryAfter::fromHeader(const QByteArray& raw, const QDateTime& now)
{
    const QByteArray value = raw.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qlonglong seconds = value.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? std::nullopt
                           : std::optional<qint64>(qMin<qlonglong>(seconds, 1'000'000'000) * 1000);
    // Digits too many for 64 bits still ask for a very long wait, not for none.
    if (std::all_of(value.cbegin(), value.cend(), [](char c) { return c >= '0' && c <= '9'; }))
        return qint64(1'000'000'000) * 1000;
    const QDateTime when = HttpDate::parse(value);
    if (!when.isValid())
        return std::nullopt;
    return qMax<qint64>(0, now.msecsTo(when));
}

std::optional<qint64> RetryAfter::fromBody(const QByteArray& body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonValue value = document.object().value(QLatin1String("retry_after_ms"));
    if (!value.isDouble() || value.toDouble() < 0)
        return std::nullopt;
    return static_cast<qint64>(qMin(value.toDouble(), 1e12));
}

std::optional<qint64> RetryAfter::delayMs(const QByteArray& header, const QByteArray& body,
                                          const QDateTime& now)
{
    if (auto fromHttp = fromHeader(header, now))
        return fromHttp;
    return fromBody(body);
}

} // namespace gatehouse
