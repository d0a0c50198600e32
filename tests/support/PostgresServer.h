#pragma once

// A real PostgreSQL server for the inventory tests, and a fresh database per
// test case. Header-only (like FakeKeychain.h), so any test target can use
// it without touching tests/CMakeLists.txt.
//
// Where the server comes from:
//  1. LWC_TEST_PG="host=...;port=...;user=...;dbname=..." — scripts/test.sh
//     starts one private server for the whole run (postgres-server.sh) and
//     exports it;
//  2. otherwise, when PostgreSQL's initdb is installed, this process starts
//     its own private server with the same script (stopped at exit; a
//     watchdog stops it if the test crashes);
//  3. otherwise the PostgreSQL rows fail with a message that says how to
//     get one. They are never skipped silently; only LWC_TEST_PG=none
//     skips them, and not in CI (CI=true).
#include "TestPaths.h"

#include "inventory/Inventory.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <cstdlib>
#include <memory>

namespace lwc::test {

class PostgresServer {
public:
    static PostgresServer& instance()
    {
        static PostgresServer server;
        return server;
    }

    // Empty when a server is available; else why not (for QFAIL/QSKIP).
    QString problem() const { return m_problem; }
    bool skipped() const { return m_skipped; }
    QString connection() const { return m_connection; }

    // Options for InventoryDatabase/Inventory::open on database `name`.
    inventory::InventoryDatabase::Options options(const QString& name) const
    {
        inventory::InventoryDatabase::Options o;
        o.driver = QStringLiteral("QPSQL");
        o.host = m_host;
        o.port = m_port;
        o.user = m_user;
        o.connectOptions = m_connectOptions;
        o.databaseName = name;
        return o;
    }

    // CREATE DATABASE with a random name; empty string and *error on failure.
    QString createDatabase(QString* error)
    {
        const QString name = QStringLiteral("lwc_t_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
        const QString sql = QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'").arg(name);
        if (!admin(sql, error))
            return {};
        return name;
    }

    void dropDatabase(const QString& name)
    {
        QString ignored;
        admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name), &ignored);
    }

    // Runs when the QCoreApplication goes (qAddPostRoutine), while Qt SQL
    // still works: closes the admin connection, stops a server we started.
    static void shutdown()
    {
        PostgresServer& self = instance();
        {
            QSqlDatabase db = QSqlDatabase::database(kAdmin, false);
            if (db.isOpen())
                db.close();
        }
        if (QSqlDatabase::contains(kAdmin))
            QSqlDatabase::removeDatabase(kAdmin);
        if (self.m_ownServer) {
            self.m_ownServer = false;
            const QByteArray cmd = "bash '"
                + sourcePath(QStringLiteral("tests/support/postgres-server.sh")).toLocal8Bit() + "' stop '"
                + self.m_connection.toLocal8Bit() + "' >/dev/null 2>&1";
            [[maybe_unused]] const int rc = std::system(cmd.constData());
        }
    }

private:
    static constexpr const char* kAdmin = "lwc-test-pg-admin";

    PostgresServer()
    {
        const QString env = qEnvironmentVariable("LWC_TEST_PG");
        if (env == QLatin1String("none")) {
            if (qEnvironmentVariable("CI") == QLatin1String("true")) {
                m_problem = QStringLiteral("LWC_TEST_PG=none is not allowed in CI: the PostgreSQL rows must run.");
            } else {
                m_skipped = true;
                m_problem = QStringLiteral("LWC_TEST_PG=none: PostgreSQL rows skipped on request.");
            }
            return;
        }
        if (!env.isEmpty()) {
            use(env);
            return;
        }
        qInfo("LWC_TEST_PG is not set: starting a private PostgreSQL server for this test (scripts/test.sh "
              "starts one for the whole run; set LWC_TEST_PG=host=...;port=...;user=...;dbname=... to use your own).");
        QProcess p;
        p.start(QStringLiteral("bash"),
                {sourcePath(QStringLiteral("tests/support/postgres-server.sh")), QStringLiteral("start"),
                 QStringLiteral("--owner-pid"), QString::number(QCoreApplication::applicationPid())});
        if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            m_problem = QStringLiteral("No PostgreSQL server for the inventory tests: %1 Install PostgreSQL "
                                       "(apt-get install postgresql) so the tests can start one, or set "
                                       "LWC_TEST_PG=host=...;port=...;user=...;dbname=....")
                            .arg(QString::fromLocal8Bit(p.readAllStandardError()).trimmed());
            return;
        }
        m_ownServer = true;
        use(QString::fromLocal8Bit(p.readAllStandardOutput()).trimmed());
        qAddPostRoutine(&PostgresServer::shutdown);
    }

    void use(const QString& connection)
    {
        m_connection = connection;
        auto parsed = inventory::InventoryDatabase::parseConnection(QStringLiteral("pg:") + connection);
        if (!parsed.ok()) {
            m_problem = QStringLiteral("LWC_TEST_PG=\"%1\" is not a PostgreSQL connection: %2")
                            .arg(connection, parsed.error().toString());
            return;
        }
        m_host = parsed->host;
        m_port = parsed->port;
        m_user = parsed->user;
        m_adminDatabase = parsed->databaseName;
        m_connectOptions = parsed->connectOptions;
    }

    bool admin(const QString& sql, QString* error)
    {
        if (!m_problem.isEmpty()) {
            *error = m_problem;
            return false;
        }
        QSqlDatabase db = QSqlDatabase::database(kAdmin, false);
        if (!db.isValid()) {
            db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), kAdmin);
            db.setDatabaseName(m_adminDatabase);
            db.setHostName(m_host);
            if (m_port > 0)
                db.setPort(m_port);
            db.setUserName(m_user);
            db.setConnectOptions(m_connectOptions);
            if (QCoreApplication::instance() && !m_ownServer)
                qAddPostRoutine(&PostgresServer::shutdown);
        }
        if (!db.isOpen() && !db.open()) {
            *error = QStringLiteral("cannot connect to PostgreSQL (%1): %2").arg(m_connection, db.lastError().text());
            return false;
        }
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            *error = QStringLiteral("%1: %2").arg(sql, q.lastError().text());
            return false;
        }
        return true;
    }

    QString m_connection;
    QString m_host;
    int m_port = -1;
    QString m_user;
    QString m_adminDatabase;
    QString m_connectOptions;
    QString m_problem;
    bool m_skipped = false;
    bool m_ownServer = false;
};

