#pragma once

#include "history/HistoryAccount.h"
#include "history/HistorySession.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace gatehouse {

// Writes an account's history for `gatehouse --export` (README, "History"). Pure functions:
// the sessions in, the file's bytes (UTF-8) out.
class HistoryExport
{
public:
    // The CSV header, in this order.
    static QString csvHeader();
    // RFC 4180 (CRLF line ends, fields with a comma, quote or line break quoted, quotes doubled), UTF-8
    // without a byte order mark. A cell a spreadsheet would run as a formula (starting with =, +, -, @, tab
    // or carriage return) gets a leading '. Unknown values are empty cells. last_seen is the server's
    // last_seen_ts as an ISO 8601 UTC time; ip_count is the number of distinct addresses recorded.
    static QByteArray toCsv(const QList<HistorySession>& sessions);
    // {"user_id", "server": {"base_url"}, "exported_at", "sessions": [...]}: every key present, null for
    // unknown; times Gatehouse observed as ISO 8601 UTC, the server's last_seen_ts in milliseconds.
    static QByteArray toJson(const HistoryAccount& account, const QList<HistorySession>& sessions,
                             const QDateTime& exportedAt);

    // 2026-12-06T01:42:25Z (whole seconds, UTC); empty for an invalid time.
    static QString isoUtc(const QDateTime& time);
    // One CSV cell: neutralised against formulas, then quoted when it needs to be.
    static QString csvCell(const QString& value);
};

} // namespace gatehouse
