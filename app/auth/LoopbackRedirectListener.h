#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QString>

class QTcpServer;
class QTcpSocket;

namespace gatehouse {

// Receives the OAuth redirect on 127.0.0.1 only (RFC 8252 7.3), on any free port. The redirect URI is
// registered as http://127.0.0.1/callback without a port; the one used at run time carries the port.
// Only the answer to this sign-in ends it: a GET of /callback whose `state` is the one Gatehouse sent
// (setExpectedState). Any other request (another method or path, a missing or wrong state; any local
// process can connect to the port) gets an error page and is otherwise ignored: the listener keeps
// waiting for the right one until the sign-in's own timeout (docs/threat-model.md).
class LoopbackRedirectListener : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype MaxRequestBytes = 16 * 1024;

    explicit LoopbackRedirectListener(QObject* parent = nullptr);
    ~LoopbackRedirectListener() override;

    bool listen();
    void close();
    bool isListening() const;
    quint16 port() const;
    QString redirectUri() const; // http://127.0.0.1:<port>/callback
    // The `state` of the authorization request; a callback without exactly this one is ignored.
    void setExpectedState(const QString& state) { m_expectedState = state; }

    // The page the browser shows afterwards (plain words, no script).
    static QByteArray closeTabPage(bool success);

Q_SIGNALS:
    // The query of the callback request, still percent-encoded.
    void callbackReceived(const QString& query);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    void reply(QTcpSocket* socket, int status, const QByteArray& body);

    QTcpServer* m_server;
    bool m_done = false;
    QString m_expectedState;
};

} // namespace gatehouse
