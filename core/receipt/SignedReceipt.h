#pragma once

#include "CommissioningReceipt.h"

#include "common/Result.h"
#include "common/SecretBytes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace lwc {

// A CommissioningReceipt signed with ECDSA P-256 / SHA-256 by the local CA
// key. The file is one canonical JSON object (CanonicalJson) and a newline:
//
//   {"format":"lwc-commissioning-receipt","receipt":{...},
//    "signature":{"algorithm":"ECDSA-P256-SHA256","certificate":"<b64 DER>",
//                 "publicKey":"<b64 SPKI DER>","value":"<b64 DER ECDSA-Sig>"},
//    "version":1}
//
// The signature covers the canonical JSON of the envelope without its
// "signature" member. "certificate" is optional (empty string when absent).
// Because the file must be exactly canonical, any change — a value, a key
// order, added whitespace — makes it fail verification.
class SignedReceipt {
public:
    static constexpr int kVersion = 1;
    static const QString kFormat; // "lwc-commissioning-receipt"
    static const QString kAlgorithm; // "ECDSA-P256-SHA256"
    // Receipts are a few KiB; anything beyond this is not one.
    static constexpr qsizetype kMaxFileSize = 16 * 1024 * 1024;

    // Signs `receipt` with a P-256 private key given as PKCS#8 DER (the local
    // CA key). `signerCertificateDer`, if given, must hold the same key; it is
    // embedded for the reader's convenience, not trusted by verify().
    static Result<SignedReceipt> sign(const CommissioningReceipt& receipt, const SecretBytes& privateKeyPkcs8Der,
                                      QByteArrayView signerCertificateDer = {});

    // Reads a receipt file without establishing trust: checks structure,
    // canonical form, algorithm (S9), key type (S11) and that the embedded
    // certificate matches the embedded key, and records whether the
    // signature matches the embedded key (signatureMatchesEmbeddedKey()).
    static Result<SignedReceipt> parse(QByteArrayView json);

    // parse() plus: the signature verifies under `trusted`, a certificate or
    // SubjectPublicKeyInfo, DER or PEM (the local CA's). Errors:
    // receipt.signer.untrusted (signed by another key), receipt.signature.invalid
    // (changed after signing), receipt.trust.invalid, and parse()'s.
    static Result<SignedReceipt> verify(QByteArrayView json, QByteArrayView trusted);

    const CommissioningReceipt& receipt() const { return m_receipt; }
    // The file content: canonical envelope plus "\n".
    QByteArray toJson() const { return m_json; }
    QByteArray signature() const { return m_signature; }
    QByteArray publicKeyDer() const { return m_publicKey; }
    QByteArray certificateDer() const { return m_certificate; }
    QString certificateSubject() const { return m_certificateSubject; }
    // SHA-256 of the signer's SubjectPublicKeyInfo DER, of the certificate
    // DER, and of the signature value.
    QByteArray signerKeyFingerprint() const;
    QByteArray certificateFingerprint() const;
    QByteArray signatureFingerprint() const;
    bool signatureMatchesEmbeddedKey() const { return m_selfConsistent; }

    // The printable page (ReceiptHtml).
    QString toHtml() const;

    // "AB:CD:...": upper-case hex pairs joined by colons.
    static QString formatFingerprint(const QByteArray& digest);

private:
    CommissioningReceipt m_receipt;
    QByteArray m_json;
    QByteArray m_signedBytes; // canonical envelope without "signature"
    QByteArray m_signature;
    QByteArray m_publicKey;
    QByteArray m_certificate;
    QString m_certificateSubject;
    bool m_selfConsistent = false;
};

} // namespace lwc
