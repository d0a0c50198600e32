#include "SignedReceipt.h"

#include "CanonicalJson.h"
#include "ReceiptHtml.h"

#include "common/OpenSslError.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonParseError>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

namespace lwc {

const QString SignedReceipt::kFormat = QStringLiteral("lwc-commissioning-receipt");
const QString SignedReceipt::kAlgorithm = QStringLiteral("ECDSA-P256-SHA256");

namespace {

struct PkeyFree {
    void operator()(EVP_PKEY* k) const { EVP_PKEY_free(k); }
};
struct X509Free {
    void operator()(X509* x) const { X509_free(x); }
};
struct MdCtxFree {
    void operator()(EVP_MD_CTX* c) const { EVP_MD_CTX_free(c); }
};
struct BioFree {
    void operator()(BIO* b) const { BIO_free(b); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;
using Cert = std::unique_ptr<X509, X509Free>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, MdCtxFree>;
using Bio = std::unique_ptr<BIO, BioFree>;

QByteArray sha256(QByteArrayView bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

Error malformed(const QString& why)
{
    return makeError(QStringLiteral("receipt.malformed"),
                     QCoreApplication::translate("lwc::SignedReceipt",
                                                 "The file is not a commissioning receipt of this program, or it is "
                                                 "damaged. Use the file exactly as the commissioning job saved it."),
                     why);
}

// S11: P-256 and nothing weaker or different.
Status checkP256(EVP_PKEY* key, const QString& what)
{
    char group[64] = {};
    size_t len = 0;
    const bool ec = EVP_PKEY_is_a(key, "EC") == 1;
    if (!ec || EVP_PKEY_get_group_name(key, group, sizeof group, &len) != 1
        || QByteArrayView(group, qsizetype(len)) != QByteArrayView("prime256v1")) {
        clearOpenSslErrors();
        return makeError(QStringLiteral("receipt.key.unsupported"),
                         QCoreApplication::translate("lwc::SignedReceipt",
                                                     "Receipts are signed with ECDSA on the P-256 curve only; the %1 "
                                                     "is a different kind of key. Use the local CA's P-256 key.")
                             .arg(what),
                         QStringLiteral("%1: %2 %3")
                             .arg(what, QString::fromLatin1(EVP_PKEY_get0_type_name(key)), QString::fromLatin1(group)),
                         Rule::S11);
    }
    return Status::success();
}

QByteArray spkiDer(EVP_PKEY* key)
{
    unsigned char* der = nullptr;
    const int len = i2d_PUBKEY(key, &der);
    if (len <= 0)
        return {};
    QByteArray out(reinterpret_cast<const char*>(der), len);
    OPENSSL_free(der);
    return out;
}

Result<Pkey> readPublicKeyDer(QByteArrayView der, const QString& what)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.data());
    Pkey key(d2i_PUBKEY(nullptr, &p, long(der.size())));
    if (!key || p != reinterpret_cast<const unsigned char*>(der.data()) + der.size())
        return malformed(QStringLiteral("%1 is not a DER SubjectPublicKeyInfo: %2").arg(what, drainOpenSslErrors()));
    LWC_CHECK(checkP256(key.get(), what));
    return key;
}

Result<Cert> readCertificateDer(QByteArrayView der)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.data());
    Cert cert(d2i_X509(nullptr, &p, long(der.size())));
    if (!cert || p != reinterpret_cast<const unsigned char*>(der.data()) + der.size())
        return malformed(QStringLiteral("certificate is not DER X.509: %1").arg(drainOpenSslErrors()));
    return cert;
}

QString subjectOf(X509* cert)
{
    Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || X509_NAME_print_ex(bio.get(), X509_get_subject_name(cert), 0, XN_FLAG_RFC2253) < 0)
        return {};
    char* data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, len);
}

