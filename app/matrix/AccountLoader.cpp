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
    RecognitionDone recognized;
    std::optional<RecognitionAnswer> recognition; // the keys and client information, for whom they were asked
    bool snapshotDelivered = false;

    void recognitionAnswered()
    {
        if (!recognized || !snapshotDelivered || !recognition || !recognition->complete())
            return;
        // Asked for another user than whoami names (a saved account's ID that no longer fits): not used.
        if (!whoami || !whoami->ok() || whoami->value().userId != recognition->userId)
            return;
        const RecognitionDone callback = std::exchange(recognized, {});
        callback(*recognition);
    }

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
                recognized = {};
                done(*error);
                return;
            }
        }
        if (!whoami->ok()) {
            recognized = {};
            done(whoami->error());
            return;
        }
        if (!devices->ok()) {
            recognized = {};
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
        snapshotDelivered = true;
        done(snapshot);
        recognitionAnswered();
    }
};

} // namespace

AccountLoader::AccountLoader(DevicesClient* client, MetadataService* metadata, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_metadata(metadata)
{}

namespace {

// The two requests that tell the sessions apart, for `userId`; a later call for another user replaces them.
void askRecognition(DevicesClient* client, const QObject* context,
                    const std::shared_ptr<PendingLoad>& pending, const QString& userId)
{
    pending->recognition = RecognitionAnswer{userId, std::nullopt, std::nullopt};
    client->keysQuery(userId, context, [pending, userId](const Result<KeysQueryResponse>& result) {
        if (!pending->recognition || pending->recognition->userId != userId)
            return;
        pending->recognition->keys = result;
        pending->recognitionAnswered();
    });
    client->clientInformation(context,
                              [pending, userId](const Result<QHash<QString, ClientInformation>>& result) {
                                  if (!pending->recognition || pending->recognition->userId != userId)
                                      return;
                                  pending->recognition->clients = result;
                                  pending->recognitionAnswered();
                              });
}

} // namespace

void AccountLoader::load(const QObject* context, std::function<void(const Result<AccountSnapshot>&)> done,
                         RecognitionDone recognized, const QString& knownUserId)
{
    auto pending = std::make_shared<PendingLoad>();
    pending->done = std::move(done);
    pending->baseUrl = m_client->baseUrl();
    pending->recognized = std::move(recognized);
    const bool recognize = bool(pending->recognized);
    qCDebug(lcApp) << "loading account: whoami, devices and metadata at once"
                   << (recognize && !knownUserId.isEmpty() ? "with keys and client information" : "");
    if (recognize && !knownUserId.isEmpty())
        askRecognition(m_client, context, pending, knownUserId);
    m_client->whoami(context, [client = m_client, context, pending, recognize](const Result<Whoami>& result) {
        pending->whoami = result;
        // The user ID was not known before (or no longer fits): the keys are asked for now.
        if (recognize && result.ok() &&
            (!pending->recognition || pending->recognition->userId != result.value().userId))
            askRecognition(client, context, pending, result.value().userId);
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
