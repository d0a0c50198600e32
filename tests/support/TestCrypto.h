#pragma once

// Throw-away keys and certificates made with OpenSSL at test time, so no
// private key is checked in. Header-only, for core, ui and integration tests.
#include "common/SecretBytes.h"

#include <QByteArray>
#include <QString>

#include <openssl/evp.h>
#include <openssl/x509.h>

namespace lwc::test {

namespace detail {
inline EVP_PKEY* loadKey(const SecretBytes& pkcs8)
{
    const unsigned char* p = pkcs8.data();
    return d2i_AutoPrivateKey(nullptr, &p, long(pkcs8.size()));
}
} // namespace detail

// A fresh private key as PKCS#8 DER: "P-256", "P-384" (EC) or "ED25519".
inline SecretBytes makePrivateKey(const char* algorithm = "P-256")
{
    EVP_PKEY* key = QByteArrayView(algorithm) == QByteArrayView("ED25519")
        ? EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519")
        : EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", algorithm);
    if (!key)
        return {};
    PKCS8_PRIV_KEY_INFO* p8 = EVP_PKEY2PKCS8(key);
    unsigned char* der = nullptr;
    const int len = p8 ? i2d_PKCS8_PRIV_KEY_INFO(p8, &der) : -1;
    SecretBytes out
        = len > 0 ? SecretBytes::copyOf(QByteArrayView(reinterpret_cast<const char*>(der), len)) : SecretBytes();
    if (der)
        OPENSSL_clear_free(der, size_t(len));
    PKCS8_PRIV_KEY_INFO_free(p8);
    EVP_PKEY_free(key);
    return out;
}

// SubjectPublicKeyInfo DER of a PKCS#8 key.
inline QByteArray publicKeyOf(const SecretBytes& pkcs8)
{
    EVP_PKEY* key = detail::loadKey(pkcs8);
    unsigned char* der = nullptr;
    const int len = key ? i2d_PUBKEY(key, &der) : -1;
    QByteArray out = len > 0 ? QByteArray(reinterpret_cast<const char*>(der), len) : QByteArray();
    OPENSSL_free(der);
    EVP_PKEY_free(key);
    return out;
}

// A self-signed X.509v3 certificate (DER) for the key, CN = `commonName`.
inline QByteArray makeSelfSignedCertificate(const SecretBytes& pkcs8, const QString& commonName)
{
    EVP_PKEY* key = detail::loadKey(pkcs8);
    X509* cert = X509_new();
    QByteArray out;
    if (key && cert) {
        X509_set_version(cert, 2);
        ASN1_INTEGER_set(X509_get_serialNumber(cert), 1);
        X509_gmtime_adj(X509_getm_notBefore(cert), 0);
        X509_gmtime_adj(X509_getm_notAfter(cert), 365L * 24 * 3600);
        X509_set_pubkey(cert, key);
        X509_NAME* name = X509_get_subject_name(cert);
        const QByteArray cn = commonName.toUtf8();
        X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(cn.constData()),
                                   -1, -1, 0);
        X509_set_issuer_name(cert, name);
        if (X509_sign(cert, key, EVP_sha256()) > 0) {
            unsigned char* der = nullptr;
            const int len = i2d_X509(cert, &der);
            if (len > 0)
                out = QByteArray(reinterpret_cast<const char*>(der), len);
            OPENSSL_free(der);
        }
    }
    X509_free(cert);
    EVP_PKEY_free(key);
    return out;
}

// PEM armour around DER ("CERTIFICATE", "PUBLIC KEY").
inline QByteArray toPem(const QByteArray& der, const char* label)
{
    QByteArray out = QByteArray("-----BEGIN ") + label + "-----\n";
    const QByteArray b64 = der.toBase64();
    for (qsizetype i = 0; i < b64.size(); i += 64)
        out += b64.mid(i, 64) + '\n';
    out += QByteArray("-----END ") + label + "-----\n";
    return out;
}

} // namespace lwc::test
