#include "log/SecretRedactor.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>

#include <cstdio>

namespace gatehouse {

namespace {

QMutex secretsMutex;
QSet<QString>& secrets()
{
    static QSet<QString> set;
    return set;
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

void SecretRedactor::addSecret(const QString& secret)
{
    if (secret.size() < 4)
        return;
    QMutexLocker lock(&secretsMutex);
    secrets().insert(secret);
}

void SecretRedactor::removeSecret(const QString& secret)
{
    QMutexLocker lock(&secretsMutex);
    secrets().remove(secret);
}

QString SecretRedactor::redact(QString text)
{
    {
        QMutexLocker lock(&secretsMutex);
        for (const QString& secret : std::as_const(secrets()))
            text.replace(secret, QLatin1String("[redacted]"));
    }
    static const QRegularExpression bearer(QStringLiteral("(Bearer\\s+)\\S+"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression fields(QStringLiteral(
        "((?:access_token|refresh_token|code|code_verifier|password|token)[\"']?\\s*[=:]\\s*[\"']?)"
        "[^\"'&\\s,}]+"));
    text.replace(bearer, QStringLiteral("\\1[redacted]"));
    text.replace(fields, QStringLiteral("\\1[redacted]"));
    return text;
}

void SecretRedactor::installMessageHandler(bool verbose)
{
    if (verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("gatehouse.*.debug=true"));
    qInstallMessageHandler(redactingHandler);
}

} // namespace gatehouse
