#pragma once

#include "TestHomeserver.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace gatehouse::test {

// A TestHomeserver (the demo homeserver with the tests' hooks) on a free loopback port, plus canned
// misbehaviours for the error tests.
class TestServer
{
public:
    explicit TestServer(const DemoOptions& options = {});

    TestHomeserver& server() { return *m_server; }
    TestHomeserver* operator->() { return m_server.get(); }
    QString baseUrl() const { return m_server->baseUrl(); }
    QString token() const { return m_server->accessToken(); }

    // `path` answers with this status, body and extra headers.
    void answer(const QString& path, int status, const QByteArray& body,
                const QByteArray& contentType = "application/json",
                const QList<QPair<QByteArray, QByteArray>>& headers = {});
    // `path` never answers (the connection stays open).
    void neverAnswer(const QString& path);

private:
    std::unique_ptr<TestHomeserver> m_server;
};

} // namespace gatehouse::test