// The trusted signer, as the user hands it in: certificate or public key,
// DER or PEM.
Result<Pkey> loadTrustedKey(QByteArrayView input)
{
    auto invalid = [](const QString& why) {
        return makeError(QStringLiteral("receipt.trust.invalid"),
                         QCoreApplication::translate("lwc::SignedReceipt",
                                                     "The trusted certificate or public key could not be read. Give "
                                                     "the local CA certificate or its public key, as PEM or DER."),
                         why);
    };
    if (input.isEmpty())
        return invalid(QStringLiteral("empty"));
    Pkey key;
    if (QByteArrayView(input).trimmed().startsWith("-----BEGIN")) {
        Bio bio(BIO_new_mem_buf(input.data(), int(input.size())));
        Cert cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
        if (cert) {
            key.reset(X509_get_pubkey(cert.get()));
        } else {
            clearOpenSslErrors();
            Bio again(BIO_new_mem_buf(input.data(), int(input.size())));
            key.reset(PEM_read_bio_PUBKEY(again.get(), nullptr, nullptr, nullptr));
        }
    } else {
        const auto* p = reinterpret_cast<const unsigned char*>(input.data());
        Cert cert(d2i_X509(nullptr, &p, long(input.size())));
        if (cert) {
            key.reset(X509_get_pubkey(cert.get()));
        } else {
            clearOpenSslErrors();
            p = reinterpret_cast<const unsigned char*>(input.data());
            key.reset(d2i_PUBKEY(nullptr, &p, long(input.size())));
        }
    }
    if (!key)
        return invalid(QStringLiteral("neither a certificate nor a public key: %1").arg(drainOpenSslErrors()));
    LWC_CHECK(checkP256(key.get(), QCoreApplication::translate("lwc::SignedReceipt", "trusted key")));
    return key;
}

// S9: SHA-256 only.
bool verifySignature(EVP_PKEY* key, QByteArrayView data, QByteArrayView signature)
{
    MdCtx ctx(EVP_MD_CTX_new());
    const bool ok = ctx && EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key) == 1
        && EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char*>(signature.data()),
                            size_t(signature.size()), reinterpret_cast<const unsigned char*>(data.data()),
                            size_t(data.size()))
            == 1;
    clearOpenSslErrors(); // a failed verification leaves reasons we report ourselves
    return ok;
}

QJsonObject signedPart(const QJsonObject& receipt)
{
    return QJsonObject {{QStringLiteral("format"), SignedReceipt::kFormat},
                        {QStringLiteral("version"), SignedReceipt::kVersion},
                        {QStringLiteral("receipt"), receipt}};
}

Result<QByteArray> base64Field(const QJsonObject& o, const char* key, bool allowEmpty)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isString())
        return malformed(QStringLiteral("signature.%1 is not a string").arg(QLatin1String(key)));
    const QString text = v.toString();
    if (text.isEmpty() && allowEmpty)
        return QByteArray();
    auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    // Canonical base64 only: re-encoding must give the same text.
    if (!decoded || decoded.decoded.isEmpty() || decoded.decoded.toBase64() != text.toLatin1())
        return malformed(QStringLiteral("signature.%1 is not canonical base64").arg(QLatin1String(key)));
    return decoded.decoded;
}

} // namespace

QByteArray SignedReceipt::signerKeyFingerprint() const
{
    return sha256(m_publicKey);
}

QByteArray SignedReceipt::certificateFingerprint() const
{
    return m_certificate.isEmpty() ? QByteArray() : sha256(m_certificate);
}

QByteArray SignedReceipt::signatureFingerprint() const
{
    return sha256(m_signature);
}

QString SignedReceipt::formatFingerprint(const QByteArray& digest)
{
    return QString::fromLatin1(digest.toHex(':').toUpper());
}

QString SignedReceipt::toHtml() const
{
    return ReceiptHtml::render(*this);
}

