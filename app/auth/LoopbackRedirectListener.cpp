#include "auth/LoopbackRedirectListener.h"

#include "auth/AuthorizationCallback.h"
#include "log/Log.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace gatehouse {

LoopbackRedirectListener::LoopbackRedirectListener(QObject* parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackRedirectListener::onNewConnection);
}

LoopbackRedirectListener::~LoopbackRedirectListener() = default;

bool LoopbackRedirectListener::listen()
{
    m_done = false;
    return m_server->listen(QHostAddress(QHostAddress::LocalHost), 0);
}

void LoopbackRedirectListener::close()
{
    m_server->close();
}

bool LoopbackRedirectListener::isListening() const
{
    return m_server->isListening();
}

quint16 LoopbackRedirectListener::port() const
{
    return m_server->serverPort();
}

QString LoopbackRedirectListener::redirectUri() const
{
    return QStringLiteral("http://127.0.0.1:%1/callback").arg(port());
}

QByteArray LoopbackRedirectListener::closeTabPage(bool success)
{
    const QString title = success ? tr("Signed in to Gatehouse") : tr("Sign-in not completed");
    const QString text = success ? tr("Gatehouse has received your sign-in. You can close this tab and go "
                                      "back to Gatehouse.")
                                 : tr("The sign-in did not complete. You can close this tab; Gatehouse "
                                      "says what happened.");
    const QString html = u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" +
                         title.toHtmlEscaped() +
                         u"</title><style>body{font-family:system-ui,sans-serif;max-width:36em;margin:4em "
                         u"auto;padding:0 1em;color:#1b1d22}</style></head><body><h1>" +
                         title.toHtmlEscaped() + u"</h1><p>" + text.toHtmlEscaped() + u"</p></body></html>\n";
    return html.toUtf8();
}

void LoopbackRedirectListener::onNewConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    }
}

void LoopbackRedirectListener::onReadyRead(QTcpSocket* socket)
{
    if (socket->property("gatehouse.answered").toBool())
        return;
    QByteArray buffer = socket->property("gatehouse.buffer").toByteArray() + socket->readAll();
    if (buffer.size() > MaxRequestBytes) {
        reply(socket, 431, QByteArray());
        return;
    }
    socket->setProperty("gatehouse.buffer", buffer);
    if (!buffer.contains("\r\n\r\n"))
        return;
    const QByteArray requestLine = buffer.left(buffer.indexOf("\r\n"));
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || parts[0] != "GET" || m_done) {
        reply(socket, parts.value(0) == "GET" ? 404 : 405, QByteArray());
        return;
    }
    const QUrl target(QString::fromLatin1(parts[1]), QUrl::StrictMode);
    if (!target.isValid() || target.path() != u"/callback") {
        reply(socket, 404, QByteArray());
        return;
    }
    const QString query = target.query(QUrl::FullyEncoded);
    // Read as OAuthSignIn reads it, so the state compared here is the one compared there.
    const AuthorizationCallback callback = AuthorizationCallback::fromQuery(query);
    if (!m_expectedState.isEmpty() && (!callback.hasState || callback.state != m_expectedState)) {
        qCDebug(lcAuth) << "a request without this sign-in's state reached the loopback listener; ignored";
        reply(socket, 400, closeTabPage(false));
        return;
    }
    const bool success = callback.error.isEmpty();
    m_done = true;
    reply(socket, 200, closeTabPage(success));
    // One request only: nobody else may talk to this port afterwards.
    m_server->close();
    qCDebug(lcAuth) << "the browser came back to the loopback listener";
    Q_EMIT callbackReceived(query);
}

void LoopbackRedirectListener::reply(QTcpSocket* socket, int status, const QByteArray& body)
{
    socket->setProperty("gatehouse.answered", true);
    QByteArray reason = status == 200   ? "OK"
                        : status == 404 ? "Not Found"
                        : status == 405 ? "Method Not Allowed"
                                        : "Bad Request";
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    response += "Content-Type: text/html; charset=utf-8\r\n";
    response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    response += "Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'\r\n";
    response += "Cache-Control: no-store\r\nReferrer-Policy: no-referrer\r\nConnection: close\r\n\r\n";
    response += body;
    // The answer must reach the browser even when the listener goes away right after this call.
    socket->setParent(nullptr);
    socket->write(response);
    socket->disconnectFromHost();
}

} // namespace gatehouse
