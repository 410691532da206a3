#pragma once

#include <QCoreApplication>
#include <QString>

namespace gatehouse {

// The words for what a server did not say, the same in the window and on the command line.
class SessionText
{
    Q_DECLARE_TR_FUNCTIONS(SessionText)

public:
    static QString unnamed() { return tr("Unnamed session"); } // no display name
    static QString unknown() { return tr("Unknown"); }         // no last activity or IP address
};

} // namespace gatehouse
