#pragma once

#include "account/UrlOpener.h"

#include <QCoreApplication>

namespace gatehouse {

// Opens URLs in the system browser through QDesktopServices. Refuses anything UrlSafety refuses.
class DesktopUrlOpener : public UrlOpener
{
    Q_DECLARE_TR_FUNCTIONS(DesktopUrlOpener)

public:
    bool open(const QString& url) override;
    QString lastFailure() const override { return m_lastFailure; }

private:
    QString m_lastFailure;
};

} // namespace gatehouse
