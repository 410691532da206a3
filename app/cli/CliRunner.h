#pragma once

#include "auth/LaunchAccount.h"
#include "cli/CommandLine.h"
#include "cli/ExitCode.h"
#include "history/HistoryAccount.h"
#include "network/Error.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace gatehouse {

class AccountManager;
class AccountSession;
struct AccountSnapshot;
class HistoryStore;
class HttpClient;
class MetadataService;
class UrlOpener;

// Runs the commands that need an account (--list, --open, --sign-out-inactive, --export, --watch) and reports
// an exit code once. Errors go to stderr as one line; results to stdout. Every list loaded is recorded in the
// local history (README, "History") unless --no-history.
class CliRunner : public QObject
{
    Q_OBJECT

public:
    // `choose` picks the account (ui/LaunchChoice at the composition root); without one, --homeserver and
    // --account are used as LaunchAccount::choose() reads them.
    CliRunner(const CommandLine& commandLine, UrlOpener* opener, LaunchChooser choose = {},
              QObject* parent = nullptr);
    ~CliRunner() override;

    void start();
    // Where --list compares the account's identity (master key) with the remembered one; not owned, may be
    // null: then identity_changed is false.
    void setIdentityStore(HistoryStore* store) { m_identityStore = store; }
    static ExitCode exitCodeFor(const Error& error);

    // Output hooks (tests capture; the app writes to the process's streams).
    static void writeOut(const QString& text);
    static void writeError(const QString& text);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void loadAccount(std::function<void(const AccountSnapshot&)> then);
    void runList();
    void runOpen();
    void runSignOutInactive();
    void runExport();
    bool openHistory();
    void record(const AccountSnapshot& snapshot);
    // The account to export when the server could not say which it is (the saved account, or the only one
    // the history holds on that server).
    std::optional<HistoryAccount> knownAccount() const;
    bool writeExport(const HistoryAccount& account);
    void runWatch();
    void fail(const Error& error);
    void done(int code);

    CommandLine m_commandLine;
    UrlOpener* m_opener;
    LaunchChooser m_choose;
    HttpClient* m_http;
    MetadataService* m_metadata;
    AccountManager* m_accounts;
    AccountSession* m_session = nullptr;
    HistoryStore* m_identityStore = nullptr;
    std::unique_ptr<HistoryStore> m_history; // null with --no-history
    std::optional<HistoryAccount> m_savedAccount;
    QString m_homeserver;
    bool m_done = false;
};

} // namespace gatehouse
