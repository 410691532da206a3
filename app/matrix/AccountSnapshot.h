#pragma once

#include "account/AccountPage.h"
#include "matrix/Device.h"
#include "matrix/MetadataService.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace gatehouse {

// Everything one load of the account returned: who, where, how it signs in, and its sessions.
struct AccountSnapshot
{
    QString baseUrl; // without trailing slash
    QString userId;
    QString deviceId; // this session
    MetadataLookup metadata;
    // Set when the metadata could not be read although the sessions could: shown, and exit code 4 for --list.
    std::optional<Error> metadataError;
    QList<Device> devices;
    QDateTime loadedAt;

    bool usesOAuth() const { return metadata.usesOAuth(); }
    AccountPage accountPage() const { return AccountPage::fromMetadata(metadata.metadata); }
};

} // namespace gatehouse
