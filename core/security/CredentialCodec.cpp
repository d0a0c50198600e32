#include "CredentialCodec.h"

#include "KeyPolicy.h"
#include "OpenSslUtil.h"

#include <QCoreApplication>

#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/param_build.h>
#include <openssl/pkcs12.h>

namespace lwc::security {

namespace {

constexpr qsizetype kP256ScalarSize = 32;
constexpr qsizetype kP256RawXYSize = 64;
constexpr qsizetype kP256UncompressedSize = 65;

Error decodeError(const QString& code, const QString& userText, const QString& details = {})
{
    return makeError(code, userText, details);
}

// Length of the DER TLV starting at `offset` (tag, length, contents), or -1.
qsizetype derElementLength(QByteArrayView in, qsizetype offset)
{
    if (offset + 2 > in.size())
        return -1;
    const auto* p = reinterpret_cast<const unsigned char*>(in.data()) + offset;
    if ((p[0] & 0x1f) == 0x1f) // multi-byte tags are not used by the structures we read
        return -1;
    qsizetype headerLen = 2;
    qsizetype contentLen = p[1];
    if (p[1] & 0x80) {
        const int n = p[1] & 0x7f;
        if (n == 0 || n > 4 || offset + 2 + n > in.size())
            return -1;
        contentLen = 0;
        for (int i = 0; i < n; ++i)
            contentLen = (contentLen << 8) | p[2 + i];
        headerLen += n;
    }
    if (contentLen < 0 || offset + headerLen + contentLen > in.size())
        return -1;
    return headerLen + contentLen;
}

// Splits `in` into concatenated DER SEQUENCEs covering it exactly.
bool splitDer(QByteArrayView in, QList<QByteArrayView>& parts)
{
    qsizetype offset = 0;
    while (offset < in.size()) {
        if (static_cast<unsigned char>(in[offset]) != 0x30)
            return false;
        const qsizetype len = derElementLength(in, offset);
        if (len < 0)
            return false;
        parts << in.sliced(offset, len);
        offset += len;
    }
    return !parts.isEmpty();
}

bool isTextual(QByteArrayView in)
{
    for (char c : in) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x7f || (u < 0x20 && c != '\n' && c != '\r' && c != '\t'))
            return false;
    }
    return true;
}

// Hex digits with optional whitespace, ':' or '-' separators and one 0x prefix.
bool decodeHex(QByteArrayView in, SecretBytes& out)
{
    QByteArray digits;
    digits.reserve(in.size());
    qsizetype i = 0;
    while (i < in.size() && QChar::isSpace(static_cast<unsigned char>(in[i])))
        ++i;
    if (i + 1 < in.size() && in[i] == '0' && (in[i + 1] == 'x' || in[i + 1] == 'X'))
        i += 2;
    for (; i < in.size(); ++i) {
        const char c = in[i];
        if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))
            digits += c;
        else if (!(c == ':' || c == '-' || QChar::isSpace(static_cast<unsigned char>(c)))) {
            wipeByteArray(digits);
            return false;
        }
    }
    if (digits.isEmpty() || digits.size() % 2 != 0) {
        wipeByteArray(digits);
        return false;
    }
    QByteArray bytes = QByteArray::fromHex(digits);
    wipeByteArray(digits);
    out = SecretBytes::takeFrom(bytes);
    return true;
}

bool decodeBase64(QByteArrayView in, SecretBytes& out)
{
    QByteArray compact;
    compact.reserve(in.size());
    bool url = false;
    for (char c : in) {
        if (QChar::isSpace(static_cast<unsigned char>(c)))
            continue;
        if (c == '-' || c == '_')
            url = true;
        compact += c;
    }
    if (compact.isEmpty()) {
        wipeByteArray(compact);
        return false;
    }
    auto options
        = QByteArray::AbortOnBase64DecodingErrors | (url ? QByteArray::Base64UrlEncoding : QByteArray::Base64Encoding);
    auto result = QByteArray::fromBase64Encoding(compact, options);
    wipeByteArray(compact);
    if (result.decodingStatus != QByteArray::Base64DecodingStatus::Ok || result.decoded.isEmpty()) {
        wipeByteArray(result.decoded);
        return false;
    }
    out = SecretBytes::takeFrom(result.decoded);
    return true;
}

