#pragma once

#include "common/Result.h"
#include "jobs/JobRecord.h"
#include "wizard/CommissioningSession.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace lwc {
class KeychainBackend;
class Vault;
}
namespace lwc::inventory {
class Inventory;
}

namespace lwc::ui {

// Settings the application reads at start (the settings dialog writes them;
// a change takes effect on the next start).
namespace settings {
inline constexpr const char* kInventoryPath = "storage/inventoryPath"; // SQLite file
inline constexpr const char* kVaultPath = "storage/vaultPath";
inline constexpr const char* kReceiptDirectory = "storage/receiptDirectory";
inline constexpr const char* kLanguage = "ui/language";
} // namespace settings

// What the application works on: the inventory (devices, jobs, audit log),
// the encrypted vault and where receipts go. Opened once at start; a part
// that cannot be opened is reported (openProblems) and the rest still works,
// so the technician sees why instead of a program that does not start.
class Workspace : public QObject {
    Q_OBJECT
public:
    struct Locations {
        QString inventoryPath;
        QString vaultPath;
        QString receiptDirectory;
    };
    // QSettings, falling back to AppDataLocation/{inventory.sqlite, vault.lwcv, receipts}.
    static Locations locationsFromSettings();
    static Locations defaultLocations();

    explicit Workspace(QObject* parent = nullptr);
    ~Workspace() override;

    // Opens (and migrates) the inventory, ends jobs a dead program left
    // running as interrupted (recoveredJobs), and reads the vault header.
    // `keychain` may be null (no OS keychain unlock).
    void open(const Locations& locations, std::shared_ptr<KeychainBackend> keychain = {});

    const Locations& locations() const { return m_locations; }
    inventory::Inventory* inventory() const { return m_inventory.get(); }
    Vault* vault() const { return m_vault.get(); }
    // Problems met by open(), each naming the file and the cause.
    const QList<Error>& openProblems() const { return m_problems; }
    // Jobs found still "running" from a program that is gone; now Interrupted.
    const QList<jobs::JobRecord>& recoveredJobs() const { return m_recovered; }

    // The services a commissioning wizard gets from this workspace: the
    // defaults (local CA, waits; tests set cheaper ones) plus inventory,
    // vault, trust decisions and the receipts folder.
    WizardServices wizardServices() const;
    void setWizardDefaults(WizardServices defaults) { m_wizardDefaults = std::move(defaults); }

private:
    Locations m_locations;
    std::unique_ptr<inventory::Inventory> m_inventory;
    std::unique_ptr<Vault> m_vault;
    QList<Error> m_problems;
    QList<jobs::JobRecord> m_recovered;
    WizardServices m_wizardDefaults;
};

} // namespace lwc::ui
