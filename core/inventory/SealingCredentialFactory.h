#pragma once

// Keeps what a job generated for a device's servers: after the device has
// acknowledged the write, each account's secret (PSK or private key) is
// sealed with the vault and stored in the inventory, bound to the device and
// the record it belongs to (S26). Decorates the credential engine, so the
// CLI's `commission` keeps generated server keys the way the GUI's wizard
// does; without it a generated key would exist only on the device.
#include "bootstrap/CredentialFactory.h"

#include <QList>

namespace lwc {
class Vault;
}

namespace lwc::inventory {

class Inventory;

class SealingCredentialFactory final : public bootstrap::CredentialFactory {
public:
    // `vault` must be unlocked when recordIssued() runs; all three outlive this.
    SealingCredentialFactory(bootstrap::CredentialFactory& inner, Vault& vault, Inventory& inventory);

    Result<bootstrap::AccountKeys> keysFor(const QString& endpoint,
                                           const bootstrap::AccountCredentials& account) override;
    // Records with the inner engine, then seals and stores the secret; an
    // error names the record that could not be kept.
    Status recordIssued(const QString& endpoint, const bootstrap::AccountCredentials& account,
                        const bootstrap::AccountKeys& keys) override;

    // "psk:/0/1" or "private-key:/0/1": the inventory's sealed-secret purpose.
    static QString purpose(bootstrap::AccountSecurityMode mode, const QString& securityPath);
    // What a sealed blob is bound to: "inventory:<endpoint>:<purpose>".
    static QByteArray associatedData(const QString& endpoint, const QString& purpose);
    // Seals `secret` with the (unlocked) vault, bound to endpoint and purpose,
    // and stores only the blob in the inventory (S26). The wizard uses it too.
    static Status sealAndStore(Vault& vault, Inventory& inventory, const QString& endpoint, const QString& purpose,
                               const SecretBytes& secret);

    // Purposes stored so far, and the errors met (also returned above).
    const QStringList& sealed() const { return m_sealed; }
    const QList<Error>& errors() const { return m_errors; }

private:
    bootstrap::CredentialFactory& m_inner;
    Vault& m_vault;
    Inventory& m_inventory;
    QStringList m_sealed;
    QList<Error> m_errors;
};

} // namespace lwc::inventory
