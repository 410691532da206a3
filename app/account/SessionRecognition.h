#pragma once

#include "account/Recognition.h"
#include "history/HistoryAccount.h"
#include "matrix/KeysQueryResponse.h"
#include "matrix/RecognitionAnswer.h"

#include <QObject>

#include <optional>

namespace gatehouse {

class DeviceTrustVerifier;
class HistoryStore;

// Turns each load's keys and client information into a Recognition: the signatures are checked off the GUI
// thread (DeviceTrustVerifier), and the account's identity is compared with the master key remembered next
// to its history. The first key an account shows is remembered and accepted; a different one later sets
// identityChanged (with the day it was first seen) until accept() is called. Without a history store it
// keeps working: nothing is remembered, the key seen is taken as it is.
class SessionRecognition : public QObject
{
    Q_OBJECT

public:
    explicit SessionRecognition(QObject* parent = nullptr);
    ~SessionRecognition() override;

    // Not owned; may be null (no history), and may go away with setHistoryStore(nullptr).
    void setHistoryStore(HistoryStore* store) { m_store = store; }
    HistoryStore* historyStore() const { return m_store; }

    // Another account, or none: everything known is forgotten (a verification under way is dropped).
    void reset();
    void apply(const HistoryAccount& account, const RecognitionAnswer& answer);
    // The person accepts the master key the server presents now as the account's identity.
    void acceptIdentity();

    const Recognition& current() const { return m_current; }
    // The same on the calling thread, at once (the command line): remembers a first key in `store` too.
    static Recognition evaluateNow(const HistoryAccount& account, const RecognitionAnswer& answer,
                                   HistoryStore* store);
    bool isVerifying() const;

Q_SIGNALS:
    void changed();

private:
    void verify();
    void onVerified(const DeviceTrustReport& report);
    static void takeClients(Recognition& recognition, const RecognitionAnswer& answer);
    static void takeUnknownKeys(Recognition& recognition, const RecognitionAnswer& answer);
    static void takeReport(Recognition& recognition, const DeviceTrustReport& report, HistoryStore* store,
                           const HistoryAccount& account);

    HistoryStore* m_store = nullptr;
    DeviceTrustVerifier* m_verifier;
    HistoryAccount m_account;
    std::optional<KeysQueryResponse> m_keys; // the last keys, checked again after an accept
    QString m_acceptedHere;                  // accepted in this run (when there is no store to remember it)
    Recognition m_current;
};

} // namespace gatehouse
