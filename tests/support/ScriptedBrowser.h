#pragma once

#include "account/UrlOpener.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace gatehouse::test {

// A scripted user agent standing in for the system browser: opening a URL makes it follow redirects
// (keeping cookies), fill in and submit each page's POST form, and stop once it reaches the loopback
// /callback (whose answer it keeps). It fills `login`, `password` and `user_code` fields with what it was
// given and presses the button whose value is `decision` (or the first button).
class ScriptedBrowser : public QObject, public UrlOpener
{
    Q_OBJECT

public:
    explicit ScriptedBrowser(QObject* parent = nullptr);

    bool open(const QString& url) override;
    void visit(const QUrl& url);

    QStringList opened;
    QHash<QString, QString> fields{{QStringLiteral("login"), QStringLiteral("alice")},
                                   {QStringLiteral("password"), QStringLiteral("any password")}};
    QString decision = QStringLiteral("allow");
    bool autoBrowse = true; // false: only record, like RecordingUrlOpener
    // Changes the callback URL before it is visited (a forged or mixed-up answer).
    std::function<QUrl(const QUrl&)> tamperCallback;

    QUrl callbackUrl;        // the redirect that reached /callback
    QByteArray callbackPage; // what the listener answered
    int callbackStatus = 0;
    QStringList visited; // every URL, in order
    QString failure;     // set when the script could not go on

Q_SIGNALS:
    void finished();

private:
    void get(const QUrl& url, int hops);
    void post(const QUrl& url, const QByteArray& body, int hops);
    void handle(QNetworkReply* reply, int hops);
    void stop(const QString& why);

    QNetworkAccessManager* m_network;
};

} // namespace gatehouse::test
