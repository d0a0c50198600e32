#include "Clock.h"

namespace lwc {

const Clock& Clock::system()
{
    static const SystemClock clock;
    return clock;
}

} // namespace lwc
