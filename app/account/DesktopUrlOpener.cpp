#include "account/DesktopUrlOpener.h"

#include "log/Log.h"
#include "network/UrlSafety.h"

#include <QDesktopServices>
#include <QUrl>

namespace gatehouse {

bool DesktopUrlOpener::open(const QString& url)
{
    if (!UrlSafety::isSafe(url))
        return false;
    // TolerantMode would "fix" the string; the URL we built is already fully encoded.
    const bool opened = QDesktopServices::openUrl(QUrl(url, QUrl::StrictMode));
    qCDebug(lcApp) << "browser" << (opened ? "opened" : "could not open") << url;
    return opened;
}

} // namespace gatehouse
