#include "VaultCrypto.h"

#include "common/OpenSslError.h"

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <climits>
#include <memory>

namespace lwc {

namespace {

struct CipherCtxFree {
    void operator()(EVP_CIPHER_CTX* ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxFree>;

// EVP_*Update take int lengths: feed large inputs in slices.
constexpr qsizetype kSlice = qsizetype(1) << 30;

Error cryptoError(const QString& what)
{
    return makeError(QStringLiteral("vault.crypto"),
                     QCoreApplication::translate("lwc::VaultCrypto",
                                                 "An encryption routine failed inside OpenSSL. Nothing was changed; "
                                                 "restart the program and report the details if it happens again."),
                     what + QLatin1String(": ") + drainOpenSslErrors());
}

} // namespace

const QString VaultCrypto::kAuthenticationFailed = QStringLiteral("vault.crypto.authenticationFailed");

quint64 KdfParams::memoryBytes() const
{
    return 128ull * r * (quint64(1) << log2N) + 128ull * r * p;
}

QString KdfParams::describe() const
{
    return QStringLiteral("N=2^%1 r=%2 p=%3").arg(log2N).arg(r).arg(p);
}

Status VaultCrypto::checkKdfParams(const KdfParams& params)
{
    const KdfParams floor = KdfParams::minimum();
    // S26: secrets at rest stay protected by a KDF at least this costly; a
    // header that asks for less was downgraded (or written by a broken tool).
    if (params.log2N < floor.log2N || params.r < floor.r || params.p < floor.p) {
        return makeError(QStringLiteral("vault.kdfDowngrade"),
                         QCoreApplication::translate("lwc::VaultCrypto",
                                                     "The vault file asks for weaker passphrase protection than this "
                                                     "program allows, so it was modified or damaged. Restore the vault "
                                                     "file from a backup."),
                         QStringLiteral("header asks for %1, minimum is %2").arg(params.describe(), floor.describe()),
                         Rule::S26);
    }
    if (params.log2N > kMaxLog2N || params.r > kMaxR || params.p > kMaxP || params.memoryBytes() > kMaxMemoryBytes) {
        return makeError(QStringLiteral("vault.kdfUnsupported"),
                         QCoreApplication::translate("lwc::VaultCrypto",
                                                     "The vault file asks for more passphrase-hashing memory or time "
                                                     "than this program allows. Restore the vault file from a backup."),
                         QStringLiteral("header asks for %1 (%2 bytes), maximum is N=2^%3 r=%4 p=%5, %6 bytes")
                             .arg(params.describe())
                             .arg(params.memoryBytes())
                             .arg(kMaxLog2N)
                             .arg(kMaxR)
                             .arg(kMaxP)
                             .arg(kMaxMemoryBytes));
    }
    return Status::success();
}

Result<SecretBytes> VaultCrypto::deriveKey(const SecretBytes& passphrase, QByteArrayView salt, const KdfParams& params)
{
    LWC_CHECK(checkKdfParams(params));
    SecretBytes key = SecretBytes::zeroed(kKeySize);
    // maxmem must exceed what the parameters need, else OpenSSL refuses.
    const quint64 maxMemory = params.memoryBytes() + (quint64(1) << 20);
    static const unsigned char empty = 0;
    const unsigned char* pass = passphrase.isEmpty() ? &empty : passphrase.data();
    if (EVP_PBE_scrypt(reinterpret_cast<const char*>(pass), size_t(passphrase.size()),
                       reinterpret_cast<const unsigned char*>(salt.data()), size_t(salt.size()),
                       quint64(1) << params.log2N, params.r, params.p, maxMemory, key.data(), size_t(key.size()))
        != 1) {
        return cryptoError(QStringLiteral("EVP_PBE_scrypt(%1)").arg(params.describe()));
    }
    return key;
}

Result<QByteArray> VaultCrypto::encrypt(const SecretBytes& key, QByteArrayView nonce, QByteArrayView associatedData,
                                        QByteArrayView plaintext)
{
    QByteArray out;
    LWC_CHECK(encryptAppend(out, key, nonce, associatedData, plaintext));
    return out;
}

Status VaultCrypto::encryptAppend(QByteArray& out, const SecretBytes& key, QByteArrayView nonce,
                                  QByteArrayView associatedData, QByteArrayView plaintext)
{
    if (key.size() != kKeySize || nonce.size() != kNonceSize)
        return cryptoError(QStringLiteral("encrypt: bad key or nonce size"));
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, int(kNonceSize), nullptr) != 1
        || EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, key.data(),
                              reinterpret_cast<const unsigned char*>(nonce.data()))
            != 1) {
        return cryptoError(QStringLiteral("EVP_EncryptInit_ex(aes-256-gcm)"));
    }
    int len = 0;
    for (qsizetype off = 0; off < associatedData.size(); off += kSlice) {
        const int n = int(qMin(kSlice, associatedData.size() - off));
        if (EVP_EncryptUpdate(ctx.get(), nullptr, &len,
                              reinterpret_cast<const unsigned char*>(associatedData.data()) + off, n)
            != 1)
            return cryptoError(QStringLiteral("EVP_EncryptUpdate(aad)"));
    }
    const qsizetype start = out.size();
    out.resize(start + plaintext.size() + kTagSize);
    auto* dst = reinterpret_cast<unsigned char*>(out.data()) + start;
    auto fail = [&](const QString& what) {
        out.truncate(start);
        return cryptoError(what);
    };
    // GCM is a stream mode: Update writes exactly what it reads, Final nothing.
    qsizetype written = 0;
    for (qsizetype off = 0; off < plaintext.size(); off += kSlice) {
        const int n = int(qMin(kSlice, plaintext.size() - off));
        if (EVP_EncryptUpdate(ctx.get(), dst + written, &len,
                              reinterpret_cast<const unsigned char*>(plaintext.data()) + off, n)
                != 1
            || len != n)
            return fail(QStringLiteral("EVP_EncryptUpdate"));
        written += len;
    }
    unsigned char tail[16];
    if (EVP_EncryptFinal_ex(ctx.get(), tail, &len) != 1 || len != 0)
        return fail(QStringLiteral("EVP_EncryptFinal_ex"));
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, int(kTagSize), dst + written) != 1)
        return fail(QStringLiteral("EVP_CTRL_GCM_GET_TAG"));
    return Status::success();
}

