#include "cli/SignOutInactiveCommand.h"

#include "account/SessionActions.h"
#include "cleanup/CleanupRun.h"
#include "cli/CliRunner.h"
#include "cli/ExitCode.h"
#include "history/HistoryStore.h"
#include "matrix/CanonicalBaseUrl.h"
#include "matrix/DevicesClient.h"
#include "text/SessionText.h"
#include "text/ShownUrl.h"
#include "text/UntrustedText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace gatehouse {

namespace {

QString terminalName(const QString& name)
{
    const QString clean = UntrustedText::forTerminal(name);
    return clean.isEmpty() ? SessionText::unnamed() : clean;
}

} // namespace

SignOutInactiveCommand::SignOutInactiveCommand(const AccountSnapshot& snapshot, DevicesClient* client,
                                               UrlOpener* opener, int days, bool dryRun, bool json,
                                               QObject* parent)
    : QObject(parent)
    , m_snapshot(snapshot)
    , m_client(client)
    , m_opener(opener)
    , m_days(days)
    , m_dryRun(dryRun)
    , m_json(json)
{}

void SignOutInactiveCommand::printPlan(const QList<Device>& devices) const
{
    if (m_json) {
        QJsonArray list;
        for (const Device& device : devices)
            list.append(QJsonObject{{QStringLiteral("device_id"), device.id},
                                    {QStringLiteral("display_name"),
                                     device.displayName ? QJsonValue(*device.displayName) : QJsonValue()},
                                    {QStringLiteral("last_seen_ts"),
                                     device.lastSeenTs ? QJsonValue(*device.lastSeenTs) : QJsonValue()}});
        CliRunner::writeOut(
            QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("inactive_days"), m_days},
                                                        {QStringLiteral("devices"), list}})
                                  .toJson(QJsonDocument::Indented)));
        return;
    }
    if (devices.isEmpty()) {
        CliRunner::writeOut(tr("No session has been inactive for more than %n day(s).\n", nullptr, m_days));
        return;
    }
    QString text = m_dryRun ? tr("Would sign out %n session(s):\n", nullptr, int(devices.size()))
                            : tr("Signing out %n session(s), one account page at a time:\n", nullptr,
                                 int(devices.size()));
    for (const Device& device : devices)
        text += QStringLiteral("  %1  %2\n")
                    .arg(UntrustedText::forTerminal(device.id),
                         terminalName(device.displayName.value_or(QString())));
    CliRunner::writeOut(text);
}

void SignOutInactiveCommand::start()
{
    const SessionActions actions(m_snapshot, SessionActions::FrontEnd::CommandLine);
    QList<Device> devices =
        actions.inactiveSessions(m_snapshot.devices, m_days, QDateTime::currentDateTimeUtc());
    // What an earlier run (here or in the window) left is offered again.
    const QStringList leftover = CleanupRun::leftover(m_snapshot);
    for (const Device& device : m_snapshot.devices) {
        const bool queued = std::any_of(devices.cbegin(), devices.cend(),
                                        [&device](const Device& d) { return d.id == device.id; });
        if (leftover.contains(device.id) && !queued)
            devices.append(device);
    }
    printPlan(devices);
    if (m_dryRun || devices.isEmpty()) {
        Q_EMIT finished(ExitOk);
        return;
    }

    const auto probe = actions.page().urlFor(AccountAction::DeviceDelete, devices.first().id);
    if (const auto* refusal = std::get_if<AccountPage::Refusal>(&probe)) {
        CliRunner::writeError(
            m_snapshot.usesOAuth()
                ? refusal->message
                : tr("This server uses classic sign-in; sign sessions out from the window, where "
                     "Gatehouse can ask for your password."));
        Q_EMIT finished(refusal->problem == AccountPage::Problem::UnsafeUrl ? ExitUnsafeUrl
                                                                            : ExitNotAdvertised);
        return;
    }

    if (m_history) {
        QStringList ids;
        for (const Device& device : std::as_const(devices))
            ids.append(device.id);
        m_history->markSignedOutByGatehouse({CanonicalBaseUrl::of(m_snapshot.baseUrl), m_snapshot.userId},
                                            ids, QDateTime::currentDateTimeUtc());
    }
    m_run = new CleanupRun(m_snapshot, devices, m_opener, this);
    m_queue = m_run->queue();
    bool ok = false;
    const int interval = qEnvironmentVariableIntValue("GATEHOUSE_QUEUE_CHECK_MS", &ok);
    if (ok && interval > 0)
        m_queue->setCheckInterval(interval, interval * 4);
    connect(m_run, &CleanupRun::changed, this, &SignOutInactiveCommand::onQueueChanged);
    connect(m_run, &CleanupRun::checkRequested, this, &SignOutInactiveCommand::check);
    connect(m_run, &CleanupRun::openFailed, this, [](const QString& url) {
        CliRunner::writeOut(
            tr("No browser could be opened; open this address to confirm:\n  %1\n").arg(ShownUrl::of(url)));
    });
    connect(m_run, &CleanupRun::finished, this, [this] {
        QString summary = tr("Done: %1.\n").arg(m_queue->progressText());
        const CleanupRun::Outcome outcome = m_run->outcome();
        for (const SignOutQueue::Item& item : outcome.skipped)
            summary += tr("  skipped, still signed in: %1  %2\n").arg(item.deviceId, terminalName(item.name));
        for (const SignOutQueue::Item& item : outcome.left)
            summary +=
                tr("  not done, still signed in: %1  %2\n").arg(item.deviceId, terminalName(item.name));
        CliRunner::writeOut(summary);
        clearUnfinishedMarks();
        Q_EMIT finished(ExitOk);
    });
#ifdef Q_OS_UNIX
    m_input = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
    connect(m_input, &QSocketNotifier::activated, this, &SignOutInactiveCommand::onInput);
    CliRunner::writeOut(tr("Press Enter to skip the waiting session; type q and Enter to stop.\n"));
#endif
    m_run->start();
}

