// Trust decisions on SQLite and PostgreSQL.
#include "inventory/TrustDecisionLog.h"

#include "PostgresServer.h"

#include <QTest>

using namespace lwc;
using namespace lwc::inventory;
using namespace lwc::security;

class TrustDecisionLogTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void recordsWhoWhenWhat_data() { test::addBackendColumn(); }
    void recordsWhoWhenWhat()
    {
        QFETCH(QString, backend);
        LWC_TEST_DATABASE(tdb, backend);
        auto db = InventoryDatabase::open(tdb.options());
        QVERIFY(db.ok());
        TrustDecisionLog log(**db);
        TrustDecision d;
        d.who = QStringLiteral("Jo Technician");
        d.when = QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7), Qt::UTC);
        d.choice = TrustChoice::PinSha256;
        d.fingerprintSha256 = QStringLiteral("AA:BB");
        d.subject = QStringLiteral("CN=server");
        d.host = QStringLiteral("lwm2m.example.com");
        d.certificateUsage = 3;
        d.matchingType = 1;
        d.failedRules = {QStringLiteral("S15")};
        d.summary = QStringLiteral("Not trusted: S15 failed");
        QVERIFY(log.record(d).ok());
        const auto all = log.decisions().value();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().who, d.who);
        QCOMPARE(all.first().when, d.when);
        QCOMPARE(all.first().choice, TrustChoice::PinSha256);
        QCOMPARE(all.first().matchingType, 1);
        QCOMPARE(all.first().failedRules, d.failedRules);
        QCOMPARE(log.decisions(QStringLiteral("CC:DD")).value().size(), 0);

        TrustDecision incomplete = d;
        incomplete.who.clear();
        QCOMPARE(log.record(incomplete).error().code, QStringLiteral("inventory.trust.incomplete"));
    }
};

QTEST_GUILESS_MAIN(TrustDecisionLogTest)
#include "TrustDecisionLogTest.moc"
