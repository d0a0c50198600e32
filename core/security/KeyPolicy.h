#pragma once

#include "common/Result.h"

#include <QString>

#include <openssl/evp.h>
#include <openssl/x509.h>

namespace lwc::security {

// What a key is, for people and for the key-strength rule.
struct KeyInfo {
    QString algorithm; // "EC", "RSA", "Ed25519", "Ed448", or OpenSSL's name
    QString curve; // NIST name where there is one ("P-256"), else the OpenSSL group name; empty for non-EC
    int bits = 0; // EVP_PKEY_get_bits
    // "EC P-256 (256 bits)", "RSA 2048 bits", ...
    QString description() const;
};

// What a certificate's signature uses.
struct SignatureInfo {
    QString algorithm; // "ecdsa-with-SHA256", "sha1WithRSAEncryption", ...
    QString digest; // "SHA256", "SHA1", ... empty for algorithms without a separate digest (Ed25519)
    bool acceptable = false; // S9: SHA-2/SHA-3 of at least 256 bits, or an intrinsic-hash scheme (EdDSA)
};

// The key and hash rules shared by the verifier, the local CA and import.
class KeyPolicy {
public:
    static KeyInfo describeKey(const EVP_PKEY* key);

    // S11: EC keys of at least 256 bits (EdDSA counts as EC), RSA of at least
    // 2048 bits; every other algorithm is refused. `what` names the key in the
    // message ("the trust anchor's key").
    static Status checkKeyStrength(const EVP_PKEY* key, const QString& what);
    static bool isKeyStrongEnough(const KeyInfo& info);

    static SignatureInfo describeSignature(const X509* cert);
    // S9: refuses SHA-1, MD5 and anything weaker than SHA-256.
    static Status checkSignatureDigest(const X509* cert, const QString& what);
};

} // namespace lwc::security
