#pragma once

#include "common/Result.h"
#include "common/SecretBytes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace lwc {

// scrypt cost parameters, stored in the vault header. N = 2^log2N.
struct KdfParams {
    quint8 log2N = 17;
    quint32 r = 8;
    quint32 p = 1;

    // The parameters new wraps use. N = 2^17, r = 8, p = 1 takes ~0.3 s and
    // 128 MiB on the reference machine (Debian 12, 2 cores; bench_vault).
    static KdfParams defaults() { return {}; }
    // The floor (S26): a header asking for less is refused as a downgrade.
    // N = 2^15 is ~0.08 s on the reference machine.
    static KdfParams minimum() { return {15, 8, 1}; }

    // Memory scrypt needs: 128 * r * N bytes for V plus 128 * r * p for B.
    quint64 memoryBytes() const;
    // "N=2^17 r=8 p=1"
    QString describe() const;

    bool operator==(const KdfParams&) const = default;
};

// The OpenSSL primitives of the vault. Stateless and thread-safe: the async
// Vault API calls them from QtConcurrent workers.
class VaultCrypto {
public:
    static constexpr qsizetype kKeySize = 32; // AES-256
    static constexpr qsizetype kNonceSize = 12; // GCM IV
    static constexpr qsizetype kTagSize = 16;
    static constexpr qsizetype kSaltSize = 16;
    // Upper bounds accepted from a header, so a crafted file cannot make an
    // unlock allocate gigabytes or run for minutes.
    static constexpr quint8 kMaxLog2N = 20;
    static constexpr quint32 kMaxR = 32;
    static constexpr quint32 kMaxP = 16;
    static constexpr quint64 kMaxMemoryBytes = quint64(1) << 30;
    // Error code of decrypt() when the tag does not verify: wrong key,
    // changed ciphertext or different associated data. Callers map it to
    // their own code (vault.wrongPassphrase, vault.tampered).
    static const QString kAuthenticationFailed;

    // Refuses parameters below KdfParams::minimum() (S26: downgrade) or
    // above the bounds (a crafted header asking for too much).
    static Status checkKdfParams(const KdfParams& params);

    // KEK = scrypt(passphrase, salt, params), 32 bytes. Slow by design.
    static Result<SecretBytes> deriveKey(const SecretBytes& passphrase, QByteArrayView salt, const KdfParams& params);

    // AES-256-GCM. Returns ciphertext || tag.
    static Result<QByteArray> encrypt(const SecretBytes& key, QByteArrayView nonce, QByteArrayView associatedData,
                                      QByteArrayView plaintext);
    // The same, appending ciphertext || tag to `out` (one buffer for a whole
    // blob: large secrets are not copied twice). On failure `out` keeps its
    // previous size.
    static Status encryptAppend(QByteArray& out, const SecretBytes& key, QByteArrayView nonce,
                                QByteArrayView associatedData, QByteArrayView plaintext);
    // AES-256-GCM open of ciphertext || tag. The plaintext goes straight into
    // a SecretBytes buffer; on a tag mismatch it is wiped and the error code
    // is kAuthenticationFailed.
    static Result<SecretBytes> decrypt(const SecretBytes& key, QByteArrayView nonce, QByteArrayView associatedData,
                                       QByteArrayView ciphertextAndTag);

    // Public randomness (nonces, salts, key ids) from OpenSSL's CSPRNG.
    static Result<QByteArray> randomBytes(qsizetype size);
};

} // namespace lwc
