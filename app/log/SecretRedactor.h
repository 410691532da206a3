#pragma once

#include <QString>
#include <QStringList>

namespace gatehouse {

// Every log line passes through here before it reaches stderr: known secrets (access and refresh tokens,
// passwords, authorisation codes) and anything shaped like a bearer token are replaced by "[redacted]".
// A secret is also found in its percent-encoded and JSON-escaped forms (a token with "+/=" appears in a
// logged form body as "%2B%2F%3D"). Field names only hide the value after them when they are a field:
// `token=…` in a query or form, or `"token": "…"` in JSON, never the ordinary words of a sentence.
class SecretRedactor
{
public:
    static void addSecret(const QString& secret);
    // An access or refresh token: a secret, and also something no URL Gatehouse opens or prints may carry.
    static void addToken(const QString& token);
    static void removeSecret(const QString& secret);
    static QString redact(QString text);

    // True when `text` holds a known access or refresh token, raw or percent-encoded (any case of hex).
    static bool containsToken(const QString& text);

    // The forms a secret takes in logged text: as is, percent-encoded (upper and lower case hex), and
    // JSON-escaped.
    static QStringList formsOf(const QString& secret);

    // Routes qDebug/qWarning through redact(); `verbose` enables the gatehouse.* debug categories.
    static void installMessageHandler(bool verbose);
};

} // namespace gatehouse
