#pragma once

// clang 14 fails to compile some coroutines when both UBSan and libFuzzer's
// coverage instrumentation are on ("Cannot represent a difference across
// sections", the fuzz preset). The coroutine wrappers in security/ only hand
// work to a thread pool, so they are left out of coverage instrumentation;
// UBSan and ASan still check them.
#if defined(__clang__) && defined(__has_attribute)
#if __has_attribute(no_sanitize)
#define LWC_CORO_NO_COVERAGE __attribute__((no_sanitize("coverage")))
#endif
#endif
#ifndef LWC_CORO_NO_COVERAGE
#define LWC_CORO_NO_COVERAGE
#endif
