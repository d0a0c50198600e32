#include "BootstrapCredentials.h"

#include "inventory/CredentialRegistry.h"
#include "security/CredentialCodec.h"
#include "security/CredentialGenerator.h"
#include "security/LocalCa.h"
#include "security/SecurityObjectKeys.h"

#include <QCoreApplication>

namespace lwc::security {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("lwc::security::BootstrapCredentials", text);
}

DeviceKeyProfile profileFor(bootstrap::KeyEncoding e)
{
    DeviceKeyProfile p;
    switch (e) {
    case bootstrap::KeyEncoding::Spki:
        p.publicKey = PublicKeyFormat::Spki;
        p.privateKey = PrivateKeyFormat::Pkcs8;
        break;
    case bootstrap::KeyEncoding::RawXY:
        p.publicKey = PublicKeyFormat::RawXY;
        p.privateKey = PrivateKeyFormat::Raw;
        break;
    case bootstrap::KeyEncoding::Uncompressed:
        p.publicKey = PublicKeyFormat::Uncompressed;
        p.privateKey = PrivateKeyFormat::Raw;
        break;
    }
    return p;
}

// A private key given in the plan (PEM or DER, any supported container).
Result<SecretBytes> importPrivateKey(const SecretBytes& given)
{
    LWC_TRY(ImportedCredential c, CredentialCodec::import(given.view(), ImportKind::PrivateKey));
    return std::move(c.privateKeyPkcs8);
}

Result<QByteArray> importCertificate(QByteArrayView given)
{
    LWC_TRY(ImportedCredential c, CredentialCodec::import(given, ImportKind::Certificate));
    if (c.certificates.isEmpty())
        return makeError(QStringLiteral("credentials.noCertificate"), tr("The file holds no certificate."), {},
                         Rule::S23);
    return c.certificates.first();
}

bootstrap::AccountKeys fromSecurityObjectKeys(SecurityObjectKeys&& k)
{
    bootstrap::AccountKeys keys;
    keys.publicKeyOrIdentity = std::move(k.publicKeyOrIdentity);
    keys.serverPublicKey = std::move(k.serverPublicKey);
    keys.secretKey = std::move(k.secretKey);
    return keys;
}

} // namespace

EngineCredentialFactory::EngineCredentialFactory(const LocalCa* ca, inventory::CredentialRegistry* registry)
    : m_ca(ca), m_registry(registry)
{
}

Result<bootstrap::AccountKeys> EngineCredentialFactory::keysFor(const QString& endpoint,
                                                                const bootstrap::AccountCredentials& account)
{
    bootstrap::AccountKeys keys;
    switch (account.mode) {
    case bootstrap::AccountSecurityMode::NoSec:
        return keys;
    case bootstrap::AccountSecurityMode::Psk: {
        SecretBytes psk;
        if (account.psk.generate) {
            PskOptions o;
            o.keyBytes = account.generateBytes; // S3: CSPRNG, 16 bytes by default
            LWC_TRY(PskCredential generated, CredentialGenerator::generatePsk(endpoint, o));
            psk = std::move(generated.key);
        } else {
            psk = account.psk.secret.clone();
            LWC_CHECK(CredentialGenerator::checkPskStrength(psk)); // S3 for user-entered keys
        }
        LWC_TRY(SecurityObjectKeys k, SecurityObjectKeys::forPsk(QString::fromUtf8(account.pskIdentity), psk));
        keys = fromSecurityObjectKeys(std::move(k));
        break;
    }
    case bootstrap::AccountSecurityMode::Rpk: {
        SecretBytes clientKey;
        if (account.clientPrivateKey.generate) {
            LWC_TRY(KeyPair pair, CredentialGenerator::generateP256KeyPair()); // S11, unique per device (S5)
            clientKey = std::move(pair.privateKeyPkcs8);
            keys.clientPublicKeySpki = pair.publicKeySpki;
        } else {
            LWC_TRY(clientKey, importPrivateKey(account.clientPrivateKey.secret));
        }
        LWC_TRY(PrivateKey parsed, CredentialCodec::parsePrivateKey(clientKey));
        keys.clientPublicKeySpki = parsed.publicKeySpki;
        LWC_TRY(
            SecurityObjectKeys k,
            SecurityObjectKeys::forRpk(clientKey, account.serverPublicKey.publicData, profileFor(account.keyEncoding)));
        QByteArray spki = keys.clientPublicKeySpki;
        keys = fromSecurityObjectKeys(std::move(k));
        keys.clientPublicKeySpki = spki;
        break;
    }
    case bootstrap::AccountSecurityMode::Certificate:
    case bootstrap::AccountSecurityMode::CertificateEst: {
        SecretBytes clientKey;
        QByteArray certificate;
        if (account.clientCertificate.generate) {
            if (!m_ca)
                return makeError(QStringLiteral("credentials.noLocalCa"),
                                 tr("Generating a client certificate needs the local CA; create or import one first."),
                                 {}, Rule::S18);
            LWC_TRY(KeyPair pair, CredentialGenerator::generateP256KeyPair());
            LWC_TRY(certificate, m_ca->issueClientCertificate(endpoint, pair.publicKeySpki)); // S18: CN = endpoint
            clientKey = std::move(pair.privateKeyPkcs8);
        } else {
            LWC_TRY(certificate, importCertificate(account.clientCertificate.publicData));
            LWC_TRY(clientKey, importPrivateKey(account.clientPrivateKey.secret));
        }
        LWC_TRY(const QByteArray serverCertificate, importCertificate(account.serverCertificate.publicData));
        LWC_TRY(PrivateKey parsed, CredentialCodec::parsePrivateKey(clientKey));
        LWC_TRY(SecurityObjectKeys k,
                SecurityObjectKeys::forCertificate(certificate, clientKey, serverCertificate,
                                                   profileFor(account.keyEncoding)));
        keys = fromSecurityObjectKeys(std::move(k));
        keys.clientPublicKeySpki = parsed.publicKeySpki;
        keys.clientCertificateDer = certificate;
        break;
    }
    }
    LWC_CHECK(checkUnique(endpoint, keys, account.mode));
    return keys;
}

