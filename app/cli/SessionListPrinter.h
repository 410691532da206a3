#pragma once

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
    static QByteArray json(const AccountSnapshot& snapshot);
    static QString table(const AccountSnapshot& snapshot, const QDateTime& now, int inactiveAfterDays = 90);
};

} // namespace gatehouse
