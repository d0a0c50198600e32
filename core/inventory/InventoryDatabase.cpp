#include "InventoryDatabase.h"

#include "common/Log.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace lwc::inventory {

namespace {

// Migration 1: the credentials every endpoint holds, as fingerprints only
// (SHA-256 of public bytes; HMAC-SHA256 with a per-database salt for PSKs),
// for the fleet uniqueness rules S5 and S12.
const QStringList kCredentials = {
    QStringLiteral("CREATE TABLE inventory_meta (name VARCHAR(64) NOT NULL PRIMARY KEY, value TEXT NOT NULL)"),
    QStringLiteral("CREATE TABLE credentials (endpoint TEXT NOT NULL, kind VARCHAR(32) NOT NULL, "
                   "fingerprint VARCHAR(128) NOT NULL, origin VARCHAR(16) NOT NULL, created_at VARCHAR(32) NOT NULL)"),
    QStringLiteral("CREATE UNIQUE INDEX credentials_kind_fingerprint ON credentials (kind, fingerprint)"),
    QStringLiteral("CREATE INDEX credentials_endpoint ON credentials (endpoint)"),
};

// Migration 2: trust decisions taken in the certificate dialog (who, when,
// what fingerprint, which pinning choice).
const QStringList kTrustDecisions = {
    QStringLiteral("CREATE TABLE trust_decisions (decided_at VARCHAR(32) NOT NULL, operator TEXT NOT NULL, "
                   "choice VARCHAR(32) NOT NULL, fingerprint VARCHAR(128) NOT NULL, subject TEXT, host TEXT, "
                   "certificate_usage INTEGER, matching_type INTEGER, sni TEXT, ca_fingerprint VARCHAR(128), "
                   "failed_rules VARCHAR(255), summary TEXT)"),
    QStringLiteral("CREATE INDEX trust_decisions_fingerprint ON trust_decisions (fingerprint)"),
};

} // namespace

const QList<Migration>& InventoryDatabase::migrations()
{
    static const QList<Migration> list = {
        {1, QStringLiteral("credentials for fleet uniqueness (S5, S12)"), kCredentials},
        {2, QStringLiteral("trust decisions"), kTrustDecisions},
    };
    return list;
}

int InventoryDatabase::latestVersion()
{
    return migrations().isEmpty() ? 0 : migrations().last().version;
}

Error InventoryDatabase::sqlError(const QString& code, const QString& userText, const QSqlError& error)
{
    return makeError(code, userText, QStringLiteral("%1 [%2]").arg(error.text(), error.nativeErrorCode()));
}

InventoryDatabase::InventoryDatabase(QString connectionName) : m_connectionName(std::move(connectionName))
{
}

InventoryDatabase::~InventoryDatabase()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<InventoryDatabase>> InventoryDatabase::openSqlite(const QString& path, int targetVersion)
{
    Options options;
    options.databaseName = path;
    options.connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    return open(options, targetVersion);
}

Result<std::unique_ptr<InventoryDatabase>> InventoryDatabase::open(const Options& options, int targetVersion)
{
    if (!QSqlDatabase::isDriverAvailable(options.driver)) {
        return makeError(
            QStringLiteral("inventory.driverMissing"),
            QCoreApplication::translate("lwc::inventory::InventoryDatabase",
                                        "The database driver %1 is not installed (for SQLite: libqt6sql6-sqlite, for "
                                        "PostgreSQL: libqt6sql6-psql).")
                .arg(options.driver));
    }
    const QString name = QStringLiteral("lwc-inventory-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<InventoryDatabase> self(new InventoryDatabase(name));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(options.driver, name);
        db.setDatabaseName(options.databaseName);
        if (!options.host.isEmpty())
            db.setHostName(options.host);
        if (options.port > 0)
            db.setPort(options.port);
        if (!options.user.isEmpty())
            db.setUserName(options.user);
        if (!options.password.isEmpty()) {
            QString password = QString::fromUtf8(options.password.view());
            db.setPassword(password);
            wipeString(password);
        }
        if (!options.connectOptions.isEmpty())
            db.setConnectOptions(options.connectOptions);
        if (!db.open()) {
            return sqlError(QStringLiteral("inventory.open"),
                            QCoreApplication::translate(
                                "lwc::inventory::InventoryDatabase",
                                "The inventory database %1 could not be opened. Check the path or server and "
                                "the permissions.")
                                .arg(options.databaseName),
                            db.lastError());
        }
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY "
                                   "KEY, description TEXT NOT NULL, applied_at VARCHAR(32) NOT NULL)"))) {
            return sqlError(QStringLiteral("inventory.schema"),
                            QCoreApplication::translate("lwc::inventory::InventoryDatabase",
                                                        "The inventory database cannot be initialised."),
                            q.lastError());
        }
    }
    LWC_TRY(self->m_version, self->readVersion());
    if (self->m_version > latestVersion()) {
        return makeError(QStringLiteral("inventory.schemaTooNew"),
                         QCoreApplication::translate(
                             "lwc::inventory::InventoryDatabase",
                             "The inventory database has schema version %1, newer than this program knows (%2). "
                             "Update LwM2M Commissioner.")
                             .arg(self->m_version)
                             .arg(latestVersion()));
    }
    LWC_CHECK(self->migrateTo(targetVersion < 0 ? latestVersion() : targetVersion));
    return self;
}

