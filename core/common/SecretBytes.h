#pragma once

#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDebug>

#include <cstddef>
#include <iosfwd>
#include <span>

namespace lwc {

// The only type that holds a PSK, PIN, private key or session key.
//
// - move-only; copies are explicit (clone()),
// - wiped with OPENSSL_cleanse when destroyed, moved from, or wipe()d,
// - no implicit conversion to QByteArray/QString; QDebug and std::ostream
//   print "<secret:N bytes>",
// - while alive (and at least kMinRedactLength bytes), its raw, hex and
//   base64 forms are redacted from every log line (see Log.h).
class SecretBytes {
public:
    static constexpr qsizetype kMinRedactLength = 4;

    SecretBytes() noexcept = default;
    ~SecretBytes();

    SecretBytes(SecretBytes&& other) noexcept;
    SecretBytes& operator=(SecretBytes&& other) noexcept;
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;

    // Zero-filled buffer of `size` bytes, to be filled through data().
    static SecretBytes zeroed(qsizetype size);
    // Copies `bytes`; the caller stays responsible for wiping its source.
    static SecretBytes copyOf(QByteArrayView bytes);
    // Copies `source` and wipes it (also detaches it, so no shared copy remains).
    static SecretBytes takeFrom(QByteArray& source);
    // UTF-8 of `text`, then wipes the QString's buffer.
    static SecretBytes takeUtf8(QString& text);
    // `size` bytes from OpenSSL's CSPRNG (RAND_priv_bytes).
    static Result<SecretBytes> random(qsizetype size);

    SecretBytes clone() const { return copyOf(view()); }

    qsizetype size() const noexcept { return m_size; }
    bool isEmpty() const noexcept { return m_size == 0; }
    const unsigned char* data() const noexcept { return m_data; }
    unsigned char* data() noexcept { return m_data; }
    // Explicit read access for crypto and codec APIs. Never log what it shows.
    QByteArrayView view() const noexcept { return {reinterpret_cast<const char*>(m_data), m_size}; }
    std::span<const std::byte> bytes() const noexcept
    {
        return {reinterpret_cast<const std::byte*>(m_data), size_t(m_size)};
    }
    // A plain QByteArray copy, for the few places (a payload on the wire) that
    // need one. The caller wipes it (wipeByteArray) when done.
    QByteArray revealCopy() const { return QByteArray(reinterpret_cast<const char*>(m_data), m_size); }

    // Constant-time comparison (CRYPTO_memcmp); sizes are not secret.
    bool equals(const SecretBytes& other) const noexcept;
    bool equals(QByteArrayView other) const noexcept;

    // Cleanses and releases the buffer; size() becomes 0.
    void wipe() noexcept;

    // "<secret:N bytes>"
    QString describe() const;

private:
    void allocate(qsizetype size);

    unsigned char* m_data = nullptr;
    qsizetype m_size = 0;
};

// Cleanses a QByteArray/QString buffer in place (after detaching it), then clears it.
void wipeByteArray(QByteArray& bytes) noexcept;
void wipeString(QString& text) noexcept;

QDebug operator<<(QDebug debug, const SecretBytes& secret);
std::ostream& operator<<(std::ostream& os, const SecretBytes& secret);

namespace detail {
// Live-secret registry used by the log redaction rule.
void forEachLiveSecret(void (*visit)(QByteArrayView secret, void* context), void* context);
qsizetype liveSecretCount();
} // namespace detail

} // namespace lwc
