#include "InventoryDatabase.h"

#include "common/Log.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
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

// Times in the tables below are UTC milliseconds since the epoch (BIGINT):
// they sort and compare the same in both databases, unlike text.

// Migration 3: devices and the SQL job journal (jobs, job_steps). A job row
// is written before the job touches the device and after every change, so a
// crash leaves a recorded state (never secrets: the journal redacts, S26).
// `owner` names the process running the job (host/pid/start), so recovery on
// start-up never takes another live program's job for an interrupted one.
const QStringList kDevicesAndJobs = {
    QStringLiteral("CREATE TABLE devices (id BIGINT NOT NULL PRIMARY KEY, endpoint TEXT NOT NULL, profile TEXT, "
                   "state VARCHAR(16) NOT NULL, last_job_id VARCHAR(64), last_job_ms BIGINT, created_ms BIGINT NOT "
                   "NULL, updated_ms BIGINT NOT NULL)"),
    QStringLiteral("CREATE UNIQUE INDEX devices_endpoint ON devices (endpoint)"),
    QStringLiteral("CREATE TABLE jobs (id VARCHAR(64) NOT NULL PRIMARY KEY, kind VARCHAR(32) NOT NULL, endpoint TEXT "
                   "NOT NULL, plan_name TEXT, transport TEXT, technician TEXT, state VARCHAR(16) NOT NULL, created_ms "
                   "BIGINT NOT NULL, started_ms BIGINT, finished_ms BIGINT, error_code VARCHAR(128), error_text TEXT, "
                   "error_details TEXT, error_rule VARCHAR(4), job_result TEXT, owner TEXT, updated_ms BIGINT NOT "
                   "NULL)"),
    QStringLiteral("CREATE INDEX jobs_endpoint_created ON jobs (endpoint, created_ms)"),
    QStringLiteral("CREATE INDEX jobs_created ON jobs (created_ms)"),
    QStringLiteral("CREATE INDEX jobs_state ON jobs (state)"),
    QStringLiteral("CREATE TABLE job_steps (job_id VARCHAR(64) NOT NULL, step_index INTEGER NOT NULL, name "
                   "VARCHAR(64) NOT NULL, detail TEXT, state VARCHAR(16) NOT NULL, started_ms BIGINT, finished_ms "
                   "BIGINT, duration_ms BIGINT NOT NULL, message TEXT, error_code VARCHAR(128), rule VARCHAR(4), "
                   "PRIMARY KEY (job_id, step_index))"),
};

// Migration 4: what each device holds after a job (Security and Server
// instances, described without secrets), vault-sealed secrets (S26: only
// AES-256-GCM blobs from the vault), and signed receipts by job.
const QStringList kAccountsSecretsReceipts = {
    QStringLiteral("CREATE TABLE device_accounts (endpoint TEXT NOT NULL, object_path VARCHAR(32) NOT NULL, job_id "
                   "VARCHAR(64) NOT NULL, short_server_id INTEGER, bootstrap_account SMALLINT NOT NULL, "
                   "security_mode VARCHAR(16), server_uri TEXT, content_format INTEGER, resources TEXT, written_ms "
                   "BIGINT NOT NULL, PRIMARY KEY (endpoint, object_path))"),
    QStringLiteral("CREATE TABLE sealed_secrets (endpoint TEXT NOT NULL, purpose VARCHAR(64) NOT NULL, sealed {BYTES} "
                   "NOT NULL, updated_ms BIGINT NOT NULL, PRIMARY KEY (endpoint, purpose))"),
    QStringLiteral("CREATE TABLE receipts (job_id VARCHAR(64) NOT NULL PRIMARY KEY, signed_json {BYTES} NOT NULL, "
                   "sha256 VARCHAR(64) NOT NULL, stored_ms BIGINT NOT NULL)"),
};

