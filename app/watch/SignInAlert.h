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
    enum class Kind
    {
        NewSessions, // one new session, or a summary of several
        SignedOut,   // "Sign in again"
        Disappeared, // a session went away that Gatehouse did not end (optional, off by default)
        CleanUp,     // the weekly reminder about inactive sessions (optional, on by default)
        Notice,      // about Gatehouse itself: still watching after the window closed
    };

    static constexpr int MaxNameLength = 60;
    static constexpr int SummaryAbove = 3; // more than this many at once: one summary

    HistoryAccount account;
    QString deviceId; // empty for a summary
    QString title;    // "New sign-in to @alice:example.org"
    QString body;     // the session's name, its IP address and time (plain text)
    int count = 1;    // how many sessions this alert is about
    Kind kind = Kind::NewSessions;
    int days = 0; // CleanUp: the inactivity threshold the count was made with

    bool isSummary() const { return deviceId.isEmpty(); }
    // Whether the notification offers Sign Out… and It Was Me (one new session only).
    bool offersSessionActions() const { return kind == Kind::NewSessions && !isSummary(); }

    // The alerts for the sessions that one poll of one account found (SessionAdded events only).
    static QList<SignInAlert> forNewSessions(const QList<WatchEvent>& added);
    // The sign-in to the account was ended while watching ("Sign in again").
    static SignInAlert forSignedOut(const WatchEvent& event);
    // A session gone from the list that Gatehouse did not end (SessionRemoved, removed "vanished").
    static SignInAlert forDisappeared(const WatchEvent& event);
    // "N sessions have been inactive for more than D days: clean up?"
    static SignInAlert forCleanUp(const HistoryAccount& account, int count, int days);
    // The window was closed and Gatehouse goes on watching (shown once, where there is a tray).
    static SignInAlert stillWatching();
};

} // namespace gatehouse
