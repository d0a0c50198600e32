#pragma once

// The --inventory option and start-up recovery shared by the inventory,
// audit and commission verbs. Header-only: app/CMakeLists.txt picks up verbs
// by their *Command.cpp name.
#include "CliCommand.h"
#include "CliFiles.h"

#include "inventory/Inventory.h"
#include "vault/Vault.h"
#include "vault/VaultStore.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonObject>

#include <memory>

namespace lwc::cli {

inline QCommandLineOption inventoryOption()
{
    return QCommandLineOption(
        QStringLiteral("inventory"),
        QStringLiteral("Inventory: an SQLite file, or a team's PostgreSQL database as "
                       "pg:host=HOST;port=PORT;user=USER;dbname=NAME (password from PGPASSWORD or ~/.pgpass). "
                       "Default: %1")
            .arg(inventory::Inventory::defaultSqlitePath()),
        QStringLiteral("file"));
}

// Opens (and migrates) the inventory named by --inventory, or the default one.
inline Result<std::unique_ptr<inventory::Inventory>> openInventory(const QString& value)
{
    if (value.isEmpty())
        return inventory::Inventory::openSqlite(inventory::Inventory::defaultSqlitePath());
    LWC_TRY(const inventory::InventoryDatabase::Options options, inventory::InventoryDatabase::parseConnection(value));
    if (options.driver == QLatin1String("QSQLITE"))
        return inventory::Inventory::openSqlite(options.databaseName);
    return inventory::Inventory::open(options);
}

// --vault FILE and --vault-passphrase-file FILE: keep the server keys a job
// writes sealed in the inventory (S26).
struct VaultOptions {
    QCommandLineOption file {QStringLiteral("vault"),
                             QStringLiteral("The vault file (default: next to the default inventory)."),
                             QStringLiteral("file")};
    QCommandLineOption passphrase {
        QStringLiteral("vault-passphrase-file"),
        QStringLiteral("Unlock the vault with the passphrase in FILE (or $LWC_VAULT_PASSPHRASE) and keep the server "
                       "keys written to devices sealed in the inventory (S26)."),
        QStringLiteral("file")};
};

// The unlocked vault when the command line asks for one, nullptr when it
// does not. A missing vault or a wrong passphrase is an error, before any
// device is touched.
inline Result<std::unique_ptr<Vault>> unlockVaultIfAsked(const QCommandLineParser& p, const VaultOptions& o)
{
    if (!p.isSet(o.passphrase) && !qEnvironmentVariableIsSet("LWC_VAULT_PASSPHRASE")) {
        if (p.isSet(o.file))
            return makeError(QStringLiteral("cli.usage"),
                             QStringLiteral("--vault needs --vault-passphrase-file (or LWC_VAULT_PASSPHRASE)"));
        return std::unique_ptr<Vault>();
    }
    const QString path = p.isSet(o.file) ? p.value(o.file) : inventory::Inventory::defaultVaultPath();
    auto vault = std::make_unique<Vault>(std::make_unique<FileVaultStore>(path));
    LWC_CHECK(vault->load());
    if (vault->state() == Vault::State::NoVault) {
        return makeError(QStringLiteral("cli.vault.missing"),
                         QStringLiteral("there is no vault at %1: create one in the GUI (Vault > Create vault...) "
                                        "or give --vault FILE")
                             .arg(path));
    }
    LWC_TRY(const SecretBytes pass,
            readPassphrase(p.value(o.passphrase), "LWC_VAULT_PASSPHRASE", QStringLiteral("Vault passphrase")));
    LWC_CHECK(vault->unlock(pass));
    // The command holds the key for its own run (a server may wait long for
    // its devices) and locks the vault when it ends; no idle auto-lock.
    vault->setIdleTimeout(std::chrono::milliseconds(0));
    return vault;
}

// What start-up recovery found, one line each on stderr (the same recovery
// the GUI runs when it starts).
inline Status recoverAndReport(inventory::Inventory& inv, const QString& verb)
{
    LWC_TRY(const QList<jobs::JobRecord> recovered, inv.recoverInterruptedJobs());
    for (const jobs::JobRecord& job : recovered) {
        QString lastStep;
        for (const jobs::JobStep& s : job.steps)
            if (s.state != jobs::StepState::Pending)
                lastStep = s.name;
        err() << "commissioner-cli " << verb << ": job " << job.id << " for " << job.endpoint << " was interrupted"
              << (lastStep.isEmpty() ? QString() : QStringLiteral(" during \"%1\"").arg(lastStep)) << ": "
              << (job.error ? job.error->userText : QString()) << "\n";
    }
    err().flush();
    return {};
}

inline QJsonObject deviceJson(const inventory::DeviceRow& d)
{
    QJsonObject o {{QStringLiteral("endpoint"), d.endpoint},
                   {QStringLiteral("profile"), d.profile},
                   {QStringLiteral("state"), inventory::deviceStateName(d.state)},
                   {QStringLiteral("createdAt"), d.createdAt.toString(Qt::ISODateWithMs)}};
    if (!d.lastJobId.isEmpty())
        o.insert(QStringLiteral("lastJobId"), d.lastJobId);
    if (d.lastJobAt.isValid())
        o.insert(QStringLiteral("lastJobAt"), d.lastJobAt.toString(Qt::ISODateWithMs));
    return o;
}

} // namespace lwc::cli
