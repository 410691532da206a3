#pragma once

#include "account/Recognition.h"
#include "matrix/AccountSnapshot.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

namespace gatehouse {

// The output of `gatehouse --list`: a table for people (control characters stripped) or the JSON
// document scripts rely on. Both list the sessions in the table's order.
class SessionListPrinter
{
    Q_DECLARE_TR_FUNCTIONS(SessionListPrinter)

public:
    // `recognition`: each session's encryption state and app (a default one: every state unknown, no app).
    static QByteArray json(const AccountSnapshot& snapshot, const Recognition& recognition = {});
    static QString table(const AccountSnapshot& snapshot, const QDateTime& now, int inactiveAfterDays = 90,
                         const Recognition& recognition = {});
};

} // namespace gatehouse
