// Schema and migrations on SQLite and on a real PostgreSQL server: every
// test runs once per backend (data tag "sqlite" / "postgresql").
#include "inventory/InventoryDatabase.h"
#include "inventory/Inventory.h"

#include "PostgresServer.h"
#include "TestPaths.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace lwc;
using namespace lwc::inventory;

namespace {

QString errorText(const Status& s)
{
    return s.ok() ? QString() : s.error().toString();
}

bool exec(QSqlDatabase db, const QString& sql, const QVariantList& binds = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

qint64 count(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return -1;
    }
    return q.value(0).toLongLong();
}

// Rows as a database at `version` holds them: written with the columns that
// version has, checked after the upgrade. One entry per migration.
struct Seed {
    int version;
    QStringList inserts;
    QStringList checks; // each must count exactly 1 row after the upgrade
};

QList<Seed> seeds()
{
    return {
        {1,
         {QStringLiteral("INSERT INTO credentials VALUES ('ep-old', 'public-key', 'ab', 'issued', "
                         "'2025-01-01T00:00:00Z')"),
          QStringLiteral("INSERT INTO inventory_meta VALUES ('seed', 'kept')")},
         {QStringLiteral("SELECT COUNT(*) FROM credentials WHERE endpoint = 'ep-old' AND fingerprint = 'ab'"),
          QStringLiteral("SELECT COUNT(*) FROM inventory_meta WHERE name = 'seed' AND value = 'kept'")}},
        {2,
         {QStringLiteral("INSERT INTO trust_decisions (decided_at, operator, choice, fingerprint) VALUES "
                         "('2025-01-02T00:00:00Z', 'jo', 'pin-sha256', 'CC:DD')")},
         {QStringLiteral("SELECT COUNT(*) FROM trust_decisions WHERE operator = 'jo' AND fingerprint = 'CC:DD'")}},
        {3,
         {QStringLiteral("INSERT INTO devices (id, endpoint, profile, state, created_ms, updated_ms) VALUES (7, "
                         "'dev-old', 'spki', 'commissioned', 1000, 1000)"),
          QStringLiteral("INSERT INTO jobs (id, kind, endpoint, state, created_ms, updated_ms) VALUES ('job-old', "
                         "'bootstrap', 'dev-old', 'succeeded', 1000, 2000)"),
          QStringLiteral("INSERT INTO job_steps (job_id, step_index, name, state, duration_ms) VALUES ('job-old', 0, "
                         "'listen', 'done', 3)")},
         {QStringLiteral("SELECT COUNT(*) FROM devices WHERE id = 7 AND endpoint = 'dev-old' AND state = "
                         "'commissioned'"),
          QStringLiteral("SELECT COUNT(*) FROM jobs WHERE id = 'job-old' AND state = 'succeeded'"),
          QStringLiteral("SELECT COUNT(*) FROM job_steps WHERE job_id = 'job-old' AND name = 'listen'")}},
        {4,
         {QStringLiteral("INSERT INTO device_accounts (endpoint, object_path, job_id, bootstrap_account, written_ms) "
                         "VALUES ('dev-old', '/0/1', 'job-old', 0, 2000)"),
          QStringLiteral("INSERT INTO receipts (job_id, signed_json, sha256, stored_ms) VALUES ('job-old', ?, 'ff', "
                         "2000)")},
         {QStringLiteral("SELECT COUNT(*) FROM device_accounts WHERE endpoint = 'dev-old' AND object_path = '/0/1'"),
          QStringLiteral("SELECT COUNT(*) FROM receipts WHERE job_id = 'job-old'")}},
    };
}

} // namespace

class InventoryDatabaseTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void migrationsAreOrderedAndPortable()
    {
        int expected = 1;
        for (const Migration& m : InventoryDatabase::migrations()) {
            QCOMPARE(m.version, expected++);
            QVERIFY(!m.description.isEmpty());
            for (const QString& sql : m.statements) {
                // Portable SQL only: the QPSQL driver must accept it too.
                QVERIFY2(!sql.contains(QLatin1String("AUTOINCREMENT"), Qt::CaseInsensitive), qPrintable(sql));
                QVERIFY2(!sql.contains(QLatin1String("SERIAL"), Qt::CaseInsensitive), qPrintable(sql));
                QVERIFY2(!sql.contains(QLatin1String("PRAGMA"), Qt::CaseInsensitive), qPrintable(sql));
                QVERIFY2(!sql.contains(QLatin1String(" BLOB"), Qt::CaseInsensitive), qPrintable(sql));
                QVERIFY2(!sql.contains(QLatin1String(" BYTEA"), Qt::CaseInsensitive), qPrintable(sql));
                QVERIFY2(!sql.contains(QLatin1String("WITHOUT ROWID"), Qt::CaseInsensitive), qPrintable(sql));
                QVERIFY2(!sql.contains(QLatin1String("BOOLEAN"), Qt::CaseInsensitive), qPrintable(sql));
                QVERIFY2(!sql.contains(QLatin1String("DATETIME"), Qt::CaseInsensitive), qPrintable(sql));
            }
        }
        QCOMPARE(InventoryDatabase::latestVersion(), expected - 1);
        QVERIFY(InventoryDatabase::latestVersion() >= 5);
        QCOMPARE(InventoryDatabase::portableSql(QStringLiteral("x {BYTES} y"), QStringLiteral("QSQLITE")),
                 QStringLiteral("x BLOB y"));
        QCOMPARE(InventoryDatabase::portableSql(QStringLiteral("x {BYTES} y"), QStringLiteral("QPSQL")),
                 QStringLiteral("x BYTEA y"));
    }

    void freshDatabaseIsAtLatest_data() { test::addBackendColumn(); }
    void freshDatabaseIsAtLatest()
    {
        QFETCH(QString, backend);
        LWC_TEST_DATABASE(tdb, backend);
        auto db = InventoryDatabase::open(tdb.options());
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toString()));
        QCOMPARE((*db)->schemaVersion(), InventoryDatabase::latestVersion());
        QCOMPARE((*db)->driverName(),
                 backend == QLatin1String("sqlite") ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"));
        const QSqlDatabase sql = (*db)->database();
        QCOMPARE(count(sql, QStringLiteral("SELECT COUNT(*) FROM schema_version")),
                 qint64(InventoryDatabase::latestVersion()));
        for (const char* table : {"credentials", "trust_decisions", "devices", "jobs", "job_steps", "device_accounts",
                                  "sealed_secrets", "receipts", "audit_log"})
            QCOMPARE(count(sql, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))), qint64(0));
    }

    void bytesSurviveBothDrivers_data() { test::addBackendColumn(); }
    void bytesSurviveBothDrivers()
    {
        QFETCH(QString, backend);
        LWC_TEST_DATABASE(tdb, backend);
        auto db = InventoryDatabase::open(tdb.options());
        QVERIFY(db.ok());
        QByteArray all;
        for (int i = 0; i < 256; ++i)
            all.append(char(i));
        QVERIFY(
            exec((*db)->database(),
                 QStringLiteral("INSERT INTO receipts (job_id, signed_json, sha256, stored_ms) VALUES (?, ?, ?, ?)"),
                 {QStringLiteral("j"), all, QStringLiteral("x"), 1}));
        QSqlQuery q((*db)->database());
        QVERIFY(q.exec(QStringLiteral("SELECT signed_json FROM receipts")) && q.next());
        QCOMPARE(q.value(0).toByteArray(), all);
    }

    void upgradesFromEveryVersionToLatest_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<int>("from");
        for (const QString& b : test::backends())
            for (int v = 0; v < InventoryDatabase::latestVersion(); ++v)
                QTest::addRow("%s from version %d", qPrintable(b), v) << b << v;
    }
    void upgradesFromEveryVersionToLatest()
    {
        QFETCH(QString, backend);
        QFETCH(int, from);
        LWC_TEST_DATABASE(tdb, backend);
        QStringList checks;
        {
            auto old = InventoryDatabase::open(tdb.options(), from);
            QVERIFY2(old.ok(), qPrintable(old.ok() ? QString() : old.error().toString()));
            QCOMPARE((*old)->schemaVersion(), from);
            for (const Seed& seed : seeds()) {
                if (seed.version > from)
                    continue;
                for (const QString& sql : seed.inserts) {
                    const QVariantList binds
                        = sql.contains(QLatin1Char('?')) ? QVariantList {QByteArray("{}")} : QVariantList {};
                    QVERIFY(exec((*old)->database(), sql, binds));
                }
                checks += seed.checks;
            }
        }
        auto upgraded = InventoryDatabase::open(tdb.options());
        QVERIFY2(upgraded.ok(), qPrintable(upgraded.ok() ? QString() : upgraded.error().toString()));
        QCOMPARE((*upgraded)->schemaVersion(), InventoryDatabase::latestVersion());
        for (const QString& check : std::as_const(checks))
            QVERIFY2(count((*upgraded)->database(), check) == 1, qPrintable(check));
        QSqlQuery q((*upgraded)->database());
        QVERIFY(q.exec(QStringLiteral("SELECT version FROM schema_version ORDER BY version")));
        int expected = 1;
        while (q.next())
            QCOMPARE(q.value(0).toInt(), expected++);
        QCOMPARE(expected - 1, InventoryDatabase::latestVersion());
        q.finish();
        upgraded->reset();

        // The upgraded database works as a whole.
        auto inv = Inventory::open(tdb.options());
        QVERIFY(inv.ok());
        auto dev = (*inv)->ensureDevice(QStringLiteral("dev-new"));
        QVERIFY2(dev.ok(), qPrintable(dev.ok() ? QString() : dev.error().toString()));
        if (from >= 3)
            QCOMPARE(dev->id, qint64(8)); // after the old device 7
        QVERIFY((*inv)->audit().verify()->intact);
    }

    // The version-2 file main writes (tests/data/inventory/README.md) upgrades
    // with every row kept, and its credentials still refuse duplicates (S5).
    void upgradesMainsVersion2File_S5()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("inventory.sqlite"));
        QVERIFY(QFile::copy(test::dataPath(QStringLiteral("inventory/inventory-v2-main.sqlite")), file));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        auto inv = Inventory::openSqlite(file);
        QVERIFY2(inv.ok(), qPrintable(inv.ok() ? QString() : inv.error().toString()));
        QCOMPARE((*inv)->database().schemaVersion(), InventoryDatabase::latestVersion());
        QCOMPARE((*inv)->credentials().count().value(), qint64(2));
        QCOMPARE((*inv)->database().metaValue(QStringLiteral("credential_psk_salt")).value().size(), 64);
        const auto decisions = (*inv)->trustDecisions().decisions().value();
        QCOMPARE(decisions.size(), 1);
        QCOMPARE(decisions.first().who, QStringLiteral("Jo Technician"));
        const Status dup = (*inv)->credentials().checkUnique(
            QStringLiteral("urn:dev:ops:000043"),
            {CredentialFingerprint {
                CredentialKind::PskIdentity,
                QStringLiteral("b1946ac92492d2347c6235b4d2611184c8a1d5a6f3b0e4a2c9f1e0d3b7a6c5d4")}});
        QCOMPARE(dup.error().rule, Rule::S5);
        QVERIFY((*inv)->ensureDevice(QStringLiteral("urn:dev:ops:000042")).ok());
    }

    void refusesNewerSchemaAndDowngrade_data() { test::addBackendColumn(); }
    void refusesNewerSchemaAndDowngrade()
    {
        QFETCH(QString, backend);
        LWC_TEST_DATABASE(tdb, backend);
        {
            auto db = InventoryDatabase::open(tdb.options());
            QVERIFY(db.ok());
            QVERIFY(exec((*db)->database(),
                         QStringLiteral("INSERT INTO schema_version VALUES (999, 'from the future', 'x')")));
            QCOMPARE((*db)->migrateTo(1).error().code, QStringLiteral("inventory.downgrade"));
        }
        auto again = InventoryDatabase::open(tdb.options());
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, QStringLiteral("inventory.schemaTooNew"));
    }

    void failedTransactionRollsBack_data() { test::addBackendColumn(); }
    void failedTransactionRollsBack()
    {
        QFETCH(QString, backend);
        LWC_TEST_DATABASE(tdb, backend);
        auto db = InventoryDatabase::open(tdb.options());
        QVERIFY(db.ok());
        const Status s = (*db)->inTransaction([&]() -> Status {
            QSqlQuery q((*db)->database());
            q.exec(QStringLiteral("INSERT INTO inventory_meta VALUES ('k', 'v')"));
            return makeError(QStringLiteral("test.abort"), QStringLiteral("abort"));
        });
        QVERIFY(!s.ok());
        QCOMPARE((*db)->metaValue(QStringLiteral("k")).value(), QString());
        QVERIFY((*db)->setMetaValue(QStringLiteral("k"), QStringLiteral("v2")).ok());
        QVERIFY((*db)->setMetaValue(QStringLiteral("k"), QStringLiteral("v3")).ok());
        QCOMPARE((*db)->metaValue(QStringLiteral("k")).value(), QStringLiteral("v3"));
    }

    void conflictIsRetried_data() { test::addBackendColumn(); }
    void conflictIsRetried()
    {
        QFETCH(QString, backend);
        LWC_TEST_DATABASE(tdb, backend);
        auto db = InventoryDatabase::open(tdb.options());
        QVERIFY(db.ok());
        int runs = 0;
        const Status s = (*db)->inRetryingTransaction([&]() -> Status {
            if (++runs < 3)
                return makeError(QString::fromLatin1(InventoryDatabase::kConflictCode), QStringLiteral("race"));
            return (*db)->setMetaValue(QStringLiteral("k"), QString::number(runs));
        });
        QVERIFY2(s.ok(), qPrintable(errorText(s)));
        QCOMPARE(runs, 3);
        QCOMPARE((*db)->metaValue(QStringLiteral("k")).value(), QStringLiteral("3"));
        // Other errors are not retried.
        runs = 0;
        const Status other = (*db)->inRetryingTransaction([&]() -> Status {
            ++runs;
            return makeError(QStringLiteral("test.other"), QStringLiteral("no"));
        });
        QCOMPARE(other.error().code, QStringLiteral("test.other"));
        QCOMPARE(runs, 1);
    }

    void unopenablePathIsAClearError()
    {
        auto db = InventoryDatabase::openSqlite(QStringLiteral("/nonexistent-dir/x/inventory.sqlite"));
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, QStringLiteral("inventory.open"));
        QVERIFY(db.error().userText.contains(QLatin1String("/nonexistent-dir")));
    }

    void unreachablePostgresIsAClearError()
    {
        auto options = InventoryDatabase::parseConnection(
            QStringLiteral("pg:host=127.0.0.1;port=1;user=nobody;dbname=inventory;connect_timeout=2"));
        QVERIFY(options.ok());
        auto db = InventoryDatabase::open(*options);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, QStringLiteral("inventory.open"));
        QVERIFY2(db.error().userText.contains(QLatin1String("PostgreSQL inventory on 127.0.0.1:1")),
                 qPrintable(db.error().userText));
    }

    void connectionTextIsParsed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("driver");
        QTest::addColumn<QString>("database");
        QTest::newRow("file") << "/tmp/inv.sqlite"
                              << ""
                              << "QSQLITE"
                              << "/tmp/inv.sqlite";
        QTest::newRow("pg") << "pg:host=/tmp/s;port=5433;user=lwc;dbname=inv;sslmode=require"
                            << ""
                            << "QPSQL"
                            << "inv";
        QTest::newRow("pg without database") << "pg:host=db"
                                             << "inventory.connection"
                                             << ""
                                             << "";
        QTest::newRow("pg bad port") << "pg:port=x;dbname=a"
                                     << "inventory.connection"
                                     << ""
                                     << "";
        QTest::newRow("pg not key=value") << "pg:dbname=a;oops"
                                          << "inventory.connection"
                                          << ""
                                          << "";
        QTest::newRow("password refused") << "pg:dbname=a;password=hunter2"
                                          << "inventory.connection.password"
                                          << ""
                                          << "";
        QTest::newRow("empty") << ""
                               << "inventory.connection"
                               << ""
                               << "";
    }
    void connectionTextIsParsed()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        QFETCH(QString, driver);
        QFETCH(QString, database);
        auto o = InventoryDatabase::parseConnection(text);
        if (!code.isEmpty()) {
            QVERIFY(!o.ok());
            QCOMPARE(o.error().code, code);
            QVERIFY(!o.error().toString().contains(QLatin1String("hunter2")));
            return;
        }
        QVERIFY(o.ok());
        QCOMPARE(o->driver, driver);
        QCOMPARE(o->databaseName, database);
        if (driver == QLatin1String("QPSQL")) {
            QCOMPARE(o->host, QStringLiteral("/tmp/s"));
            QCOMPARE(o->port, 5433);
            QCOMPARE(o->user, QStringLiteral("lwc"));
            QCOMPARE(o->connectOptions, QStringLiteral("sslmode=require"));
        }
    }
};

QTEST_GUILESS_MAIN(InventoryDatabaseTest)
#include "InventoryDatabaseTest.moc"
