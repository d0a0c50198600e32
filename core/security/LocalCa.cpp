#include "LocalCa.h"

#include "CertificateBuilder.h"
#include "CredentialGenerator.h"
#include "Fingerprint.h"
#include "HostnameMatcher.h"
#include "KeyPolicy.h"
#include "OpenSslUtil.h"

#include "common/Log.h"

#include <QCoreApplication>

#include <openssl/err.h>
#include <openssl/rand.h>

namespace lwc::security {

LocalCa::LocalCa(QByteArray certificate, SecretBytes key, const Clock& clock)
    : m_certificate(std::move(certificate)), m_key(std::move(key)), m_clock(&clock)
{
}

CertificateInfo LocalCa::info() const
{
    X509Ptr cert = x509FromDer(m_certificate);
    return CertificateInfo::fromX509(cert.get());
}

Result<LocalCa> LocalCa::create(const LocalCaOptions& options, const Clock& clock)
{
    LWC_TRY(KeyPair key, CredentialGenerator::generateP256KeyPair());
    QString name = options.commonName.trimmed();
    if (name.isEmpty()) {
        unsigned char tag[4];
        RAND_bytes(tag, sizeof tag);
        name = QStringLiteral("LwM2M Commissioner Local CA %1")
                   .arg(QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(tag), 4).toHex()));
    }
    if (name.size() > kMaxCommonNameLength) {
        return makeError(
            QStringLiteral("security.ca.nameTooLong"),
            QCoreApplication::translate("lwc::security::LocalCa",
                                        "The CA name has %1 characters; a certificate name holds at most %2.")
                .arg(name.size())
                .arg(kMaxCommonNameLength));
    }
    if (options.validityDays < 1 || options.validityDays > 36500) {
        return makeError(
            QStringLiteral("security.ca.validity"),
            QCoreApplication::translate("lwc::security::LocalCa", "The CA validity must be between 1 and 36500 days."));
    }
    const QDateTime now = clock.now().toUTC();
    CertificateSpec spec;
    spec.commonName = name;
    spec.organization = options.organization;
    spec.notBefore = now.addSecs(-3600);
    spec.notAfter = now.addDays(options.validityDays);
    spec.isCa = true;
    spec.pathLength = 0;
    spec.keyUsage = QStringLiteral("critical,keyCertSign,cRLSign");
    LWC_TRY(QByteArray cert, CertificateBuilder::build(spec, key.publicKeySpki, {}, key.privateKeyPkcs8));
    qCInfo(lcSecurity).noquote() << "created local CA" << name << Fingerprint::sha256(cert);
    return LocalCa(std::move(cert), std::move(key.privateKeyPkcs8), clock);
}