// One test case's inventory database on either backend: an SQLite file in a
// temporary folder, or a fresh PostgreSQL database (dropped afterwards).
//
//   void myTest_data() { lwc::test::addBackendColumn(); }
//   void myTest() {
//       QFETCH(QString, backend);
//       lwc::test::TestDatabase tdb(backend);
//       QVERIFY2(tdb.ok(), qPrintable(tdb.problem()));
//       auto inv = inventory::Inventory::open(tdb.options());
class TestDatabase {
public:
    explicit TestDatabase(const QString& backend)
    {
        if (backend == QLatin1String("sqlite")) {
            m_dir = std::make_unique<QTemporaryDir>();
            m_options.databaseName = m_dir->filePath(QStringLiteral("inventory.sqlite"));
            m_options.connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
            return;
        }
        PostgresServer& server = PostgresServer::instance();
        if (server.skipped()) {
            m_skipped = true;
            m_problem = server.problem();
            return;
        }
        m_pgName = server.createDatabase(&m_problem);
        if (!m_pgName.isEmpty())
            m_options = server.options(m_pgName);
    }
    ~TestDatabase()
    {
        if (!m_pgName.isEmpty())
            PostgresServer::instance().dropDatabase(m_pgName);
    }
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;

    bool ok() const { return m_problem.isEmpty(); }
    bool skipped() const { return m_skipped; }
    QString problem() const { return m_problem; }
    bool isPostgres() const { return !m_pgName.isEmpty(); }

    // A copy each time (Options holds a move-only password).
    inventory::InventoryDatabase::Options options() const
    {
        inventory::InventoryDatabase::Options o;
        o.driver = m_options.driver;
        o.databaseName = m_options.databaseName;
        o.host = m_options.host;
        o.port = m_options.port;
        o.user = m_options.user;
        o.connectOptions = m_options.connectOptions;
        return o;
    }
    // SQLite: the file; PostgreSQL: "pg:..." (for the CLI's --inventory).
    QString connectionText() const
    {
        if (!isPostgres())
            return m_options.databaseName;
        QString text = QStringLiteral("pg:host=%1;user=%2;dbname=%3").arg(m_options.host, m_options.user, m_pgName);
        if (m_options.port > 0)
            text += QStringLiteral(";port=%1").arg(m_options.port);
        return text;
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    inventory::InventoryDatabase::Options m_options;
    QString m_pgName;
    QString m_problem;
    bool m_skipped = false;
};

inline QStringList backends()
{
    return {QStringLiteral("sqlite"), QStringLiteral("postgresql")};
}

// A "backend" column with one row per backend.
inline void addBackendColumn()
{
    QTest::addColumn<QString>("backend");
    for (const QString& b : backends())
        QTest::newRow(qPrintable(b)) << b;
}

} // namespace lwc::test

// Opens the test case's database or fails (skips only on LWC_TEST_PG=none outside CI).
#define LWC_TEST_DATABASE(var, backend)                                                                                \
    lwc::test::TestDatabase var(backend);                                                                              \
    if (var.skipped())                                                                                                 \
        QSKIP(qPrintable(var.problem()));                                                                              \
    QVERIFY2(var.ok(), qPrintable(var.problem()))
