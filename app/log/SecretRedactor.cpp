#include "log/SecretRedactor.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <cstdio>

namespace gatehouse {

namespace {

QMutex secretsMutex;
QSet<QString>& secrets()
{
    static QSet<QString> set;
    return set;
}
QSet<QString>& tokens()
{
    static QSet<QString> set;
    return set;
}

QString jsonEscaped(const QString& text, bool slash)
{
    QString escaped;
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\' || (slash && c == u'/'))
            escaped += u'\\' + QString(c);
        else if (c.unicode() < 0x20)
            escaped += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            escaped += c;
    }
    return escaped;
}

void redactingHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    Q_UNUSED(type)
    const QString category = context.category && qstrcmp(context.category, "default") != 0
                                 ? QString::fromLatin1(context.category) + QLatin1String(": ")
                                 : QString();
    const QByteArray line = SecretRedactor::redact(category + message).toLocal8Bit() + '\n';
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stderr);
    std::fflush(stderr);
}

} // namespace

QStringList SecretRedactor::formsOf(const QString& secret)
{
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));
    // JSON writers differ on "/": Qt leaves it, others write "\/".
    QStringList forms{secret, encoded, jsonEscaped(secret, false), jsonEscaped(secret, true)};
    // The same bytes with lower-case hex digits (some encoders write %2b).
    static const QRegularExpression escape(QStringLiteral("%[0-9A-F]{2}"));
    QString lower = encoded;
    qsizetype from = 0;
    QRegularExpressionMatch match;
    while ((match = escape.match(lower, from)).hasMatch()) {
        lower.replace(match.capturedStart(), 3, match.captured().toLower());
        from = match.capturedEnd();
    }
    forms.append(lower);
    // Form bodies write a space as "+".
    if (secret.contains(u' '))
        forms.append(QString(encoded).replace(QStringLiteral("%20"), QStringLiteral("+")));
    forms.removeDuplicates();
    return forms;
}

void SecretRedactor::addSecret(const QString& secret)
{
    if (secret.size() < 4)
        return;
    QMutexLocker lock(&secretsMutex);
    secrets().insert(secret);
}

void SecretRedactor::addToken(const QString& token)
{
    if (token.size() < 4)
        return;
    QMutexLocker lock(&secretsMutex);
    secrets().insert(token);
    tokens().insert(token);
}

void SecretRedactor::removeSecret(const QString& secret)
{
    QMutexLocker lock(&secretsMutex);
    secrets().remove(secret);
    tokens().remove(secret);
}

bool SecretRedactor::containsToken(const QString& text)
{
    QMutexLocker lock(&secretsMutex);
    for (const QString& token : std::as_const(tokens())) {
        const QStringList forms = formsOf(token);
        for (const QString& form : forms) {
            if (text.contains(form, Qt::CaseSensitive))
                return true;
        }
    }
    // Percent-encoding with any mix of cases, or of characters that need none: compare decoded text too.
    const QString decoded = QUrl::fromPercentEncoding(text.toUtf8());
    for (const QString& token : std::as_const(tokens())) {
        if (decoded.contains(token))
            return true;
    }
    return false;
}

QString SecretRedactor::redact(QString text)
{
    {
        QMutexLocker lock(&secretsMutex);
        // Longest first, so a secret that contains another is removed whole.
        QList<QString> forms;
        for (const QString& secret : std::as_const(secrets()))
            forms += formsOf(secret);
        std::sort(forms.begin(), forms.end(),
                  [](const QString& a, const QString& b) { return a.size() > b.size(); });
        for (const QString& form : std::as_const(forms))
            text.replace(form, QLatin1String("[redacted]"));
    }
    static const QRegularExpression bearer(QStringLiteral("(Bearer\\s+)[A-Za-z0-9\\-._~+/]+=*"),
                                           QRegularExpression::CaseInsensitiveOption);
    // A field is `name=value` (query, form) or `"name": "value"` (JSON): the name right after a
    // delimiter, and for JSON in quotes. "No access token: put it in …" is a sentence, not a field.
    static const QRegularExpression formFields(QStringLiteral(
        "((?:^|[?&\\s;,])(?:access_token|refresh_token|code|code_verifier|device_code|password|token)=)"
        "[^&\\s\"',}]+"));
    static const QRegularExpression jsonFields(QStringLiteral(
        "(\"(?:access_token|refresh_token|code|code_verifier|device_code|password|token)\"\\s*:\\s*\")"
        "(?:[^\"\\\\]|\\\\.)*"));
    text.replace(bearer, QStringLiteral("\\1[redacted]"));
    text.replace(formFields, QStringLiteral("\\1[redacted]"));
    text.replace(jsonFields, QStringLiteral("\\1[redacted]"));
    return text;
}

void SecretRedactor::installMessageHandler(bool verbose)
{
    if (verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("gatehouse.*.debug=true"));
    qInstallMessageHandler(redactingHandler);
}

} // namespace gatehouse