Result<SignedReceipt> SignedReceipt::sign(const CommissioningReceipt& receipt, const SecretBytes& privateKeyPkcs8Der,
                                          QByteArrayView signerCertificateDer)
{
    LWC_CHECK(receipt.validate());
    const auto* p = privateKeyPkcs8Der.data();
    Pkey key(p ? d2i_AutoPrivateKey(nullptr, &p, long(privateKeyPkcs8Der.size())) : nullptr);
    if (!key || p != privateKeyPkcs8Der.data() + privateKeyPkcs8Der.size()) {
        return makeError(QStringLiteral("receipt.key.invalid"),
                         QCoreApplication::translate("lwc::SignedReceipt",
                                                     "The signing key could not be read. The local CA key must be a "
                                                     "PKCS#8 DER private key."),
                         QStringLiteral("d2i_AutoPrivateKey: ") + drainOpenSslErrors());
    }
    LWC_CHECK(checkP256(key.get(), QCoreApplication::translate("lwc::SignedReceipt", "signing key")));

    SignedReceipt out;
    out.m_receipt = receipt;
    out.m_publicKey = spkiDer(key.get());
    if (!signerCertificateDer.isEmpty()) {
        LWC_TRY(Cert cert, readCertificateDer(signerCertificateDer));
        Pkey certKey(X509_get_pubkey(cert.get()));
        if (!certKey || EVP_PKEY_eq(certKey.get(), key.get()) != 1) {
            clearOpenSslErrors();
            return makeError(QStringLiteral("receipt.certificate.mismatch"),
                             QCoreApplication::translate("lwc::SignedReceipt",
                                                         "The signer certificate does not belong to the signing key. "
                                                         "Use the local CA certificate that matches its key."),
                             QStringLiteral("certificate key differs from signing key"));
        }
        out.m_certificate = signerCertificateDer.toByteArray();
        out.m_certificateSubject = subjectOf(cert.get());
    }

    const QJsonObject receiptJson = receipt.toJson();
    LWC_TRY(const QByteArray signedBytes, CanonicalJson::serialize(signedPart(receiptJson)));
    MdCtx ctx(EVP_MD_CTX_new());
    size_t sigLen = 0;
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key.get()) != 1
        || EVP_DigestSign(ctx.get(), nullptr, &sigLen, reinterpret_cast<const unsigned char*>(signedBytes.data()),
                          size_t(signedBytes.size()))
            != 1) {
        return makeError(QStringLiteral("receipt.crypto"),
                         QCoreApplication::translate("lwc::SignedReceipt",
                                                     "Signing the receipt failed inside OpenSSL. Report the details."),
                         QStringLiteral("EVP_DigestSign: ") + drainOpenSslErrors());
    }
    QByteArray signature(qsizetype(sigLen), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(signature.data()), &sigLen,
                       reinterpret_cast<const unsigned char*>(signedBytes.data()), size_t(signedBytes.size()))
        != 1) {
        return makeError(QStringLiteral("receipt.crypto"),
                         QCoreApplication::translate("lwc::SignedReceipt",
                                                     "Signing the receipt failed inside OpenSSL. Report the details."),
                         QStringLiteral("EVP_DigestSign: ") + drainOpenSslErrors());
    }
    signature.truncate(qsizetype(sigLen));
    out.m_signature = signature;
    out.m_signedBytes = signedBytes;
    out.m_selfConsistent = true;

    QJsonObject envelope = signedPart(receiptJson);
    envelope.insert(QStringLiteral("signature"),
                    QJsonObject {{QStringLiteral("algorithm"), kAlgorithm},
                                 {QStringLiteral("publicKey"), QString::fromLatin1(out.m_publicKey.toBase64())},
                                 {QStringLiteral("certificate"), QString::fromLatin1(out.m_certificate.toBase64())},
                                 {QStringLiteral("value"), QString::fromLatin1(signature.toBase64())}});
    LWC_TRY(out.m_json, CanonicalJson::serialize(envelope));
    out.m_json.append('\n');
    return out;
}

