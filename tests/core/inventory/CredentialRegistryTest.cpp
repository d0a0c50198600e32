// Fleet uniqueness (S5, S12) on a real inventory: every test runs on SQLite
// and on PostgreSQL (data tags "sqlite" / "postgresql").
#include "inventory/CredentialRegistry.h"
#include "security/CredentialCodec.h"
#include "security/CredentialGenerator.h"
#include "security/OpenSslUtil.h"

#include "PostgresServer.h"
#include "TestPki.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace lwc;
using namespace lwc::inventory;
using namespace lwc::security;

class CredentialRegistryTest : public QObject {
    Q_OBJECT

    static std::unique_ptr<InventoryDatabase> openDb(const test::TestDatabase& tdb)
    {
        auto db = InventoryDatabase::open(tdb.options());
        if (!db.ok())
            qFatal("%s", qPrintable(db.error().toString()));
        return std::move(db).value();
    }

private Q_SLOTS:
    void duplicatePublicKeyRefused_S5_data() { test::addBackendColumn(); }
    void duplicatePublicKeyRefused_S5()
    {
        QFETCH(QString, backend);
        LWC_TEST_DATABASE(tdb, backend);
        auto db = openDb(tdb);
        CredentialRegistry registry(*db);
        const KeyPair key = CredentialGenerator::generateP256KeyPair().value();
        const auto fp = CredentialRegistry::publicKey(key.publicKeySpki).value();
        QVERIFY(registry.record(QStringLiteral("ep-1"), {fp}).ok());
        // Same endpoint again (a retried job) is fine.
        QVERIFY(registry.record(QStringLiteral("ep-1"), {fp}).ok());
        QCOMPARE(registry.count().value(), 1);
        // The same key in another encoding (raw X||Y) is the same key.
        const QByteArray raw = CredentialCodec::encodePublicKey(key.publicKeySpki, PublicKeyFormat::RawXY).value();
        const auto fpRaw = CredentialRegistry::publicKey(raw).value();
        QCOMPARE(fpRaw, fp);
        const Status refused = registry.checkUnique(QStringLiteral("ep-2"), {fpRaw});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().rule, Rule::S5);
        QVERIFY(refused.error().userText.contains(QLatin1String("ep-1")));
        QVERIFY(!registry.record(QStringLiteral("ep-2"), {fpRaw}).ok());
        QCOMPARE(registry.count().value(), 1);
    }

    void duplicatePskAndIdentityRefused_S5_data() { test::addBackendColumn(); }
    void duplicatePskAndIdentityRefused_S5()
    {
        QFETCH(QString, backend);
        LWC_TEST_DATABASE(tdb, backend);
        auto db = openDb(tdb);
        CredentialRegistry registry(*db);
        auto psk = CredentialGenerator::generatePsk(QStringLiteral("ep-1")).value();
        const auto pskFp = registry.psk(psk.key).value();
        QVERIFY(registry.record(QStringLiteral("ep-1"), {CredentialRegistry::pskIdentity(psk.identity), pskFp}).ok());
        const Status sameKey = registry.checkUnique(QStringLiteral("ep-2"), {registry.psk(psk.key).value()});
        QCOMPARE(sameKey.error().rule, Rule::S5);
        const Status sameIdentity
            = registry.checkUnique(QStringLiteral("ep-2"), {CredentialRegistry::pskIdentity(QStringLiteral("ep-1"))});
        QCOMPARE(sameIdentity.error().rule, Rule::S5);
        QVERIFY(registry.checkUnique(QStringLiteral("ep-2"), {CredentialRegistry::pskIdentity(QStringLiteral("ep-2"))})
                    .ok());
    }

    void pskIsNeverStored_S26_data() { test::addBackendColumn(); }
    void pskIsNeverStored_S26()
    {
        QFETCH(QString, backend);
        LWC_TEST_DATABASE(tdb, backend);
        auto psk = CredentialGenerator::generatePsk(QStringLiteral("ep-1")).value();
        QByteArray content;
        {
            auto db = openDb(tdb);
            CredentialRegistry registry(*db);
            QVERIFY(registry.record(QStringLiteral("ep-1"), {registry.psk(psk.key).value()}).ok());
            // Keyed: a plain SHA-256 of the PSK is not what is stored.
            QVERIFY(registry.psk(psk.key)->fingerprint != QString::fromLatin1(sha256(psk.key.view()).toHex()));
            if (tdb.isPostgres()) {
                // Everything the tables hold, as text.
                QSqlQuery q(db->database());
                QVERIFY(q.exec(QStringLiteral("SELECT endpoint || kind || fingerprint FROM credentials UNION ALL "
                                              "SELECT name || value FROM inventory_meta")));
                while (q.next())
                    content += q.value(0).toString().toUtf8();
                QVERIFY(!content.isEmpty());
            }
        }
        if (!tdb.isPostgres()) {
            QFile f(tdb.options().databaseName);
            QVERIFY(f.open(QIODevice::ReadOnly));
            content = f.readAll();
        }
        QVERIFY(!content.contains(psk.key.view().toByteArray()));
        QVERIFY(!content.contains(psk.key.view().toByteArray().toHex()));
        QVERIFY(!content.contains(psk.key.view().toByteArray().toBase64()));
    }

    void saltIsPerDatabase_data() { test::addBackendColumn(); }
    void saltIsPerDatabase()
    {
        QFETCH(QString, backend);
        LWC_TEST_DATABASE(tdbA, backend);
        LWC_TEST_DATABASE(tdbB, backend);
        auto a = openDb(tdbA);
        auto b = openDb(tdbB);
        CredentialRegistry ra(*a);
        CredentialRegistry rb(*b);
        const SecretBytes key = SecretBytes::random(16).value();
        QVERIFY(ra.psk(key)->fingerprint != rb.psk(key)->fingerprint);
        QCOMPARE(ra.psk(key)->fingerprint, CredentialRegistry(*a).psk(key)->fingerprint);
    }

    void certificateAndItsKeyAreUnique_S5_data() { test::addBackendColumn(); }
    void certificateAndItsKeyAreUnique_S5()
    {
        QFETCH(QString, backend);
        LWC_TEST_DATABASE(tdb, backend);
        auto db = openDb(tdb);
        CredentialRegistry registry(*db);
        const test::TestCert root = test::makeCert(test::caSpec(QStringLiteral("Root")));
        test::TestKey shared = test::makeEcKey();
        const test::TestCert first = test::makeCert(test::clientSpec(QStringLiteral("ep-1")),
                                                    test::TestKey {shared.pkcs8.clone(), shared.spki}, &root);
        const test::TestCert second
            = test::makeCert(test::clientSpec(QStringLiteral("ep-2")), std::move(shared), &root);
        QVERIFY(registry.record(QStringLiteral("ep-1"), CredentialRegistry::certificate(first.der).value()).ok());
        // A different certificate for the same key pair is still the same key pair.
        const Status refused
            = registry.record(QStringLiteral("ep-2"), CredentialRegistry::certificate(second.der).value());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().rule, Rule::S5);
        const auto records = registry.credentialsOf(QStringLiteral("ep-1")).value();
        QCOMPARE(records.size(), 2);
    }

    void clientKeyNeverEqualsServerKey_S12_data() { test::addBackendColumn(); }
    void clientKeyNeverEqualsServerKey_S12()
    {
        QFETCH(QString, backend);
        LWC_TEST_DATABASE(tdb, backend);
        auto db = openDb(tdb);
        CredentialRegistry registry(*db);
        const KeyPair server = CredentialGenerator::generateP256KeyPair().value();
        QVERIFY(registry
                    .record(QStringLiteral("bootstrap-server"),
                            {CredentialRegistry::serverKey(server.publicKeySpki).value()})
                    .ok());
        const Status asClient = registry.checkUnique(QStringLiteral("ep-1"),
                                                     {CredentialRegistry::publicKey(server.publicKeySpki).value()});
        QCOMPARE(asClient.error().rule, Rule::S12);

        const KeyPair client = CredentialGenerator::generateP256KeyPair().value();
        QVERIFY(registry.record(QStringLiteral("ep-2"), {CredentialRegistry::publicKey(client.publicKeySpki).value()})
                    .ok());
        const Status asServer = registry.checkUnique(QStringLiteral("lwm2m-server"),
                                                     {CredentialRegistry::serverKey(client.publicKeySpki).value()});
        QCOMPARE(asServer.error().rule, Rule::S12);
    }

    void batchIsAllOrNothing_S5_data() { test::addBackendColumn(); }
    void batchIsAllOrNothing_S5()
    {
        QFETCH(QString, backend);
        LWC_TEST_DATABASE(tdb, backend);
        auto db = openDb(tdb);
        CredentialRegistry registry(*db);
        const auto a = CredentialRegistry::pskIdentity(QStringLiteral("a"));
        const auto b = CredentialRegistry::pskIdentity(QStringLiteral("b"));
        const Status refused = registry.recordBatch(
            {{QStringLiteral("ep-a"), {a}}, {QStringLiteral("ep-b"), {b}}, {QStringLiteral("ep-c"), {a}}});
        QCOMPARE(refused.error().rule, Rule::S5);
        QCOMPARE(registry.count().value(), 0);
    }

    // The acceptance check: 10,000 endpoints, each with a PSK identity,
    // a PSK and a P-256 key pair, are all unique; one injected duplicate is
    // refused with S5. (Timing is measured by bench_credentials, not here.)
    void tenThousandEndpointsUnique_S5_data() { test::addBackendColumn(); }
    void tenThousandEndpointsUnique_S5()
    {
        QFETCH(QString, backend);
        LWC_TEST_DATABASE(tdb, backend);
        auto db = openDb(tdb);
        CredentialRegistry registry(*db);
        constexpr int kEndpoints = 10000;
        QList<EndpointCredentials> batch;
        batch.reserve(kEndpoints);
        QSet<QString> seen;
        KeyPair keep;
        for (int i = 0; i < kEndpoints; ++i) {
            const QString ep = QStringLiteral("urn:dev:ops:%1").arg(i, 6, 10, QLatin1Char('0'));
            auto psk = CredentialGenerator::generatePsk(ep);
            auto key = CredentialGenerator::generateP256KeyPair();
            QVERIFY(psk.ok() && key.ok());
            EndpointCredentials entry {ep,
                                       {CredentialRegistry::pskIdentity(psk->identity), registry.psk(psk->key).value(),
                                        CredentialRegistry::publicKey(key->publicKeySpki).value()}};
            for (const CredentialFingerprint& c : entry.credentials)
                seen.insert(credentialKindName(c.kind) + c.fingerprint);
            batch << entry;
            if (i == 4711)
                keep = std::move(key).value();
        }
        QCOMPARE(seen.size(), 3 * kEndpoints); // no duplicate among what was generated
        const Status recorded = registry.recordBatch(batch);
        QVERIFY2(recorded.ok(), qPrintable(recorded.ok() ? QString() : recorded.error().toString()));
        QCOMPARE(registry.count().value(), 3 * kEndpoints);

        // Injected duplicate: endpoint 10,000 gets endpoint 4711's key pair.
        const Status injected = registry.record(QStringLiteral("urn:dev:ops:010000"),
                                                {CredentialRegistry::publicKey(keep.publicKeySpki).value()});
        QVERIFY(!injected.ok());
        QCOMPARE(injected.error().rule, Rule::S5);
        QVERIFY(injected.error().userText.contains(QLatin1String("urn:dev:ops:004711")));
        QCOMPARE(registry.count().value(), 3 * kEndpoints);
    }
};

QTEST_GUILESS_MAIN(CredentialRegistryTest)
#include "CredentialRegistryTest.moc"
