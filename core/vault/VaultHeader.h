#pragma once

#include "VaultCrypto.h"

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace lwc {

// The vault file: everything needed to recover the data key, nothing that
// reveals it. Binary, fixed layout, big-endian (format version 1):
//
//   offset size
//        0    8  magic "LWCVAULT"
//        8    1  format version (1)
//        9    1  KDF id (1 = scrypt)
//       10    1  log2 N
//       11    4  r
//       15    4  p
//       19   16  salt
//       35    8  key id (random; names the data key, stamped into every blob)
//       43   60  passphrase wrap: nonce(12) | AES-256-GCM(data key)(32) | tag(16)
//      103    1  flags (bit 0: keychain wrap present; other bits must be 0)
//      104   60  keychain wrap (only when flag bit 0 is set)
//    104/164 32  SHA-256 of all bytes before it
//
// The passphrase wrap authenticates bytes 0..43 plus the label "passphrase"
// as associated data, so KDF parameters, salt and key id cannot be changed
// (e.g. downgraded) without the unwrap failing. The keychain wrap
// authenticates magic, version and key id plus the label "keychain" — not
// the KDF fields, so changing the passphrase leaves it valid. The trailing
// checksum tells accidental damage apart from a wrong passphrase; deliberate
// changes are caught by the GCM tags, which the checksum does not replace.
struct VaultHeader {
    static constexpr quint8 kFormatVersion = 1;
    static constexpr quint8 kKdfScrypt = 1;
    static constexpr qsizetype kKeyIdSize = 8;
    static constexpr qsizetype kWrapSize = VaultCrypto::kNonceSize + VaultCrypto::kKeySize + VaultCrypto::kTagSize;
    static constexpr qsizetype kSizeWithoutKeychain = 104 + 32;
    static constexpr qsizetype kSizeWithKeychain = 104 + kWrapSize + 32;

    enum class WrapSlot { Passphrase, Keychain };

    KdfParams kdf;
    QByteArray salt; // kSaltSize bytes
    QByteArray keyId; // kKeyIdSize bytes
    QByteArray passphraseWrap; // kWrapSize bytes
    QByteArray keychainWrap; // empty or kWrapSize bytes

    bool hasKeychainWrap() const { return !keychainWrap.isEmpty(); }

    QByteArray serialize() const;
    // Checks structure, magic, version and checksum; not the KDF floor (that
    // is VaultCrypto::checkKdfParams, run before every derivation).
    static Result<VaultHeader> parse(QByteArrayView bytes);

    // Associated data for a wrap slot (see the layout above).
    QByteArray associatedData(WrapSlot slot) const;

    // Wraps/unwraps the data key for a slot with a fresh random nonce.
    static Result<QByteArray> wrap(const SecretBytes& wrappingKey, const SecretBytes& dataKey, QByteArrayView aad);
    // Error code VaultCrypto::kAuthenticationFailed for a wrong wrapping key.
    static Result<SecretBytes> unwrap(const SecretBytes& wrappingKey, QByteArrayView wrapped, QByteArrayView aad);

    bool operator==(const VaultHeader&) const = default;
};

} // namespace lwc
