#include "matrix/AccountLoader.h"

#include "log/Log.h"
#include "matrix/DevicesClient.h"
#include "matrix/MetadataService.h"

namespace gatehouse {

namespace {

// The three answers as they arrive; the last one to arrive completes the snapshot.
struct PendingLoad
{
    std::optional<Result<Whoami>> whoami;
    std::optional<Result<QList<Device>>> devices;
    std::optional<Result<MetadataLookup>> metadata;
    std::function<void(const Result<AccountSnapshot>&)> done;
    QString baseUrl;

    bool complete() const { return whoami && devices && metadata; }

    void finishIfComplete()
    {
        if (!complete())
            return;
        // A rejected token says the most: the person has to sign in again, whatever else failed.
        for (const Error* error :
             {whoami->ok() ? nullptr : &whoami->error(), devices->ok() ? nullptr : &devices->error(),
              metadata->ok() ? nullptr : &metadata->error()}) {
            if (error && error->isTokenProblem()) {
                done(*error);
                return;
            }
        }
        if (!whoami->ok()) {
            done(whoami->error());
            return;
        }
        if (!devices->ok()) {
            done(devices->error());
            return;
        }
        AccountSnapshot snapshot;
        snapshot.baseUrl = baseUrl;
        snapshot.userId = whoami->value().userId;
        snapshot.deviceId = whoami->value().deviceId;
        snapshot.devices = devices->value();
        if (metadata->ok())
            snapshot.metadata = metadata->value();
        else
            snapshot.metadataError = metadata->error();
        snapshot.loadedAt = QDateTime::currentDateTimeUtc();
        done(snapshot);
    }
};

} // namespace

AccountLoader::AccountLoader(DevicesClient* client, MetadataService* metadata, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_metadata(metadata)
{}

void AccountLoader::load(const QObject* context, std::function<void(const Result<AccountSnapshot>&)> done)
{
    auto pending = std::make_shared<PendingLoad>();
    pending->done = std::move(done);
    pending->baseUrl = m_client->baseUrl();
    qCDebug(lcApp) << "loading account: whoami, devices and metadata at once";
    m_client->whoami(context, [pending](const Result<Whoami>& result) {
        pending->whoami = result;
        pending->finishIfComplete();
    });
    m_client->devices(context, [pending](const Result<QList<Device>>& result) {
        pending->devices = result;
        pending->finishIfComplete();
    });
    m_metadata->lookup(m_client->baseUrl(), context, [pending](const Result<MetadataLookup>& result) {
        pending->metadata = result;
        pending->finishIfComplete();
    });
}

} // namespace gatehouse
