#include "MockClock.h"
