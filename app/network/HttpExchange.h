#pragma once

#include "network/HttpClient.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace gatehouse {

// One request from send() to its single answer: attempts (after 429), redirects, deadline and body cap.
class HttpExchange : public QObject
{
    Q_OBJECT

public:
    HttpExchange(HttpClient* client, const HttpRequest& request, const QObject* context,
                 std::function<void(const HttpResult&)> done);
    ~HttpExchange() override;

    void start();

private:
    void startDeadline();
    void sendAttempt();
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void onDeadline();
    void followRedirect(const QUrl& target, int status);
    void retryAfterRateLimit(const HttpResponse& response);
    void abortWith(const Error& error);
    void finish(const HttpResult& result);
    Error transportError() const;
    QString hostForMessages() const;

    HttpClient* m_client;
    HttpRequest m_original;
    HttpRequest m_current;
    QPointer<const QObject> m_context;
    bool m_hasContext;
    std::function<void(const HttpResult&)> m_done;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_buffer;
    QTimer m_deadline;
    QElapsedTimer m_elapsed;
    int m_redirects = 0;
    int m_rateLimitRetries = 0;
    bool m_aborting = false;
    bool m_finished = false;
    std::optional<Error> m_abortError;
};

} // namespace gatehouse