Result<DecodedInput> decodePem(QByteArrayView in)
{
    DecodedInput decoded;
    decoded.encoding = InputEncoding::Pem;
    static constexpr QByteArrayView begin("-----BEGIN ");
    static constexpr QByteArrayView dashes("-----");
    qsizetype pos = 0;
    while ((pos = in.indexOf(begin, pos)) >= 0) {
        const qsizetype labelStart = pos + begin.size();
        const qsizetype labelEnd = in.indexOf(dashes, labelStart);
        if (labelEnd < 0)
            break;
        const QByteArray label = in.sliced(labelStart, labelEnd - labelStart).toByteArray();
        const QByteArray endMarker = "-----END " + label + "-----";
        const qsizetype bodyStart = labelEnd + dashes.size();
        const qsizetype bodyEnd = in.indexOf(endMarker, bodyStart);
        if (bodyEnd < 0) {
            return decodeError(QStringLiteral("security.import.pemUnterminated"),
                               QCoreApplication::translate("lwc::security::CredentialCodec",
                                                           "The PEM block \"%1\" has no END line; the file is "
                                                           "truncated or damaged.")
                                   .arg(QString::fromLatin1(label)));
        }
        const QByteArrayView body = in.sliced(bodyStart, bodyEnd - bodyStart);
        if (body.contains(QByteArrayView("Proc-Type:")) || body.contains(QByteArrayView("DEK-Info:"))) {
            return decodeError(QStringLiteral("security.import.legacyEncryptedPem"),
                               QCoreApplication::translate("lwc::security::CredentialCodec",
                                                           "The key uses the legacy OpenSSL PEM encryption. Convert "
                                                           "it to encrypted PKCS#8 first (openssl pkcs8 -topk8)."));
        }
        SecretBytes bytes;
        if (!decodeBase64(body, bytes)) {
            return decodeError(QStringLiteral("security.import.pemBase64"),
                               QCoreApplication::translate("lwc::security::CredentialCodec",
                                                           "The PEM block \"%1\" does not contain valid base64.")
                                   .arg(QString::fromLatin1(label)));
        }
        decoded.blocks.push_back({QString::fromLatin1(label), std::move(bytes)});
        pos = bodyEnd + endMarker.size();
    }
    if (decoded.blocks.empty()) {
        return decodeError(QStringLiteral("security.import.pemEmpty"),
                           QCoreApplication::translate("lwc::security::CredentialCodec",
                                                       "The text looks like PEM but holds no complete block."));
    }
    return decoded;
}

// Public key from an uncompressed P-256 point (0x04 || X || Y).
EvpPkeyPtr p256PublicFromPoint(QByteArrayView point)
{
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_PKEY_PARAM_GROUP_NAME, const_cast<char*>("prime256v1"), 0),
        OSSL_PARAM_construct_octet_string(OSSL_PKEY_PARAM_PUB_KEY, const_cast<char*>(point.data()),
                                          size_t(point.size())),
        OSSL_PARAM_construct_end(),
    };
    EvpPkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr));
    EVP_PKEY* key = nullptr;
    if (!ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1
        || EVP_PKEY_fromdata(ctx.get(), &key, EVP_PKEY_PUBLIC_KEY, params) != 1)
        return {};
    EvpPkeyPtr owned(key);
    EvpPkeyCtxPtr check(EVP_PKEY_CTX_new_from_pkey(nullptr, owned.get(), nullptr));
    if (!check || EVP_PKEY_public_check(check.get()) != 1)
        return {};
    return owned;
}