Result<LocalCa> LocalCa::import(QByteArray certificateDer, SecretBytes privateKeyPkcs8, const Clock& clock)
{
    ERR_clear_error();
    X509Ptr cert = x509FromDer(certificateDer);
    if (!cert) {
        return openSslError(QStringLiteral("security.ca.certificateInvalid"),
                            QCoreApplication::translate("lwc::security::LocalCa",
                                                        "The CA certificate is not a valid X.509 certificate."),
                            {}, Rule::S13);
    }
    EvpPkeyPtr key = privateKeyFromPkcs8(privateKeyPkcs8);
    if (!key)
        return openSslError(
            QStringLiteral("security.ca.keyInvalid"),
            QCoreApplication::translate("lwc::security::LocalCa", "The CA private key cannot be read."));
    if (X509_check_ca(cert.get()) == 0) {
        return makeError(QStringLiteral("security.ca.notCa"),
                         QCoreApplication::translate(
                             "lwc::security::LocalCa",
                             "The certificate is not a CA certificate (basicConstraints CA:TRUE is missing), so it "
                             "cannot issue certificates."),
                         {}, Rule::S13);
    }
    const uint32_t ku = X509_get_key_usage(cert.get());
    if (ku != UINT32_MAX && !(ku & KU_KEY_CERT_SIGN)) {
        return makeError(QStringLiteral("security.ca.noCertSign"),
                         QCoreApplication::translate(
                             "lwc::security::LocalCa",
                             "The CA certificate's key usage does not allow signing certificates (keyCertSign)."),
                         {}, Rule::S13);
    }
    if (EVP_PKEY_eq(X509_get0_pubkey(cert.get()), key.get()) != 1) {
        ERR_clear_error();
        return makeError(QStringLiteral("security.ca.keyMismatch"),
                         QCoreApplication::translate(
                             "lwc::security::LocalCa",
                             "The private key does not belong to the CA certificate. Choose the matching key file."));
    }
    LWC_CHECK(
        KeyPolicy::checkKeyStrength(key.get(), QCoreApplication::translate("lwc::security::LocalCa", "The CA key")));
    LWC_CHECK(KeyPolicy::checkSignatureDigest(
        cert.get(), QCoreApplication::translate("lwc::security::LocalCa", "The CA certificate")));
    const CertificateInfo info = CertificateInfo::fromX509(cert.get());
    const QDateTime now = clock.now();
    if (now < info.notBefore || now > info.notAfter) {
        return makeError(
            QStringLiteral("security.ca.expired"),
            QCoreApplication::translate("lwc::security::LocalCa", "The CA certificate is valid from %1 to %2, not now.")
                .arg(info.notBefore.toString(Qt::ISODate), info.notAfter.toString(Qt::ISODate)),
            {}, Rule::S19);
    }
    return LocalCa(std::move(certificateDer), std::move(privateKeyPkcs8), clock);
}

Result<LocalCa> LocalCa::load(CaKeyStore& store, const Clock& clock)
{
    LWC_TRY(CaMaterial material, store.load());
    return import(material.certificateDer, std::move(material.privateKeyPkcs8), clock);
}

Status LocalCa::save(CaKeyStore& store) const
{
    return store.save(CaMaterial {m_certificate, m_key.clone()});
}

Result<QByteArray> LocalCa::issue(const QString& commonName, QByteArrayView subjectPublicKeySpki,
                                  const IssueOptions& options, const QString& extendedKeyUsage) const
{
    EvpPkeyPtr subjectKey = publicKeyFromSpki(subjectPublicKeySpki);
    if (!subjectKey) {
        return openSslError(
            QStringLiteral("security.ca.subjectKeyInvalid"),
            QCoreApplication::translate("lwc::security::LocalCa",
                                        "The device's public key is not a valid SubjectPublicKeyInfo."));
    }
    LWC_CHECK(KeyPolicy::checkKeyStrength(subjectKey.get(),
                                          QCoreApplication::translate("lwc::security::LocalCa", "The device key")));
    if (EVP_PKEY_eq(subjectKey.get(), X509_get0_pubkey(x509FromDer(m_certificate).get())) == 1) {
        // S12: the CA's (server side) key pair is never a client's key pair.
        return makeError(
            QStringLiteral("security.ca.subjectKeyIsCaKey"),
            QCoreApplication::translate("lwc::security::LocalCa",
                                        "The device key is the CA's own key; every device needs its own key pair."),
            {}, Rule::S12);
    }
    ERR_clear_error();
    if (options.validityDays < 1) {
        return makeError(
            QStringLiteral("security.ca.validity"),
            QCoreApplication::translate("lwc::security::LocalCa", "A certificate must be valid for at least one day."));
    }
    const CertificateInfo ca = info();
    const QDateTime now = m_clock->now().toUTC();
    if (now > ca.notAfter || now < ca.notBefore) {
        return makeError(
            QStringLiteral("security.ca.expired"),
            QCoreApplication::translate("lwc::security::LocalCa",
                                        "The local CA is not valid now (valid %1 to %2); create or import a new CA.")
                .arg(ca.notBefore.toString(Qt::ISODate), ca.notAfter.toString(Qt::ISODate)),
            {}, Rule::S19);
    }
    CertificateSpec spec;
    spec.commonName = commonName;
    spec.subjectAltNames = options.subjectAltNames;
    // An hour back for clock skew; never beyond the CA's own lifetime.
    spec.notBefore = std::max(now.addSecs(-3600), ca.notBefore);
    spec.notAfter = std::min(now.addDays(options.validityDays), ca.notAfter);
    spec.keyUsage = QStringLiteral("critical,digitalSignature");
    spec.extendedKeyUsage = extendedKeyUsage;
    spec.digest = QStringLiteral("SHA256");
    return CertificateBuilder::build(spec, subjectPublicKeySpki, m_certificate, m_key);
}

