#pragma once

#include "network/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace gatehouse {

// The OS keychain through QtKeychain (Secret Service on Linux, Credential Manager on Windows), one entry
// per account. QtKeychain's insecure fallback to a settings file is switched off. When no keychain can be
// reached, secrets are kept in this process's memory only and the caller is told (`persisted` false).
class SecretStore : public QObject
{
    Q_OBJECT

public:
    struct WriteOutcome
    {
        bool persisted = true;
        QString problem; // why it is in memory only (translated), when not persisted
    };

    // The errcode of read()'s Error when there is no such entry (as opposed to a keychain that failed).
    static constexpr const char* NotFound = "not_found";

    explicit SecretStore(QObject* parent = nullptr);

    // The keychain service name the entries are filed under.
    static QString serviceName();

    // The stored bytes; Error::Kind::NoToken when there is no entry (neither in the keychain nor in memory).
    void read(const QString& key, const QObject* context,
              std::function<void(const Result<QByteArray>&)> done);
    void write(const QString& key, const QByteArray& secret, const QObject* context,
               std::function<void(const WriteOutcome&)> done);
    // Removes the entry everywhere; `done` gets the keychain's problem, if any.
    void remove(const QString& key, const QObject* context,
                std::function<void(const std::optional<Error>&)> done);

    // True when this key lives in memory only (the keychain was not available when it was written).
    static bool isInMemory(const QString& key);
};

} // namespace gatehouse