// Key pair from a raw P-256 scalar; the public point is computed (d*G).
Result<EvpPkeyPtr> p256FromScalar(const SecretBytes& scalar)
{
    const auto fail = [](const QString& details) -> Error {
        return openSslError(QStringLiteral("security.key.rawInvalid"),
                            QCoreApplication::translate("lwc::security::CredentialCodec",
                                                        "The 32 bytes are not a valid P-256 private key (the value "
                                                        "must be between 1 and the curve order)."),
                            details);
    };
    std::unique_ptr<EC_GROUP, OpenSslDeleter<EC_GROUP, EC_GROUP_free>> group(
        EC_GROUP_new_by_curve_name(NID_X9_62_prime256v1));
    BignumPtr d(BN_secure_new());
    if (!group || !d || !BN_bin2bn(scalar.data(), int(scalar.size()), d.get()))
        return fail(QStringLiteral("bn"));
    if (BN_is_zero(d.get()) || BN_cmp(d.get(), EC_GROUP_get0_order(group.get())) >= 0)
        return fail(QStringLiteral("scalar out of range"));
    std::unique_ptr<EC_POINT, OpenSslDeleter<EC_POINT, EC_POINT_free>> pub(EC_POINT_new(group.get()));
    if (!pub || EC_POINT_mul(group.get(), pub.get(), d.get(), nullptr, nullptr, nullptr) != 1)
        return fail(QStringLiteral("point multiplication"));
    unsigned char point[kP256UncompressedSize];
    if (EC_POINT_point2oct(group.get(), pub.get(), POINT_CONVERSION_UNCOMPRESSED, point, sizeof point, nullptr)
        != sizeof point)
        return fail(QStringLiteral("point encoding"));

    std::unique_ptr<OSSL_PARAM_BLD, OpenSslDeleter<OSSL_PARAM_BLD, OSSL_PARAM_BLD_free>> build(OSSL_PARAM_BLD_new());
    if (!build || OSSL_PARAM_BLD_push_utf8_string(build.get(), OSSL_PKEY_PARAM_GROUP_NAME, "prime256v1", 0) != 1
        || OSSL_PARAM_BLD_push_BN(build.get(), OSSL_PKEY_PARAM_PRIV_KEY, d.get()) != 1
        || OSSL_PARAM_BLD_push_octet_string(build.get(), OSSL_PKEY_PARAM_PUB_KEY, point, sizeof point) != 1)
        return fail(QStringLiteral("param build"));
    // d is a secure BIGNUM, so the builder keeps it in secure memory, which
    // OSSL_PARAM_free clears (OpenSSL 3.0 has no OSSL_PARAM_clear_free).
    std::unique_ptr<OSSL_PARAM, OpenSslDeleter<OSSL_PARAM, OSSL_PARAM_free>> params(
        OSSL_PARAM_BLD_to_param(build.get()));
    EvpPkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr));
    EVP_PKEY* key = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1
        || EVP_PKEY_fromdata(ctx.get(), &key, EVP_PKEY_KEYPAIR, params.get()) != 1)
        return fail(QStringLiteral("fromdata"));
    return EvpPkeyPtr(key);
}

bool isP256(const EVP_PKEY* key)
{
    const KeyInfo info = KeyPolicy::describeKey(key);
    return info.algorithm == QLatin1String("EC") && info.curve == QLatin1String("P-256");
}

Error notP256(const QString& what)
{
    return makeError(QStringLiteral("security.key.rawNeedsP256"),
                     QCoreApplication::translate("lwc::security::CredentialCodec",
                                                 "Raw key encodings exist only for P-256 keys; %1 is not a P-256 "
                                                 "key. Choose SPKI/PKCS#8 for this device profile.")
                         .arg(what));
}

Result<PrivateKey> finishPrivateKey(EvpPkeyPtr key, PrivateKeyFormat format)
{
    LWC_TRY(SecretBytes pkcs8, privateKeyToPkcs8(key.get()));
    PrivateKey out;
    out.pkcs8 = std::move(pkcs8);
    out.publicKeySpki = publicKeyToSpki(key.get());
    out.sourceFormat = format;
    return out;
}

} // namespace

QString inputEncodingName(InputEncoding encoding)
{
    switch (encoding) {
    case InputEncoding::Pem:
        return QStringLiteral("PEM");
    case InputEncoding::Der:
        return QStringLiteral("DER");
    case InputEncoding::Hex:
        return QStringLiteral("hex");
    case InputEncoding::Base64:
        return QStringLiteral("base64");
    case InputEncoding::Raw:
        return QStringLiteral("raw");
    }
    return {};
}

QString privateKeyFormatName(PrivateKeyFormat format)
{
    switch (format) {
    case PrivateKeyFormat::Pkcs8:
        return QStringLiteral("PKCS#8");
    case PrivateKeyFormat::EncryptedPkcs8:
        return QStringLiteral("encrypted PKCS#8");
    case PrivateKeyFormat::Sec1:
        return QStringLiteral("SEC1");
    case PrivateKeyFormat::Pkcs1:
        return QStringLiteral("PKCS#1");
    case PrivateKeyFormat::Raw:
        return QStringLiteral("raw 32-byte P-256");
    }
    return {};
}

QString publicKeyFormatName(PublicKeyFormat format)
{
    switch (format) {
    case PublicKeyFormat::Spki:
        return QStringLiteral("SubjectPublicKeyInfo");
    case PublicKeyFormat::RawXY:
        return QStringLiteral("raw X||Y (64 bytes)");
    case PublicKeyFormat::Uncompressed:
        return QStringLiteral("uncompressed point (65 bytes)");
    }
    return {};
}

QString credentialTypeName(CredentialType type)
{
    switch (type) {
    case CredentialType::Certificate:
        return QStringLiteral("certificate");
    case CredentialType::PrivateKey:
        return QStringLiteral("private-key");
    case CredentialType::PublicKey:
        return QStringLiteral("public-key");
    case CredentialType::Psk:
        return QStringLiteral("psk");
    }
    return {};
}

