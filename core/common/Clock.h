#pragma once

#include <QDateTime>

namespace lwc {

// Time seam for certificate validity, PIN expiry and job timestamps. Tests
// use MockClock (tests/support) to move time without sleeping.
class Clock {
public:
    virtual ~Clock() = default;
    // Current time, UTC.
    virtual QDateTime now() const = 0;
    // The process-wide real clock.
    static const Clock& system();
};

class SystemClock final : public Clock {
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace lwc
