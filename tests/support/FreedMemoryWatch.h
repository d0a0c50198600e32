#pragma once

#include <QByteArray>

#include <cstddef>

namespace lwc::test {

// Watches one heap block allocated with new[] (SecretBytes' buffer): when it
// is freed, its last bytes are copied first, so a test can check a wipe
// happened before the memory went back to the allocator. Linking this
// replaces the global operator new[]/delete[] of the test binary.
class FreedMemoryWatch {
public:
    static constexpr size_t kMaxBytes = 64;
    // Starts watching `block` (`size` <= kMaxBytes).
    static void watch(const void* block, size_t size);
    static bool freed();
    // The bytes the block held when it was freed.
    static QByteArray seenAtFree();
};

} // namespace lwc::test
