#include "security/ProcessHardening.h"

#include <QMutex>

#include <cstdlib>
#include <cstring>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#include <sys/resource.h>
#endif

namespace gatehouse {

namespace {

QMutex tokenMutex;
QString& keptToken()
{
    static QString token;
    return token;
}

bool& dumpsOff()
{
    static bool off = false;
    return off;
}

} // namespace

void ProcessHardening::apply()
{
    environmentToken();
#ifdef Q_OS_LINUX
    // Both: RLIMIT_CORE stops the kernel writing a core file; PR_SET_DUMPABLE 0 also keeps other processes
    // of the same user from attaching or reading /proc/<pid>/mem, and stops a core-dump helper.
    const rlimit none{0, 0};
    const bool limited = setrlimit(RLIMIT_CORE, &none) == 0;
    const bool undumpable = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
    dumpsOff() = limited && undumpable;
#else
    // Windows writes no crash dump of a process unless the system was set up to; nothing to switch off.
    dumpsOff() = true;
#endif
}

QString ProcessHardening::environmentToken()
{
    QMutexLocker lock(&tokenMutex);
    if (char* raw = std::getenv(TokenVariable)) {
        keptToken() = QString::fromLocal8Bit(raw).trimmed();
        // Overwritten in place first: unsetting alone leaves the bytes in the process's initial
        // environment block (and in /proc/<pid>/environ).
        std::memset(raw, 0, std::strlen(raw));
        qunsetenv(TokenVariable);
    }
    return keptToken();
}

void ProcessHardening::scrubEnvironment()
{
    environmentToken();
}

bool ProcessHardening::coreDumpsDisabled()
{
    return dumpsOff();
}

} // namespace gatehouse
