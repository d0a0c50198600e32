#pragma once

// The --inventory option and start-up recovery shared by the inventory,
// audit and commission verbs. Header-only: app/CMakeLists.txt picks up verbs
// by their *Command.cpp name.
#include "CliCommand.h"

#include "inventory/Inventory.h"

#include <QCommandLineOption>
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