Result<SignedReceipt> SignedReceipt::parse(QByteArrayView json)
{
    if (json.size() > kMaxFileSize)
        return malformed(QStringLiteral("%1 bytes, at most %2").arg(json.size()).arg(kMaxFileSize));
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return malformed(QStringLiteral("JSON error at offset %1: %2")
                             .arg(parseError.offset)
                             .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                               : QStringLiteral("not an object")));
    const QJsonObject envelope = doc.object();
    if (envelope.value(QStringLiteral("format")).toString() != kFormat)
        return malformed(QStringLiteral("format is not %1").arg(kFormat));
    if (envelope.value(QStringLiteral("version")) != QJsonValue(kVersion)) {
        return makeError(
            QStringLiteral("receipt.unsupportedVersion"),
            QCoreApplication::translate("lwc::SignedReceipt",
                                        "The receipt was written by a newer or unknown version of this "
                                        "program. Update the program to read it."),
            QStringLiteral("version %1").arg(envelope.value(QStringLiteral("version")).toVariant().toString()));
    }
    if (envelope.size() != 4 || !envelope.value(QStringLiteral("receipt")).isObject()
        || !envelope.value(QStringLiteral("signature")).isObject())
        return malformed(QStringLiteral("envelope must hold exactly format, receipt, signature, version"));

    // Exactly the canonical bytes (one trailing newline allowed): no
    // reformatting, no duplicate keys, nothing a different JSON reader could
    // read differently from what was signed.
    LWC_TRY(const QByteArray canonical, CanonicalJson::serialize(envelope));
    QByteArrayView body = json;
    if (body.endsWith('\n'))
        body.chop(1);
    if (body != canonical) {
        return makeError(QStringLiteral("receipt.notCanonical"),
                         QCoreApplication::translate("lwc::SignedReceipt",
                                                     "The receipt file was edited or reformatted after it was signed. "
                                                     "Only the unchanged file can be verified."),
                         QStringLiteral("file differs from its canonical form"), Rule::S26);
    }

    const QJsonObject sig = envelope.value(QStringLiteral("signature")).toObject();
    const QStringList sigKeys = sig.keys();
    if (sigKeys
        != QStringList {QStringLiteral("algorithm"), QStringLiteral("certificate"), QStringLiteral("publicKey"),
                        QStringLiteral("value")})
        return malformed(QStringLiteral("signature must hold exactly algorithm, certificate, publicKey, value"));
    // S9: only SHA-256 signatures; anything else (SHA-1, MD5, unknown) is refused.
    if (sig.value(QStringLiteral("algorithm")).toString() != kAlgorithm) {
        return makeError(QStringLiteral("receipt.signature.algorithm"),
                         QCoreApplication::translate("lwc::SignedReceipt",
                                                     "The receipt uses a signature algorithm this program does not "
                                                     "accept. Only ECDSA P-256 with SHA-256 is allowed."),
                         sig.value(QStringLiteral("algorithm")).toString(), Rule::S9);
    }

    SignedReceipt out;
    LWC_TRY(out.m_receipt, CommissioningReceipt::fromJson(envelope.value(QStringLiteral("receipt")).toObject()));
    LWC_TRY(out.m_publicKey, base64Field(sig, "publicKey", false));
    LWC_TRY(out.m_certificate, base64Field(sig, "certificate", true));
    LWC_TRY(out.m_signature, base64Field(sig, "value", false));
    out.m_json = json.toByteArray();

    LWC_TRY(Pkey embeddedKey, readPublicKeyDer(out.m_publicKey, QStringLiteral("signature.publicKey")));
    if (!out.m_certificate.isEmpty()) {
        LWC_TRY(Cert cert, readCertificateDer(out.m_certificate));
        Pkey certKey(X509_get_pubkey(cert.get()));
        if (!certKey || EVP_PKEY_eq(certKey.get(), embeddedKey.get()) != 1) {
            clearOpenSslErrors();
            return makeError(QStringLiteral("receipt.certificate.mismatch"),
                             QCoreApplication::translate("lwc::SignedReceipt",
                                                         "The certificate in the receipt does not belong to the key "
                                                         "that signed it. The receipt was altered."),
                             QStringLiteral("embedded certificate key differs from signature.publicKey"), Rule::S26);
        }
        out.m_certificateSubject = subjectOf(cert.get());
    }
    LWC_TRY(out.m_signedBytes,
            CanonicalJson::serialize(signedPart(envelope.value(QStringLiteral("receipt")).toObject())));
    out.m_selfConsistent = verifySignature(embeddedKey.get(), out.m_signedBytes, out.m_signature);
    return out;
}

Result<SignedReceipt> SignedReceipt::verify(QByteArrayView json, QByteArrayView trusted)
{
    LWC_TRY(Pkey trustedKey, loadTrustedKey(trusted));
    LWC_TRY(SignedReceipt receipt, parse(json));
    if (verifySignature(trustedKey.get(), receipt.m_signedBytes, receipt.m_signature))
        return receipt;

    const QByteArray trustedSpki = spkiDer(trustedKey.get());
    if (trustedSpki != receipt.m_publicKey) {
        return makeError(
            QStringLiteral("receipt.signer.untrusted"),
            QCoreApplication::translate("lwc::SignedReceipt",
                                        "The receipt was not signed by the trusted key. It names signer "
                                        "key %1, the trusted key is %2.")
                .arg(formatFingerprint(sha256(receipt.m_publicKey)), formatFingerprint(sha256(trustedSpki))),
            QStringLiteral("signature does not verify under the trusted key"), Rule::S26);
    }
    return makeError(QStringLiteral("receipt.signature.invalid"),
                     QCoreApplication::translate("lwc::SignedReceipt",
                                                 "The receipt's signature does not match its content: it was changed "
                                                 "after signing. Do not rely on it."),
                     QStringLiteral("ECDSA verification failed"), Rule::S26);
}

} // namespace lwc