std::optional<PublicKeyFormat> publicKeyFormatFromName(QStringView name)
{
    if (name == u"spki")
        return PublicKeyFormat::Spki;
    if (name == u"xy" || name == u"raw")
        return PublicKeyFormat::RawXY;
    if (name == u"uncompressed")
        return PublicKeyFormat::Uncompressed;
    return std::nullopt;
}

std::optional<PrivateKeyFormat> privateKeyFormatFromName(QStringView name)
{
    if (name == u"pkcs8")
        return PrivateKeyFormat::Pkcs8;
    if (name == u"sec1")
        return PrivateKeyFormat::Sec1;
    if (name == u"raw")
        return PrivateKeyFormat::Raw;
    return std::nullopt;
}

std::optional<OutputEncoding> outputEncodingFromName(QStringView name)
{
    if (name == u"der" || name == u"binary")
        return OutputEncoding::Der;
    if (name == u"pem")
        return OutputEncoding::Pem;
    if (name == u"hex")
        return OutputEncoding::Hex;
    if (name == u"base64")
        return OutputEncoding::Base64;
    return std::nullopt;
}

Result<DecodedInput> CredentialCodec::decode(QByteArrayView input)
{
    if (input.startsWith(QByteArrayView("\xEF\xBB\xBF")))
        input = input.sliced(3);
    if (input.isEmpty()) {
        return decodeError(QStringLiteral("security.import.empty"),
                           QCoreApplication::translate("lwc::security::CredentialCodec", "The input is empty."));
    }
    if (input.contains(QByteArrayView("-----BEGIN ")))
        return decodePem(input);

    DecodedInput decoded;
    QList<QByteArrayView> parts;
    if (splitDer(input, parts)) {
        decoded.encoding = InputEncoding::Der;
        for (QByteArrayView part : parts)
            decoded.blocks.push_back({{}, SecretBytes::copyOf(part)});
        return decoded;
    }
    SecretBytes bytes;
    if (isTextual(input) && decodeHex(input, bytes)) {
        decoded.encoding = InputEncoding::Hex;
    } else if (isTextual(input) && decodeBase64(input, bytes)) {
        decoded.encoding = InputEncoding::Base64;
    } else {
        decoded.encoding = InputEncoding::Raw;
        bytes = SecretBytes::copyOf(input);
    }
    decoded.blocks.push_back({{}, std::move(bytes)});
    return decoded;
}

Result<PrivateKey> CredentialCodec::parsePrivateKey(const SecretBytes& der, const SecretBytes* passphrase)
{
    ERR_clear_error();
    if (der.size() == kP256ScalarSize) {
        LWC_TRY(EvpPkeyPtr key, p256FromScalar(der));
        return finishPrivateKey(std::move(key), PrivateKeyFormat::Raw);
    }
    const unsigned char* p = der.data();
    const long len = long(der.size());

    // PKCS#8 PrivateKeyInfo
    if (EvpPkeyPtr key = privateKeyFromPkcs8(der))
        return finishPrivateKey(std::move(key), PrivateKeyFormat::Pkcs8);

    // PKCS#8 EncryptedPrivateKeyInfo
    p = der.data();
    if (X509_SIG* sig = d2i_X509_SIG(nullptr, &p, len); sig && p - der.data() == len) {
        if (!passphrase || passphrase->isEmpty()) {
            X509_SIG_free(sig);
            return makeError(QStringLiteral("security.key.passphraseRequired"),
                             QCoreApplication::translate("lwc::security::CredentialCodec",
                                                         "The private key is encrypted; give its passphrase."));
        }
        PKCS8_PRIV_KEY_INFO* info
            = PKCS8_decrypt(sig, reinterpret_cast<const char*>(passphrase->data()), int(passphrase->size()));
        X509_SIG_free(sig);
        if (!info) {
            return openSslError(QStringLiteral("security.key.wrongPassphrase"),
                                QCoreApplication::translate("lwc::security::CredentialCodec",
                                                            "The private key could not be decrypted: wrong "
                                                            "passphrase or unsupported encryption."));
        }
        EvpPkeyPtr key(EVP_PKCS82PKEY(info));
        PKCS8_PRIV_KEY_INFO_free(info);
        if (!key) {
            return openSslError(QStringLiteral("security.key.unsupported"),
                                QCoreApplication::translate("lwc::security::CredentialCodec",
                                                            "The decrypted private key uses an unsupported "
                                                            "algorithm."));
        }
        return finishPrivateKey(std::move(key), PrivateKeyFormat::EncryptedPkcs8);
    } else if (sig) {
        X509_SIG_free(sig);
    }

    // SEC1 ECPrivateKey / PKCS#1 RSAPrivateKey ("traditional" formats)
    for (int type : {EVP_PKEY_EC, EVP_PKEY_RSA}) {
        ERR_clear_error();
        p = der.data();
        EvpPkeyPtr key(d2i_PrivateKey(type, nullptr, &p, len));
        if (key && p - der.data() == len)
            return finishPrivateKey(std::move(key),
                                    type == EVP_PKEY_EC ? PrivateKeyFormat::Sec1 : PrivateKeyFormat::Pkcs1);
    }
    return openSslError(QStringLiteral("security.key.unrecognized"),
                        QCoreApplication::translate("lwc::security::CredentialCodec",
                                                    "The data is not a private key in a known format (PKCS#8, SEC1, "
                                                    "PKCS#1 or a raw 32-byte P-256 key)."),
                        QStringLiteral("%1 bytes").arg(der.size()));
}