// Migration 5: the append-only, hash-chained audit log. hash = SHA-256 over
// the previous record's hash and this record's canonical JSON; the head
// (last sequence and hash) is also kept in inventory_meta so a truncated
// tail is detected too.
const QStringList kAuditLog = {
    QStringLiteral("CREATE TABLE audit_log (seq BIGINT NOT NULL PRIMARY KEY, at_ms BIGINT NOT NULL, actor TEXT NOT "
                   "NULL, action VARCHAR(64) NOT NULL, endpoint TEXT, job_id VARCHAR(64), rule VARCHAR(4), details "
                   "TEXT NOT NULL, previous_hash VARCHAR(64) NOT NULL, hash VARCHAR(64) NOT NULL)"),
    QStringLiteral("CREATE INDEX audit_log_endpoint ON audit_log (endpoint, seq)"),
};

} // namespace

const QList<Migration>& InventoryDatabase::migrations()
{
    static const QList<Migration> list = {
        {1, QStringLiteral("credentials for fleet uniqueness (S5, S12)"), kCredentials},
        {2, QStringLiteral("trust decisions"), kTrustDecisions},
        {3, QStringLiteral("devices, jobs and job steps"), kDevicesAndJobs},
        {4, QStringLiteral("accounts per device, sealed secrets (S26), receipts"), kAccountsSecretsReceipts},
        {5, QStringLiteral("hash-chained audit log"), kAuditLog},
    };
    return list;
}

QString InventoryDatabase::portableSql(const QString& sql, const QString& driver)
{
    QString out = sql;
    out.replace(QLatin1String("{BYTES}"),
                driver == QLatin1String("QPSQL") ? QLatin1String("BYTEA") : QLatin1String("BLOB"));
    return out;
}

Result<InventoryDatabase::Options> InventoryDatabase::parseConnection(const QString& text)
{
    Options o;
    if (!text.startsWith(QLatin1String("pg:"))) {
        if (text.trimmed().isEmpty()) {
            return makeError(QStringLiteral("inventory.connection"),
                             QCoreApplication::translate("lwc::inventory::InventoryDatabase",
                                                         "No inventory was given. Name an SQLite file or a PostgreSQL "
                                                         "connection such as pg:host=db.example;dbname=inventory."));
        }
        o.databaseName = text;
        o.connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
        return o;
    }
    o.driver = QStringLiteral("QPSQL");
    QStringList extra;
    const QStringList parts = text.mid(3).split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString& raw : parts) {
        const QString part = raw.trimmed();
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        const QString key = eq > 0 ? part.left(eq).trimmed().toLower() : QString();
        const QString value = eq > 0 ? part.mid(eq + 1).trimmed() : QString();
        if (key.isEmpty()) {
            return makeError(QStringLiteral("inventory.connection"),
                             QCoreApplication::translate("lwc::inventory::InventoryDatabase",
                                                         "\"%1\" in the PostgreSQL connection is not key=value. "
                                                         "Write it as pg:host=HOST;port=PORT;user=USER;dbname=NAME.")
                                 .arg(part));
        }
        if (key == QLatin1String("password")) {
            return makeError(QStringLiteral("inventory.connection.password"),
                             QCoreApplication::translate("lwc::inventory::InventoryDatabase",
                                                         "A password does not belong in the connection text. Put it "
                                                         "in the PGPASSWORD environment variable or in ~/.pgpass."));
        }
        if (key == QLatin1String("host"))
            o.host = value;
        else if (key == QLatin1String("port")) {
            bool ok = false;
            o.port = value.toInt(&ok);
            if (!ok || o.port <= 0 || o.port > 65535) {
                return makeError(QStringLiteral("inventory.connection"),
                                 QCoreApplication::translate("lwc::inventory::InventoryDatabase",
                                                             "The PostgreSQL port \"%1\" is not a number from 1 to "
                                                             "65535.")
                                     .arg(value));
            }
        } else if (key == QLatin1String("user"))
            o.user = value;
        else if (key == QLatin1String("dbname"))
            o.databaseName = value;
        else
            extra << key + QLatin1Char('=') + value;
    }
    if (o.databaseName.isEmpty()) {
        return makeError(QStringLiteral("inventory.connection"),
                         QCoreApplication::translate("lwc::inventory::InventoryDatabase",
                                                     "The PostgreSQL connection names no database. Add dbname=NAME."));
    }
    o.connectOptions = extra.join(QLatin1Char(';'));
    return o;
}

