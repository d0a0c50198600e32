#pragma once

#include <QString>

namespace lwc::test {

// tests/data in the source tree.
inline QString dataPath(const QString& relative)
{
    return QStringLiteral(LWC_TEST_DATA_DIR "/") + relative;
}

inline QString sourcePath(const QString& relative)
{
    return QStringLiteral(LWC_SOURCE_DIR "/") + relative;
}

inline QString binaryPath(const QString& relative)
{
    return QStringLiteral(LWC_BINARY_DIR "/") + relative;
}

} // namespace lwc::test
