// The hash-chained audit log on SQLite and PostgreSQL: chaining, tamper
// detection with the first broken sequence, JSON lines export, the S26
// secret refusal, trust decisions as audit records, concurrent writers.
#include "inventory/SqlAuditLog.h"
#include "inventory/Inventory.h"
#include "receipt/CanonicalJson.h"

#include "MockClock.h"
#include "PostgresServer.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace lwc;
using namespace lwc::inventory;

namespace {

std::unique_ptr<Inventory> openInventory(const test::TestDatabase& tdb)
{
    auto inv = Inventory::open(tdb.options());
    if (!inv.ok())
        qFatal("%s", qPrintable(inv.error().toString()));
    return std::move(inv).value();
}

AuditEvent auditEvent(const QString& action, const QString& endpoint = QStringLiteral("dev-1"))
{
    AuditEvent e;
    e.action = action;
    e.endpoint = endpoint;
    e.details = QJsonObject {{QStringLiteral("n"), 1}, {QStringLiteral("text"), QStringLiteral("ä \"quoted\"\n")}};
    return e;
}

bool exec(Inventory& inv, const QString& sql, const QVariantList& binds = {})
{
    QSqlQuery q(inv.database().database());
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

qint64 rows(Inventory& inv)
{
    QSqlQuery q(inv.database().database());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log")) && q.next() ? q.value(0).toLongLong() : -1;
}

// Moves rows seq >= from up by `by`, highest first (no transient key clash).
bool shift(Inventory& inv, qint64 from, qint64 last, qint64 by)
{
    for (qint64 s = last; s >= from; --s)
        if (!exec(inv, QStringLiteral("UPDATE audit_log SET seq = ? WHERE seq = ?"), {s + by, s}))
            return false;
    return true;
}

// A record with a correctly computed hash, as a forger with SQL access would write it.
bool forge(Inventory& inv, qint64 sequence, const QByteArray& previousHash, const QString& action)
{
    AuditEvent e = auditEvent(action);
    e.sequence = sequence;
    e.at = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    e.actor = QStringLiteral("mallory");
    e.previousHash = previousHash;
    e.hash = SqlAuditLog::chainHash(e).value();
    return exec(inv,
                QStringLiteral("INSERT INTO audit_log (seq, at_ms, actor, action, endpoint, job_id, rule, details, "
                               "previous_hash, hash) VALUES (?, ?, ?, ?, ?, '', '', ?, ?, ?)"),
                {e.sequence, e.at.toMSecsSinceEpoch(), e.actor, e.action, e.endpoint,
                 QString::fromUtf8(CanonicalJson::serialize(e.details).value()),
                 QString::fromLatin1(e.previousHash.toHex()), QString::fromLatin1(e.hash.toHex())});
}

} // namespace

class SqlAuditLogTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void appendsChainedRecords_data() { test::addBackendColumn(); }
    void appendsChainedRecords()
    {
        QFETCH(QString, backend);
        LWC_TEST_DATABASE(tdb, backend);
        auto inv = openInventory(tdb);
        test::MockClock clock;
        inv->setClock(clock);
        inv->setActor(QStringLiteral("jo"));
        QByteArray previous(32, '\0');
        for (int i = 1; i <= 3; ++i) {
            clock.advanceSeconds(1);
            auto e = inv->audit().append(auditEvent(QStringLiteral("test.%1").arg(i)));
            QVERIFY2(e.ok(), qPrintable(e.ok() ? QString() : e.error().toString()));
            QCOMPARE(e->sequence, qint64(i));
            QCOMPARE(e->previousHash, previous);
            QCOMPARE(e->hash.size(), 32);
            QCOMPARE(e->hash, SqlAuditLog::chainHash(*e).value());
            QCOMPARE(e->at, clock.now());
            QCOMPARE(e->actor, QStringLiteral("jo"));
            previous = e->hash;
        }
        const auto v = inv->audit().verify();
        QVERIFY(v.ok());
        QVERIFY2(v->intact, qPrintable(v->problem));
        QCOMPARE(v->records, qint64(3));
        QCOMPARE(v->firstBrokenSequence, qint64(0));

        // Stored and read back, every field is what was hashed.
        const auto events = inv->audit().events().value();
        QCOMPARE(events.size(), 3);
        QCOMPARE(events.first().sequence, qint64(3)); // newest first
        QCOMPARE(events.first().details.value(QStringLiteral("text")).toString(), QStringLiteral("ä \"quoted\"\n"));
        QCOMPARE(events.first().hash, previous);
        QCOMPARE(SqlAuditLog::chainHash(events.first()).value(), previous);
    }

