#include "log/Log.h"

namespace gatehouse {

// Off unless --verbose (or QT_LOGGING_RULES) turns them on; see SecretRedactor::installMessageHandler().
Q_LOGGING_CATEGORY(lcHttp, "gatehouse.http", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDiscovery, "gatehouse.discovery", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAuth, "gatehouse.auth", QtWarningMsg)
Q_LOGGING_CATEGORY(lcApp, "gatehouse.app", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDemo, "gatehouse.demo", QtWarningMsg)

} // namespace gatehouse
