#include "cli/DemoOptions.h"

namespace gatehouse {

QStringList DemoOptions::allActions()
{
    return {QStringLiteral("org.matrix.profile"),
            QStringLiteral("org.matrix.devices_list"),
            QStringLiteral("org.matrix.device_view"),
            QStringLiteral("org.matrix.device_delete"),
            QStringLiteral("org.matrix.account_deactivate"),
            QStringLiteral("org.matrix.cross_signing_reset"),
            QStringLiteral("org.matrix.sessions_list"),
            QStringLiteral("org.matrix.session_view"),
            QStringLiteral("org.matrix.session_end")};
}

QStringList DemoOptions::masActions()
{
    return {QStringLiteral("org.matrix.profile"),
            QStringLiteral("org.matrix.devices_list"),
            QStringLiteral("org.matrix.device_view"),
            QStringLiteral("org.matrix.device_delete"),
            QStringLiteral("org.matrix.cross_signing_reset"),
            QStringLiteral("org.matrix.sessions_list"),
            QStringLiteral("org.matrix.session_view"),
            QStringLiteral("org.matrix.session_end")};
}

bool DemoOptions::setMetadata(const QString& value, QString* error)
{
    if (value == u"stable")
        metadata = Metadata::Stable;
    else if (value == u"unstable")
        metadata = Metadata::Unstable;
    else if (value == u"issuer")
        metadata = Metadata::Issuer;
    else if (value == u"none")
        metadata = Metadata::None;
    else {
        *error = tr("--metadata must be stable, unstable, issuer or none, not “%1”.").arg(value);
        return false;
    }
    return true;
}

bool DemoOptions::setActions(const QString& value, QString* error)
{
    if (value == u"all")
        actions = allActions();
    else if (value == u"mas")
        actions = masActions();
    else if (value == u"none")
        actions = QStringList();
    else if (value == u"absent")
        actions = std::nullopt;
    else {
        const QStringList listed = value.split(u',', Qt::SkipEmptyParts);
        if (listed.isEmpty()) {
            *error = tr("--actions must be all, mas, none or a comma-separated list of action names.");
            return false;
        }
        actions = listed;
    }
    return true;
}

} // namespace gatehouse
