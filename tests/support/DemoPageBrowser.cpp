#include "DemoPageBrowser.h"

#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QUrlQuery>

namespace gatehouse::test {

namespace {

QString unescape(const QString& html)
{
    QString text = html;
    text.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text;
}

} // namespace

DemoPageBrowser::Page DemoPageBrowser::finish(QNetworkReply* reply)
{
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(20'000);
    Page page;
    page.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    page.url = reply->url();
    page.html = reply->readAll();
    reply->deleteLater();
    return page;
}

DemoPageBrowser::Page DemoPageBrowser::get(const QUrl& url)
{
    return finish(m_network.get(QNetworkRequest(url)));
}

DemoPageBrowser::Page DemoPageBrowser::submitFirstForm(const Page& page,
                                                       const QList<QPair<QString, QString>>& extra)
{
    const QString html = QString::fromUtf8(page.html);
    static const QRegularExpression formPattern(
        QStringLiteral("<form[^>]*action=\"([^\"]*)\"[^>]*>(.*?)</form>"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression inputPattern(
        QStringLiteral("<input[^>]*name=\"([^\"]*)\"[^>]*value=\"([^\"]*)\""));
    const QRegularExpressionMatch form = formPattern.match(html);
    if (!form.hasMatch())
        return {};
    QUrlQuery fields;
    auto inputs = inputPattern.globalMatch(form.captured(2));
    while (inputs.hasNext()) {
        const QRegularExpressionMatch input = inputs.next();
        fields.addQueryItem(unescape(input.captured(1)), unescape(input.captured(2)));
    }
    for (const auto& [name, value] : extra)
        fields.addQueryItem(name, value);
    QNetworkRequest request(page.url.resolved(QUrl(unescape(form.captured(1)))));
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    return finish(m_network.post(request, fields.toString(QUrl::FullyEncoded).toUtf8()));
}

} // namespace gatehouse::test
