#pragma once

#include "demo/DemoHomeserver.h"

#include <QHash>
#include <QHttpServerResponder>
#include <QSet>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace gatehouse::test {

// The demo homeserver with what only tests need: canned answers per path (a status, raw bytes, silence) and
// a log of what arrived.
class TestHomeserver : public DemoHomeserver
{
    Q_OBJECT

public:
    // Answers the request itself (or deliberately never does); the demo server's own route is not asked.
    using Override = std::function<void(const QHttpServerRequest& request, QHttpServerResponder& responder)>;

    using DemoHomeserver::DemoHomeserver;

    // The override for `path` (exact path, any method); an empty function removes it.
    void setOverride(const QString& path, Override handler);

    // "GET /_matrix/client/v3/devices", in the order they arrived.
    QStringList requestLog() const { return m_requestLog; }
    int requestCount(const QString& path) const;
    // The whole URL (with its query) of the last request for `path`; empty when none came.
    QUrl lastUrl(const QString& path) const { return m_lastUrls.value(path); }
    // Forgets the log and the most requests seen in flight.
    void resetStatistics();
    // Client connections that sent a request: all of them, and those still open (kept alive by the client).
    int connectionsSeen() const { return m_connectionsSeen; }
    int openConnections() const { return int(m_openConnections.size()); }

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    QHash<QString, Override> m_overrides;
    QStringList m_requestLog;
    QHash<QString, QUrl> m_lastUrls;
    QSet<const QTcpSocket*> m_openConnections; // only compared, never dereferenced
    int m_connectionsSeen = 0;
};

} // namespace gatehouse::test
