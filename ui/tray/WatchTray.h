#pragma once

#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace gatehouse {

class AccountWatcher;
class BackgroundWatch;
struct SignInAlert;

// The tray icon while watching (README, "Watching for new sign-ins"): a menu with the watched accounts and
// their state, Open Gatehouse, Check Now, Pause Watching and Quit; the tooltip says why checks are backing
// off. Shown only where the desktop has a tray; the menu is built either way (and tested offscreen).
class WatchTray : public QObject
{
    Q_OBJECT

public:
    explicit WatchTray(BackgroundWatch* watch, QObject* parent = nullptr);
    ~WatchTray() override;

    // Shows the icon when QSystemTrayIcon::isSystemTrayAvailable(); false when there is no tray.
    bool showIfAvailable();
    void hide();
    bool isShown() const;
    QMenu* menu() const { return m_menu; }
    QString toolTip() const;
    // The notification fallback (no notification service with actions): the tray's own message.
    void showAlert(const SignInAlert& alert);
    // One account's line in the menu, e.g. "@alice:example.org — watching".
    static QString stateText(const AccountWatcher* watcher);

Q_SIGNALS:
    void openRequested();
    void quitRequested();
    // The person clicked the message last shown by showAlert().
    void messageClicked();

private:
    void update();

    BackgroundWatch* m_watch;
    QMenu* m_menu;
    QSystemTrayIcon* m_icon = nullptr;
    QAction* m_accountsEnd = nullptr;
    QAction* m_pause = nullptr;
};

} // namespace gatehouse
