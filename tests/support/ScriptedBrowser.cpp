#include "ScriptedBrowser.h"

#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>

namespace gatehouse::test {

namespace {

QString unescapeHtml(QString text)
{
    text.replace(QStringLiteral("&#x2F;"), QStringLiteral("/"));
    text.replace(QStringLiteral("&#x27;"), QStringLiteral("'"));
    text.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    text.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text;
}

QString attribute(const QString& tag, const QString& name)
{
    const QRegularExpression pattern(QStringLiteral("\\b%1\\s*=\\s*\"([^\"]*)\"").arg(name));
    const QRegularExpressionMatch match = pattern.match(tag); // clazy:exclude=use-static-qregularexpression
    return match.hasMatch() ? unescapeHtml(match.captured(1)) : QString();
}

} // namespace

ScriptedBrowser::ScriptedBrowser(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_network->setProxy(QNetworkProxy::NoProxy);
    m_network->setCookieJar(new QNetworkCookieJar(m_network));
}

bool ScriptedBrowser::open(const QString& url)
{
    opened.append(url);
    if (autoBrowse) {
        const QUrl target(url);
        QTimer::singleShot(0, this, [this, target] { visit(target); });
    }
    return true;
}

void ScriptedBrowser::visit(const QUrl& url)
{
    get(url, 0);
}

void ScriptedBrowser::stop(const QString& why)
{
    failure = why;
    Q_EMIT finished();
}

void ScriptedBrowser::get(const QUrl& url, int hops)
{
    if (hops > 30) {
        stop(QStringLiteral("too many steps"));
        return;
    }
    QUrl target = url;
    if (target.path() == u"/callback") {
        if (tamperCallback)
            target = tamperCallback(target);
        callbackUrl = target;
    }
    visited.append(target.toString());
    QNetworkReply* reply = m_network->get(QNetworkRequest(target));
    connect(reply, &QNetworkReply::finished, this, [this, reply, hops] { handle(reply, hops); });
}

void ScriptedBrowser::post(const QUrl& url, const QByteArray& body, int hops)
{
    visited.append(QStringLiteral("POST ") + url.toString());
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkReply* reply = m_network->post(request, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, hops] { handle(reply, hops); });
}

void ScriptedBrowser::handle(QNetworkReply* reply, int hops)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const QUrl url = reply->url();
    if (url.path() == u"/callback") {
        callbackStatus = status;
        callbackPage = body;
        Q_EMIT finished();
        return;
    }
    if (status >= 300 && status < 400) {
        const QUrl location = url.resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
        get(location, hops + 1);
        return;
    }
    if (status != 200) {
        stop(QStringLiteral("HTTP %1 at %2: %3")
                 .arg(status)
                 .arg(url.toString(), QString::fromUtf8(body.left(300))));
        return;
    }
    const QString html = QString::fromUtf8(body);
    static const QRegularExpression formPattern(QStringLiteral("<form\\b[^>]*>(.*?)</form>"),
                                                QRegularExpression::DotMatchesEverythingOption |
                                                    QRegularExpression::CaseInsensitiveOption);
    QRegularExpressionMatchIterator forms = formPattern.globalMatch(html);
    while (forms.hasNext()) {
        const QRegularExpressionMatch form = forms.next();
        const QString formTag = form.captured(0).left(form.captured(0).indexOf(u'>') + 1);
        if (attribute(formTag, QStringLiteral("method")).compare(u"post", Qt::CaseInsensitive) != 0)
            continue;
        QUrlQuery values;
        static const QRegularExpression inputPattern(QStringLiteral("<input\\b[^>]*>"));
        QRegularExpressionMatchIterator inputs = inputPattern.globalMatch(form.captured(1));
        while (inputs.hasNext()) {
            const QString input = inputs.next().captured(0);
            const QString name = attribute(input, QStringLiteral("name"));
            if (name.isEmpty())
                continue;
            values.addQueryItem(name, fields.contains(name) ? fields.value(name)
                                                            : attribute(input, QStringLiteral("value")));
        }
        static const QRegularExpression buttonPattern(QStringLiteral("<button\\b[^>]*>"));
        QRegularExpressionMatchIterator buttons = buttonPattern.globalMatch(form.captured(1));
        QString chosenName;
        QString chosenValue;
        while (buttons.hasNext()) {
            const QString button = buttons.next().captured(0);
            const QString name = attribute(button, QStringLiteral("name"));
            const QString value = attribute(button, QStringLiteral("value"));
            if (name.isEmpty())
                continue;
            if (chosenName.isEmpty() || value == decision) {
                chosenName = name;
                chosenValue = value;
            }
        }
        if (!chosenName.isEmpty())
            values.addQueryItem(chosenName, chosenValue);
        const QUrl action = url.resolved(QUrl(attribute(formTag, QStringLiteral("action"))));
        post(action, values.query(QUrl::FullyEncoded).toUtf8(), hops + 1);
        return;
    }
    stop(QStringLiteral("no form on %1").arg(url.toString()));
}

} // namespace gatehouse::test
