#include "FreedMemoryWatch.h"

#include <cstdlib>
#include <cstring>
#include <new>

namespace {
const void* g_watched = nullptr;
size_t g_watchedSize = 0;
unsigned char g_seenAtFree[lwc::test::FreedMemoryWatch::kMaxBytes];
bool g_freed = false;

void inspectBeforeFree(void* p)
{
    if (p && p == g_watched) {
        memcpy(g_seenAtFree, p, g_watchedSize);
        g_freed = true;
        g_watched = nullptr;
    }
}
} // namespace

void operator delete[](void* p) noexcept
{
    inspectBeforeFree(p);
    std::free(p);
}

void operator delete[](void* p, size_t) noexcept
{
    inspectBeforeFree(p);
    std::free(p);
}

void* operator new[](size_t n)
{
    if (void* p = std::malloc(n ? n : 1))
        return p;
    throw std::bad_alloc();
}

namespace lwc::test {

void FreedMemoryWatch::watch(const void* block, size_t size)
{
    g_watched = block;
    g_watchedSize = size < kMaxBytes ? size : kMaxBytes;
    g_freed = false;
}

bool FreedMemoryWatch::freed()
{
    return g_freed;
}

QByteArray FreedMemoryWatch::seenAtFree()
{
    return QByteArray(reinterpret_cast<const char*>(g_seenAtFree), qsizetype(g_watchedSize));
}

} // namespace lwc::test
