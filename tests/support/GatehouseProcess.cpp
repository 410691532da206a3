#include "GatehouseProcess.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace gatehouse::test {

QString GatehouseProcess::binary()
{
    const QString path = qEnvironmentVariable("GATEHOUSE_BINARY");
    if (path.isEmpty())
        qFatal("GATEHOUSE_BINARY is not set; run the tests through ctest");
    return path;
}

QProcessEnvironment GatehouseProcess::environment(const QMap<QString, QString>& extra)
{
    static QTemporaryDir config;
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
    environment.insert(QStringLiteral("HOME"), config.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path() + QStringLiteral("/config"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        environment.insert(it.key(), it.value());
    return environment;
}

GatehouseRun GatehouseProcess::run(const QStringList& arguments, const QProcessEnvironment& environment,
                                   int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(binary(), arguments);
    GatehouseRun run;
    if (!process.waitForStarted(10'000))
        return run;
    // QSignalSpy::wait turns the event loop, so servers living in this test process keep answering.
    run.finished = finished.wait(timeoutMs) || process.state() == QProcess::NotRunning;
    if (!run.finished) {
        process.kill();
        process.waitForFinished();
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

DemoServerProcess::DemoServerProcess(const QStringList& arguments)
    : m_process(new QProcess)
{
    m_process->setProcessEnvironment(GatehouseProcess::environment());
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->start(GatehouseProcess::binary(), QStringList{QStringLiteral("--demo-server")} + arguments);
    if (!m_process->waitForStarted(10'000))
        return;
    while (!m_process->canReadLine() && m_process->state() == QProcess::Running)
        m_process->waitForReadyRead(10'000);
    const QJsonObject line = QJsonDocument::fromJson(m_process->readLine()).object();
    m_baseUrl = line.value(QLatin1String("base_url")).toString();
    m_token = line.value(QLatin1String("access_token")).toString();
}

DemoServerProcess::~DemoServerProcess()
{
    stop();
    delete m_process;
}

bool DemoServerProcess::isRunning() const
{
    return m_process->state() == QProcess::Running && !m_baseUrl.isEmpty();
}

bool DemoServerProcess::stop()
{
    if (m_process->state() == QProcess::NotRunning)
        return m_process->exitStatus() == QProcess::NormalExit && m_process->exitCode() == 0;
    m_process->terminate();
    if (!m_process->waitForFinished(10'000)) {
        m_process->kill();
        m_process->waitForFinished();
        return false;
    }
    return m_process->exitStatus() == QProcess::NormalExit && m_process->exitCode() == 0;
}

} // namespace gatehouse::test
