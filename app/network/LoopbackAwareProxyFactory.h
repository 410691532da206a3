#pragma once

#include <QNetworkProxyFactory>

namespace gatehouse {

// The system's proxy settings for everything, except that this computer is always reached directly:
// a proxy cannot reach our own loopback listener (the demo server, the OAuth redirect).
class LoopbackAwareProxyFactory : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery& query) override;
};

} // namespace gatehouse
