#pragma once

#include "demo/DemoHomeserver.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace gatehouse::test {

// A DemoHomeserver on a free loopback port, plus canned misbehaviours for the error tests.
class TestServer
{
public:
    explicit TestServer(const DemoOptions& options = {});

    DemoHomeserver& server() { return *m_server; }
    DemoHomeserver* operator->() { return m_server.get(); }
    QString baseUrl() const { return m_server->baseUrl(); }
    QString token() const { return m_server->accessToken(); }

    // `path` answers with this status, body and extra headers.
    void answer(const QString& path, int status, const QByteArray& body,
                const QByteArray& contentType = "application/json",
                const QList<QPair<QByteArray, QByteArray>>& headers = {});
    // `path` never answers (the connection stays open).
    void neverAnswer(const QString& path);

private:
    std::unique_ptr<DemoHomeserver> m_server;
};

} // namespace gatehouse::test