Result<PublicKey> CredentialCodec::parsePublicKey(QByteArrayView bytes)
{
    ERR_clear_error();
    // P-256 fast path: SPKI, X||Y and 04||X||Y without the decoder framework.
    if (const QByteArray point = p256PointFromSpki(bytes); !point.isEmpty() && isP256Point(point))
        return PublicKey {p256SpkiFromPoint(point), PublicKeyFormat::Spki};
    if (bytes.size() == kP256RawXYSize || (bytes.size() == kP256UncompressedSize && bytes[0] == 0x04)) {
        QByteArray point;
        if (bytes.size() == kP256RawXYSize)
            point = QByteArray(1, '\x04') + bytes.toByteArray();
        else
            point = bytes.toByteArray();
        if (isP256Point(point))
            return PublicKey {p256SpkiFromPoint(point),
                              bytes.size() == kP256RawXYSize ? PublicKeyFormat::RawXY : PublicKeyFormat::Uncompressed};
        EvpPkeyPtr key = p256PublicFromPoint(point);
        if (!key) {
            return openSslError(QStringLiteral("security.key.pointInvalid"),
                                QCoreApplication::translate("lwc::security::CredentialCodec",
                                                            "The %1 bytes are not a point on the P-256 curve.")
                                    .arg(bytes.size()));
        }
        return PublicKey {publicKeyToSpki(key.get()),
                          bytes.size() == kP256RawXYSize ? PublicKeyFormat::RawXY : PublicKeyFormat::Uncompressed};
    }
    if (EvpPkeyPtr key = publicKeyFromSpki(bytes))
        return PublicKey {publicKeyToSpki(key.get()), PublicKeyFormat::Spki};
    return openSslError(QStringLiteral("security.key.publicUnrecognized"),
                        QCoreApplication::translate("lwc::security::CredentialCodec",
                                                    "The data is not a public key in a known format "
                                                    "(SubjectPublicKeyInfo, raw 64-byte X||Y or 65-byte "
                                                    "uncompressed P-256 point)."),
                        QStringLiteral("%1 bytes").arg(bytes.size()));
}

Result<QList<QByteArray>> CredentialCodec::parseCertificates(const DecodedInput& input)
{
    QList<QByteArray> certs;
    int index = 0;
    for (const DecodedBlock& block : input.blocks) {
        ++index;
        if (!block.pemLabel.isEmpty() && block.pemLabel != QLatin1String("CERTIFICATE")
            && block.pemLabel != QLatin1String("TRUSTED CERTIFICATE"))
            continue;
        X509Ptr cert = x509FromDer(block.bytes.view());
        if (!cert) {
            return openSslError(QStringLiteral("security.cert.unparsable"),
                                QCoreApplication::translate("lwc::security::CredentialCodec",
                                                            "Block %1 is not a valid X.509 certificate.")
                                    .arg(index));
        }
        certs << x509ToDer(cert.get());
    }
    if (certs.isEmpty()) {
        return makeError(
            QStringLiteral("security.cert.none"),
            QCoreApplication::translate("lwc::security::CredentialCodec", "The input contains no certificate."));
    }
    return certs;
}

