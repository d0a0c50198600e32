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
// (no AUTOINCREMENT, no SQLite-only types or pragmas). The one type the two
// spell differently, a byte string, is written {BYTES} and mapped per driver
// (SQLite BLOB, PostgreSQL BYTEA) by portableSql().
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

    // "pg:host=/run/postgresql;port=5432;user=lwc;dbname=inventory" (libpq
    // keywords; others such as sslmode go into connectOptions) or, without
    // the "pg:" prefix, an SQLite file path. A password is refused here: it
    // belongs in PGPASSWORD or ~/.pgpass, never on a command line.
    static Result<Options> parseConnection(const QString& text);
    // For messages: the file, or "PostgreSQL dbname on host:port" (never a password).
    static QString describe(const Options& options);

    static Result<std::unique_ptr<InventoryDatabase>> open(const Options& options, int targetVersion = -1);
    static Result<std::unique_ptr<InventoryDatabase>> openSqlite(const QString& path, int targetVersion = -1);
    ~InventoryDatabase();
    InventoryDatabase(const InventoryDatabase&) = delete;
    InventoryDatabase& operator=(const InventoryDatabase&) = delete;

    // The ordered list of schema steps; adding a table is one more entry.
    static const QList<Migration>& migrations();
    static int latestVersion();
    // `sql` with {BYTES} spelled for `driver` ("QSQLITE", "QPSQL").
    static QString portableSql(const QString& sql, const QString& driver);

    int schemaVersion() const;
    Status migrateTo(int version);

    QSqlDatabase database() const;
    QString driverName() const;

    // Runs `work` inside a transaction; commits on success, rolls back otherwise.
    // SQLite write transactions start IMMEDIATE, so two writers (the GUI and
    // the CLI on one file) queue on the busy timeout instead of deadlocking.
    Status inTransaction(const std::function<Status()>& work);
    // As inTransaction, but runs `work` again (up to `attempts` times) when it
    // fails with kConflictCode: another writer took the same key first (a
    // PostgreSQL team inventory), so reading again and retrying is correct.
    Status inRetryingTransaction(const std::function<Status()>& work, int attempts = 8);
    static constexpr const char* kConflictCode = "inventory.conflict";
    // True for errors a retry can cure: unique-key races, serialization
    // failures, deadlocks, a busy or locked database.
    static bool isConflict(const QSqlError& error);

    // inventory_meta key/value (e.g. the per-database salt for PSK fingerprints).
    Result<QString> metaValue(const QString& name) const; // empty string if unset
    Status setMetaValue(const QString& name, const QString& value);

    // An Error for a failed query, with the driver's text in details.
    static Error sqlError(const QString& code, const QString& userText, const QSqlError& error);
    // As sqlError, but a conflict (isConflict) gets kConflictCode so that
    // inRetryingTransaction runs the work again.
    static Error queryError(const QString& code, const QString& userText, const QSqlError& error);

private:
    explicit InventoryDatabase(QString connectionName);
    Result<int> readVersion() const;

    QString m_connectionName;
    int m_version = 0;
};

} // namespace lwc::inventory
