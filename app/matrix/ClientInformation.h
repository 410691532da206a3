#pragma once

#include "network/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

namespace gatehouse {

// The app behind a session, as its client wrote it to account data under
// io.element.matrix_client_information.<device_id> (an Element convention, not in the spec: `name`,
// `version`, `url`, all strings). Clients write it only when their user opted in, so most sessions may
// have none. Every value is untrusted, possibly stale text, kept here exactly as served: isolating and
// shortening it is for whoever shows it.
struct ClientInformation
{
    Q_DECLARE_TR_FUNCTIONS(ClientInformation)

public:
    std::optional<QString> name; // absent when missing or not a string
    std::optional<QString> version;
    std::optional<QString> url; // often without a scheme ("app.element.io")

    bool operator==(const ClientInformation&) const = default;

    static QString eventTypePrefix() { return QStringLiteral("io.element.matrix_client_information."); }

    // One filtered /sync that reads only this account data (spec: "Filtering"; GET /sync): timeout=0 so
    // it answers at once, set_presence=offline so reading never marks the person online, no rooms, no
    // presence, account data limited to the type prefix.
    static QJsonObject syncFilter();
    static QUrl syncUrl(const QString& baseUrl);

    // device ID -> information, from a /sync answer's account_data.events. The events are filtered again
    // by type, since some servers ignore wildcards; an event with an empty device ID or whose content is
    // not an object is skipped. An answer that is not a JSON object is an error.
    static Result<QHash<QString, ClientInformation>> fromSync(const QByteArray& body);
};

} // namespace gatehouse
