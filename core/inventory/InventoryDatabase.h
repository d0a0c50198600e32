#pragma once

#include "common/Result.h"
#include "common/SecretBytes.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace lwc::inventory {

// One schema step. Statements use SQL that SQLite and PostgreSQL both accept
// (no AUTOINCREMENT, no SQLite-only types or pragmas).
struct Migration {
    int version;
    QString description;
    QStringList statements;
};

// The inventory's database connection (SQLite file by default; QPSQL for a
// team) and its schema version. Opening migrates to the latest version,
// each step in its own transaction, recorded in `schema_version`.
// A connection belongs to the thread that opened it.
class InventoryDatabase {
public:
    struct Options {
        QString driver = QStringLiteral("QSQLITE");
        QString databaseName; // SQLite: file path
        QString host;
        int port = -1;
        QString user;
        SecretBytes password;
        QString connectOptions;
    };

    static Result<std::unique_ptr<InventoryDatabase>> open(const Options& options, int targetVersion = -1);
    static Result<std::unique_ptr<InventoryDatabase>> openSqlite(const QString& path, int targetVersion = -1);
    ~InventoryDatabase();
    InventoryDatabase(const InventoryDatabase&) = delete;
    InventoryDatabase& operator=(const InventoryDatabase&) = delete;

    // The ordered list of schema steps; adding a table is one more entry.
    static const QList<Migration>& migrations();
    static int latestVersion();

    int schemaVersion() const;
    Status migrateTo(int version);

    QSqlDatabase database() const;
    QString driverName() const;

    // Runs `work` inside a transaction; commits on success, rolls back otherwise.
    Status inTransaction(const std::function<Status()>& work);

    // inventory_meta key/value (e.g. the per-database salt for PSK fingerprints).
    Result<QString> metaValue(const QString& name) const; // empty string if unset
    Status setMetaValue(const QString& name, const QString& value);

    // An Error for a failed query, with the driver's text in details.
    static Error sqlError(const QString& code, const QString& userText, const QSqlError& error);

private:
    explicit InventoryDatabase(QString connectionName);
    Result<int> readVersion() const;

    QString m_connectionName;
    int m_version = 0;
};

} // namespace lwc::inventory
