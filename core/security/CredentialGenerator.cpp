#include "CredentialGenerator.h"

#include "CoroutineAttributes.h"
#include "OpenSslUtil.h"

#include <QCoreApplication>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

#include <qcoro/qcorofuture.h>

#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/rand.h>

#include <cmath>
#include <memory>

namespace lwc::security {

Status CredentialGenerator::validatePskIdentity(const QString& identity)
{
    if (identity.isEmpty()) {
        return makeError(QStringLiteral("security.psk.identityEmpty"),
                         QCoreApplication::translate("lwc::security::CredentialGenerator",
                                                     "The PSK identity is empty; use the endpoint name or another "
                                                     "unique text."),
                         {}, Rule::S8);
    }
    if (!identity.isValidUtf16()) {
        return makeError(QStringLiteral("security.psk.identityEncoding"),
                         QCoreApplication::translate("lwc::security::CredentialGenerator",
                                                     "The PSK identity is not valid Unicode text, so it cannot be "
                                                     "sent as UTF-8."),
                         {}, Rule::S8);
    }
    for (QChar c : identity) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            return makeError(QStringLiteral("security.psk.identityControl"),
                             QCoreApplication::translate("lwc::security::CredentialGenerator",
                                                         "The PSK identity contains a control character; remove "
                                                         "it."),
                             QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')), Rule::S8);
        }
    }
    const qsizetype bytes = identity.toUtf8().size();
    if (bytes > kMaxPskIdentityBytes) {
        // S8: identities of at least 128 bytes are supported end to end; the
        // DTLS stack (OpenSSL) stops at 256.
        return makeError(QStringLiteral("security.psk.identityTooLong"),
                         QCoreApplication::translate("lwc::security::CredentialGenerator",
                                                     "The PSK identity is %1 bytes long in UTF-8; at most %2 bytes "
                                                     "fit into a DTLS handshake. Use a shorter identity.")
                             .arg(bytes)
                             .arg(kMaxPskIdentityBytes),
                         {}, Rule::S8);
    }
    return {};
}

Result<QString> CredentialGenerator::pskIdentity(const QString& endpoint, const PskOptions& options)
{
    QString identity;
    switch (options.scheme) {
    case PskIdentityScheme::EndpointName:
        identity = endpoint;
        break;
    case PskIdentityScheme::PrefixedEndpoint:
        identity = options.prefix + endpoint;
        break;
    case PskIdentityScheme::Random: {
        QByteArray random(16, Qt::Uninitialized);
        if (RAND_bytes(reinterpret_cast<unsigned char*>(random.data()), int(random.size())) != 1) {
            return openSslError(QStringLiteral("crypto.rng"),
                                QCoreApplication::translate("lwc::security::CredentialGenerator",
                                                            "The random number generator failed."));
        }
        identity = options.prefix + QString::fromLatin1(random.toHex());
        break;
    }
    }
    LWC_CHECK(validatePskIdentity(identity));
    return identity;
}

Result<PskCredential> CredentialGenerator::generatePsk(const QString& endpoint, const PskOptions& options)
{
    if (options.keyBytes != 16 && options.keyBytes != 32) {
        return makeError(QStringLiteral("security.psk.size"),
                         QCoreApplication::translate("lwc::security::CredentialGenerator",
                                                     "A generated PSK is 16 bytes (AES-128 suites) or 32 bytes; %1 "
                                                     "bytes were asked for.")
                             .arg(options.keyBytes),
                         {}, Rule::S3);
    }
    LWC_TRY(QString identity, pskIdentity(endpoint, options));
    // S3: the key comes from the CSPRNG, 128 bits by default.
    LWC_TRY(SecretBytes key, SecretBytes::random(options.keyBytes));
    return PskCredential {std::move(identity), std::move(key)};
}

double CredentialGenerator::estimatePskEntropyBits(const SecretBytes& psk)
{
    const qsizetype n = psk.size();
    if (n == 0)
        return 0;
    const unsigned char* d = psk.data();
    // Counting up or down by a constant step (00 01 02 ..., "abcdef...") or one
    // repeated byte carries almost nothing.
    if (n >= 2) {
        const int step = int(d[1]) - int(d[0]);
        bool arithmetic = true;
        for (qsizetype i = 2; i < n && arithmetic; ++i)
            arithmetic = int(d[i]) - int(d[i - 1]) == step;
        if (arithmetic)
            return 8;
    }
    QSet<unsigned char> distinct;
    bool printable = true;
    bool lower = false, upper = false, digit = false, symbol = false;
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned char c = d[i];
        distinct.insert(c);
        if (c < 0x20 || c > 0x7e)
            printable = false;
        else if (c >= 'a' && c <= 'z')
            lower = true;
        else if (c >= 'A' && c <= 'Z')
            upper = true;
        else if (c >= '0' && c <= '9')
            digit = true;
        else
            symbol = true;
    }
    double perSymbol = 8;
    if (printable) {
        int pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (symbol ? 33 : 0);
        perSymbol = std::log2(double(std::max(pool, 2)));
    }
    // Few distinct values: the key is drawn from a small alphabet at best.
    if (distinct.size() * 2 < n)
        perSymbol = std::min(perSymbol, std::log2(double(std::max<qsizetype>(distinct.size(), 2))));
    return perSymbol * double(n);
}

