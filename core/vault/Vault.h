#pragma once

#include "KeychainBackend.h"
#include "VaultCrypto.h"
#include "VaultHeader.h"
#include "VaultStore.h"

#include "common/Clock.h"
#include "common/Result.h"
#include "common/SecretBytes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoro/QCoroTask>
#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>

namespace lwc {

namespace detail {
struct NewVault; // header + data key of a vault being created (Vault.cpp)
} // namespace detail

// The encrypted vault for every secret the tool keeps at rest (S26).
//
// A random 32-byte data key encrypts secrets with AES-256-GCM (seal/open).
// The data key itself is stored only wrapped: by a key derived from the
// user's passphrase (scrypt) and, optionally, by a random key kept in the OS
// keychain. The wrapped forms live in a small header behind VaultStore.
//
// States: NoVault (no header stored) -> create() -> Unlocked; Locked <->
// Unlocked via unlock*/lock(). Only while Unlocked does the process hold the
// data key, in one SecretBytes; lock() wipes it, and so does an idle timeout
// (default 15 min, measured on the injected Clock).
//
// Failures never change what is stored: a wrong passphrase, a tampered
// header or a failed write leave the header byte-identical. Rate limiting of
// unlock attempts is the UI's job; the vault counts failures.
//
// Lives in one thread (the GUI's). The *Async variants run scrypt and large
// GCM jobs on the QtConcurrent pool so the event loop keeps turning; while
// one runs, other state changes answer vault.busy. lock() during an async
// unlock wins: the unlock then ends with vault.cancelled.
//
// Blob layout from seal(): version(1) | key id(8) | nonce(12) | ciphertext |
// tag(16); GCM authenticates version, key id and the caller's associated
// data, so a blob cannot be moved to another record or vault unnoticed.
class Vault : public QObject {
    Q_OBJECT
public:
    enum class State { NoVault, Locked, Unlocked };
    Q_ENUM(State)

    static constexpr quint8 kBlobVersion = 1;
    static constexpr qsizetype kBlobOverhead
        = 1 + VaultHeader::kKeyIdSize + VaultCrypto::kNonceSize + VaultCrypto::kTagSize;
    // Shortest accepted passphrase, in UTF-8 bytes (S26).
    static constexpr qsizetype kMinPassphraseBytes = 8;
    static constexpr std::chrono::milliseconds kDefaultIdleTimeout = std::chrono::minutes(15);
    // sealAsync/openAsync leave the GUI thread for inputs at least this large.
    static constexpr qsizetype kAsyncThreshold = 64 * 1024;

    explicit Vault(std::unique_ptr<VaultStore> store, std::shared_ptr<KeychainBackend> keychain = {},
                   QObject* parent = nullptr);
    ~Vault() override;

    // Reads the header: state becomes Locked (header found) or NoVault. A
    // damaged header is an error and the state stays NoVault, but create()
    // still refuses to overwrite it.
    Status load();

    State state() const { return m_state; }
    bool isUnlocked() const { return m_state == State::Unlocked; }
    QString location() const;
    bool hasKeychain() const { return m_keychain != nullptr; }
    bool keychainUnlockEnabled() const { return m_header && m_header->hasKeychainWrap(); }
    // Wrong passphrases since the last successful unlock (for the UI's back-off).
    int failedUnlockAttempts() const { return m_failedAttempts; }
    // Parameters of the stored header (defaults before create()).
    KdfParams storedKdfParams() const;

    // Parameters for new wraps (create, changePassphrase). Refuses values
    // below KdfParams::minimum() or above the limits.
    Status setKdfParams(const KdfParams& params);
    KdfParams kdfParams() const { return m_kdf; }
    // 0 turns auto-lock off.
    void setIdleTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds idleTimeout() const { return m_idleTimeout; }
    // Time source for the idle timeout (tests: MockClock). Must outlive the vault.
    void setClock(const Clock& clock);

    // Blocking variants: scrypt takes ~0.3 s with the default parameters.
    // Fine for the CLI and tests; the GUI uses the *Async variants.
    Status create(const SecretBytes& passphrase);
    Status unlock(const SecretBytes& passphrase);
    // Re-wraps the data key under the new passphrase (new salt, current
    // kdfParams()); sealed blobs stay valid. Works locked or unlocked and
    // does not change the state.
    Status changePassphrase(const SecretBytes& oldPassphrase, const SecretBytes& newPassphrase);
    // Wipes the data key. No-op unless unlocked.
    void lock();

    QCoro::Task<Status> createAsync(SecretBytes passphrase);
    QCoro::Task<Status> unlockAsync(SecretBytes passphrase);
    QCoro::Task<Status> changePassphraseAsync(SecretBytes oldPassphrase, SecretBytes newPassphrase);
    // Unlock with the key stored in the OS keychain (enableKeychainUnlock).
    QCoro::Task<Status> unlockWithKeychain();
    // Needs Unlocked: stores a new random key in the keychain and a wrap of
    // the data key under it in the header.
    QCoro::Task<Status> enableKeychainUnlock();
    // Drops the keychain wrap from the header, then the keychain entry.
    QCoro::Task<Status> disableKeychainUnlock();

    // Encrypts `secret`, binding `associatedData` (the record it belongs to,
    // e.g. "credential:<endpoint>:psk"). Needs Unlocked.
    Result<QByteArray> seal(const SecretBytes& secret, QByteArrayView associatedData);
    // Decrypts a blob from seal() with the same associated data; the
    // plaintext exists only in the returned SecretBytes.
    Result<SecretBytes> open(QByteArrayView blob, QByteArrayView associatedData);
    QCoro::Task<Result<QByteArray>> sealAsync(SecretBytes secret, QByteArray associatedData);
    QCoro::Task<Result<SecretBytes>> openAsync(QByteArray blob, QByteArray associatedData);

    // Locks if the idle timeout has passed on the clock; the idle timer
    // calls it, and the UI may after a system resume.
    void checkIdle();

    // The keychain entry name for the stored vault ("vault-<key id hex>").
    QString keychainEntryName() const;

Q_SIGNALS:
    void stateChanged(lwc::Vault::State state);
    void unlockFailed(int failedAttempts);
    // Emitted after the idle timeout locked the vault.
    void autoLocked();

private:
    void setState(State state);
    Status checkCanCreate(const SecretBytes& passphrase);
    Status checkCanUnlock() const;
    Status checkNotBusy() const;
    Status finishCreate(Result<detail::NewVault> created);
    Status finishUnlock(Result<SecretBytes> dataKey, const QString& how);
    Status finishChangePassphrase(Result<VaultHeader> rewrapped);
    Status writeHeader(const VaultHeader& header);
    // Locks if idle too long, then checks Unlocked and records activity.
    Status useDataKey();
    void touch();
    void armIdleTimer();

    std::unique_ptr<VaultStore> m_store;
    std::shared_ptr<KeychainBackend> m_keychain;
    std::optional<VaultHeader> m_header;
    SecretBytes m_dataKey;
    State m_state = State::NoVault;
    KdfParams m_kdf = KdfParams::defaults();
    std::chrono::milliseconds m_idleTimeout = kDefaultIdleTimeout;
    const Clock* m_clock;
    QDateTime m_lastUse;
    QTimer m_idleTimer;
    int m_failedAttempts = 0;
    // Bumped by lock(): async work started before a lock is discarded.
    quint64 m_epoch = 0;
    bool m_busy = false;
};

} // namespace lwc
