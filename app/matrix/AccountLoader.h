#pragma once

#include "matrix/AccountSnapshot.h"
#include "matrix/RecognitionAnswer.h"
#include "network/Result.h"

#include <QObject>

#include <functional>
#include <memory>

namespace gatehouse {

class DevicesClient;
class HttpClient;
class MetadataService;

// Loads an account once its base URL is known: whoami, the device list and the auth metadata, all three
// requested at the same moment. The result is an AccountSnapshot, or the most telling Error (a rejected
// token before anything else).
//
// With `recognized`, the keys and client information (RecognitionAnswer) are fetched in the same round
// trip: at once when the user ID is already known (a saved account, a later refresh), else right after
// whoami. The snapshot never waits for them; `recognized` is called after `done`, and only when the load
// succeeded.
class AccountLoader : public QObject
{
    Q_OBJECT

public:
    AccountLoader(DevicesClient* client, MetadataService* metadata, QObject* parent = nullptr);

    void load(const QObject* context, std::function<void(const Result<AccountSnapshot>&)> done,
              RecognitionDone recognized = {}, const QString& knownUserId = {});

private:
    DevicesClient* m_client;
    MetadataService* m_metadata;
};

} // namespace gatehouse
