#include "TestPki.h"

#include "security/CredentialCodec.h"
#include "security/OpenSslUtil.h"

#include <QTest>

#include <openssl/evp.h>

namespace lwc::test {

using namespace lwc::security;

namespace {

TestKey fromPkey(EVP_PKEY* raw)
{
    EvpPkeyPtr key(raw);
    if (!key)
        qFatal("test key generation failed: %s", qPrintable(drainOpenSslErrors()));
    auto pkcs8 = privateKeyToPkcs8(key.get());
    if (!pkcs8.ok())
        qFatal("PKCS#8 encoding failed");
    return {std::move(pkcs8).value(), publicKeyToSpki(key.get())};
}

} // namespace

TestKey makeEcKey(const char* curve)
{
    return fromPkey(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", curve));
}

TestKey makeRsaKey(int bits)
{
    return fromPkey(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(bits)));
}

CertificateSpec caSpec(const QString& cn)
{
    CertificateSpec s;
    s.commonName = cn;
    s.notBefore = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
    s.notAfter = QDateTime(QDate(2040, 1, 1), QTime(0, 0), Qt::UTC);
    s.isCa = true;
    s.keyUsage = QStringLiteral("critical,keyCertSign,cRLSign");
    return s;
}

CertificateSpec serverSpec(const QString& cn, const QStringList& dnsNames, const QStringList& ipAddresses)
{
    CertificateSpec s = caSpec(cn);
    s.isCa = false;
    s.keyUsage = QStringLiteral("critical,digitalSignature");
    s.extendedKeyUsage = QStringLiteral("serverAuth");
    for (const QString& n : dnsNames)
        s.subjectAltNames << SubjectAltName {SubjectAltName::Type::Dns, n, n.toLatin1()};
    for (const QString& ip : ipAddresses)
        s.subjectAltNames << SubjectAltName {SubjectAltName::Type::Ip, ip, {}};
    return s;
}

CertificateSpec clientSpec(const QString& cn)
{
    CertificateSpec s = caSpec(cn);
    s.isCa = false;
    s.keyUsage = QStringLiteral("critical,digitalSignature");
    s.extendedKeyUsage = QStringLiteral("clientAuth");
    return s;
}

TestCert makeCert(const CertificateSpec& spec, TestKey key, const TestCert* issuer)
{
    auto der = CertificateBuilder::build(spec, key.spki, issuer ? QByteArrayView(issuer->der) : QByteArrayView(),
                                         issuer ? issuer->keyPkcs8 : key.pkcs8);
    if (!der.ok())
        qFatal("test certificate failed: %s", qPrintable(der.error().toString()));
    return {std::move(der).value(), std::move(key.pkcs8), key.spki};
}

QByteArray toPem(QByteArrayView der, const char* label)
{
    return CredentialCodec::encodeOutput(der, OutputEncoding::Pem, QString::fromLatin1(label)).value();
}

} // namespace lwc::test
