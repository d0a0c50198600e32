#pragma once

#include "bootstrap/BootstrapPlan.h"
#include "common/Result.h"
#include "common/SecretBytes.h"

#include <QByteArray>
#include <QString>

namespace lwc::bootstrap {

// Bytes for one account's keying material, ready for /0/x/3, /0/x/4, /0/x/5.
struct AccountKeys {
    QByteArray publicKeyOrIdentity; // res 3: PSK identity, client public key or certificate (DER)
    QByteArray serverPublicKey; // res 4: server public key or certificate / trust anchor (DER)
    SecretBytes secretKey; // res 5: PSK or client private key
    // For fleet uniqueness and receipts (never secret): SPKI DER of the client
    // public key, the client certificate DER, the PSK identity.
    QByteArray clientPublicKeySpki;
    QByteArray clientCertificateDer;
    // Where the device holds it ("/0/1"); set by the session once written,
    // before recordIssued().
    QString securityPath;
};

// What the bootstrap sequence needs from the credential engine: generate or
// convert key material per account (S21–S23) and keep the fleet unique
// (S5, S12). The default implementation handles PSK and NoSec accounts;
// the credential engine in core/security provides RPK and X.509.
class CredentialFactory {
public:
    virtual ~CredentialFactory() = default;

    // Keying material for `account` of device `endpoint` (generated where
    // the plan says "generate"). Refuses material that breaks S5/S11/S12/S21-S23.
    virtual Result<AccountKeys> keysFor(const QString& endpoint, const AccountCredentials& account) = 0;
    // Records what was written to `endpoint` so no other device gets it
    // (S5); called after the device acknowledged the write.
    virtual Status recordIssued(const QString& endpoint, const AccountCredentials& account, const AccountKeys& keys)
        = 0;
};

// PSK accounts: CSPRNG keys (S3) and literal keys; NoSec accounts. Refuses
// RPK and X.509 accounts with a clear error (they need the credential engine).
class PskCredentialFactory : public CredentialFactory {
public:
    Result<AccountKeys> keysFor(const QString& endpoint, const AccountCredentials& account) override;
    Status recordIssued(const QString&, const AccountCredentials&, const AccountKeys&) override { return {}; }
};

} // namespace lwc::bootstrap
