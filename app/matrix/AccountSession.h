#pragma once

#include "matrix/AccountSnapshot.h"
#include "matrix/RecognitionAnswer.h"
#include "network/Result.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace gatehouse {

class DevicesClient;
class HttpClient;
class MetadataService;
class ServerDiscovery;
class TokenSource;

// One signed-in account: finds its homeserver once, then loads whoami, sessions and metadata together
// as often as asked. The window and the command line both work through it.
class AccountSession : public QObject
{
    Q_OBJECT

public:
    AccountSession(HttpClient* http, MetadataService* metadata, QString homeserver,
                   std::shared_ptr<TokenSource> tokens, QObject* parent = nullptr);
    ~AccountSession() override;

    // With `recognized`, the keys and client information come in the same round trip (AccountLoader), after
    // `done`; without it they are not asked for.
    void load(const QObject* context, std::function<void(const Result<AccountSnapshot>&)> done,
              RecognitionDone recognized = {});
    // Starts the first load before anyone asks for it: the next load() gets its result (the recognition
    // too). The window's launcher calls it before building the window, so the server answers meanwhile.
    void prefetch();
    // The account's user ID when it is known before whoami answers (a saved account): the keys are then
    // asked for together with whoami. Each successful load remembers whoami's answer for the next one.
    void setKnownUserId(const QString& userId) { m_knownUserId = userId; }
    QString knownUserId() const { return m_knownUserId; }
    // Resolves the homeserver only (cheap after the first time).
    void resolve(const QObject* context, std::function<void(const Result<QString>&)> done);

    QString homeserver() const { return m_homeserver; }
    QString baseUrl() const { return m_baseUrl; }
    DevicesClient* devicesClient() const { return m_client; } // null until resolved
    HttpClient* http() const { return m_http; }
    MetadataService* metadataService() const { return m_metadata; }
    std::shared_ptr<TokenSource> tokens() const { return m_tokens; }

private:
    HttpClient* m_http;
    MetadataService* m_metadata;
    ServerDiscovery* m_discovery;
    QString m_homeserver;
    QString m_baseUrl;
    std::shared_ptr<TokenSource> m_tokens;
    DevicesClient* m_client = nullptr;
    bool m_prepared = false;

    QString m_knownUserId;

    void loadNow(const QObject* context, std::function<void(const Result<AccountSnapshot>&)> done,
                 RecognitionDone recognized);
    void takePrefetchedRecognition(const QObject* context, RecognitionDone recognized);

    struct Waiting
    {
        QPointer<const QObject> context;
        std::function<void(const Result<AccountSnapshot>&)> done;
        RecognitionDone recognized;
    };
    bool m_prefetching = false;
    std::optional<Result<AccountSnapshot>> m_prefetched;
    QList<Waiting> m_waiting; // load() calls while the prefetch is under way
    // The prefetch's recognition: kept until a load takes it, or handed to the load waiting for it.
    bool m_prefetchRecognizing = false;
    std::optional<RecognitionAnswer> m_prefetchedRecognition;
    QList<Waiting> m_recognitionWaiting;
};

} // namespace gatehouse
