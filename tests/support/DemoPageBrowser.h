#pragma once

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QUrl>

namespace gatehouse::test {

// Plays the person in the browser, one page at a time and synchronously (for the demo account page): loads a
// page the app handed off, and submits its first form the way a browser would (hidden fields included).
// Enough for the demo account page.
class DemoPageBrowser
{
public:
    struct Page
    {
        int status = 0;
        QUrl url;
        QByteArray html;
    };

    Page get(const QUrl& url);
    // Submits the first <form> of `page` with its hidden inputs (plus `extra` fields).
    Page submitFirstForm(const Page& page, const QList<QPair<QString, QString>>& extra = {});

private:
    Page finish(class QNetworkReply* reply);
    QNetworkAccessManager m_network;
};

} // namespace gatehouse::test
