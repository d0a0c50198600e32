#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "common/SecretBytes.h"

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <map>
#include <optional>

namespace lwc::bootstrap {

// PINs for PIN/ECDHE-PSK bootstrap (S4): single-use, short-lived, and burnt
// after a few failed handshakes. Failed attempts are rate-limited (an
// exponential back-off between attempts) and logged. Time comes from the
// Clock seam.
class PinRegistry {
public:
    enum class State { Fresh, Handshaking, InUse, Consumed, Burnt, Expired, Unknown };
    static QString stateName(State state);

    explicit PinRegistry(const Clock& clock = Clock::system()) : m_clock(clock) { }

    // Registers a PIN for `identity`. Refused if an unfinished PIN exists.
    Status add(const QByteArray& identity, SecretBytes pin, std::chrono::minutes expiry, int maxFailures);

    // Handshake start (the PSK identity callback): the PIN as the PSK, or
    // nullopt if the PIN is unknown, expired, burnt, used, busy with another
    // handshake or inside its back-off period.
    std::optional<SecretBytes> beginHandshake(const QByteArray& identity, quint64 sessionId);
    // The handshake with `sessionId` completed: the PIN is now in use and
    // no other session may use it.
    void handshakeSucceeded(const QByteArray& identity, quint64 sessionId);
    // The handshake failed (wrong PIN, or the peer gave up): counts a failure.
    void handshakeFailed(const QByteArray& identity, quint64 sessionId);
    // The session that used the PIN ended: the PIN is spent for good.
    void consume(const QByteArray& identity);

    State state(const QByteArray& identity) const;
    int failures(const QByteArray& identity) const;
    QDateTime expiresAt(const QByteArray& identity) const;
    // Why beginHandshake() would refuse now, for reports ("expired", "burnt", ...).
    QString refusalReason(const QByteArray& identity) const;

private:
    struct Entry {
        SecretBytes pin;
        QDateTime expiresAt;
        int maxFailures = 3;
        int failures = 0;
        QDateTime notBefore; // back-off after a failure
        quint64 session = 0;
        State state = State::Fresh;
    };
    void refresh(Entry& e) const;

    const Clock& m_clock;
    std::map<QByteArray, Entry> m_entries;
};

} // namespace lwc::bootstrap
