// Known-answer tests for the vault's primitives and the KDF policy (S26).
#include "vault/VaultCrypto.h"

#include "ResultTestHelpers.h"

#include <QTest>

using namespace lwc;

class VaultCryptoTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Expected values from Python's hashlib.scrypt and `openssl kdf ... SCRYPT`
    // (both agree); the 64-byte form of the second is RFC 7914's vector 3
    // (N=2^14 there, below our floor, so the plumbing is checked at 2^15).
    void scryptKnownAnswer_data()
    {
        QTest::addColumn<QByteArray>("passphrase");
        QTest::addColumn<QByteArray>("salt");
        QTest::addColumn<int>("log2N");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("N=2^15 r=8 p=1") << QByteArray("correct horse battery staple") << QByteArray("0123456789abcdef")
                                        << 15
                                        << QByteArray::fromHex(
                                               "f6b71517e0d9f2e53beeacf71ffbf6f7e9f683c73cefb00e0915d242f0bf7ecd");
    }
    void scryptKnownAnswer()
    {
        QFETCH(QByteArray, passphrase);
        QFETCH(QByteArray, salt);
        QFETCH(int, log2N);
        QFETCH(QByteArray, expected);
        auto key = VaultCrypto::deriveKey(SecretBytes::copyOf(passphrase), salt, {quint8(log2N), 8, 1});
        QVERIFY2(key.ok(), test::errorText(key).constData());
        QVERIFY(key->equals(expected));
        auto other = VaultCrypto::deriveKey(SecretBytes::copyOf(passphrase), salt + 'x', {quint8(log2N), 8, 1});
        QVERIFY(other.ok() && !other->equals(expected));
    }

    void kdfFloorAndCeiling_S26_data()
    {
        QTest::addColumn<int>("log2N");
        QTest::addColumn<int>("r");
        QTest::addColumn<int>("p");
        QTest::addColumn<QString>("code"); // empty: accepted
        QTest::newRow("defaults") << 17 << 8 << 1 << QString();
        QTest::newRow("minimum") << 15 << 8 << 1 << QString();
        QTest::newRow("N below floor") << 14 << 8 << 1 << QStringLiteral("vault.kdfDowngrade");
        QTest::newRow("r below floor") << 15 << 7 << 1 << QStringLiteral("vault.kdfDowngrade");
        QTest::newRow("p zero") << 15 << 8 << 0 << QStringLiteral("vault.kdfDowngrade");
        QTest::newRow("N too large") << 21 << 8 << 1 << QStringLiteral("vault.kdfUnsupported");
        QTest::newRow("memory too large") << 20 << 16 << 1 << QStringLiteral("vault.kdfUnsupported");
        QTest::newRow("p too large") << 15 << 8 << 17 << QStringLiteral("vault.kdfUnsupported");
    }
    void kdfFloorAndCeiling_S26()
    {
        QFETCH(int, log2N);
        QFETCH(int, r);
        QFETCH(int, p);
        QFETCH(QString, code);
        const KdfParams params {quint8(log2N), quint32(r), quint32(p)};
        const Status s = VaultCrypto::checkKdfParams(params);
        QCOMPARE(s.ok() ? QString() : s.error().code, code);
        if (code == QLatin1String("vault.kdfDowngrade"))
            QCOMPARE(s.error().rule, Rule::S26);
        if (!code.isEmpty()) // deriveKey applies the same policy
            QCOMPARE(VaultCrypto::deriveKey(SecretBytes::copyOf("passphrase"), "salt", params).error().code, code);
    }

    void defaultsAreWithinRange()
    {
        QVERIFY(VaultCrypto::checkKdfParams(KdfParams::defaults()).ok());
        QCOMPARE(KdfParams::defaults().describe(), QStringLiteral("N=2^17 r=8 p=1"));
        QCOMPARE(KdfParams::defaults().memoryBytes(), quint64(128) * 8 * 131072 + 128 * 8);
    }

    // McGrew & Viega, "The Galois/Counter Mode of Operation", test case 16
    // (AES-256, 96-bit IV, with associated data).
    void gcmKnownAnswer()
    {
        const SecretBytes key = SecretBytes::copyOf(
            QByteArray::fromHex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308"));
        const QByteArray iv = QByteArray::fromHex("cafebabefacedbaddecaf888");
        const QByteArray plain = QByteArray::fromHex(
            "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5"
            "aa0de657ba637b39");
        const QByteArray aad = QByteArray::fromHex("feedfacedeadbeeffeedfacedeadbeefabaddad2");
        const QByteArray expected = QByteArray::fromHex(
            "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838c5f61e63"
            "93ba7a0abcc9f662"
            "76fc6ece0f4e1768cddf8853bb2d551b");
        auto sealed = VaultCrypto::encrypt(key, iv, aad, plain);
        QVERIFY(sealed.ok());
        QCOMPARE(sealed->toHex(), expected.toHex());
        auto opened = VaultCrypto::decrypt(key, iv, aad, expected);
        QVERIFY(opened.ok());
        QVERIFY(opened->equals(plain));
    }

    void gcmRejectsAnyChange_data()
    {
        QTest::addColumn<int>("what"); // 0 key, 1 nonce, 2 aad, 3 ciphertext, 4 tag, 5 short
        QTest::newRow("key") << 0;
        QTest::newRow("nonce") << 1;
        QTest::newRow("aad") << 2;
        QTest::newRow("ciphertext") << 3;
        QTest::newRow("tag") << 4;
        QTest::newRow("shorter than a tag") << 5;
    }
    void gcmRejectsAnyChange()
    {
        QFETCH(int, what);
        auto key = SecretBytes::random(32);
        QVERIFY(key.ok());
        QByteArray nonce = QByteArray(12, '\x01');
        QByteArray aad("record");
        auto sealed = VaultCrypto::encrypt(*key, nonce, aad, "some plaintext");
        QVERIFY(sealed.ok());
        QByteArray data = *sealed;
        SecretBytes useKey = key->clone();
        switch (what) {
        case 0:
            useKey.data()[0] ^= 1;
            break;
        case 1:
            nonce[0] = char(nonce[0] ^ 1);
            break;
        case 2:
            aad += '!';
            break;
        case 3:
            data[0] = char(data[0] ^ 1);
            break;
        case 4:
            data[data.size() - 1] = char(data[data.size() - 1] ^ 1);
            break;
        default:
            data.truncate(15);
        }
        auto opened = VaultCrypto::decrypt(useKey, nonce, aad, data);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, VaultCrypto::kAuthenticationFailed);
    }

    void badKeySizeIsAnError()
    {
        auto sealed = VaultCrypto::encrypt(SecretBytes::copyOf("short key"), QByteArray(12, '\0'), {}, "x");
        QCOMPARE(sealed.error().code, QStringLiteral("vault.crypto"));
        QVERIFY(!sealed.error().userText.isEmpty());
    }
};

QTEST_GUILESS_MAIN(VaultCryptoTest)
#include "VaultCryptoTest.moc"
