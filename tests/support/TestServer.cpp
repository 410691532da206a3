#include "TestServer.h"

#include <QTest>

namespace gatehouse::test {

TestServer::TestServer(const DemoOptions& options)
    : m_server(std::make_unique<TestHomeserver>(options))
{
    if (!m_server->start())
        qFatal("the test demo server could not listen on loopback");
}

void TestServer::answer(const QString& path, int status, const QByteArray& body,
                        const QByteArray& contentType, const QList<QPair<QByteArray, QByteArray>>& headers)
{
    m_server->setOverride(path, [status, body, contentType, headers](const QHttpServerRequest&,
                                                                     QHttpServerResponder& responder) {
        responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(status));
        responder.writeHeader("Content-Type", contentType);
        responder.writeHeader("Content-Length", QByteArray::number(body.size()));
        for (const auto& [name, value] : headers)
            responder.writeHeader(name, value);
        responder.writeBody(body);
        return true;
    });
}

void TestServer::neverAnswer(const QString& path)
{
    m_server->setOverride(path, [](const QHttpServerRequest&, QHttpServerResponder&) { return true; });
}

} // namespace gatehouse::test
