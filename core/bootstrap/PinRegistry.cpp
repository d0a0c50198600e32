#include "PinRegistry.h"

#include "common/Log.h"

#include <QCoreApplication>

namespace lwc::bootstrap {

QString PinRegistry::stateName(State state)
{
    switch (state) {
    case State::Fresh:
        return QStringLiteral("fresh");
    case State::Handshaking:
        return QStringLiteral("handshaking");
    case State::InUse:
        return QStringLiteral("in-use");
    case State::Consumed:
        return QStringLiteral("consumed");
    case State::Burnt:
        return QStringLiteral("burnt");
    case State::Expired:
        return QStringLiteral("expired");
    case State::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

void PinRegistry::refresh(Entry& e) const
{
    if ((e.state == State::Fresh || e.state == State::Handshaking) && m_clock.now() >= e.expiresAt) {
        e.state = State::Expired;
        e.pin.wipe();
    }
}

Status PinRegistry::add(const QByteArray& identity, SecretBytes pin, std::chrono::minutes expiry, int maxFailures)
{
    auto it = m_entries.find(identity);
    if (it != m_entries.end()) {
        refresh(it->second);
        const State s = it->second.state;
        if (s == State::Fresh || s == State::Handshaking || s == State::InUse)
            return makeError(QStringLiteral("pin.duplicate"),
                             QCoreApplication::translate("lwc::bootstrap::PinRegistry",
                                                         "A PIN for this device identity is still active."),
                             QString::fromUtf8(identity), Rule::S4);
    }
    Entry e;
    e.pin = std::move(pin);
    e.expiresAt = m_clock.now().addSecs(qint64(expiry.count()) * 60);
    e.maxFailures = qMax(1, maxFailures);
    m_entries[identity] = std::move(e);
    qCInfo(lcBootstrap).noquote() << "PIN registered for identity" << QString::fromUtf8(identity) << "expires"
                                  << m_entries[identity].expiresAt.toString(Qt::ISODate);
    return {};
}

std::optional<SecretBytes> PinRegistry::beginHandshake(const QByteArray& identity, quint64 sessionId)
{
    auto it = m_entries.find(identity);
    if (it == m_entries.end())
        return std::nullopt;
    Entry& e = it->second;
    refresh(e);
    if (e.state == State::Handshaking && e.session != sessionId) {
        qCWarning(lcBootstrap).noquote() << "PIN for" << QString::fromUtf8(identity)
                                         << "refused: another handshake is using it (S4)";
        return std::nullopt;
    }
    if (e.state != State::Fresh && e.state != State::Handshaking) {
        qCWarning(lcBootstrap).noquote() << "PIN for" << QString::fromUtf8(identity)
                                         << "refused:" << stateName(e.state);
        return std::nullopt;
    }
    if (e.notBefore.isValid() && m_clock.now() < e.notBefore) {
        qCWarning(lcBootstrap).noquote() << "PIN for" << QString::fromUtf8(identity) << "refused: rate limit after"
                                         << e.failures << "failed attempts (S4)";
        return std::nullopt;
    }
    e.state = State::Handshaking;
    e.session = sessionId;
    return e.pin.clone();
}

void PinRegistry::handshakeSucceeded(const QByteArray& identity, quint64 sessionId)
{
    auto it = m_entries.find(identity);
    if (it == m_entries.end() || it->second.session != sessionId || it->second.state != State::Handshaking)
        return;
    it->second.state = State::InUse;
    // The PIN did its job; nobody needs it again (single use, S4).
    it->second.pin.wipe();
}

void PinRegistry::handshakeFailed(const QByteArray& identity, quint64 sessionId)
{
    auto it = m_entries.find(identity);
    if (it == m_entries.end())
        return;
    Entry& e = it->second;
    if (e.state != State::Handshaking || e.session != sessionId)
        return;
    ++e.failures;
    e.session = 0;
    // Back-off: 1 s, 2 s, 4 s, ... between attempts.
    e.notBefore = m_clock.now().addSecs(qint64(1) << qMin(e.failures - 1, 10));
    if (e.failures >= e.maxFailures) {
        e.state = State::Burnt;
        e.pin.wipe();
        qCWarning(lcBootstrap).noquote() << "PIN for" << QString::fromUtf8(identity) << "burnt after" << e.failures
                                         << "failed handshakes (S4)";
    } else {
        e.state = State::Fresh;
        qCWarning(lcBootstrap).noquote() << "failed PIN handshake" << e.failures << "of" << e.maxFailures << "for"
                                         << QString::fromUtf8(identity);
    }
}

void PinRegistry::consume(const QByteArray& identity)
{
    auto it = m_entries.find(identity);
    if (it == m_entries.end())
        return;
    if (it->second.state == State::InUse || it->second.state == State::Handshaking
        || it->second.state == State::Fresh) {
        it->second.state = State::Consumed;
        it->second.pin.wipe();
    }
}

PinRegistry::State PinRegistry::state(const QByteArray& identity) const
{
    auto it = m_entries.find(identity);
    if (it == m_entries.end())
        return State::Unknown;
    Entry& e = const_cast<Entry&>(it->second);
    refresh(e);
    return e.state;
}

int PinRegistry::failures(const QByteArray& identity) const
{
    auto it = m_entries.find(identity);
    return it == m_entries.end() ? 0 : it->second.failures;
}

QDateTime PinRegistry::expiresAt(const QByteArray& identity) const
{
    auto it = m_entries.find(identity);
    return it == m_entries.end() ? QDateTime() : it->second.expiresAt;
}

QString PinRegistry::refusalReason(const QByteArray& identity) const
{
    const State s = state(identity);
    if (s == State::Fresh) {
        auto it = m_entries.find(identity);
        if (it->second.notBefore.isValid() && m_clock.now() < it->second.notBefore)
            return QStringLiteral("rate-limited");
        return {};
    }
    return stateName(s);
}

} // namespace lwc::bootstrap
