#include "TestHomeserver.h"

namespace gatehouse::test {

namespace {

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QStringLiteral("OPTIONS");
    default:
        return QStringLiteral("OTHER");
    }
}

} // namespace

void TestHomeserver::setOverride(const QString& path, Override handler)
{
    if (handler)
        m_overrides[path] = std::move(handler);
    else
        m_overrides.remove(path);
}

int TestHomeserver::requestCount(const QString& path) const
{
    int count = 0;
    for (const QString& entry : m_requestLog) {
        if (entry.section(u' ', 1) == path)
            ++count;
    }
    return count;
}

void TestHomeserver::resetStatistics()
{
    m_requestLog.clear();
    m_lastUrls.clear();
    resetMaxInFlight();
}

bool TestHomeserver::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    // A request for another host is refused by the demo server before anything is logged or answered.
    if (!answersHostOf(request))
        return DemoHomeserver::handleRequest(request, socket);
    if (!m_openConnections.contains(socket)) {
        m_openConnections.insert(socket);
        ++m_connectionsSeen;
        const auto closed = [this, socket] { m_openConnections.remove(socket); };
        connect(socket, &QTcpSocket::disconnected, this, closed);
        connect(socket, &QObject::destroyed, this, closed);
    }
    const QString path = request.url().path(QUrl::FullyEncoded);
    m_requestLog.append(methodName(request.method()) + u' ' + path);
    m_lastUrls.insert(path, request.url());
    if (const auto hook = m_overrides.constFind(path); hook != m_overrides.constEnd()) {
        QHttpServerResponder responder = makeResponder(request, socket);
        (*hook)(request, responder);
        return true;
    }
    return DemoHomeserver::handleRequest(request, socket);
}

} // namespace gatehouse::test