QString InventoryDatabase::describe(const Options& options)
{
    if (options.driver != QLatin1String("QPSQL"))
        return options.databaseName;
    QString where = options.host.isEmpty() ? QStringLiteral("localhost") : options.host;
    if (options.port > 0)
        where += QLatin1Char(':') + QString::number(options.port);
    return QStringLiteral("PostgreSQL %1 on %2").arg(options.databaseName, where);
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
                                .arg(describe(options)),
                            db.lastError());
        }
        QSqlQuery q(db);
        if (options.driver == QLatin1String("QPSQL")) {
            // Session setting, not schema: keep PostgreSQL's NOTICEs ("relation
            // already exists, skipping") off the technician's terminal.
            q.exec(QStringLiteral("SET client_min_messages TO WARNING"));
        }
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
                if (!q.exec(portableSql(sql, driverName()))) {
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

bool InventoryDatabase::isConflict(const QSqlError& error)
{
    const QString code = error.nativeErrorCode();
    // PostgreSQL SQLSTATEs: unique_violation, serialization_failure,
    // deadlock_detected, lock_not_available.
    static const QStringList pg
        = {QStringLiteral("23505"), QStringLiteral("40001"), QStringLiteral("40P01"), QStringLiteral("55P03")};
    // SQLite result codes: BUSY, LOCKED and their extended forms. A unique
    // violation is no race in SQLite (writers are serialised by BEGIN
    // IMMEDIATE), so it is not retried there.
    static const QStringList sqlite = {QStringLiteral("5"),   QStringLiteral("6"),   QStringLiteral("261"),
                                       QStringLiteral("262"), QStringLiteral("517"), QStringLiteral("773")};
    return pg.contains(code) || sqlite.contains(code);
}

Error InventoryDatabase::queryError(const QString& code, const QString& userText, const QSqlError& error)
{
    if (isConflict(error)) {
        return sqlError(QString::fromLatin1(kConflictCode),
                        QCoreApplication::translate("lwc::inventory::InventoryDatabase",
                                                    "Another program changed the inventory at the same moment. Try "
                                                    "again."),
                        error)
            .withContext(code);
    }
    return sqlError(code, userText, error);
}

Status InventoryDatabase::inRetryingTransaction(const std::function<Status()>& work, int attempts)
{
    Status result;
    for (int attempt = 1; attempt <= qMax(1, attempts); ++attempt) {
        result = inTransaction(work);
        if (result.ok() || result.error().code != QLatin1String(kConflictCode))
            return result;
        qCDebug(lcInventory).noquote() << "inventory write conflict, attempt" << attempt << ":"
                                       << result.error().details;
        // Back off a little, with jitter, so two writers do not collide again.
        QThread::msleep(quint32(QRandomGenerator::global()->bounded(1, qMin(10 * attempt, 50) + 2)));
    }
    return result;
}

Status InventoryDatabase::inTransaction(const std::function<Status()>& work)
{
    QSqlDatabase db = database();
    bool begun = false;
    QSqlError beginError;
    if (db.driverName() == QLatin1String("QSQLITE")) {
        // Take the write lock up front (waits up to the busy timeout) instead of
        // upgrading a read lock later, which SQLite answers with an immediate BUSY.
        QSqlQuery begin(db);
        begun = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
        beginError = begin.lastError();
    } else {
        begun = db.transaction();
        beginError = db.lastError();
    }
    if (!begun) {
        return queryError(QStringLiteral("inventory.transaction"),
                          QCoreApplication::translate("lwc::inventory::InventoryDatabase",
                                                      "The inventory database is busy or read-only."),
                          beginError);
    }
    Status result = work();
    if (!result.ok()) {
        db.rollback();
        return result;
    }
    if (!db.commit()) {
        const QSqlError e = db.lastError();
        db.rollback();
        return queryError(QStringLiteral("inventory.commit"),
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
