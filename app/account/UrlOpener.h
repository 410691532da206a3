#pragma once

#include <QString>

namespace gatehouse {

// Hands a URL to the browser. The app uses DesktopUrlOpener; tests record what would be opened, since the
// offscreen platform cannot open URLs at all.
class UrlOpener
{
public:
    virtual ~UrlOpener() = default;
    // False when no browser could be started.
    virtual bool open(const QString& url) = 0;
    // Why the last open() failed, as words for a person ("there is no display"); empty when unknown.
    virtual QString lastFailure() const { return {}; }
};

} // namespace gatehouse
