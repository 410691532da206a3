#include "matrix/AccountSession.h"

#include "auth/TokenSource.h"
#include "matrix/AccountLoader.h"
#include "matrix/DevicesClient.h"
#include "matrix/MetadataService.h"
#include "matrix/ServerDiscovery.h"

#include <QTimer>

namespace gatehouse {

AccountSession::AccountSession(HttpClient* http, MetadataService* metadata, QString homeserver,
                               std::shared_ptr<TokenSource> tokens, QObject* parent)
    : QObject(parent)
    , m_http(http)
    , m_metadata(metadata)
    , m_discovery(new ServerDiscovery(http, this))
    , m_homeserver(std::move(homeserver))
    , m_tokens(std::move(tokens))
{}

AccountSession::~AccountSession() = default;

void AccountSession::resolve(const QObject* context, std::function<void(const Result<QString>&)> done)
{
    if (!m_baseUrl.isEmpty()) {
        done(m_baseUrl);
        return;
    }
    m_discovery->discover(HomeserverAddress::parse(m_homeserver), context,
                          [this, done](const Result<QString>& baseUrl) {
                              if (baseUrl && m_baseUrl.isEmpty()) {
                                  m_baseUrl = baseUrl.value();
                                  m_client = new DevicesClient(m_http, m_baseUrl, m_tokens, this);
                              }
                              done(baseUrl);
                          });
}

void AccountSession::prefetch()
{
    if (m_prefetching || m_prefetched)
        return;
    m_prefetching = true;
    m_prefetchRecognizing = true;
    m_prefetchedRecognition.reset();
    loadNow(
        this,
        [this](const Result<AccountSnapshot>& snapshot) {
            m_prefetching = false;
            if (!snapshot)
                m_prefetchRecognizing = false; // no recognition follows a failed load
            if (m_waiting.isEmpty()) {
                m_prefetched = snapshot;
                return;
            }
            const QList<Waiting> waiting = std::exchange(m_waiting, {});
            for (const Waiting& caller : waiting) {
                if (!caller.context)
                    continue;
                caller.done(snapshot);
                if (snapshot)
                    takePrefetchedRecognition(caller.context, caller.recognized);
            }
        },
        [this](const RecognitionAnswer& answer) {
            m_prefetchRecognizing = false;
            if (m_recognitionWaiting.isEmpty()) {
                m_prefetchedRecognition = answer;
                return;
            }
            const QList<Waiting> waiting = std::exchange(m_recognitionWaiting, {});
            for (const Waiting& caller : waiting) {
                if (caller.context)
                    caller.recognized(answer);
            }
        });
}

void AccountSession::takePrefetchedRecognition(const QObject* context, RecognitionDone recognized)
{
    if (!recognized)
        return;
    if (m_prefetchedRecognition) {
        recognized(*std::exchange(m_prefetchedRecognition, std::nullopt));
        return;
    }
    if (m_prefetchRecognizing)
        m_recognitionWaiting.append({context, {}, std::move(recognized)});
}

void AccountSession::load(const QObject* context, std::function<void(const Result<AccountSnapshot>&)> done,
                          RecognitionDone recognized)
{
    if (m_prefetching) {
        m_waiting.append({context, std::move(done), std::move(recognized)});
        return;
    }
    if (m_prefetched) {
        QTimer::singleShot(
            0, context,
            [this, context, done, recognized, snapshot = *std::exchange(m_prefetched, std::nullopt)] {
                done(snapshot);
                if (snapshot)
                    takePrefetchedRecognition(context, recognized);
            });
        return;
    }
    loadNow(context, std::move(done), std::move(recognized));
}

void AccountSession::loadNow(const QObject* context, std::function<void(const Result<AccountSnapshot>&)> done,
                             RecognitionDone recognized)
{
    if (m_tokens && !m_prepared) {
        m_tokens->prepare(context, [this, context, done, recognized](const std::optional<Error>& problem) {
            if (problem) {
                done(*problem);
                return;
            }
            m_prepared = true;
            loadNow(context, done, recognized);
        });
        return;
    }
    resolve(context, [this, context, done, recognized](const Result<QString>& baseUrl) {
        if (!baseUrl) {
            done(baseUrl.error());
            return;
        }
        auto* loader = new AccountLoader(m_client, m_metadata, this);
        loader->load(
            context,
            [this, loader, done](const Result<AccountSnapshot>& snapshot) {
                loader->deleteLater();
                if (snapshot)
                    m_knownUserId = snapshot->userId;
                done(snapshot);
            },
            recognized, m_knownUserId);
    });
}

} // namespace gatehouse
