#include "instance/SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>

namespace gatehouse {

namespace {

constexpr int ConnectTimeoutMs = 2000;
const QByteArray RaiseRequest = QByteArrayLiteral("raise\n");

} // namespace

SingleInstance::SingleInstance(const QString& name, QObject* parent)
    : QObject(parent)
    , m_name(name)
{}

QString SingleInstance::defaultName()
{
    const QString overridden = qEnvironmentVariable("GATEHOUSE_TEST_INSTANCE_NAME");
    if (!overridden.isEmpty())
        return overridden;
    const QByteArray digest = QCryptographicHash::hash(QDir::homePath().toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("gatehouse-") + QString::fromLatin1(digest.toHex().left(16));
}

bool SingleInstance::askRunningToRaise() const
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(ConnectTimeoutMs))
        return false;
    socket.write(RaiseRequest);
    if (!socket.waitForBytesWritten(ConnectTimeoutMs))
        return false;
    socket.disconnectFromServer();
    return true;
}

bool SingleInstance::isRunning() const
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(ConnectTimeoutMs))
        return false;
    socket.disconnectFromServer();
    return true;
}

bool SingleInstance::listen()
{
    if (m_server)
        return m_server->isListening();
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (!socket->canReadLine())
                    return;
                if (socket->readLine() == RaiseRequest)
                    Q_EMIT raiseRequested();
            });
        }
    });
    if (m_server->listen(m_name))
        return true;
    // A socket left behind by a window that crashed: nobody answered askRunningToRaise(), so take it over.
    if (m_server->serverError() == QAbstractSocket::AddressInUseError && QLocalServer::removeServer(m_name))
        return m_server->listen(m_name);
    return false;
}

} // namespace gatehouse
