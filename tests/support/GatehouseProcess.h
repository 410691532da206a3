#pragma once

#include <QByteArray>
#include <QMap>
#include <QProcessEnvironment>
#include <QStringList>

namespace gatehouse::test {

// Runs the built gatehouse binary ($GATEHOUSE_BINARY) while the calling test's event loop keeps turning,
// so an in-process demo server can answer it.
struct GatehouseRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool finished = false;
};

class GatehouseProcess
{
public:
    static QString binary();
    // A clean environment: offscreen, C.UTF-8, a private config directory, and `extra` on top.
    static QProcessEnvironment environment(const QMap<QString, QString>& extra = {});
    static GatehouseRun run(const QStringList& arguments, const QProcessEnvironment& environment,
                            int timeoutMs = 60'000);
};

// `gatehouse --demo-server ...` in its own process, stopped (SIGTERM) when this goes away.
class DemoServerProcess
{
public:
    explicit DemoServerProcess(const QStringList& arguments = {});
    ~DemoServerProcess();

    bool isRunning() const;
    QString baseUrl() const { return m_baseUrl; }
    QString token() const { return m_token; }
    // Stops it; true when it ended with exit code 0.
    bool stop();

private:
    class QProcess* m_process;
    QString m_baseUrl;
    QString m_token;
};

} // namespace gatehouse::test