    void refusesIncompleteOrNonCanonicalRecords_data() { test::addBackendColumn(); }
    void refusesIncompleteOrNonCanonicalRecords()
    {
        QFETCH(QString, backend);
        LWC_TEST_DATABASE(tdb, backend);
        auto inv = openInventory(tdb);
        QCOMPARE(inv->audit().append(auditEvent(QString())).error().code, QStringLiteral("audit.invalid"));
        AuditEvent fraction = auditEvent(QStringLiteral("x"));
        fraction.details.insert(QStringLiteral("ratio"), 0.5);
        QCOMPARE(inv->audit().append(fraction).error().code, QStringLiteral("audit.details"));
        QCOMPARE(rows(*inv), qint64(0));
    }

    void detectsTampering_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("tamper");
        QTest::addColumn<qint64>("firstBroken");
        QTest::addColumn<QString>("says");
        const QList<std::tuple<const char*, qint64, const char*>> cases {
            {"edited details", 2, "changed"},
            {"edited actor", 3, "changed"},
            {"edited and rehashed", 3, "does not follow"},
            {"deleted middle", 2, "missing"},
            {"deleted first", 1, "missing"},
            {"deleted last", 5, "removed"},
            {"reordered", 2, "does not follow"},
            {"inserted", 4, "does not follow"},
            {"appended outside", 6, "outside"},
            {"head deleted", 5, "head"},
        };
        for (const QString& b : test::backends())
            for (const auto& [tamper, broken, says] : cases)
                QTest::addRow("%s %s", qPrintable(b), tamper)
                    << b << QString::fromLatin1(tamper) << broken << QString::fromLatin1(says);
    }
    void detectsTampering()
    {
        QFETCH(QString, backend);
        QFETCH(QString, tamper);
        QFETCH(qint64, firstBroken);
        QFETCH(QString, says);
        LWC_TEST_DATABASE(tdb, backend);
        auto inv = openInventory(tdb);
        QList<AuditEvent> written;
        for (int i = 1; i <= 5; ++i)
            written << inv->audit().append(auditEvent(QStringLiteral("test.%1").arg(i))).value();
        QVERIFY(inv->audit().verify()->intact);

        if (tamper == QLatin1String("edited details")) {
            QVERIFY(exec(*inv, QStringLiteral("UPDATE audit_log SET details = '{\"n\":2}' WHERE seq = 2")));
        } else if (tamper == QLatin1String("edited actor")) {
            QVERIFY(exec(*inv, QStringLiteral("UPDATE audit_log SET actor = 'someone else' WHERE seq = 3")));
        } else if (tamper == QLatin1String("edited and rehashed")) {
            AuditEvent e = written.at(1);
            e.action = QStringLiteral("test.innocent");
            e.hash = SqlAuditLog::chainHash(e).value();
            QVERIFY(exec(*inv, QStringLiteral("UPDATE audit_log SET action = ?, hash = ? WHERE seq = 2"),
                         {e.action, QString::fromLatin1(e.hash.toHex())}));
        } else if (tamper == QLatin1String("deleted middle")) {
            QVERIFY(exec(*inv, QStringLiteral("DELETE FROM audit_log WHERE seq = 2")));
        } else if (tamper == QLatin1String("deleted first")) {
            QVERIFY(exec(*inv, QStringLiteral("DELETE FROM audit_log WHERE seq = 1")));
        } else if (tamper == QLatin1String("deleted last")) {
            QVERIFY(exec(*inv, QStringLiteral("DELETE FROM audit_log WHERE seq = 5")));
        } else if (tamper == QLatin1String("reordered")) {
            QVERIFY(exec(*inv, QStringLiteral("UPDATE audit_log SET seq = 100 WHERE seq = 2")));
            QVERIFY(exec(*inv, QStringLiteral("UPDATE audit_log SET seq = 2 WHERE seq = 3")));
            QVERIFY(exec(*inv, QStringLiteral("UPDATE audit_log SET seq = 3 WHERE seq = 100")));
        } else if (tamper == QLatin1String("inserted")) {
            QVERIFY(shift(*inv, 3, 5, 1));
            QVERIFY(forge(*inv, 3, written.at(1).hash, QStringLiteral("test.forged")));
        } else if (tamper == QLatin1String("appended outside")) {
            QVERIFY(forge(*inv, 6, written.at(4).hash, QStringLiteral("test.forged")));
        } else if (tamper == QLatin1String("head deleted")) {
            QVERIFY(exec(*inv, QStringLiteral("DELETE FROM inventory_meta WHERE name = 'audit_head'")));
        } else {
            QFAIL("unknown tamper");
        }
        const auto v = inv->audit().verify();
        QVERIFY(v.ok());
        QVERIFY(!v->intact);
        QCOMPARE(v->firstBrokenSequence, firstBroken);
        QVERIFY2(v->problem.contains(says), qPrintable(v->problem));
        QVERIFY2(v->problem.contains(QString::number(firstBroken)), qPrintable(v->problem));
    }

    // Records removed at the end cannot hide behind the next append: the
    // append records the loss, and verify() keeps reporting it.
    void truncatedTailIsRecordedByTheNextAppend_data() { test::addBackendColumn(); }
    void truncatedTailIsRecordedByTheNextAppend()
    {
        QFETCH(QString, backend);
        LWC_TEST_DATABASE(tdb, backend);
        auto inv = openInventory(tdb);
        for (int i = 1; i <= 4; ++i)
            QVERIFY(inv->audit().append(auditEvent(QStringLiteral("test.%1").arg(i))).ok());
        QVERIFY(exec(*inv, QStringLiteral("DELETE FROM audit_log WHERE seq >= 3")));
        auto next = inv->audit().append(auditEvent(QStringLiteral("test.after")));
        QVERIFY(next.ok());
        QCOMPARE(next->sequence, qint64(4)); // 3 is the recorded loss
        const auto events = inv->audit().events().value();
        QCOMPARE(events.at(1).action, QStringLiteral("audit.truncated"));
        QCOMPARE(events.at(1).details.value(QStringLiteral("expectedSequence")).toInteger(), 4);
        const auto v = inv->audit().verify().value();
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBrokenSequence, qint64(3));
        QVERIFY2(v.problem.contains(QLatin1String("3 to 4 were removed")), qPrintable(v.problem));
    }

    void refusesLiveSecrets_S26_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("where");
        for (const QString& b : test::backends())
            for (const char* where : {"details hex", "details base64", "actor", "endpoint"})
                QTest::addRow("%s %s", qPrintable(b), where) << b << QString::fromLatin1(where);
    }
    void refusesLiveSecrets_S26()
    {
        QFETCH(QString, backend);
        QFETCH(QString, where);
        LWC_TEST_DATABASE(tdb, backend);
        auto inv = openInventory(tdb);
        const SecretBytes psk = SecretBytes::random(16).value();
        QByteArray plain = psk.revealCopy();
        const QString hex = QString::fromLatin1(plain.toHex());
        const QString b64 = QString::fromLatin1(plain.toBase64());
        wipeByteArray(plain);
        AuditEvent e = auditEvent(QStringLiteral("credential.issued"));
        if (where == QLatin1String("details hex"))
            e.details.insert(QStringLiteral("psk"), hex);
        else if (where == QLatin1String("details base64"))
            e.details.insert(QStringLiteral("note"), QStringLiteral("key=") + b64);
        else if (where == QLatin1String("actor"))
            e.actor = hex;
        else
            e.endpoint = QStringLiteral("dev-") + hex;
        const auto refused = inv->audit().append(e);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("audit.secret"));
        QCOMPARE(refused.error().rule, Rule::S26);
        QVERIFY(!refused.error().toString().contains(hex));
        QVERIFY(!refused.error().toString().contains(b64));
        QCOMPARE(rows(*inv), qint64(0));
        // The same record without the secret is fine.
        QVERIFY(inv->audit().append(auditEvent(QStringLiteral("credential.issued"))).ok());
    }

    void exportsVerifiableJsonLines_data() { test::addBackendColumn(); }
    void exportsVerifiableJsonLines()
    {
        QFETCH(QString, backend);
        LWC_TEST_DATABASE(tdb, backend);
        auto inv = openInventory(tdb);
        for (int i = 1; i <= 4; ++i) {
            AuditEvent e = auditEvent(QStringLiteral("test.%1").arg(i), QStringLiteral("dev-%1").arg(i % 2));
            e.rule = i == 2 ? Rule::S4 : Rule::None;
            QVERIFY(inv->audit().append(e).ok());
        }
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QVERIFY(inv->audit().exportJsonLines(out).ok());
        const QList<QByteArray> lines = out.data().split('\n');
        QCOMPARE(lines.size(), 5);
        QVERIFY(lines.last().isEmpty());
        // Anyone can check the chain from the export alone.
        QByteArray previous(32, '\0');
        for (int i = 0; i < 4; ++i) {
            QJsonObject o = QJsonDocument::fromJson(lines.at(i)).object();
            QCOMPARE(CanonicalJson::serialize(o).value(), lines.at(i)); // canonical form
            QCOMPARE(o.value(QStringLiteral("sequence")).toInteger(), i + 1);
            QCOMPARE(o.value(QStringLiteral("previousHash")).toString(), QString::fromLatin1(previous.toHex()));
            const QByteArray hash = QByteArray::fromHex(o.take(QStringLiteral("hash")).toString().toLatin1());
            QCryptographicHash h(QCryptographicHash::Sha256);
            h.addData(previous);
            h.addData(CanonicalJson::serialize(o).value());
            QCOMPARE(h.result(), hash);
            previous = hash;
        }
        QCOMPARE(QJsonDocument::fromJson(lines.at(1)).object().value(QStringLiteral("rule")).toString(),
                 QStringLiteral("S4"));
        QCOMPARE(inv->audit().events(QStringLiteral("dev-1")).value().size(), 2);
        QCOMPARE(inv->audit().events({}, 1).value().first().sequence, qint64(4));
    }

    // Trust decisions from the certificate dialog are audit records too,
    // stored in the same transaction as the decision.
    void trustDecisionsAreAudited_S15_data() { test::addBackendColumn(); }
    void trustDecisionsAreAudited_S15()
    {
        QFETCH(QString, backend);
        LWC_TEST_DATABASE(tdb, backend);
        auto inv = openInventory(tdb);
        security::TrustDecision d;
        d.who = QStringLiteral("Jo Technician");
        d.when = QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7), Qt::UTC);
        d.choice = security::TrustChoice::PinSha256;
        d.fingerprintSha256 = QStringLiteral("AA:BB");
        d.subject = QStringLiteral("CN=server");
        d.host = QStringLiteral("lwm2m.example.com");
        d.certificateUsage = 3;
        d.matchingType = 1;
        d.failedRules = {QStringLiteral("S15"), QStringLiteral("S19")};
        d.summary = QStringLiteral("Not trusted: S15 failed");
        QVERIFY(inv->trustDecisions().record(d).ok());
        const auto events = inv->audit().events().value();
        QCOMPARE(events.size(), 1);
        const AuditEvent& e = events.first();
        QCOMPARE(e.action, QStringLiteral("trust.decision"));
        QCOMPARE(e.actor, d.who);
        QCOMPARE(e.at, d.when);
        QCOMPARE(e.rule, Rule::S15);
        QCOMPARE(e.details.value(QStringLiteral("choice")).toString(), QStringLiteral("pin-sha256"));
        QCOMPARE(e.details.value(QStringLiteral("fingerprintSha256")).toString(), d.fingerprintSha256);
        QCOMPARE(inv->trustDecisions().decisions().value().size(), 1);

        // Both or neither: a decision whose record would carry a secret is not stored at all.
        const SecretBytes key = SecretBytes::random(16).value();
        QByteArray plain = key.revealCopy();
        d.summary = QString::fromLatin1(plain.toHex());
        wipeByteArray(plain);
        const Status refused = inv->trustDecisions().record(d);
        QCOMPARE(refused.error().code, QStringLiteral("audit.secret"));
        QCOMPARE(inv->trustDecisions().decisions().value().size(), 1);
        QCOMPARE(inv->audit().events().value().size(), 1);
    }

    // Two programs (the GUI and the CLI, or two technicians on PostgreSQL)
    // appending at the same time still leave one unbroken chain.
    void concurrentWritersKeepOneChain_data() { test::addBackendColumn(); }
    void concurrentWritersKeepOneChain()
    {
        QFETCH(QString, backend);
        LWC_TEST_DATABASE(tdb, backend);
        {
            openInventory(tdb);
        } // create the schema once
        constexpr int kPerWriter = 40;
        QAtomicInt failures = 0;
        QStringList errors;
        QMutex errorsMutex;
        auto writer = [&](int id) {
            auto inv = Inventory::open(tdb.options());
            if (!inv.ok()) {
                failures.fetchAndAddOrdered(1);
                return;
            }
            for (int i = 0; i < kPerWriter; ++i) {
                auto r = (*inv)->audit().append(auditEvent(QStringLiteral("writer.%1").arg(id)));
                if (!r.ok()) {
                    failures.fetchAndAddOrdered(1);
                    QMutexLocker lock(&errorsMutex);
                    errors << r.error().toString();
                }
            }
        };
        std::unique_ptr<QThread> a(QThread::create(writer, 1));
        std::unique_ptr<QThread> b(QThread::create(writer, 2));
        a->start();
        b->start();
        QVERIFY(a->wait(120000));
        QVERIFY(b->wait(120000));
        QVERIFY2(failures.loadRelaxed() == 0, qPrintable(errors.join(u'\n')));
        auto inv = openInventory(tdb);
        const auto v = inv->audit().verify().value();
        QVERIFY2(v.intact, qPrintable(v.problem));
        QCOMPARE(v.records, qint64(2 * kPerWriter));
    }
};

QTEST_GUILESS_MAIN(SqlAuditLogTest)
#include "SqlAuditLogTest.moc"
