#pragma once

#include <QCoreApplication>
#include <QString>

namespace gatehouse {

// What a person typed to name their homeserver: a Matrix user ID (@alice:example.org), a server name
// (example.org, example.org:8448) or a base URL with a scheme (https://matrix.example.org).
struct HomeserverAddress
{
    Q_DECLARE_TR_FUNCTIONS(HomeserverAddress)

public:
    enum class Kind
    {
        Invalid,
        UserId,
        ServerName,
        BaseUrl
    };

    Kind kind = Kind::Invalid;
    QString userId;     // for UserId
    QString serverName; // for UserId and ServerName: everything after the first colon of a user ID
    QString hostname;   // the server name without its port: where .well-known is asked
    QString baseUrl;    // for BaseUrl, without trailing slashes
    QString problem;    // for Invalid, a translated sentence

    static HomeserverAddress parse(const QString& text);

    // "https://host/path/" -> "https://host/path"; the URL is otherwise kept as given.
    static QString withoutTrailingSlash(QString url);
};

} // namespace gatehouse
