#pragma once

#include "crypto/Ed25519.h"

#include <QByteArray>
#include <QHash>
#include <QHttpServerRequest>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace gatehouse {

class DemoAccount;

// The demo account's end-to-end encryption keys, real and really signed (libsodium): a master key, a
// self-signing key signed by it, and device keys for the sessions, so every encryption state shows up.
// By a session's place in the list (modulo 12, as the sample sessions repeat): the backup bot (3) has no
// keys, Nheko (7) is not cross-signed, the old laptop (10) has a broken self-signature, and every other
// session is cross-signed. Most sessions also carry client information (the app behind them) in account
// data. Keys are made when a session is first asked about and kept for the run.
class DemoKeys
{
public:
    enum class Kind
    {
        CrossSigned,
        NotCrossSigned,
        NoKeys,
        BrokenSignature,
    };

    explicit DemoKeys(const QString& userId);

    // POST v3/keys/query and GET v3/sync (`path` below /_matrix/client/), which answer() serves.
    static bool serves(const QString& path, QHttpServerRequest::Method method);
    QByteArray answer(const QString& path, const DemoAccount& account);

    QByteArray keysQuery(const DemoAccount& account);
    QByteArray sync(const DemoAccount& account);

    static Kind kindAt(qsizetype index);
    QString masterPublicKey() const; // unpadded base64

private:
    // An answer made for this list of sessions (in this order), served again while the list is the same:
    // with 10,000 sessions, making it anew takes the demo server longer than Gatehouse takes to start.
    struct CachedAnswer
    {
        QStringList deviceIds;
        QByteArray body;
    };

    QJsonObject deviceKeys(const QString& deviceId, Kind kind) const;
    QByteArray makeKeysQuery(const DemoAccount& account);
    QByteArray makeSync(const DemoAccount& account) const;
    static QStringList deviceIdsOf(const DemoAccount& account);

    QString m_userId;
    Ed25519::KeyPair m_master;
    Ed25519::KeyPair m_selfSigning;
    QJsonObject m_masterKey;
    QJsonObject m_selfSigningKey;
    QHash<QString, QJsonObject> m_deviceKeys; // device ID -> its signed keys, made on first request
    CachedAnswer m_keysAnswer;
    CachedAnswer m_syncAnswer;
};

} // namespace gatehouse
