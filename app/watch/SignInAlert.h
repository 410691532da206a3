#pragma once

#include "history/HistoryAccount.h"
#include "watch/WatchEvent.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace gatehouse {

// What a notification about new sign-ins says (README, "Notifications"): one per new session, or one summary
// when more than three arrive at once. Server text is isolated and shortened.
struct SignInAlert
{
    Q_DECLARE_TR_FUNCTIONS(SignInAlert)

public:
    static constexpr int MaxNameLength = 60;
    static constexpr int SummaryAbove = 3; // more than this many at once: one summary

    HistoryAccount account;
    QString deviceId; // empty for a summary
    QString title;    // "New sign-in to @alice:example.org"
    QString body;     // the session's name, its IP address and time (plain text)
    int count = 1;    // how many sessions this alert is about

    bool isSummary() const { return deviceId.isEmpty(); }

    // The alerts for the sessions that one poll of one account found (SessionAdded events only).
    static QList<SignInAlert> forNewSessions(const QList<WatchEvent>& added);
    // The sign-in to the account was ended while watching ("Sign in again").
    static SignInAlert forSignedOut(const WatchEvent& event);
};

} // namespace gatehouse