Result<SecretBytes> VaultCrypto::decrypt(const SecretBytes& key, QByteArrayView nonce, QByteArrayView associatedData,
                                         QByteArrayView ciphertextAndTag)
{
    if (key.size() != kKeySize || nonce.size() != kNonceSize)
        return cryptoError(QStringLiteral("decrypt: bad key or nonce size"));
    if (ciphertextAndTag.size() < kTagSize)
        return makeError(kAuthenticationFailed, {}, QStringLiteral("shorter than a GCM tag"));
    const QByteArrayView ciphertext = ciphertextAndTag.first(ciphertextAndTag.size() - kTagSize);
    QByteArray tag = ciphertextAndTag.last(kTagSize).toByteArray();

    CipherCtx ctx(EVP_CIPHER_CTX_new());
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, int(kNonceSize), nullptr) != 1
        || EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, key.data(),
                              reinterpret_cast<const unsigned char*>(nonce.data()))
            != 1) {
        return cryptoError(QStringLiteral("EVP_DecryptInit_ex(aes-256-gcm)"));
    }
    int len = 0;
    for (qsizetype off = 0; off < associatedData.size(); off += kSlice) {
        const int n = int(qMin(kSlice, associatedData.size() - off));
        if (EVP_DecryptUpdate(ctx.get(), nullptr, &len,
                              reinterpret_cast<const unsigned char*>(associatedData.data()) + off, n)
            != 1)
            return cryptoError(QStringLiteral("EVP_DecryptUpdate(aad)"));
    }
    // Decrypt straight into the secret's buffer: no plaintext copy elsewhere.
    // GCM is a stream mode: Update writes exactly what it reads, Final nothing.
    SecretBytes plain = SecretBytes::zeroed(ciphertext.size());
    qsizetype written = 0;
    for (qsizetype off = 0; off < ciphertext.size(); off += kSlice) {
        const int n = int(qMin(kSlice, ciphertext.size() - off));
        if (EVP_DecryptUpdate(ctx.get(), plain.data() + written, &len,
                              reinterpret_cast<const unsigned char*>(ciphertext.data()) + off, n)
                != 1
            || len != n)
            return cryptoError(QStringLiteral("EVP_DecryptUpdate"));
        written += len;
    }
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, int(kTagSize), tag.data()) != 1)
        return cryptoError(QStringLiteral("EVP_CTRL_GCM_SET_TAG"));
    unsigned char tail[16];
    if (EVP_DecryptFinal_ex(ctx.get(), tail, &len) != 1) {
        // Expected for a wrong key or changed data: not an OpenSSL fault.
        clearOpenSslErrors();
        return makeError(kAuthenticationFailed, {}, QStringLiteral("AES-256-GCM tag mismatch"));
    }
    if (len != 0)
        return cryptoError(QStringLiteral("EVP_DecryptFinal_ex returned data"));
    return plain;
}

Result<QByteArray> VaultCrypto::randomBytes(qsizetype size)
{
    QByteArray out(size, Qt::Uninitialized);
    if (size > 0 && RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), int(size)) != 1) {
        return makeError(QStringLiteral("crypto.rng"),
                         QCoreApplication::translate("lwc::SecretBytes", "The random number generator failed."),
                         QStringLiteral("RAND_bytes: ") + drainOpenSslErrors());
    }
    return out;
}

} // namespace lwc
