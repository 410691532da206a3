#pragma once

#include "matrix/AccountSnapshot.h"
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
class AccountLoader : public QObject
{
    Q_OBJECT

public:
    AccountLoader(DevicesClient* client, MetadataService* metadata, QObject* parent = nullptr);

    void load(const QObject* context, std::function<void(const Result<AccountSnapshot>&)> done);

private:
    DevicesClient* m_client;
    MetadataService* m_metadata;
};

} // namespace gatehouse
