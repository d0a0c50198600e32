// The bytes for /0/x/3, /0/x/4, /0/x/5 per device profile (S21-S23).
#include "security/SecurityObjectKeys.h"
#include "security/CredentialCodec.h"
#include "security/CredentialGenerator.h"

#include "TestPki.h"

#include <QTest>

using namespace lwc;
using namespace lwc::security;
using namespace lwc::test;

class SecurityObjectKeysTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pskMode_S21()
    {
        auto psk = CredentialGenerator::generatePsk(QStringLiteral("Zähler-7"));
        auto keys = SecurityObjectKeys::forPsk(psk->identity, psk->key);
        QVERIFY(keys.ok());
        QCOMPARE(keys->mode, SecurityMode::Psk);
        QCOMPARE(keys->publicKeyOrIdentity, QStringLiteral("Zähler-7").toUtf8());
        QVERIFY(keys->serverPublicKey.isEmpty());
        QVERIFY(keys->secretKey.equals(psk->key));
        QCOMPARE(keys->secretKey.size(), 16);
        const auto weak = SecurityObjectKeys::forPsk(QStringLiteral("ep"), SecretBytes::copyOf("0123456789abcdef"));
        QVERIFY(!weak.ok());
        QCOMPARE(weak.error().rule, Rule::S3);
    }

    void rpkModePerProfile_S22_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<int>("res3Size");
        QTest::addColumn<int>("res5Size");
        QTest::newRow("default: SPKI + PKCS#8") << "default" << 91 << 138;
        QTest::newRow("raw: X||Y + scalar") << "raw" << 64 << 32;
        QTest::newRow("uncompressed: 04||X||Y + scalar") << "uncompressed" << 65 << 32;
        QTest::newRow("sec1: SPKI + SEC1") << "sec1" << 91 << 121;
    }
    void rpkModePerProfile_S22()
    {
        QFETCH(QString, profile);
        QFETCH(int, res3Size);
        QFETCH(int, res5Size);
        const KeyPair client = CredentialGenerator::generateP256KeyPair().value();
        const KeyPair server = CredentialGenerator::generateP256KeyPair().value();
        const DeviceKeyProfile p = DeviceKeyProfile::fromName(profile).value();
        // The server key may arrive in any encoding (here raw X||Y).
        const QByteArray serverRaw
            = CredentialCodec::encodePublicKey(server.publicKeySpki, PublicKeyFormat::RawXY).value();
        auto keys = SecurityObjectKeys::forRpk(client.privateKeyPkcs8, serverRaw, p);
        QVERIFY2(keys.ok(), qPrintable(keys.ok() ? QString() : keys.error().toString()));
        QCOMPARE(keys->mode, SecurityMode::Rpk);
        QCOMPARE(keys->publicKeyOrIdentity.size(), res3Size);
        QCOMPARE(keys->serverPublicKey.size(), res3Size);
        QCOMPARE(keys->secretKey.size(), res5Size);
        QCOMPARE(keys->profile, p.describe());
        // Each resource decodes back to the original key.
        QCOMPARE(CredentialCodec::parsePublicKey(keys->publicKeyOrIdentity)->spki, client.publicKeySpki);
        QCOMPARE(CredentialCodec::parsePublicKey(keys->serverPublicKey)->spki, server.publicKeySpki);
        QVERIFY(CredentialCodec::parsePrivateKey(keys->secretKey)->pkcs8.equals(client.privateKeyPkcs8));
    }

    void rpkRefusesSharedOrWeakKeys_S12_S11()
    {
        const KeyPair pair = CredentialGenerator::generateP256KeyPair().value();
        auto same = SecurityObjectKeys::forRpk(pair.privateKeyPkcs8, pair.publicKeySpki);
        QVERIFY(!same.ok());
        QCOMPARE(same.error().rule, Rule::S12);
        const TestKey weak = makeEcKey("P-192");
        auto weakClient = SecurityObjectKeys::forRpk(weak.pkcs8, pair.publicKeySpki);
        QVERIFY(!weakClient.ok());
        QCOMPARE(weakClient.error().rule, Rule::S11);
    }

    void certificateMode_S23()
    {
        const TestCert root = makeCert(caSpec(QStringLiteral("Root")));
        const TestCert client = makeCert(clientSpec(QStringLiteral("ep")), &root);
        const TestCert server = makeCert(serverSpec(QStringLiteral("srv"), {QStringLiteral("srv.example.com")}), &root);
        auto keys = SecurityObjectKeys::forCertificate(client.der, client.keyPkcs8, root.der,
                                                       DeviceKeyProfile::fromName(u"raw").value());
        QVERIFY(keys.ok());
        QCOMPARE(keys->mode, SecurityMode::Certificate);
        QCOMPARE(keys->publicKeyOrIdentity, client.der);
        QCOMPARE(keys->serverPublicKey, root.der);
        QCOMPARE(keys->secretKey.size(), 32);

        auto mismatch = SecurityObjectKeys::forCertificate(client.der, server.keyPkcs8, root.der);
        QVERIFY(!mismatch.ok());
        QCOMPARE(mismatch.error().rule, Rule::S23);

        const TestCert reused
            = makeCert(serverSpec(QStringLiteral("srv2")), TestKey {client.keyPkcs8.clone(), client.spki}, &root);
        auto shared = SecurityObjectKeys::forCertificate(client.der, client.keyPkcs8, reused.der);
        QVERIFY(!shared.ok());
        QCOMPARE(shared.error().rule, Rule::S12);
    }
};

QTEST_GUILESS_MAIN(SecurityObjectKeysTest)
#include "SecurityObjectKeysTest.moc"
