#pragma once

#include "network/Error.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace gatehouse {

class SessionEditor;
class UrlOpener;
struct UiaChallenge;

// Signing sessions out on a classic server: POST /delete_devices, then user-interactive auth. The password
// stage is answered in the app (askPassword); any other stage is completed in the browser through the
// server's web fallback page, after which the person confirms (confirmFallback) and the request is sent
// again with the session. Emits finished() once.
class NativeSignOut : public QObject
{
    Q_OBJECT

public:
    // Return nullopt when the person cancels. `retry` is true after a wrong password.
    using PasswordPrompt = std::function<std::optional<QString>(bool retry)>;
    // Return false when the person cancels instead of finishing the page in the browser.
    using FallbackPrompt = std::function<bool(const QString& url, bool opened)>;

    NativeSignOut(SessionEditor* editor, UrlOpener* opener, QString userId, QStringList deviceIds,
                  QObject* parent = nullptr);

    PasswordPrompt askPassword;
    FallbackPrompt confirmFallback;

    void start();

Q_SIGNALS:
    // `error` is nullopt on success; Kind::Cancelled when the person stopped.
    void finished(const std::optional<gatehouse::Error>& error);

private:
    void send(const QJsonObject& auth);
    void answer(const UiaChallenge& challenge);
    void finish(const std::optional<Error>& error);

    SessionEditor* m_editor;
    UrlOpener* m_opener;
    QString m_userId;
    QStringList m_deviceIds;
    int m_rounds = 0;
    bool m_done = false;
};

} // namespace gatehouse
