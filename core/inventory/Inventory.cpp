#include "Inventory.h"

#include "SqlInventory.h"

#include "common/Log.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace lwc::inventory {

QString deviceStateName(DeviceState state)
{
    switch (state) {
    case DeviceState::New:
        return QStringLiteral("new");
    case DeviceState::InProgress:
        return QStringLiteral("in-progress");
    case DeviceState::Commissioned:
        return QStringLiteral("commissioned");
    case DeviceState::Failed:
        return QStringLiteral("failed");
    case DeviceState::Interrupted:
        return QStringLiteral("interrupted");
    }
    return {};
}

std::optional<DeviceState> deviceStateFromName(QStringView name)
{
    for (DeviceState s : {DeviceState::New, DeviceState::InProgress, DeviceState::Commissioned, DeviceState::Failed,
                          DeviceState::Interrupted})
        if (name == deviceStateName(s))
            return s;
    return std::nullopt;
}

Result<std::unique_ptr<Inventory>> Inventory::open(const InventoryDatabase::Options& options)
{
    const bool sqlite = options.driver == QLatin1String("QSQLITE");
    const bool existed = sqlite && QFileInfo::exists(options.databaseName);
    LWC_TRY(std::unique_ptr<InventoryDatabase> db, InventoryDatabase::open(options));
    if (sqlite && !existed) {
        // Sealed secrets are encrypted, but fingerprints, endpoints and the
        // audit trail are nobody else's business either.
        QFile::setPermissions(options.databaseName, QFile::ReadOwner | QFile::WriteOwner);
    }
    qCDebug(lcInventory).noquote() << "inventory" << InventoryDatabase::describe(options) << "at schema version"
                                   << db->schemaVersion();
    return std::unique_ptr<Inventory>(new SqlInventory(std::move(db), InventoryDatabase::describe(options)));
}

Result<std::unique_ptr<Inventory>> Inventory::openSqlite(const QString& path)
{
    const QFileInfo info(path);
    if (info.absoluteFilePath() == QFileInfo(defaultSqlitePath()).absoluteFilePath() && !info.dir().exists()) {
        // First start: the application data folder does not exist yet.
        if (!QDir().mkpath(info.absolutePath())) {
            return makeError(
                QStringLiteral("inventory.open"),
                QCoreApplication::translate("lwc::inventory::Inventory",
                                            "The folder %1 for the inventory could not be created. Check the "
                                            "permissions of your home folder.")
                    .arg(info.absolutePath()));
        }
        QFile::setPermissions(info.absolutePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    LWC_TRY(InventoryDatabase::Options options, InventoryDatabase::parseConnection(path));
    if (options.driver != QLatin1String("QSQLITE")) {
        // openSqlite("pg:...") is a mistake in the caller, not a file name.
        options = InventoryDatabase::Options {};
        options.databaseName = path;
        options.connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    }
    return open(options);
}

QString Inventory::defaultSqlitePath()
{
    // The GUI's QStandardPaths::AppDataLocation (<data>/<organization>/commissioner),
    // computed the same way from the CLI (whose application name differs),
    // so both work on one inventory.
    QString organization = QCoreApplication::organizationName();
    if (organization.isEmpty())
        organization = QStringLiteral("LwM2M Commissioner");
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return base + QLatin1Char('/') + organization + QStringLiteral("/commissioner/inventory.sqlite");
}

QString Inventory::defaultVaultPath()
{
    return QFileInfo(defaultSqlitePath()).absolutePath() + QStringLiteral("/vault.lwcv");
}

} // namespace lwc::inventory