QSqlDatabase InventoryDatabase::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString InventoryDatabase::driverName() const
{
    return database().driverName();
}

int InventoryDatabase::schemaVersion() const
{
    return m_version;
}

Result<int> InventoryDatabase::readVersion() const
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !q.next()) {
        return sqlError(QStringLiteral("inventory.schema"),
                        QCoreApplication::translate("lwc::inventory::InventoryDatabase",
                                                    "The inventory's schema version cannot be read."),
                        q.lastError());
    }
    return q.value(0).isNull() ? 0 : q.value(0).toInt();
}

Status InventoryDatabase::migrateTo(int version)
{
    if (version < m_version) {
        return makeError(
            QStringLiteral("inventory.downgrade"),
            QCoreApplication::translate("lwc::inventory::InventoryDatabase",
                                        "The inventory database cannot be downgraded from version %1 to %2.")
                .arg(m_version)
                .arg(version));
    }
    for (const Migration& m : migrations()) {
        if (m.version <= m_version || m.version > version)
            continue;
        const Status applied = inTransaction([&]() -> Status {
            QSqlQuery q(database());
            for (const QString& sql : m.statements) {
                if (!q.exec(sql)) {
                    return sqlError(
                        QStringLiteral("inventory.migrate"),
                        QCoreApplication::translate("lwc::inventory::InventoryDatabase",
                                                    "Upgrading the inventory database to version %1 failed.")
                            .arg(m.version),
                        q.lastError());
                }
            }
            q.prepare(QStringLiteral("INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)"));
            q.addBindValue(m.version);
            q.addBindValue(m.description);
            q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            if (!q.exec()) {
                return sqlError(QStringLiteral("inventory.migrate"),
                                QCoreApplication::translate("lwc::inventory::InventoryDatabase",
                                                            "Upgrading the inventory database to version %1 failed.")
                                    .arg(m.version),
                                q.lastError());
            }
            return {};
        });
        LWC_CHECK(applied);
        m_version = m.version;
        qCInfo(lcInventory).noquote() << "inventory schema now at version" << m.version << "-" << m.description;
    }
    return {};
}

Status InventoryDatabase::inTransaction(const std::function<Status()>& work)
{
    QSqlDatabase db = database();
    if (!db.transaction()) {
        return sqlError(QStringLiteral("inventory.transaction"),
                        QCoreApplication::translate("lwc::inventory::InventoryDatabase",
                                                    "The inventory database is busy or read-only."),
                        db.lastError());
    }
    Status result = work();
    if (!result.ok()) {
        db.rollback();
        return result;
    }
    if (!db.commit()) {
        const QSqlError e = db.lastError();
        db.rollback();
        return sqlError(QStringLiteral("inventory.commit"),
                        QCoreApplication::translate("lwc::inventory::InventoryDatabase",
                                                    "Saving to the inventory database failed."),
                        e);
    }
    return {};
}

Result<QString> InventoryDatabase::metaValue(const QString& name) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT value FROM inventory_meta WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return sqlError(
            QStringLiteral("inventory.meta"),
            QCoreApplication::translate("lwc::inventory::InventoryDatabase", "Reading inventory settings failed."),
            q.lastError());
    return q.next() ? q.value(0).toString() : QString();
}

Status InventoryDatabase::setMetaValue(const QString& name, const QString& value)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("DELETE FROM inventory_meta WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return sqlError(
            QStringLiteral("inventory.meta"),
            QCoreApplication::translate("lwc::inventory::InventoryDatabase", "Saving inventory settings failed."),
            q.lastError());
    q.prepare(QStringLiteral("INSERT INTO inventory_meta (name, value) VALUES (?, ?)"));
    q.addBindValue(name);
    q.addBindValue(value);
    if (!q.exec())
        return sqlError(
            QStringLiteral("inventory.meta"),
            QCoreApplication::translate("lwc::inventory::InventoryDatabase", "Saving inventory settings failed."),
            q.lastError());
    return {};
}

} // namespace lwc::inventory
