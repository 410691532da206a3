#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace gatehouse {

// How the demo homeserver behaves: `gatehouse --demo-server [--port N] [--devices N] [--latency MS]
// [--metadata stable|unstable|issuer|none] [--actions all|mas|none|LIST] [--new-session-every SECONDS]`.
struct DemoOptions
{
    Q_DECLARE_TR_FUNCTIONS(DemoOptions)

public:
    enum class Metadata
    {
        Stable,
        Unstable,
        Issuer,
        None
    };

    quint16 port = 0; // 0: any free port
    int devices = 12;
    int latencyMs = 0;
    int newSessionEverySeconds = 0; // --new-session-every: a new sign-in at this interval (0: never)
    Metadata metadata = Metadata::Stable;
    // account_management_actions_supported exactly as served; nullopt leaves the field out.
    std::optional<QStringList> actions = allActions();
    std::optional<QString> accountUri;                   // overrides <base>/account/ (tests of unsafe pages)
    QString userId = QStringLiteral("@alice:localhost"); // whose account it is (tests of several accounts)

    static QStringList allActions(); // the six stable names plus the older ones
    static QStringList masActions(); // what MAS advertises: no account_deactivate

    // Parses the --metadata and --actions values; false with `error` set on a bad value.
    bool setMetadata(const QString& value, QString* error);
    bool setActions(const QString& value, QString* error);
};

} // namespace gatehouse
