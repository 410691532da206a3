#pragma once

#include "auth/SavedAccount.h"
#include "history/HistoryAccount.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QWidget;

namespace gatehouse {

class AccountSession;
class AccountWatcher;
class BackgroundWatch;
class HistoryStore;
class Notifier;
class TrayNotifier;
class WakeSignals;
class WatchTray;

// The one resident Gatehouse process (README, "Watching for new sign-ins"): the plain window and
// `gatehouse --background` both watch the saved accounts set to be watched, here. While it watches, closing
// the window does not quit: the process stays in the tray (the first time, a notification says so) or, with
// no tray, keeps watching windowless. Stop Watching ends watching for this run and lets closing the window
// quit. What the notifications and the tray ask of the window comes out as signals.
class ResidentWatch : public QObject
{
    Q_OBJECT

public:
    // `store` may be null. `notifier` and `wake` (not owned) replace the system's in tests.
    explicit ResidentWatch(HistoryStore* store, Notifier* notifier = nullptr, WakeSignals* wake = nullptr,
                           QObject* parent = nullptr);
    ~ResidentWatch() override;

    BackgroundWatch* watch() const { return m_watch; }
    Notifier* notifier() const { return m_notifier; }
    WatchTray* tray() const { return m_tray; } // null until something is watched

    using ChosenAccounts = std::function<QList<SavedAccount>()>;
    using SessionFor = std::function<AccountSession*(const SavedAccount&)>;
    // Watches the accounts `chosen` names (those set to be watched in Settings) now, and again whenever the
    // window comes back to the front (after Settings or the first-run question changed them).
    void followSettings(ChosenAccounts chosen, SessionFor sessionFor, qint64 intervalMs);
    // Starts watching the accounts newly chosen and stops those no longer chosen (not after Stop Watching).
    void updateAccounts();
    // Watches `session` alone, whatever Settings say: `--background` for one named account (taken over).
    void watchSession(AccountSession* session, qint64 intervalMs);

    // After the accounts were added to watch(): the tray icon where there is a tray, and whether closing the
    // last window quits.
    void start();
    // Some account is watched and Stop Watching was not pressed.
    bool isWatching() const;
    // Whether the desktop has a tray showing the icon (tests may say it has).
    bool hasTray() const;
    void setTrayAvailableForTesting(bool available) { m_trayAvailable = available; }
    // Stop Watching: every account stops being watched for this run; closing the window then quits.
    void stopWatching();
    // The window whose closing keeps the process (and says so the first time).
    void attachWindow(QWidget* window);

Q_SIGNALS:
    void openRequested();
    void reviewRequested(const gatehouse::HistoryAccount& account, const QString& deviceId);
    void signOutRequested(const gatehouse::HistoryAccount& account, const QString& deviceId);
    void cleanUpRequested(const gatehouse::HistoryAccount& account, int days);
    void quitRequested();
    void watchingChanged(bool watching);

protected:
    bool eventFilter(QObject* object, QEvent* event) override;

private:
    void onWindowClosed();
    void updateQuitOnClose();

    TrayNotifier* m_trayNotifier;
    Notifier* m_notifier;
    WakeSignals* m_wake; // what the watchers listen to; the system's sources feed it (m_systemWake)
    bool m_ownWake;
    WakeSignals* m_systemWake = nullptr;
    BackgroundWatch* m_watch;
    WatchTray* m_tray = nullptr;
    QPointer<QWidget> m_window;
    std::optional<bool> m_trayAvailable;
    ChosenAccounts m_chosen;
    SessionFor m_sessionFor;
    qint64 m_intervalMs = 0;
    QHash<QString, AccountWatcher*> m_followed; // by SavedAccount::key()
    bool m_stopped = false;
    bool m_started = false;
};

} // namespace gatehouse
