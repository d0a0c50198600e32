#include "VaultHeader.h"

#include <QCryptographicHash>
#include <QtEndian>

namespace lwc {

namespace {

constexpr char kMagic[] = "LWCVAULT";
constexpr qsizetype kMagicSize = 8;
constexpr qsizetype kFixedPartSize = 43; // magic .. key id
constexpr qsizetype kFlagsOffset = 103;
constexpr quint8 kFlagKeychain = 0x01;
constexpr qsizetype kChecksumSize = 32;

Error corrupt(const QString& why)
{
    return makeError(QStringLiteral("vault.header.corrupt"),
                     QCoreApplication::translate("lwc::VaultHeader",
                                                 "The vault file is not a valid vault (damaged or a different file). "
                                                 "Restore it from a backup."),
                     why);
}

void appendU32(QByteArray& out, quint32 v)
{
    char b[4];
    qToBigEndian(v, b);
    out.append(b, 4);
}

} // namespace

QByteArray VaultHeader::serialize() const
{
    Q_ASSERT(salt.size() == VaultCrypto::kSaltSize);
    Q_ASSERT(keyId.size() == kKeyIdSize);
    Q_ASSERT(passphraseWrap.size() == kWrapSize);
    Q_ASSERT(keychainWrap.isEmpty() || keychainWrap.size() == kWrapSize);
    QByteArray out;
    out.reserve(kSizeWithKeychain);
    out.append(kMagic, kMagicSize);
    out.append(char(kFormatVersion));
    out.append(char(kKdfScrypt));
    out.append(char(kdf.log2N));
    appendU32(out, kdf.r);
    appendU32(out, kdf.p);
    out.append(salt);
    out.append(keyId);
    out.append(passphraseWrap);
    out.append(char(hasKeychainWrap() ? kFlagKeychain : 0));
    out.append(keychainWrap);
    out.append(QCryptographicHash::hash(out, QCryptographicHash::Sha256));
    return out;
}

Result<VaultHeader> VaultHeader::parse(QByteArrayView bytes)
{
    if (bytes.size() < kMagicSize + 1 || bytes.first(kMagicSize) != QByteArrayView(kMagic, kMagicSize))
        return corrupt(QStringLiteral("no LWCVAULT magic (%1 bytes)").arg(bytes.size()));
    const quint8 version = quint8(bytes[kMagicSize]);
    if (version != kFormatVersion) {
        return makeError(QStringLiteral("vault.header.unsupportedVersion"),
                         QCoreApplication::translate("lwc::VaultHeader",
                                                     "The vault file was written by a newer or unknown version of "
                                                     "this program. Update the program to open it."),
                         QStringLiteral("format version %1, supported %2").arg(version).arg(kFormatVersion));
    }
    if (bytes.size() != kSizeWithoutKeychain && bytes.size() != kSizeWithKeychain)
        return corrupt(QStringLiteral("length %1, expected %2 or %3")
                           .arg(bytes.size())
                           .arg(kSizeWithoutKeychain)
                           .arg(kSizeWithKeychain));
    const QByteArrayView body = bytes.first(bytes.size() - kChecksumSize);
    if (QCryptographicHash::hash(body, QCryptographicHash::Sha256) != bytes.last(kChecksumSize)) {
        return makeError(QStringLiteral("vault.header.tampered"),
                         QCoreApplication::translate("lwc::VaultHeader",
                                                     "The vault file failed its integrity check: it was modified or "
                                                     "damaged. Restore it from a backup."),
                         QStringLiteral("header checksum mismatch"), Rule::S26);
    }
    if (quint8(bytes[9]) != kKdfScrypt)
        return corrupt(QStringLiteral("unknown KDF id %1").arg(quint8(bytes[9])));
    const quint8 flags = quint8(bytes[kFlagsOffset]);
    if ((flags & ~kFlagKeychain) != 0)
        return corrupt(QStringLiteral("unknown flags 0x%1").arg(flags, 2, 16, QLatin1Char('0')));
    const bool keychain = flags & kFlagKeychain;
    if (keychain != (bytes.size() == kSizeWithKeychain))
        return corrupt(QStringLiteral("keychain flag %1 does not match length %2").arg(keychain).arg(bytes.size()));

    VaultHeader h;
    h.kdf.log2N = quint8(bytes[10]);
    h.kdf.r = qFromBigEndian<quint32>(bytes.data() + 11);
    h.kdf.p = qFromBigEndian<quint32>(bytes.data() + 15);
    h.salt = bytes.sliced(19, VaultCrypto::kSaltSize).toByteArray();
    h.keyId = bytes.sliced(35, kKeyIdSize).toByteArray();
    h.passphraseWrap = bytes.sliced(kFixedPartSize, kWrapSize).toByteArray();
    if (keychain)
        h.keychainWrap = bytes.sliced(kFlagsOffset + 1, kWrapSize).toByteArray();
    return h;
}

QByteArray VaultHeader::associatedData(WrapSlot slot) const
{
    QByteArray aad;
    aad.append(kMagic, kMagicSize);
    aad.append(char(kFormatVersion));
    if (slot == WrapSlot::Passphrase) {
        aad.append(char(kKdfScrypt));
        aad.append(char(kdf.log2N));
        appendU32(aad, kdf.r);
        appendU32(aad, kdf.p);
        aad.append(salt);
        aad.append(keyId);
        aad.append("passphrase");
    } else {
        aad.append(keyId);
        aad.append("keychain");
    }
    return aad;
}

Result<QByteArray> VaultHeader::wrap(const SecretBytes& wrappingKey, const SecretBytes& dataKey, QByteArrayView aad)
{
    LWC_TRY(QByteArray nonce, VaultCrypto::randomBytes(VaultCrypto::kNonceSize));
    LWC_TRY(QByteArray sealed, VaultCrypto::encrypt(wrappingKey, nonce, aad, dataKey.view()));
    return nonce + sealed;
}

Result<SecretBytes> VaultHeader::unwrap(const SecretBytes& wrappingKey, QByteArrayView wrapped, QByteArrayView aad)
{
    if (wrapped.size() != kWrapSize)
        return makeError(VaultCrypto::kAuthenticationFailed, {},
                         QStringLiteral("wrap has %1 bytes").arg(wrapped.size()));
    LWC_TRY(SecretBytes key,
            VaultCrypto::decrypt(wrappingKey, wrapped.first(VaultCrypto::kNonceSize), aad,
                                 wrapped.sliced(VaultCrypto::kNonceSize)));
    if (key.size() != VaultCrypto::kKeySize)
        return makeError(VaultCrypto::kAuthenticationFailed, {}, QStringLiteral("unwrapped key has wrong size"));
    return key;
}

} // namespace lwc
