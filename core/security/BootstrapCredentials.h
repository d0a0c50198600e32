#pragma once

// The credential engine behind the bootstrap server: key material per
// account (generated or imported, S3/S11/S21-S23), fleet uniqueness against
// the inventory (S5, S12), and the X.509 client check (S13, S15, S18).
#include "bootstrap/BootstrapServer.h"
#include "bootstrap/CredentialFactory.h"
#include "security/CertificateVerifier.h"

namespace lwc::inventory {
class CredentialRegistry;
struct CredentialFingerprint;
} // namespace lwc::inventory

namespace lwc::security {

class LocalCa;

class EngineCredentialFactory final : public bootstrap::CredentialFactory {
public:
    // `ca` issues client certificates for x509 accounts with "generate";
    // `registry` keeps the fleet unique. Either may be null (then generated
    // certificates are refused, and uniqueness is not checked — the CLI
    // without an inventory says so).
    EngineCredentialFactory(const LocalCa* ca, inventory::CredentialRegistry* registry);

    Result<bootstrap::AccountKeys> keysFor(const QString& endpoint,
                                           const bootstrap::AccountCredentials& account) override;
    Status recordIssued(const QString& endpoint, const bootstrap::AccountCredentials& account,
                        const bootstrap::AccountKeys& keys) override;

private:
    Status checkUnique(const QString& endpoint, const bootstrap::AccountKeys& keys,
                       bootstrap::AccountSecurityMode mode);
    // What identifies the account's material fleet-wide (S5, S12).
    Result<QList<inventory::CredentialFingerprint>> fingerprints(const bootstrap::AccountKeys& keys,
                                                                 bootstrap::AccountSecurityMode mode);

    const LocalCa* m_ca;
    inventory::CredentialRegistry* m_registry;
};

class EngineClientVerifier final : public bootstrap::ClientCertificateVerifier {
public:
    explicit EngineClientVerifier(const Clock& clock = Clock::system()) : m_verifier(clock) { }
    Status verifyClient(const QList<QByteArray>& chainDer, const QList<QByteArray>& trustAnchors,
                        const QString& endpoint, const QDateTime& now) override;

private:
    CertificateVerifier m_verifier;
};

} // namespace lwc::security
