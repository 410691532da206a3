#include "account/DesktopUrlOpener.h"

#include "log/Log.h"
#include "network/UrlSafety.h"
#include "security/ProcessHardening.h"

#include <QDesktopServices>
#include <QGuiApplication>
#include <QUrl>

namespace gatehouse {

bool DesktopUrlOpener::open(const QString& url)
{
    m_lastFailure.clear();
    if (!UrlSafety::isSafe(url)) {
        m_lastFailure = tr("the address is not safe to open");
        return false;
    }
    // The offscreen platform (no display; the launcher picks it then) cannot open anything, and asking it
    // only prints Qt's own warning beside our one-line error.
    if (QGuiApplication::platformName() == u"offscreen") {
        qCDebug(lcApp) << "no display: the browser cannot be opened";
        m_lastFailure = tr("there is no display to show a browser on");
        return false;
    }
    // The opener (xdg-open, then the browser) inherits this environment: no Gatehouse secret may be in it.
    ProcessHardening::scrubEnvironment();
    // TolerantMode would "fix" the string; the URL we built is already fully encoded.
    const bool opened = QDesktopServices::openUrl(QUrl(url, QUrl::StrictMode));
    qCDebug(lcApp) << "browser" << (opened ? "opened" : "could not open") << url;
    if (!opened)
        m_lastFailure = tr("the desktop has no program set up to open web addresses");
    return opened;
}

} // namespace gatehouse
