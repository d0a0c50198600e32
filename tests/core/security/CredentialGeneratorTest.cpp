#include "security/CredentialGenerator.h"
#include "security/KeyPolicy.h"
#include "security/OpenSslUtil.h"

#include "common/Log.h"

#include "LogCapture.h"

#include <array>
#include <QSet>
#include <QTest>

using namespace lwc;
using namespace lwc::security;

namespace {

QCoro::Task<std::shared_ptr<Result<KeyPair>>> keyPairInTask()
{
    auto r = co_await CredentialGenerator::generateP256KeyPairAsync();
    co_return std::make_shared<Result<KeyPair>>(std::move(r));
}

} // namespace

class CredentialGeneratorTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pskFromCsprng_S3_data()
    {
        QTest::addColumn<int>("bytes");
        QTest::addColumn<bool>("ok");
        QTest::newRow("default 16") << 0 << true;
        QTest::newRow("32 on request") << 32 << true;
        QTest::newRow("8 refused") << 8 << false;
        QTest::newRow("24 refused") << 24 << false;
    }
    void pskFromCsprng_S3()
    {
        QFETCH(int, bytes);
        QFETCH(bool, ok);
        PskOptions options;
        if (bytes)
            options.keyBytes = bytes;
        auto a = CredentialGenerator::generatePsk(QStringLiteral("urn:dev:1"), options);
        QCOMPARE(a.ok(), ok);
        if (!ok) {
            QCOMPARE(a.error().rule, Rule::S3);
            return;
        }
        auto b = CredentialGenerator::generatePsk(QStringLiteral("urn:dev:1"), options);
        QCOMPARE(a->key.size(), bytes ? bytes : 16);
        QVERIFY(!a->key.equals(b->key));
        QCOMPARE(a->identity, QStringLiteral("urn:dev:1"));
        QVERIFY(CredentialGenerator::checkPskStrength(a->key).ok());
    }

    void identitySchemes_S8()
    {
        PskOptions prefixed;
        prefixed.scheme = PskIdentityScheme::PrefixedEndpoint;
        prefixed.prefix = QStringLiteral("bs-");
        QCOMPARE(CredentialGenerator::pskIdentity(QStringLiteral("ep"), prefixed).value(), QStringLiteral("bs-ep"));
        PskOptions random;
        random.scheme = PskIdentityScheme::Random;
        random.prefix = QStringLiteral("id-");
        const QString r1 = CredentialGenerator::pskIdentity(QStringLiteral("ep"), random).value();
        const QString r2 = CredentialGenerator::pskIdentity(QStringLiteral("ep"), random).value();
        QVERIFY(r1.startsWith(QLatin1String("id-")));
        QCOMPARE(r1.size(), 3 + 32);
        QVERIFY(r1 != r2);
        QVERIFY(!r1.contains(QLatin1String("ep")));
    }

    void identityLength_S8_data()
    {
        QTest::addColumn<QString>("identity");
        QTest::addColumn<QString>("code");
        QTest::newRow("128 bytes") << QString(128, u'a') << "";
        QTest::newRow("256 bytes") << QString(256, u'a') << "";
        QTest::newRow("257 bytes") << QString(257, u'a') << "security.psk.identityTooLong";
        QTest::newRow("128 umlauts = 256 bytes") << QString(128, u'ä') << "";
        QTest::newRow("129 umlauts = 258 bytes") << QString(129, u'ä') << "security.psk.identityTooLong";
        QTest::newRow("empty") << QString() << "security.psk.identityEmpty";
        QTest::newRow("NUL") << QStringLiteral("a") + QChar(0) + QStringLiteral("b") << "security.psk.identityControl";
        QTest::newRow("newline") << QStringLiteral("a\nb") << "security.psk.identityControl";
        QTest::newRow("lone surrogate") << QString(QChar(0xD800)) << "security.psk.identityEncoding";
    }
    void identityLength_S8()
    {
        QFETCH(QString, identity);
        QFETCH(QString, code);
        const Status s = CredentialGenerator::validatePskIdentity(identity);
        QCOMPARE(s.ok(), code.isEmpty());
        if (!s.ok()) {
            QCOMPARE(s.error().code, code);
            QCOMPARE(s.error().rule, Rule::S8);
        }
    }

    void userPskEntropy_S3_data()
    {
        QTest::addColumn<QByteArray>("psk");
        QTest::addColumn<bool>("accepted");
        const QByteArray random = QByteArray::fromHex("2d711642b726b04401627ca9fbac32f5"); // SHA-256("x")[0..15]
        QTest::newRow("16 random bytes") << random << true;
        QTest::newRow("typed hex text") << QByteArray("0123456789abcdef") << false;
        QTest::newRow("password") << QByteArray("Passw0rd!Passw0rd!") << false;
        QTest::newRow("zeros") << QByteArray(16, '\0') << false;
        QTest::newRow("counting") << QByteArray("\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f", 16)
                                  << false;
        QTest::newRow("two values") << QByteArray("\x01\x02\x01\x02\x01\x02\x01\x02\x01\x02\x01\x02\x01\x02\x01\x02",
                                                  16)
                                    << false;
        QTest::newRow("12 bytes") << random.left(12) << false;
        QTest::newRow("long random text") << QByteArray("q8Z!mR2#vL9@xT4$kP7%wN3^hB6&jF1*") << true;
    }
    void userPskEntropy_S3()
    {
        QFETCH(QByteArray, psk);
        QFETCH(bool, accepted);
        const Status s = CredentialGenerator::checkPskStrength(SecretBytes::copyOf(psk));
        QCOMPARE(s.ok(), accepted);
        if (!s.ok())
            QCOMPARE(s.error().rule, Rule::S3);
    }

    void pinIsNumericAndUniform_S4()
    {
        std::array<int, 10> counts {};
        for (int i = 0; i < 500; ++i) {
            auto pin = CredentialGenerator::generatePin(20);
            QVERIFY(pin.ok());
            QCOMPARE(pin->size(), 20);
            for (qsizetype j = 0; j < pin->size(); ++j) {
                const unsigned char c = pin->data()[j];
                QVERIFY(c >= '0' && c <= '9');
                ++counts[c - '0'];
            }
        }
        // 10,000 digits: each should be near 1,000; 800..1200 is > 6 sigma.
        for (int c : counts)
            QVERIFY2(c > 800 && c < 1200, qPrintable(QString::number(c)));
        QCOMPARE(CredentialGenerator::generatePin().value().size(), CredentialGenerator::kDefaultPinLength);
    }

    void pinLengthLimits_S4()
    {
        QVERIFY(CredentialGenerator::generatePin(CredentialGenerator::kMinPinLength).ok());
        QVERIFY(CredentialGenerator::generatePin(CredentialGenerator::kMaxPinLength).ok());
        const auto tooShort = CredentialGenerator::generatePin(CredentialGenerator::kMinPinLength - 1);
        QVERIFY(!tooShort.ok());
        QCOMPARE(tooShort.error().rule, Rule::S4);
        QVERIFY(!CredentialGenerator::generatePin(CredentialGenerator::kMaxPinLength + 1).ok());
    }

    void p256KeyPairs_S11()
    {
        QSet<QByteArray> seen;
        for (int i = 0; i < 20; ++i) {
            auto pair = CredentialGenerator::generateP256KeyPair();
            QVERIFY(pair.ok());
            EvpPkeyPtr pub = publicKeyFromSpki(pair->publicKeySpki);
            QVERIFY(pub);
            const KeyInfo info = KeyPolicy::describeKey(pub.get());
            QCOMPARE(info.curve, QStringLiteral("P-256"));
            QCOMPARE(info.bits, 256);
            QVERIFY(KeyPolicy::isKeyStrongEnough(info));
            EvpPkeyPtr priv = privateKeyFromPkcs8(pair->privateKeyPkcs8);
            QVERIFY(priv);
            QCOMPARE(EVP_PKEY_eq(priv.get(), pub.get()), 1);
            // The P-256 fast path writes exactly what OpenSSL's encoders write.
            QCOMPARE(pair->publicKeySpki, publicKeyToSpki(priv.get()));
            QVERIFY(pair->privateKeyPkcs8.equals(privateKeyToPkcs8(priv.get()).value()));
            QVERIFY(!seen.contains(pair->publicKeySpki));
            seen.insert(pair->publicKeySpki);
        }
        const auto async = QCoro::waitFor(keyPairInTask());
        QVERIFY(async->ok());
        QVERIFY(!seen.contains(async->value().publicKeySpki));
    }

    void secretsNeverLogged_S26()
    {
        test::LogCapture log;
        auto psk = CredentialGenerator::generatePsk(QStringLiteral("urn:dev:log"));
        QVERIFY(psk.ok());
        qCInfo(lcSecurity).noquote() << "generated" << psk->key
                                     << QString::fromLatin1(psk->key.view().toByteArray().toHex());
        QVERIFY(log.contains(u"<secret:16 bytes>"));
        QVERIFY(!log.contains(QString::fromLatin1(psk->key.view().toByteArray().toHex())));
    }
};

QTEST_GUILESS_MAIN(CredentialGeneratorTest)
#include "CredentialGeneratorTest.moc"
