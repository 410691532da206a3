#pragma once

#include <QString>

namespace gatehouse {

// Every log line passes through here before it reaches stderr: known secrets (access and refresh tokens,
// passwords, authorisation codes) and anything shaped like a bearer token are replaced by "[redacted]".
class SecretRedactor
{
public:
    static void addSecret(const QString& secret);
    static void removeSecret(const QString& secret);
    static QString redact(QString text);

    // Routes qDebug/qWarning through redact(); `verbose` enables the gatehouse.* debug categories.
    static void installMessageHandler(bool verbose);
};

} // namespace gatehouse