Result<ImportedCredential> CredentialCodec::import(QByteArrayView input, ImportKind kind, const SecretBytes* passphrase)
{
    LWC_TRY(DecodedInput decoded, decode(input));
    ImportedCredential out;
    out.encoding = decoded.encoding;

    if (decoded.encoding == InputEncoding::Pem) {
        bool sawKey = false;
        for (const DecodedBlock& block : decoded.blocks) {
            const QString& label = block.pemLabel;
            if (label == QLatin1String("CERTIFICATE") || label == QLatin1String("TRUSTED CERTIFICATE")) {
                X509Ptr cert = x509FromDer(block.bytes.view());
                if (!cert) {
                    return openSslError(QStringLiteral("security.cert.unparsable"),
                                        QCoreApplication::translate("lwc::security::CredentialCodec",
                                                                    "A CERTIFICATE block is not a valid X.509 "
                                                                    "certificate."));
                }
                out.certificates << x509ToDer(cert.get());
            } else if (label.endsWith(QLatin1String("PRIVATE KEY"))) {
                if (sawKey) {
                    return makeError(QStringLiteral("security.import.manyKeys"),
                                     QCoreApplication::translate("lwc::security::CredentialCodec",
                                                                 "The file holds more than one private key; split "
                                                                 "it into one file per key."));
                }
                sawKey = true;
                LWC_TRY(PrivateKey key, parsePrivateKey(block.bytes, passphrase));
                out.privateKeyPkcs8 = std::move(key.pkcs8);
                out.publicKeySpki = key.publicKeySpki;
                out.format = privateKeyFormatName(key.sourceFormat);
            } else if (label == QLatin1String("PUBLIC KEY")) {
                LWC_TRY(PublicKey key, parsePublicKey(block.bytes.view()));
                out.publicKeySpki = key.spki;
                out.format = publicKeyFormatName(key.sourceFormat);
                out.type = CredentialType::PublicKey;
            } else {
                return makeError(QStringLiteral("security.import.pemLabel"),
                                 QCoreApplication::translate("lwc::security::CredentialCodec",
                                                             "PEM blocks of type \"%1\" are not supported.")
                                     .arg(label));
            }
        }
        if (sawKey) {
            out.type = CredentialType::PrivateKey;
        } else if (!out.certificates.isEmpty()) {
            out.type = CredentialType::Certificate;
            out.format = QStringLiteral("X.509 certificate");
            X509Ptr leaf = x509FromDer(out.certificates.first());
            out.publicKeySpki = publicKeyToSpki(X509_get0_pubkey(leaf.get()));
        }
    } else {
        const SecretBytes& bytes = decoded.blocks.front().bytes;
        const bool many = decoded.blocks.size() > 1;
        const auto tryCertificates = [&]() -> bool {
            QList<QByteArray> certs;
            for (const DecodedBlock& block : decoded.blocks) {
                X509Ptr cert = x509FromDer(block.bytes.view());
                if (!cert)
                    return false;
                certs << x509ToDer(cert.get());
            }
            out.type = CredentialType::Certificate;
            out.format = QStringLiteral("X.509 certificate");
            out.certificates = certs;
            X509Ptr leaf = x509FromDer(certs.first());
            out.publicKeySpki = publicKeyToSpki(X509_get0_pubkey(leaf.get()));
            return true;
        };
        ERR_clear_error();
        switch (kind) {
        case ImportKind::Certificate:
            if (!tryCertificates()) {
                return openSslError(QStringLiteral("security.cert.unparsable"),
                                    QCoreApplication::translate("lwc::security::CredentialCodec",
                                                                "The data is not a valid X.509 certificate."));
            }
            break;
        case ImportKind::PrivateKey: {
            LWC_TRY(PrivateKey key, parsePrivateKey(bytes, passphrase));
            out.type = CredentialType::PrivateKey;
            out.format = privateKeyFormatName(key.sourceFormat);
            out.privateKeyPkcs8 = std::move(key.pkcs8);
            out.publicKeySpki = key.publicKeySpki;
            break;
        }
        case ImportKind::PublicKey: {
            LWC_TRY(PublicKey key, parsePublicKey(bytes.view()));
            out.type = CredentialType::PublicKey;
            out.format = publicKeyFormatName(key.sourceFormat);
            out.publicKeySpki = key.spki;
            break;
        }
        case ImportKind::Psk:
            if (many || bytes.isEmpty()) {
                return makeError(QStringLiteral("security.psk.invalid"),
                                 QCoreApplication::translate("lwc::security::CredentialCodec",
                                                             "The input is not a single pre-shared key."));
            }
            out.type = CredentialType::Psk;
            out.format = QStringLiteral("PSK (%1 bytes)").arg(bytes.size());
            out.psk = bytes.clone();
            break;
        case ImportKind::Auto:
            if (tryCertificates())
                break;
            ERR_clear_error();
            if (!many && bytes.size() == kP256ScalarSize) {
                return makeError(QStringLiteral("security.import.ambiguous"),
                                 QCoreApplication::translate("lwc::security::CredentialCodec",
                                                             "32 bytes can be a raw P-256 private key or a 256-bit "
                                                             "PSK. Say which it is (--kind private-key or --kind "
                                                             "psk)."));
            }
            if (!many && bytes.size() == 16) {
                out.type = CredentialType::Psk;
                out.format = QStringLiteral("PSK (16 bytes)");
                out.psk = bytes.clone();
                break;
            }
            if (!many) {
                if (auto pub = parsePublicKey(bytes.view()); pub.ok()) {
                    out.type = CredentialType::PublicKey;
                    out.format = publicKeyFormatName(pub->sourceFormat);
                    out.publicKeySpki = pub->spki;
                    break;
                }
                if (auto key = parsePrivateKey(bytes, passphrase); key.ok()) {
                    out.type = CredentialType::PrivateKey;
                    out.format = privateKeyFormatName(key->sourceFormat);
                    out.privateKeyPkcs8 = std::move(key->pkcs8);
                    out.publicKeySpki = key->publicKeySpki;
                    break;
                } else if (key.error().code == QLatin1String("security.key.passphraseRequired")
                           || key.error().code == QLatin1String("security.key.wrongPassphrase")) {
                    return std::move(key).error();
                }
            }
            drainOpenSslErrors();
            return makeError(QStringLiteral("security.import.unrecognized"),
                             QCoreApplication::translate("lwc::security::CredentialCodec",
                                                         "The data (%1, %2 bytes) is neither a certificate nor a key "
                                                         "in a known format. If it is a PSK, say so (--kind psk).")
                                 .arg(inputEncodingName(decoded.encoding))
                                 .arg(bytes.size()));
        }
    }

    if (kind != ImportKind::Auto) {
        const bool matches = (kind == ImportKind::Certificate && out.type == CredentialType::Certificate)
            || (kind == ImportKind::PrivateKey && out.type == CredentialType::PrivateKey)
            || (kind == ImportKind::PublicKey && out.type == CredentialType::PublicKey)
            || (kind == ImportKind::Psk && out.type == CredentialType::Psk);
        if (!matches) {
            return makeError(QStringLiteral("security.import.wrongKind"),
                             QCoreApplication::translate("lwc::security::CredentialCodec",
                                                         "The file holds a %1, not what was asked for.")
                                 .arg(credentialTypeName(out.type)));
        }
    }
    return out;
}

