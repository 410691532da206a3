#include "network/LoopbackAwareProxyFactory.h"

#include "network/UrlSafety.h"

namespace gatehouse {

QList<QNetworkProxy> LoopbackAwareProxyFactory::queryProxy(const QNetworkProxyQuery& query)
{
    if (UrlSafety::isLoopbackHost(query.peerHostName()))
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    return systemProxyForQuery(query);
}

} // namespace gatehouse
