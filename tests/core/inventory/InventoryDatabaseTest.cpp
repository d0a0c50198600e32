#include "inventory/InventoryDatabase.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace lwc;
using namespace lwc::inventory;

class InventoryDatabaseTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

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
                QVERIFY2(!sql.contains(QLatin1String("PRAGMA"), Qt::CaseInsensitive), qPrintable(sql));
                QVERIFY2(!sql.contains(QLatin1String(" BLOB"), Qt::CaseInsensitive), qPrintable(sql));
                QVERIFY2(!sql.contains(QLatin1String("WITHOUT ROWID"), Qt::CaseInsensitive), qPrintable(sql));
            }
        }
        QCOMPARE(InventoryDatabase::latestVersion(), expected - 1);
        QVERIFY(InventoryDatabase::latestVersion() >= 2);
    }

    void freshDatabaseIsAtLatest()
    {
        auto db = InventoryDatabase::openSqlite(path("fresh.sqlite"));
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toString()));
        QCOMPARE((*db)->schemaVersion(), InventoryDatabase::latestVersion());
        QSqlQuery q((*db)->database());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM schema_version")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), InventoryDatabase::latestVersion());
        QVERIFY(q.exec(QStringLiteral("SELECT endpoint, kind, fingerprint, origin, created_at FROM credentials")));
        QVERIFY(q.exec(QStringLiteral("SELECT * FROM trust_decisions")));
    }

    void upgradesFromEveryVersionToLatest_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 0; v < InventoryDatabase::latestVersion(); ++v)
            QTest::addRow("from version %d", v) << v;
    }
    void upgradesFromEveryVersionToLatest()
    {
        QFETCH(int, from);
        const QString file = m_dir.filePath(QStringLiteral("upgrade-%1.sqlite").arg(from));
        {
            auto old = InventoryDatabase::openSqlite(file, from);
            QVERIFY(old.ok());
            QCOMPARE((*old)->schemaVersion(), from);
            if (from >= 1) {
                QSqlQuery q((*old)->database());
                QVERIFY(q.exec(QStringLiteral("INSERT INTO credentials VALUES ('ep-old', 'public-key', 'ab', "
                                              "'issued', '2025-01-01T00:00:00Z')")));
            }
        }
        auto upgraded = InventoryDatabase::openSqlite(file);
        QVERIFY(upgraded.ok());
        QCOMPARE((*upgraded)->schemaVersion(), InventoryDatabase::latestVersion());
        QSqlQuery q((*upgraded)->database());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM credentials WHERE endpoint = 'ep-old'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), from >= 1 ? 1 : 0);
        QVERIFY(q.exec(QStringLiteral("SELECT version FROM schema_version ORDER BY version")));
        int expected = 1;
        while (q.next())
            QCOMPARE(q.value(0).toInt(), expected++);
    }

    void refusesNewerSchemaAndDowngrade()
    {
        const QString file = path("newer.sqlite");
        {
            auto db = InventoryDatabase::openSqlite(file);
            QVERIFY(db.ok());
            QSqlQuery q((*db)->database());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version VALUES (999, 'from the future', 'x')")));
            QCOMPARE((*db)->migrateTo(1).error().code, QStringLiteral("inventory.downgrade"));
        }
        auto again = InventoryDatabase::openSqlite(file);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, QStringLiteral("inventory.schemaTooNew"));
    }

    void failedTransactionRollsBack()
    {
        auto db = InventoryDatabase::openSqlite(path("tx.sqlite"));
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

    void unopenablePathIsAClearError()
    {
        auto db = InventoryDatabase::openSqlite(QStringLiteral("/nonexistent-dir/x/inventory.sqlite"));
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, QStringLiteral("inventory.open"));
        QVERIFY(db.error().userText.contains(QLatin1String("/nonexistent-dir")));
    }
};

QTEST_GUILESS_MAIN(InventoryDatabaseTest)
#include "InventoryDatabaseTest.moc"
