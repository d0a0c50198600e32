// The vault header format: exact layout, strict parsing.
#include "vault/VaultHeader.h"

#include "ResultTestHelpers.h"

#include <QCryptographicHash>
#include <QTest>

using namespace lwc;

namespace {

VaultHeader sample(bool keychain)
{
    VaultHeader h;
    h.kdf = {16, 8, 2};
    h.salt = QByteArray(16, '\x11');
    h.keyId = QByteArray::fromHex("0102030405060708");
    h.passphraseWrap = QByteArray(VaultHeader::kWrapSize, '\x22');
    if (keychain)
        h.keychainWrap = QByteArray(VaultHeader::kWrapSize, '\x33');
    return h;
}

} // namespace

class VaultHeaderTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void layoutIsExact()
    {
        const QByteArray bytes = sample(false).serialize();
        QCOMPARE(bytes.size(), VaultHeader::kSizeWithoutKeychain);
        QCOMPARE(bytes.left(8), QByteArray("LWCVAULT"));
        QCOMPARE(int(bytes[8]), 1); // format version
        QCOMPARE(int(bytes[9]), 1); // scrypt
        QCOMPARE(int(bytes[10]), 16); // log2 N
        QCOMPARE(bytes.mid(11, 4), QByteArray("\x00\x00\x00\x08", 4));
        QCOMPARE(bytes.mid(15, 4), QByteArray("\x00\x00\x00\x02", 4));
        QCOMPARE(bytes.mid(19, 16), QByteArray(16, '\x11'));
        QCOMPARE(bytes.mid(35, 8).toHex(), QByteArray("0102030405060708"));
        QCOMPARE(bytes.mid(43, 60), QByteArray(60, '\x22'));
        QCOMPARE(int(bytes[103]), 0);
        QCOMPARE(bytes.right(32), QCryptographicHash::hash(bytes.left(104), QCryptographicHash::Sha256));

        const QByteArray withKeychain = sample(true).serialize();
        QCOMPARE(withKeychain.size(), VaultHeader::kSizeWithKeychain);
        QCOMPARE(int(withKeychain[103]), 1);
        QCOMPARE(withKeychain.mid(104, 60), QByteArray(60, '\x33'));
    }

    void roundTrip_data()
    {
        QTest::addColumn<bool>("keychain");
        QTest::newRow("passphrase only") << false;
        QTest::newRow("with keychain wrap") << true;
    }
    void roundTrip()
    {
        QFETCH(bool, keychain);
        const VaultHeader h = sample(keychain);
        auto parsed = VaultHeader::parse(h.serialize());
        QVERIFY2(parsed.ok(), test::errorText(parsed).constData());
        QVERIFY(*parsed == h);
        QCOMPARE(parsed->hasKeychainWrap(), keychain);
    }

    // The passphrase wrap is bound to the KDF fields; the keychain wrap is
    // not (a passphrase change keeps it valid), but both to the key id.
    void associatedDataBindsTheRightFields()
    {
        const VaultHeader h = sample(true);
        VaultHeader changedKdf = h;
        changedKdf.kdf.log2N = 17;
        changedKdf.salt[0] = 'x';
        QVERIFY(h.associatedData(VaultHeader::WrapSlot::Passphrase)
                != changedKdf.associatedData(VaultHeader::WrapSlot::Passphrase));
        QCOMPARE(h.associatedData(VaultHeader::WrapSlot::Keychain),
                 changedKdf.associatedData(VaultHeader::WrapSlot::Keychain));
        VaultHeader changedId = h;
        changedId.keyId[0] = 'x';
        QVERIFY(h.associatedData(VaultHeader::WrapSlot::Keychain)
                != changedId.associatedData(VaultHeader::WrapSlot::Keychain));
        QVERIFY(h.associatedData(VaultHeader::WrapSlot::Passphrase)
                != changedId.associatedData(VaultHeader::WrapSlot::Passphrase));
    }

    void wrapRoundTripAndWrongKey()
    {
        auto kek = SecretBytes::random(32);
        auto dataKey = SecretBytes::random(32);
        QVERIFY(kek.ok() && dataKey.ok());
        auto wrapped = VaultHeader::wrap(*kek, *dataKey, "aad");
        QVERIFY(wrapped.ok());
        QCOMPARE(wrapped->size(), VaultHeader::kWrapSize);
        auto unwrapped = VaultHeader::unwrap(*kek, *wrapped, "aad");
        QVERIFY(unwrapped.ok() && unwrapped->equals(*dataKey));
        auto wrong = SecretBytes::random(32);
        QCOMPARE(VaultHeader::unwrap(*wrong, *wrapped, "aad").error().code, VaultCrypto::kAuthenticationFailed);
        QCOMPARE(VaultHeader::unwrap(*kek, *wrapped, "other").error().code, VaultCrypto::kAuthenticationFailed);
    }

    void parseRejects_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("code");
        const QByteArray good = sample(false).serialize();
        auto fixed = [](QByteArray b) {
            b.chop(32);
            return b + QCryptographicHash::hash(b, QCryptographicHash::Sha256);
        };
        QByteArray unknownKdf = good;
        unknownKdf[9] = 2;
        QByteArray unknownFlag = good;
        unknownFlag[103] = 4;
        QByteArray flagWithoutWrap = good;
        flagWithoutWrap[103] = 1;
        QByteArray version2 = good;
        version2[8] = 2;
        QTest::newRow("empty") << QByteArray() << QStringLiteral("vault.header.corrupt");
        QTest::newRow("other file") << QByteArray("%PDF-1.4 hello") << QStringLiteral("vault.header.corrupt");
        QTest::newRow("magic only") << QByteArray("LWCVAULT") << QStringLiteral("vault.header.corrupt");
        QTest::newRow("newer version") << version2 << QStringLiteral("vault.header.unsupportedVersion");
        QTest::newRow("short") << good.left(100) << QStringLiteral("vault.header.corrupt");
        QTest::newRow("checksum") << QByteArray(good).replace(120, 1, "\xff")
                                  << QStringLiteral("vault.header.tampered");
        QTest::newRow("unknown kdf") << fixed(unknownKdf) << QStringLiteral("vault.header.corrupt");
        QTest::newRow("unknown flag") << fixed(unknownFlag) << QStringLiteral("vault.header.corrupt");
        QTest::newRow("flag without wrap") << fixed(flagWithoutWrap) << QStringLiteral("vault.header.corrupt");
    }
    void parseRejects()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, code);
        auto parsed = VaultHeader::parse(bytes);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, code);
        QVERIFY(!parsed.error().userText.isEmpty());
    }
};

QTEST_GUILESS_MAIN(VaultHeaderTest)
#include "VaultHeaderTest.moc"
