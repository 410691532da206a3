#pragma once

#include "network/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QString>

namespace gatehouse {

// POST /_matrix/client/v3/keys/query for the account's own user ID (spec: "End-to-End Encryption",
// "Key management API"), read into what DeviceTrustEvaluator needs. Entries are kept as served, not
// judged: a malformed device entry is the evaluator's `invalid_keys`, not a reason to drop the answer.
struct KeysQueryResponse
{
    Q_DECLARE_TR_FUNCTIONS(KeysQueryResponse)

public:
    QString userId;
    QHash<QString, QJsonValue> deviceKeys; // device ID -> device_keys.<user>.<device ID>, any JSON type
    QJsonValue masterKey;                  // master_keys.<user>; Undefined when absent
    QJsonValue selfSigningKey;             // self_signing_keys.<user>; Undefined when absent

    // The request body: {"device_keys":{"<userId>":[]}} (an empty list asks for every device).
    static QByteArray requestBody(const QString& userId);

    // An answer that is not a JSON object, whose device_keys (or the user's entry in it) is not an
    // object, or that lists the user's server under `failures`, is an error: every state is then unknown.
    static Result<KeysQueryResponse> fromJson(const QByteArray& body, const QString& userId);
};

} // namespace gatehouse
