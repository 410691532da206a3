#include "auth/SecretStore.h"

#include "gatehouse_version.h"
#include "log/Log.h"

#include <QHash>
#include <QPointer>
#include <qt6keychain/keychain.h>

namespace gatehouse {

namespace {

QHash<QString, QByteArray>& memory()
{
    static QHash<QString, QByteArray> secrets;
    return secrets;
}

template <typename Job>
Job* makeJob(const QString& key)
{
    auto* job = new Job(SecretStore::serviceName());
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

SecretStore::SecretStore(QObject* parent)
    : QObject(parent)
{}

QString SecretStore::serviceName()
{
    return QStringLiteral(GATEHOUSE_APP_ID);
}

bool SecretStore::isInMemory(const QString& key)
{
    return memory().contains(key);
}

void SecretStore::read(const QString& key, const QObject* context,
                       std::function<void(const Result<QByteArray>&)> done)
{
    if (memory().contains(key)) {
        done(memory().value(key));
        return;
    }
    auto* job = makeJob<QKeychain::ReadPasswordJob>(key);
    QPointer<const QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [job, guard, context, done](QKeychain::Job*) {
        if (context && !guard)
            return;
        if (job->error() == QKeychain::NoError) {
            done(job->binaryData());
            return;
        }
        qCDebug(lcAuth).noquote() << "keychain read failed:" << int(job->error()) << job->errorString();
        if (job->error() == QKeychain::EntryNotFound) {
            Error missing =
                Error::make(Error::Kind::NoToken, tr("The keychain holds no sign-in for this account."));
            missing.errcode = QString::fromLatin1(NotFound);
            done(missing);
            return;
        }
        done(Error::make(Error::Kind::NoToken,
                         tr("The keychain could not be read (%1).").arg(job->errorString())));
    });
    job->start();
}

void SecretStore::write(const QString& key, const QByteArray& secret, const QObject* context,
                        std::function<void(const WriteOutcome&)> done)
{
    auto* job = makeJob<QKeychain::WritePasswordJob>(key);
    job->setBinaryData(secret);
    QPointer<const QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [job, key, secret, guard, context, done](QKeychain::Job*) {
        if (job->error() == QKeychain::NoError) {
            memory().remove(key);
            if (!context || guard)
                done(WriteOutcome{});
            return;
        }
        qCDebug(lcAuth).noquote() << "keychain write failed:" << int(job->error()) << job->errorString();
        memory().insert(key, secret);
        if (!context || guard)
            done(WriteOutcome{false, tr("No keychain is available (%1), so this sign-in is kept in memory "
                                        "only and ends when Gatehouse closes.")
                                         .arg(job->errorString())});
    });
    job->start();
}

void SecretStore::remove(const QString& key, const QObject* context,
                         std::function<void(const std::optional<Error>&)> done)
{
    const bool wasInMemory = memory().remove(key) > 0;
    auto* job = makeJob<QKeychain::DeletePasswordJob>(key);
    QPointer<const QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [job, wasInMemory, guard, context, done](QKeychain::Job*) {
        if (context && !guard)
            return;
        if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound || wasInMemory) {
            done(std::nullopt);
            return;
        }
        done(Error::make(
            Error::Kind::Network,
            tr("The sign-in could not be removed from the keychain (%1).").arg(job->errorString())));
    });
    job->start();
}

} // namespace gatehouse
