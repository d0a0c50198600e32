#include "Workspace.h"

#include "common/Log.h"
#include "inventory/Inventory.h"
#include "vault/KeychainBackend.h"
#include "vault/Vault.h"
#include "vault/VaultStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

namespace lwc::ui {

Workspace::Locations Workspace::defaultLocations()
{
    // Next to the inventory, so GUI and CLI share one folder.
    const QString base = QFileInfo(inventory::Inventory::defaultSqlitePath()).absolutePath();
    return {inventory::Inventory::defaultSqlitePath(), inventory::Inventory::defaultVaultPath(),
            base + QStringLiteral("/receipts")};
}

Workspace::Locations Workspace::locationsFromSettings()
{
    const Locations defaults = defaultLocations();
    const QSettings stored;
    auto value = [&stored](const char* key, const QString& fallback) {
        const QString v = stored.value(QLatin1String(key)).toString().trimmed();
        return v.isEmpty() ? fallback : v;
    };
    return {value(settings::kInventoryPath, defaults.inventoryPath), value(settings::kVaultPath, defaults.vaultPath),
            value(settings::kReceiptDirectory, defaults.receiptDirectory)};
}

Workspace::Workspace(QObject* parent) : QObject(parent) {}

Workspace::~Workspace()
{
    if (m_vault)
        m_vault->lock(); // wipes the data key before the inventory closes
}

void Workspace::open(const Locations& locations, std::shared_ptr<KeychainBackend> keychain)
{
    m_locations = locations;
    m_problems.clear();
    m_recovered.clear();

    // A folder chosen in the settings may not exist yet: create it, private.
    const QFileInfo file(locations.inventoryPath);
    if (!file.dir().exists() && QDir().mkpath(file.absolutePath()))
        QFile::setPermissions(file.absolutePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    auto opened = inventory::Inventory::openSqlite(locations.inventoryPath);
    if (opened) {
        m_inventory = std::move(opened).value();
        // A job whose program died mid-provision ends in a recorded state now,
        // never silently half-done.
        auto recovered = m_inventory->recoverInterruptedJobs(); // logs each job it ends
        if (recovered) {
            m_recovered = std::move(recovered).value();
        } else {
            m_problems << recovered.error();
        }
    } else {
        Error e = opened.error();
        e.details = QStringLiteral("%1 (%2)").arg(e.details, locations.inventoryPath);
        m_problems << e;
        qCWarning(lcUi).noquote() << "inventory not opened:" << e.toString();
    }

    m_vault = std::make_unique<Vault>(std::make_unique<FileVaultStore>(locations.vaultPath), std::move(keychain));
    if (const Status loaded = m_vault->load(); !loaded.ok()) {
        m_problems << loaded.error();
        qCWarning(lcUi).noquote() << "vault not read:" << loaded.error().toString();
    }
}

WizardServices Workspace::wizardServices() const
{
    WizardServices s = m_wizardDefaults;
    s.inventory = m_inventory.get();
    s.vault = m_vault.get();
    s.trustDecisions = m_inventory ? &m_inventory->trustDecisions() : nullptr;
    s.receiptDirectory = m_locations.receiptDirectory;
    return s;
}

} // namespace lwc::ui
