#include "ProcessHardening.h"

#include <cerrno>
#include <cstring>

#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif
#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif

namespace lwc {

Status hardenProcess()
{
#if defined(Q_OS_UNIX)
    struct rlimit limit = {0, 0};
    if (setrlimit(RLIMIT_CORE, &limit) != 0) {
        return makeError(QStringLiteral("process.hardening.rlimit"),
                         QCoreApplication::translate("lwc::ProcessHardening", "Could not disable core dumps."),
                         QString::fromLocal8Bit(strerror(errno)), Rule::S26);
    }
#endif
#if defined(Q_OS_LINUX)
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0) {
        return makeError(
            QStringLiteral("process.hardening.dumpable"),
            QCoreApplication::translate("lwc::ProcessHardening", "Could not protect process memory from debuggers."),
            QString::fromLocal8Bit(strerror(errno)), Rule::S26);
    }
#endif
    return Status::success();
}

HardeningState currentHardeningState()
{
    HardeningState state;
#if defined(Q_OS_UNIX)
    struct rlimit limit = {};
    if (getrlimit(RLIMIT_CORE, &limit) == 0)
        state.coreDumpsDisabled = limit.rlim_cur == 0 && limit.rlim_max == 0;
#endif
#if defined(Q_OS_LINUX)
    state.notDumpable = prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0;
#endif
    return state;
}

} // namespace lwc