void SignOutInactiveCommand::onQueueChanged()
{
    const SignOutQueue::Item* current = m_queue->current();
    QString line = m_queue->progressText();
    if (current && current->state == SignOutQueue::ItemState::Open)
        line = tr("[%1] waiting for you to confirm %2 (%3) in the browser…")
                   .arg(line, terminalName(current->name), UntrustedText::forTerminal(current->deviceId));
    if (line != m_lastLine) {
        m_lastLine = line;
        CliRunner::writeOut(line + u'\n');
    }
}

void SignOutInactiveCommand::check()
{
    if (m_checking)
        return;
    m_checking = true;
    m_client->devices(this, [this](const Result<QList<Device>>& devices) {
        m_checking = false;
        if (!devices) {
            // A failed check proves nothing either way; the next one comes later.
            CliRunner::writeError(devices.error().fullText());
            return;
        }
        if (m_history)
            m_history->recordRefresh({CanonicalBaseUrl::of(m_snapshot.baseUrl), m_snapshot.userId},
                                     devices.value(), QDateTime::currentDateTimeUtc());
        m_run->observeDevices(devices.value());
    });
}

void SignOutInactiveCommand::clearUnfinishedMarks()
{
    if (!m_history || !m_run)
        return;
    // Skipped or not reached: still signed in, so a later disappearance is not Gatehouse's doing.
    const CleanupRun::Outcome outcome = m_run->outcome();
    QStringList ids;
    for (const auto* items : {&outcome.skipped, &outcome.left}) {
        for (const SignOutQueue::Item& item : *items)
            ids.append(item.deviceId);
    }
    m_history->clearSignOutMarks({CanonicalBaseUrl::of(m_snapshot.baseUrl), m_snapshot.userId}, ids);
}

void SignOutInactiveCommand::onInput()
{
#ifdef Q_OS_UNIX
    char buffer[256];
    const ssize_t count = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (count <= 0) {
        m_input->setEnabled(false); // end of input: keep waiting for confirmations only
        return;
    }
    const QByteArray typed = QByteArray(buffer, int(count)).trimmed().toLower();
    if (typed == "q")
        m_queue->stop();
    else
        m_queue->skip();
#endif
}

void SignOutInactiveCommand::interrupt()
{
    if (m_run) {
        m_run->interrupt();
        clearUnfinishedMarks();
        CliRunner::writeOut(
            tr("Interrupted: %1. What is left is offered again next time.\n").arg(m_queue->progressText()));
    }
    Q_EMIT finished(ExitOk);
}

} // namespace gatehouse
