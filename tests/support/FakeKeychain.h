#pragma once

// In-memory test double for the OS keychain (headless CI has none, see
// PLATFORM.md). Header-only so any test target can use it. Each call really
// suspends (one event-loop turn), like a D-Bus round trip.
#include "vault/KeychainBackend.h"

#include <QCoro/QCoroTimer>

#include <chrono>
#include <map>

namespace lwc::test {

class FakeKeychain final : public KeychainBackend {
public:
    enum class Mode { Working, Unavailable, Denied };

    void setMode(Mode mode) { m_mode = mode; }
    bool contains(const QString& key) const { return m_entries.count(key) != 0; }
    // The stored secret (to check what the vault put there), or nullptr.
    const SecretBytes* entry(const QString& key) const
    {
        const auto it = m_entries.find(key);
        return it == m_entries.end() ? nullptr : &it->second;
    }
    // Replaces an entry behind the vault's back (another program, a restore).
    void overwrite(const QString& key, SecretBytes secret) { m_entries[key] = std::move(secret); }
    std::size_t size() const { return m_entries.size(); }
    int calls() const { return m_calls; }

    QCoro::Task<Result<SecretBytes>> read(QString key) override
    {
        co_await roundTrip();
        if (auto failure = modeError())
            co_return *failure;
        const auto it = m_entries.find(key);
        if (it == m_entries.end())
            co_return notFound(key);
        co_return it->second.clone();
    }

    QCoro::Task<Status> write(QString key, SecretBytes secret) override
    {
        co_await roundTrip();
        if (auto failure = modeError())
            co_return *failure;
        m_entries[key] = std::move(secret);
        co_return Status::success();
    }

    QCoro::Task<Status> remove(QString key) override
    {
        co_await roundTrip();
        if (auto failure = modeError())
            co_return *failure;
        m_entries.erase(key);
        co_return Status::success();
    }

private:
    QCoro::Task<> roundTrip()
    {
        ++m_calls;
        co_await QCoro::sleepFor(std::chrono::milliseconds(1));
    }
    std::optional<Error> modeError() const
    {
        switch (m_mode) {
        case Mode::Working:
            return std::nullopt;
        case Mode::Unavailable:
            return unavailable(QStringLiteral("FakeKeychain: no backend"));
        case Mode::Denied:
            return denied(QStringLiteral("FakeKeychain: denied"));
        }
        return std::nullopt;
    }

    std::map<QString, SecretBytes> m_entries;
    Mode m_mode = Mode::Working;
    int m_calls = 0;
};

} // namespace lwc::test