Result<SecretBytes> CredentialCodec::encodePrivateKey(const SecretBytes& pkcs8, PrivateKeyFormat format)
{
    ERR_clear_error();
    EvpPkeyPtr key = privateKeyFromPkcs8(pkcs8);
    if (!key) {
        return openSslError(QStringLiteral("security.key.unrecognized"),
                            QCoreApplication::translate("lwc::security::CredentialCodec",
                                                        "The stored private key is not valid PKCS#8."));
    }
    switch (format) {
    case PrivateKeyFormat::Pkcs8:
        return pkcs8.clone();
    case PrivateKeyFormat::Sec1: {
        if (EVP_PKEY_get_base_id(key.get()) != EVP_PKEY_EC) {
            return makeError(QStringLiteral("security.key.sec1NeedsEc"),
                             QCoreApplication::translate("lwc::security::CredentialCodec",
                                                         "SEC1 encoding exists only for EC keys."));
        }
        unsigned char* der = nullptr;
        const int len = i2d_PrivateKey(key.get(), &der);
        if (len <= 0) {
            return openSslError(QStringLiteral("security.key.encode"),
                                QCoreApplication::translate("lwc::security::CredentialCodec",
                                                            "The private key could not be encoded as SEC1."));
        }
        SecretBytes out = SecretBytes::copyOf(QByteArrayView(reinterpret_cast<const char*>(der), len));
        OPENSSL_clear_free(der, size_t(len));
        return out;
    }
    case PrivateKeyFormat::Raw: {
        if (!isP256(key.get()))
            return notP256(QCoreApplication::translate("lwc::security::CredentialCodec", "the private key"));
        BIGNUM* d = nullptr;
        if (EVP_PKEY_get_bn_param(key.get(), OSSL_PKEY_PARAM_PRIV_KEY, &d) != 1) {
            return openSslError(
                QStringLiteral("security.key.encode"),
                QCoreApplication::translate("lwc::security::CredentialCodec", "The private key could not be read."));
        }
        BignumPtr owned(d);
        SecretBytes out = SecretBytes::zeroed(kP256ScalarSize);
        if (BN_bn2binpad(d, out.data(), int(out.size())) != kP256ScalarSize) {
            return openSslError(
                QStringLiteral("security.key.encode"),
                QCoreApplication::translate("lwc::security::CredentialCodec", "The private key could not be read."));
        }
        return out;
    }
    case PrivateKeyFormat::EncryptedPkcs8:
    case PrivateKeyFormat::Pkcs1:
        break;
    }
    return makeError(QStringLiteral("security.key.formatUnsupported"),
                     QCoreApplication::translate("lwc::security::CredentialCodec",
                                                 "This private key format cannot be exported for a device."));
}

