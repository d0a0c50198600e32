#pragma once

#include "common/Log.h"

#include <QMutex>
#include <QStringList>

namespace lwc::test {

// Collects every (already redacted) log record while alive, so a test can
// grep what a run logged.
class LogCapture {
public:
    LogCapture();
    ~LogCapture();
    LogCapture(const LogCapture&) = delete;
    LogCapture& operator=(const LogCapture&) = delete;

    QStringList lines() const;
    QString text() const { return lines().join(u'\n'); }
    bool contains(QStringView needle) const;
    void clear();

private:
    mutable QMutex m_mutex;
    QStringList m_lines;
    int m_sinkId = 0;
};

} // namespace lwc::test
