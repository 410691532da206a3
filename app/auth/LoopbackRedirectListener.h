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
// The first request to /callback is answered with a short "You can close this tab" page and ends the
// listener; anything else gets a 404 and does not count.
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
};

} // namespace gatehouse
