#pragma once

#include "Result.h"

namespace lwc {

// Run first thing in main() of every executable: no core dumps
// (RLIMIT_CORE = 0) and not dumpable/ptrace-attachable (PR_SET_DUMPABLE 0),
// so secrets in memory never land in a crash file (S26).
Status hardenProcess();

struct HardeningState {
    bool coreDumpsDisabled = false;
    bool notDumpable = false;
};
// What the kernel reports now (for tests and `--version --verbose`).
HardeningState currentHardeningState();

} // namespace lwc
