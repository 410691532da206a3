#pragma once

#include "matrix/ClientInformation.h"
#include "matrix/KeysQueryResponse.h"
#include "network/Result.h"

#include <QHash>
#include <QString>

#include <functional>
#include <optional>

namespace gatehouse {

// What tells the sessions apart, as one load fetched it beside the device list: the account's keys (one
// POST /keys/query) and the app behind each session (one filtered /sync). Either may have failed on its own.
struct RecognitionAnswer
{
    QString userId; // whose keys were asked for
    std::optional<Result<KeysQueryResponse>> keys;
    std::optional<Result<QHash<QString, ClientInformation>>> clients;

    bool complete() const { return keys && clients; }
};

using RecognitionDone = std::function<void(const RecognitionAnswer&)>;

} // namespace gatehouse
