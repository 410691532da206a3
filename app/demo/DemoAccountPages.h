#pragma once

#include "matrix/Device.h"

#include <QByteArray>
#include <QString>

namespace gatehouse {

class DemoAccount;

// The HTML of the demo account-management page. Everything that came from a client (device names, IDs)
// is escaped; pages carry no script and a strict Content-Security-Policy is sent with them.
class DemoAccountPages
{
public:
    static QByteArray overview(const DemoAccount& account, const QString& accountUri, const QString& heading);
    static QByteArray profile(const DemoAccount& account, const QString& accountUri);
    static QByteArray sessionDetail(const Device& device, bool current, const QString& accountUri,
                                    const QString& signOutAction);
    static QByteArray confirmSignOut(const Device& device, const QString& formToken,
                                     const QString& accountUri);
    static QByteArray signedOut(const QString& name, const QString& accountUri);
    static QByteArray unknownSession(const QString& deviceId, const QString& accountUri);
    static QByteArray confirmCrossSigningReset(const QString& formToken, const QString& accountUri);
    static QByteArray crossSigningResetApproved(const QString& accountUri);
    static QByteArray deactivate(const DemoAccount& account, const QString& accountUri);
    static QByteArray formExpired(const QString& accountUri);

    static QString escape(const QString& text) { return text.toHtmlEscaped(); }
    static QString sessionName(const Device& device);

private:
    static QByteArray page(const QString& title, const QString& body, const QString& accountUri);
};

} // namespace gatehouse
