#include "security/LocalCa.h"
#include "security/CertificateVerifier.h"
#include "security/CredentialCodec.h"
#include "security/CredentialGenerator.h"
#include "security/FileCaKeyStore.h"
#include "security/OpenSslUtil.h"

#include "MockClock.h"
#include "TestPki.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace lwc;
using namespace lwc::security;
using namespace lwc::test;

namespace {

const ScryptParameters kFastScrypt {1024, 8, 1}; // tests only: the real default is N=16384

LocalCa makeCa(const Clock& clock)
{
    auto ca = LocalCa::create({QStringLiteral("Test Local CA"), QStringLiteral("ACME"), 3650}, clock);
    if (!ca.ok())
        qFatal("%s", qPrintable(ca.error().toString()));
    return std::move(ca).value();
}

} // namespace

class LocalCaTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void createdCaIsP256SelfSignedCa_S11()
    {
        MockClock clock;
        const LocalCa ca = makeCa(clock);
        const CertificateInfo info = ca.info();
        QVERIFY(info.isCa);
        QVERIFY(info.selfSigned);
        QCOMPARE(info.key.curve, QStringLiteral("P-256"));
        QCOMPARE(info.signature.algorithm, QStringLiteral("ecdsa-with-SHA256"));
        QCOMPARE(info.subjectCommonNames, QStringList {QStringLiteral("Test Local CA")});
        QCOMPARE(info.notAfter, clock.now().addDays(3650));
        auto unnamed = LocalCa::create({}, clock);
        QVERIFY(unnamed->info().subjectCommonNames.first().startsWith(QLatin1String("LwM2M Commissioner Local CA ")));
    }

    void clientCertificateCarriesEndpoint_S18()
    {
        MockClock clock;
        const LocalCa ca = makeCa(clock);
        const KeyPair device = CredentialGenerator::generateP256KeyPair().value();
        IssueOptions options;
        options.subjectAltNames << SubjectAltName {SubjectAltName::Type::Uri, QStringLiteral("urn:dev:ops:42"), {}};
        const auto cert = ca.issueClientCertificate(QStringLiteral("urn:dev:ops:42"), device.publicKeySpki, options);
        QVERIFY2(cert.ok(), qPrintable(cert.ok() ? QString() : cert.error().toString()));
        const CertificateInfo info = CertificateInfo::fromDer(*cert).value();
        QCOMPARE(info.subjectCommonNames, QStringList {QStringLiteral("urn:dev:ops:42")});
        QCOMPARE(info.signature.algorithm, QStringLiteral("ecdsa-with-SHA256"));
        QCOMPARE(info.version, 3);
        QVERIFY(!info.isCa);
        QCOMPARE(info.subjectAltNames.size(), 1);
        QCOMPARE(info.notAfter, clock.now().addDays(730));
        QCOMPARE(info.serialHex.size(), 32);

        // The bootstrap server's check accepts it for that endpoint only.
        CertificateVerifier verifier(clock);
        auto ok = verifier.verifyClientCertificate({*cert}, {ca.certificateDer()}, QStringLiteral("urn:dev:ops:42"));
        QVERIFY(ok->trusted);
        auto other = verifier.verifyClientCertificate({*cert}, {ca.certificateDer()}, QStringLiteral("urn:dev:ops:43"));
        QVERIFY(!other->trusted);
        QCOMPARE(other->failedRules(), QList<Rule> {Rule::S18});
    }

    void issuanceRefusals_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("rule");
        QTest::newRow("empty endpoint") << ""
                                        << "P-256" << int(Rule::S18);
        QTest::newRow("65-char endpoint") << QString(65, u'e') << "P-256" << int(Rule::S18);
        QTest::newRow("control char") << "ep\t1"
                                      << "P-256" << int(Rule::S18);
        QTest::newRow("P-192 device key") << "ep"
                                          << "P-192" << int(Rule::S11);
        QTest::newRow("RSA-1024 device key") << "ep"
                                             << "RSA-1024" << int(Rule::S11);
        QTest::newRow("CA's own key") << "ep"
                                      << "ca" << int(Rule::S12);
    }
    void issuanceRefusals()
    {
        QFETCH(QString, endpoint);
        QFETCH(QString, key);
        QFETCH(int, rule);
        MockClock clock;
        const LocalCa ca = makeCa(clock);
        QByteArray spki;
        if (key == QLatin1String("ca"))
            spki = publicKeyToSpki(X509_get0_pubkey(x509FromDer(ca.certificateDer()).get()));
        else if (key == QLatin1String("RSA-1024"))
            spki = makeRsaKey(1024).spki;
        else
            spki = makeEcKey(key.toLatin1().constData()).spki;
        const auto cert = ca.issueClientCertificate(endpoint, spki);
        QVERIFY(!cert.ok());
        QCOMPARE(int(cert.error().rule), rule);
    }

    void validityIsCappedAtTheCa_S19()
    {
        MockClock clock;
        const LocalCa ca = makeCa(clock);
        clock.advanceDays(3650 - 10); // ten days left
        const KeyPair device = CredentialGenerator::generateP256KeyPair().value();
        const auto cert = ca.issueClientCertificate(QStringLiteral("ep"), device.publicKeySpki);
        QVERIFY(cert.ok());
        QCOMPARE(CertificateInfo::fromDer(*cert)->notAfter, ca.info().notAfter);
        clock.advanceDays(11);
        const auto late = ca.issueClientCertificate(QStringLiteral("ep"), device.publicKeySpki);
        QVERIFY(!late.ok());
        QCOMPARE(late.error().rule, Rule::S19);
    }

    void serverCertificateListsHosts_S16()
    {
        MockClock clock;
        const LocalCa ca = makeCa(clock);
        const KeyPair server = CredentialGenerator::generateP256KeyPair().value();
        const auto cert = ca.issueServerCertificate({QStringLiteral("bs.acme.com"), QStringLiteral("192.0.2.5")},
                                                    server.publicKeySpki);
        QVERIFY(cert.ok());
        CertificateVerifier verifier(clock);
        for (const QString& host : {QStringLiteral("bs.acme.com"), QStringLiteral("192.0.2.5")}) {
            VerificationRequest r;
            r.peerChain << *cert;
            r.trustAnchors << ca.certificateDer();
            r.host = host;
            QVERIFY(verifier.verify(r)->trusted);
        }
        QVERIFY(!ca.issueServerCertificate({QStringLiteral("*.acme.com")}, server.publicKeySpki).ok());
    }

    void importChecksTheCa_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<QString>("code");
        QTest::newRow("good") << "good"
                              << "";
        QTest::newRow("not a CA") << "leaf"
                                  << "security.ca.notCa";
        QTest::newRow("key mismatch") << "mismatch"
                                      << "security.ca.keyMismatch";
        QTest::newRow("SHA-1 CA") << "sha1"
                                  << "security.signature.weakHash";
        QTest::newRow("P-192 CA") << "p192"
                                  << "security.key.tooWeak";
        QTest::newRow("expired CA") << "expired"
                                    << "security.ca.expired";
    }
    void importChecksTheCa()
    {
        QFETCH(QString, variant);
        QFETCH(QString, code);
        MockClock clock(QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC));
        CertificateSpec spec = caSpec(QStringLiteral("Imported CA"));
        if (variant == QLatin1String("leaf"))
            spec = clientSpec(QStringLiteral("not a ca"));
        if (variant == QLatin1String("sha1"))
            spec.digest = QStringLiteral("SHA1");
        if (variant == QLatin1String("expired"))
            spec.notAfter = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
        TestCert cert = makeCert(spec, makeEcKey(variant == QLatin1String("p192") ? "P-192" : "P-256"));
        SecretBytes key = variant == QLatin1String("mismatch") ? makeEcKey().pkcs8 : std::move(cert.keyPkcs8);
        const auto ca = LocalCa::import(cert.der, std::move(key), clock);
        QCOMPARE(ca.ok(), code.isEmpty());
        if (!ca.ok())
            QCOMPARE(ca.error().code, code);
    }

    void fileStoreKeepsKeyEncrypted_S26()
    {
        QTemporaryDir dir;
        MockClock clock;
        const LocalCa ca = makeCa(clock);
        const QString caDir = dir.filePath(QStringLiteral("ca"));
        FileCaKeyStore store(caDir, SecretBytes::copyOf("a long passphrase"), kFastScrypt);
        QVERIFY(!store.exists());
        QVERIFY(ca.save(store).ok());
        QVERIFY(store.exists());

        QFile keyFile(store.keyPath());
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        const QByteArray keyPem = keyFile.readAll();
        QVERIFY(keyPem.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
        QCOMPARE(keyFile.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        QCOMPARE(QFile(caDir).permissions() & (QFile::ReadOther | QFile::ExeOther), QFile::Permissions());

        // The plaintext key appears nowhere in the file, in any form.
        FileCaKeyStore reader(caDir, SecretBytes::copyOf("a long passphrase"), kFastScrypt);
        auto loaded = LocalCa::load(reader, clock);
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().toString()));
        QCOMPARE(loaded->certificateDer(), ca.certificateDer());
        auto raw = CredentialCodec::encodePrivateKey(reader.load()->privateKeyPkcs8, PrivateKeyFormat::Raw);
        QVERIFY(!keyPem.contains(raw->view().toByteArray()));
        QVERIFY(!keyPem.contains(raw->view().toByteArray().toBase64()));

        FileCaKeyStore wrong(caDir, SecretBytes::copyOf("another passphrase"), kFastScrypt);
        QCOMPARE(LocalCa::load(wrong, clock).error().code, QStringLiteral("security.key.wrongPassphrase"));
    }

    void fileStoreRefusesPlaintext_S26()
    {
        QTemporaryDir dir;
        MockClock clock;
        const LocalCa ca = makeCa(clock);
        FileCaKeyStore weak(dir.filePath(QStringLiteral("weak")), SecretBytes::copyOf("short"), kFastScrypt);
        const Status refused = ca.save(weak);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().rule, Rule::S26);
        QVERIFY(!QFile::exists(weak.keyPath()));

        // Somebody put an unencrypted key into the folder: refused, not used.
        FileCaKeyStore store(dir.filePath(QStringLiteral("ca")), SecretBytes::copyOf("a long passphrase"), kFastScrypt);
        QVERIFY(ca.save(store).ok());
        const TestKey plain = makeEcKey();
        QFile f(store.keyPath());
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(CredentialCodec::encodeSecretOutput(plain.pkcs8, OutputEncoding::Pem, QStringLiteral("PRIVATE KEY"))
                    ->view()
                    .toByteArray());
        f.close();
        const auto loaded = store.load();
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, QStringLiteral("security.ca.keyNotEncrypted"));
        QCOMPARE(loaded.error().rule, Rule::S26);
    }
};

QTEST_GUILESS_MAIN(LocalCaTest)
#include "LocalCaTest.moc"