Result<QList<inventory::CredentialFingerprint>>
EngineCredentialFactory::fingerprints(const bootstrap::AccountKeys& keys, bootstrap::AccountSecurityMode mode)
{
    QList<inventory::CredentialFingerprint> fps;
    if (mode == bootstrap::AccountSecurityMode::Psk) {
        fps << inventory::CredentialRegistry::pskIdentity(QString::fromUtf8(keys.publicKeyOrIdentity));
        if (!keys.secretKey.isEmpty()) {
            LWC_TRY(inventory::CredentialFingerprint f, m_registry->psk(keys.secretKey));
            fps << f;
        }
    }
    if (!keys.clientCertificateDer.isEmpty()) {
        LWC_TRY(QList<inventory::CredentialFingerprint> f,
                inventory::CredentialRegistry::certificate(keys.clientCertificateDer));
        fps << f;
    } else if (!keys.clientPublicKeySpki.isEmpty()) {
        LWC_TRY(inventory::CredentialFingerprint f, inventory::CredentialRegistry::publicKey(keys.clientPublicKeySpki));
        fps << f;
    }
    return fps;
}

Status EngineCredentialFactory::checkUnique(const QString& endpoint, const bootstrap::AccountKeys& keys,
                                            bootstrap::AccountSecurityMode mode)
{
    if (!m_registry)
        return {};
    LWC_TRY(const QList<inventory::CredentialFingerprint> fps, fingerprints(keys, mode));
    return m_registry->checkUnique(endpoint, fps); // S5, S12
}

Status EngineCredentialFactory::recordIssued(const QString& endpoint, const bootstrap::AccountCredentials& account,
                                             const bootstrap::AccountKeys& keys)
{
    if (!m_registry || account.mode == bootstrap::AccountSecurityMode::NoSec)
        return {};
    LWC_TRY(const QList<inventory::CredentialFingerprint> fps, fingerprints(keys, account.mode));
    return m_registry->record(endpoint, fps);
}

Status EngineClientVerifier::verifyClient(const QList<QByteArray>& chainDer, const QList<QByteArray>& trustAnchors,
                                          const QString& endpoint, const QDateTime& now)
{
    QList<QByteArray> anchors;
    for (const QByteArray& a : trustAnchors) {
        LWC_TRY(ImportedCredential c, CredentialCodec::import(a, ImportKind::Certificate));
        anchors += c.certificates;
    }
    LWC_TRY(VerificationReport report,
            m_verifier.verifyClientCertificate(chainDer, anchors, endpoint, TimePolicy::at(now)));
    if (report.trusted)
        return {};
    const QList<Rule> failed = report.failedRules();
    // Name the most specific rule: CN != endpoint first (S18), then the chain.
    Rule rule = failed.isEmpty() ? Rule::S13 : failed.first();
    if (failed.contains(Rule::S18))
        rule = Rule::S18;
    QStringList why;
    for (const RuleVerdict& v : report.verdicts)
        if (v.status == VerdictStatus::Fail)
            why << QStringLiteral("[%1] %2").arg(ruleId(v.rule), v.explanation);
    return makeError(QStringLiteral("bootstrap.clientCertificateRefused"),
                     tr("The device's certificate is not accepted: %1").arg(report.summary()),
                     why.join(QLatin1String("; ")), rule);
}

} // namespace lwc::security