Result<QByteArray> CredentialCodec::encodePublicKey(QByteArrayView spki, PublicKeyFormat format)
{
    EvpPkeyPtr key = publicKeyFromSpki(spki);
    if (!key) {
        return openSslError(QStringLiteral("security.key.publicUnrecognized"),
                            QCoreApplication::translate("lwc::security::CredentialCodec",
                                                        "The stored public key is not a valid "
                                                        "SubjectPublicKeyInfo."));
    }
    if (format == PublicKeyFormat::Spki)
        return publicKeyToSpki(key.get());
    if (!isP256(key.get()))
        return notP256(QCoreApplication::translate("lwc::security::CredentialCodec", "the public key"));
    unsigned char point[kP256UncompressedSize];
    size_t len = 0;
    if (EVP_PKEY_get_octet_string_param(key.get(), OSSL_PKEY_PARAM_ENCODED_PUBLIC_KEY, point, sizeof point, &len) != 1
        || len != sizeof point || point[0] != 0x04) {
        return openSslError(QStringLiteral("security.key.encode"),
                            QCoreApplication::translate("lwc::security::CredentialCodec",
                                                        "The public key could not be encoded as a point."));
    }
    const auto* start = reinterpret_cast<const char*>(point);
    if (format == PublicKeyFormat::RawXY)
        return QByteArray(start + 1, kP256RawXYSize);
    return QByteArray(start, kP256UncompressedSize);
}

Result<QByteArray> CredentialCodec::encodeOutput(QByteArrayView bytes, OutputEncoding encoding, const QString& pemLabel)
{
    if (encoding == OutputEncoding::Pem && pemLabel.isEmpty()) {
        return makeError(QStringLiteral("security.export.pemRaw"),
                         QCoreApplication::translate("lwc::security::CredentialCodec",
                                                     "Raw key bytes have no PEM form; choose DER, hex or base64."));
    }
    if (encoding == OutputEncoding::Der)
        return QByteArray(bytes.data(), bytes.size());
    // Every intermediate buffer is wiped and the output never reallocates,
    // so encoding a secret leaves no stray copy on the heap.
    const QByteArray raw = QByteArray::fromRawData(bytes.data(), bytes.size());
    QByteArray body = encoding == OutputEncoding::Hex ? raw.toHex() : raw.toBase64();
    const QByteArray label = pemLabel.toLatin1();
    QByteArray out;
    out.reserve(body.size() + body.size() / 64 + 2 * label.size() + 64);
    if (encoding == OutputEncoding::Pem) {
        out.append("-----BEGIN ").append(label).append("-----\n");
        for (qsizetype i = 0; i < body.size(); i += 64)
            out.append(QByteArrayView(body).sliced(i, std::min<qsizetype>(64, body.size() - i))).append('\n');
        out.append("-----END ").append(label).append("-----\n");
    } else {
        out.append(body).append('\n');
    }
    wipeByteArray(body);
    return out;
}

Result<SecretBytes> CredentialCodec::encodeSecretOutput(const SecretBytes& bytes, OutputEncoding encoding,
                                                        const QString& pemLabel)
{
    auto encoded = encodeOutput(bytes.view(), encoding, pemLabel);
    if (!encoded.ok())
        return std::move(encoded).error();
    return SecretBytes::takeFrom(encoded.value());
}

QString CredentialCodec::pemLabelFor(PrivateKeyFormat format)
{
    switch (format) {
    case PrivateKeyFormat::Pkcs8:
        return QStringLiteral("PRIVATE KEY");
    case PrivateKeyFormat::EncryptedPkcs8:
        return QStringLiteral("ENCRYPTED PRIVATE KEY");
    case PrivateKeyFormat::Sec1:
        return QStringLiteral("EC PRIVATE KEY");
    case PrivateKeyFormat::Pkcs1:
        return QStringLiteral("RSA PRIVATE KEY");
    case PrivateKeyFormat::Raw:
        return {};
    }
    return {};
}

} // namespace lwc::security
