#include "LogCapture.h"

namespace lwc::test {

LogCapture::LogCapture()
{
    installLogHandler(LogOptions {true, {}});
    m_sinkId = addLogSink([this](const LogRecord& record) {
        QMutexLocker lock(&m_mutex);
        m_lines << record.category + QLatin1String(": ") + record.message;
    });
}

LogCapture::~LogCapture()
{
    removeLogSink(m_sinkId);
}

QStringList LogCapture::lines() const
{
    QMutexLocker lock(&m_mutex);
    return m_lines;
}

bool LogCapture::contains(QStringView needle) const
{
    QMutexLocker lock(&m_mutex);
    for (const QString& l : m_lines)
        if (l.contains(needle))
            return true;
    return false;
}

void LogCapture::clear()
{
    QMutexLocker lock(&m_mutex);
    m_lines.clear();
}

} // namespace lwc::test
