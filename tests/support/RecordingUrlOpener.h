#pragma once

#include "account/UrlOpener.h"

#include <QStringList>

namespace gatehouse::test {

// Records what the app would open in the browser; `succeed` false plays a machine without a browser.
class RecordingUrlOpener : public UrlOpener
{
public:
    bool open(const QString& url) override;

    QStringList opened;
    bool succeed = true;
};

} // namespace gatehouse::test
