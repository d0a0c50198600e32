#pragma once

// Test certificates made with OpenSSL at run time (no opaque blobs in the
// repository): roots, intermediates and leaves with deliberately good or bad
// properties for each rule (P-192 keys, SHA-1 signatures, "*.com", expired,
// CN != endpoint, ...).
#include "security/CertificateBuilder.h"

#include "common/SecretBytes.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace lwc::test {

struct TestKey {
    SecretBytes pkcs8;
    QByteArray spki;
};

struct TestCert {
    QByteArray der;
    SecretBytes keyPkcs8;
    QByteArray spki;
    TestCert clone() const { return {der, keyPkcs8.clone(), spki}; }
};

// "EC" with a curve ("P-256", "P-192", "P-384") or "RSA" with bits.
TestKey makeEcKey(const char* curve = "P-256");
TestKey makeRsaKey(int bits);

// Defaults: valid from 2020-01-01 to 2040-01-01, SHA-256.
lwc::security::CertificateSpec caSpec(const QString& cn);
lwc::security::CertificateSpec serverSpec(const QString& cn, const QStringList& dnsNames = {},
                                          const QStringList& ipAddresses = {});
lwc::security::CertificateSpec clientSpec(const QString& cn);

// Self-signed when `issuer` is null.
TestCert makeCert(const lwc::security::CertificateSpec& spec, TestKey key, const TestCert* issuer = nullptr);
inline TestCert makeCert(const lwc::security::CertificateSpec& spec, const TestCert* issuer = nullptr)
{
    return makeCert(spec, makeEcKey(), issuer);
}

QByteArray toPem(QByteArrayView der, const char* label = "CERTIFICATE");

} // namespace lwc::test
