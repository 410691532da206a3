#pragma once

#include "account/AccountAction.h"

#include <QString>

namespace gatehouse {

// What a confirmation before a hand-off to the browser is about: which action, on which session, where.
struct HandOffRequest
{
    AccountAction action;
    QString sessionName;          // untrusted; for device_delete
    QString deviceId;             // untrusted; for device_delete
    QString pageHost;             // where the browser will go
    bool bareAccountPage = false; // deactivation without a direct link
    int sessionCount = 1;         // device_delete for several sessions, one page each
};

} // namespace gatehouse
