#pragma once

#include "account/UrlOpener.h"

namespace gatehouse {

// Opens URLs in the system browser through QDesktopServices. Refuses anything UrlSafety refuses.
class DesktopUrlOpener : public UrlOpener
{
public:
    bool open(const QString& url) override;
};

} // namespace gatehouse
