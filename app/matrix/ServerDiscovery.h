#pragma once

#include "matrix/HomeserverAddress.h"
#include "network/Result.h"

#include <QObject>

#include <functional>

namespace gatehouse {

class HttpClient;

// Turns what a person typed into a homeserver base URL: .well-known/matrix/client with its IGNORE /
// FAIL_PROMPT / FAIL_ERROR outcomes, then /versions. A base URL typed with a scheme is used as it is.
class ServerDiscovery : public QObject
{
    Q_OBJECT

public:
    explicit ServerDiscovery(HttpClient* http, QObject* parent = nullptr);

    // The base URL without trailing slashes, or Discovery / UnsafeUrl / network errors.
    void discover(const HomeserverAddress& address, const QObject* context,
                  std::function<void(const Result<QString>&)> done);

    // https, except for this computer, where a development server listens on plain http.
    static QString schemeFor(const QString& hostname);

private:
    void checkVersions(const QString& baseUrl, const QString& shownName, const QObject* context,
                       std::function<void(const Result<QString>&)> done);

    HttpClient* m_http;
};

} // namespace gatehouse