Result<QByteArray> LocalCa::issueClientCertificate(const QString& endpoint, QByteArrayView subjectPublicKeySpki,
                                                   const IssueOptions& options) const
{
    if (endpoint.isEmpty()) {
        return makeError(
            QStringLiteral("security.ca.endpointEmpty"),
            QCoreApplication::translate("lwc::security::LocalCa",
                                        "A client certificate needs the endpoint name for its Subject CN."),
            {}, Rule::S18);
    }
    if (endpoint.size() > kMaxCommonNameLength) {
        return makeError(QStringLiteral("security.ca.endpointTooLong"),
                         QCoreApplication::translate(
                             "lwc::security::LocalCa",
                             "The endpoint name has %1 characters; a certificate's Subject CN holds at most %2 "
                             "(RFC 5280), so it cannot equal the endpoint name (S18). Use a shorter endpoint name or "
                             "PSK/RPK mode.")
                             .arg(endpoint.size())
                             .arg(kMaxCommonNameLength),
                         {}, Rule::S18);
    }
    for (QChar c : endpoint) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            return makeError(QStringLiteral("security.ca.endpointControl"),
                             QCoreApplication::translate("lwc::security::LocalCa",
                                                         "The endpoint name contains a control character."),
                             {}, Rule::S18);
        }
    }
    // S18: the issuer puts the endpoint name in the Subject CN.
    LWC_TRY(QByteArray cert, issue(endpoint, subjectPublicKeySpki, options, QStringLiteral("clientAuth")));
    qCInfo(lcSecurity).noquote() << "issued client certificate for" << endpoint << Fingerprint::sha256(cert);
    return cert;
}

Result<QByteArray> LocalCa::issueServerCertificate(const QStringList& hostNames, QByteArrayView subjectPublicKeySpki,
                                                   const IssueOptions& options) const
{
    if (hostNames.isEmpty()) {
        return makeError(
            QStringLiteral("security.ca.hostsEmpty"),
            QCoreApplication::translate("lwc::security::LocalCa",
                                        "A server certificate needs at least one host name or IP address."),
            {}, Rule::S16);
    }
    IssueOptions withNames = options;
    for (const QString& host : hostNames) {
        const QString normalized = HostnameMatcher::normalizeHost(host);
        if (normalized.isEmpty() || normalized.contains(QLatin1Char('*'))) {
            return makeError(QStringLiteral("security.ca.hostInvalid"),
                             QCoreApplication::translate("lwc::security::LocalCa",
                                                         "\"%1\" is not a usable host name for a server certificate.")
                                 .arg(host),
                             {}, Rule::S16);
        }
        SubjectAltName san;
        san.type = HostnameMatcher::ipAddressBytes(normalized) ? SubjectAltName::Type::Ip : SubjectAltName::Type::Dns;
        san.value = normalized;
        withNames.subjectAltNames << san;
    }
    // S16: every DNS name and IP address is in the SAN.
    return issue(HostnameMatcher::normalizeHost(hostNames.first()).left(kMaxCommonNameLength), subjectPublicKeySpki,
                 withNames, QStringLiteral("serverAuth"));
}

} // namespace lwc::security
