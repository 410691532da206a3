#pragma once

// Shared by the end-to-end tests: running the built gatehouse against an in-process demo server.
#include "GatehouseProcess.h"
#include "TestServer.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace gatehouse::test {

constexpr const char* TokenVariable = "GATEHOUSE_ACCESS_TOKEN";

// GatehouseProcess::environment() plus a private XDG_RUNTIME_DIR, as every desktop session has one: without
// it Qt warns on stderr when --open starts a QGuiApplication, which is about the test machine, not the app.
inline QProcessEnvironment e2eEnvironment(const QMap<QString, QString>& extra = {})
{
    static QTemporaryDir runtime; // created 0700, as Qt wants it
    QProcessEnvironment environment = GatehouseProcess::environment(extra);
    if (!extra.contains(QStringLiteral("XDG_RUNTIME_DIR")))
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    return environment;
}

// `gatehouse --homeserver <server> <arguments>` with the server's token in the environment, unless
// `extra` sets GATEHOUSE_ACCESS_TOKEN itself.
inline GatehouseRun runAgainst(TestServer& server, const QStringList& arguments,
                               QMap<QString, QString> extra = {})
{
    if (!extra.contains(QLatin1String(TokenVariable)))
        extra.insert(QLatin1String(TokenVariable), server.token());
    return GatehouseProcess::run(QStringList{"--homeserver", server.baseUrl()} + arguments,
                                 e2eEnvironment(extra));
}

// What a failed comparison should show: the exit code and both streams.
inline QByteArray describe(const GatehouseRun& run)
{
    return "exit code " + QByteArray::number(run.exitCode) + (run.finished ? "" : " (did not finish)") +
           "\n--- stdout:\n" + run.out + "\n--- stderr:\n" + run.err;
}

// Errors are one line on stderr: "gatehouse: <sentence>\n".
inline bool isOneErrorLine(const QByteArray& err)
{
    return err.startsWith("gatehouse: ") && err.endsWith('\n') && err.count('\n') == 1 &&
           err.trimmed().size() > int(sizeof("gatehouse: "));
}

inline QString serverName(const TestServer& server)
{
    return QString(server.baseUrl()).remove(QStringLiteral("http://"));
}

} // namespace gatehouse::test

#define GATEHOUSE_VERIFY_EXIT(run, code)                                                                     \
    do {                                                                                                     \
        QVERIFY2((run).finished, gatehouse::test::describe(run).constData());                                \
        QVERIFY2((run).exitCode == (code), gatehouse::test::describe(run).constData());                      \
    } while (false)
