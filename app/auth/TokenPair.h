#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace gatehouse {

// The secrets of one signed-in account. They live in the OS keychain (SecretStore) and in memory, and are
// registered with SecretRedactor as soon as they exist; never in settings, logs or command lines.
struct TokenPair
{
    QString accessToken;
    QString refreshToken; // empty when the server gave none
    QDateTime expiresAt;  // invalid when the server did not say

    bool isEmpty() const { return accessToken.isEmpty(); }
    bool canRefresh() const { return !refreshToken.isEmpty(); }

    // The keychain form: {"access_token", "refresh_token", "expires_at"}.
    QByteArray toJson() const;
    static std::optional<TokenPair> fromJson(const QByteArray& json);

    // Tells SecretRedactor about both tokens.
    void registerSecrets() const;
};

} // namespace gatehouse
