#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QList>
#include <QPair>
#include <QUrl>

namespace gatehouse {

// A copy of what the demo homeserver needs from a request, so an answer can wait for something else
// (token introspection at an external OAuth server) after QHttpServerRequest, which cannot be copied, is
// gone. Same accessor names as QHttpServerRequest.
class DemoRequest
{
public:
    explicit DemoRequest(const QHttpServerRequest& request)
        : m_url(request.url())
        , m_method(request.method())
        , m_body(request.body())
        , m_headers(request.headers())
        , m_remoteAddress(request.remoteAddress())
    {}

    QUrl url() const { return m_url; }
    QHttpServerRequest::Method method() const { return m_method; }
    QByteArray body() const { return m_body; }
    QList<QPair<QByteArray, QByteArray>> headers() const { return m_headers; }
    QHostAddress remoteAddress() const { return m_remoteAddress; }

    QByteArray header(const QByteArray& lowerCaseName) const
    {
        for (const auto& [name, value] : m_headers) {
            if (name.toLower() == lowerCaseName)
                return value;
        }
        return {};
    }

private:
    QUrl m_url;
    QHttpServerRequest::Method m_method;
    QByteArray m_body;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QHostAddress m_remoteAddress;
};

} // namespace gatehouse
