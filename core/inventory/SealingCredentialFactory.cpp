#include "inventory/SealingCredentialFactory.h"

#include "inventory/Inventory.h"
#include "vault/Vault.h"

#include <QCoreApplication>

namespace lwc::inventory {

SealingCredentialFactory::SealingCredentialFactory(bootstrap::CredentialFactory& inner, Vault& vault,
                                                   Inventory& inventory)
    : m_inner(inner), m_vault(vault), m_inventory(inventory)
{
}

Result<bootstrap::AccountKeys> SealingCredentialFactory::keysFor(const QString& endpoint,
                                                                 const bootstrap::AccountCredentials& account)
{
    return m_inner.keysFor(endpoint, account);
}

QString SealingCredentialFactory::purpose(bootstrap::AccountSecurityMode mode, const QString& securityPath)
{
    return (mode == bootstrap::AccountSecurityMode::Psk ? QStringLiteral("psk:") : QStringLiteral("private-key:"))
        + securityPath;
}

QByteArray SealingCredentialFactory::associatedData(const QString& endpoint, const QString& purpose)
{
    return QStringLiteral("inventory:%1:%2").arg(endpoint, purpose).toUtf8();
}

Status SealingCredentialFactory::recordIssued(const QString& endpoint, const bootstrap::AccountCredentials& account,
                                              const bootstrap::AccountKeys& keys)
{
    LWC_CHECK(m_inner.recordIssued(endpoint, account, keys));
    if (keys.secretKey.isEmpty() || account.mode == bootstrap::AccountSecurityMode::NoSec)
        return {};
    const QString what = purpose(account.mode, keys.securityPath);
    auto fail = [&](Error e) -> Status {
        e.rule = Rule::S26;
        e.details = QStringLiteral("%1 of %2: %3").arg(what, endpoint, e.details);
        m_errors << e;
        return e;
    };
    if (!m_vault.isUnlocked()) {
        return fail(makeError(QStringLiteral("inventory.seal.vaultLocked"),
                              QCoreApplication::translate("lwc::inventory::SealingCredentialFactory",
                                                          "The vault was locked before the generated server key "
                                                          "could be sealed: the device holds it, the inventory does "
                                                          "not. Unlock the vault and commission the device again.")));
    }
    if (const Status stored = sealAndStore(m_vault, m_inventory, endpoint, what, keys.secretKey); !stored.ok())
        return fail(stored.error());
    m_sealed << what;
    return {};
}

Status SealingCredentialFactory::sealAndStore(Vault& vault, Inventory& inventory, const QString& endpoint,
                                              const QString& purpose, const SecretBytes& secret)
{
    // S26: only the vault's ciphertext, bound to this device and record, is stored.
    LWC_TRY(const QByteArray blob, vault.seal(secret, associatedData(endpoint, purpose)));
    return inventory.storeSealedSecret(endpoint, purpose, blob);
}

} // namespace lwc::inventory
