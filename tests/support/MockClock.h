#pragma once

#include "common/Clock.h"

namespace lwc::test {

// Test double for Clock: time stands still until the test moves it.
class MockClock final : public Clock {
public:
    explicit MockClock(QDateTime start = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC)) : m_now(std::move(start))
    {
    }
    QDateTime now() const override { return m_now; }
    void set(QDateTime time) { m_now = std::move(time); }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    void advanceDays(qint64 days) { m_now = m_now.addDays(days); }

private:
    QDateTime m_now;
};

} // namespace lwc::test