Status CredentialGenerator::checkPskStrength(const SecretBytes& psk)
{
    if (psk.size() < kDefaultPskBytes) {
        return makeError(QStringLiteral("security.psk.tooShort"),
                         QCoreApplication::translate("lwc::security::CredentialGenerator",
                                                     "The PSK has %1 bytes; the PSK suites need at least 16 random "
                                                     "bytes. Generate one instead of typing it.")
                             .arg(psk.size()),
                         {}, Rule::S3);
    }
    const double bits = estimatePskEntropyBits(psk);
    if (bits < 128) {
        // S3: TLS_PSK_WITH_AES_128_* MUST NOT be used with a low-entropy secret.
        return makeError(QStringLiteral("security.psk.lowEntropy"),
                         QCoreApplication::translate("lwc::security::CredentialGenerator",
                                                     "The PSK looks like a low-entropy secret (about %1 bits, 128 "
                                                     "needed). Generate a random PSK, or use a PIN job (ECDHE-PSK) "
                                                     "for short secrets.")
                             .arg(int(bits)),
                         {}, Rule::S3);
    }
    return {};
}

Result<SecretBytes> CredentialGenerator::generatePin(int length)
{
    if (length < kMinPinLength || length > kMaxPinLength) {
        return makeError(QStringLiteral("security.pin.length"),
                         QCoreApplication::translate("lwc::security::CredentialGenerator",
                                                     "A PIN has %1 to %2 digits; %3 were asked for.")
                             .arg(kMinPinLength)
                             .arg(kMaxPinLength)
                             .arg(length),
                         {}, Rule::S4);
    }
    SecretBytes pin = SecretBytes::zeroed(length);
    SecretBytes pool;
    qsizetype used = 0;
    for (int i = 0; i < length;) {
        if (used == pool.size()) {
            LWC_TRY(SecretBytes fresh, SecretBytes::random(64));
            pool = std::move(fresh);
            used = 0;
        }
        const unsigned char b = pool.data()[used++];
        if (b >= 250) // 250 = 25 * 10: reject so every digit is equally likely
            continue;
        pin.data()[i++] = static_cast<unsigned char>('0' + b % 10);
    }
    return pin;
}

Result<KeyPair> CredentialGenerator::generateP256KeyPair()
{
    ERR_clear_error();
    // S11: P-256, the curve of the default RPK/certificate suites (S22).
    EvpPkeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    if (!key) {
        return openSslError(
            QStringLiteral("security.key.generate"),
            QCoreApplication::translate("lwc::security::CredentialGenerator", "Generating a P-256 key pair failed."));
    }
    // The P-256 layout is fixed: building the DER directly avoids OpenSSL's
    // encoder framework (~10x the cost of the key generation itself).
    unsigned char point[65];
    size_t pointLen = 0;
    BIGNUM* d = nullptr;
    if (EVP_PKEY_get_octet_string_param(key.get(), OSSL_PKEY_PARAM_ENCODED_PUBLIC_KEY, point, sizeof point, &pointLen)
            == 1
        && pointLen == sizeof point && EVP_PKEY_get_bn_param(key.get(), OSSL_PKEY_PARAM_PRIV_KEY, &d) == 1) {
        BignumPtr owned(d);
        SecretBytes scalar = SecretBytes::zeroed(32);
        if (BN_bn2binpad(d, scalar.data(), int(scalar.size())) == 32) {
            const QByteArrayView pointView(reinterpret_cast<const char*>(point), qsizetype(sizeof point));
            return KeyPair {p256Pkcs8(scalar, pointView), p256SpkiFromPoint(pointView)};
        }
    }
    ERR_clear_error();
    LWC_TRY(SecretBytes pkcs8, privateKeyToPkcs8(key.get()));
    return KeyPair {std::move(pkcs8), publicKeyToSpki(key.get())};
}

LWC_CORO_NO_COVERAGE QCoro::Task<Result<KeyPair>> CredentialGenerator::generateP256KeyPairAsync()
{
    // QFuture results must be copyable; the move-only Result travels in a shared_ptr.
    auto shared = co_await QtConcurrent::run([] { return std::make_shared<Result<KeyPair>>(generateP256KeyPair()); });
    co_return std::move(*shared);
}

} // namespace lwc::security
