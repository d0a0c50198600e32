// Formats (S21-S23): every private/public key encoding in every container
// round-trips, and import detects what it was given.
#include "security/CredentialCodec.h"
#include "security/FileCaKeyStore.h"
#include "security/OpenSslUtil.h"

#include "TestPki.h"

#include <QTest>

using namespace lwc;
using namespace lwc::security;
using namespace lwc::test;

Q_DECLARE_METATYPE(lwc::security::PrivateKeyFormat)
Q_DECLARE_METATYPE(lwc::security::PublicKeyFormat)
Q_DECLARE_METATYPE(lwc::security::OutputEncoding)
Q_DECLARE_METATYPE(lwc::security::InputEncoding)

namespace {

InputEncoding expectedInput(OutputEncoding e)
{
    switch (e) {
    case OutputEncoding::Der:
        return InputEncoding::Der;
    case OutputEncoding::Pem:
        return InputEncoding::Pem;
    case OutputEncoding::Hex:
        return InputEncoding::Hex;
    case OutputEncoding::Base64:
        return InputEncoding::Base64;
    }
    return InputEncoding::Raw;
}

} // namespace

class CredentialCodecTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void privateKeyRoundTrip_S22_data()
    {
        QTest::addColumn<PrivateKeyFormat>("format");
        QTest::addColumn<OutputEncoding>("container");
        const std::pair<const char*, PrivateKeyFormat> formats[]
            = {{"PKCS#8", PrivateKeyFormat::Pkcs8}, {"SEC1", PrivateKeyFormat::Sec1}, {"raw32", PrivateKeyFormat::Raw}};
        const std::pair<const char*, OutputEncoding> containers[] = {{"DER", OutputEncoding::Der},
                                                                     {"PEM", OutputEncoding::Pem},
                                                                     {"hex", OutputEncoding::Hex},
                                                                     {"base64", OutputEncoding::Base64}};
        for (const auto& [fname, f] : formats)
            for (const auto& [cname, c] : containers)
                if (!(f == PrivateKeyFormat::Raw && c == OutputEncoding::Pem))
                    QTest::addRow("%s in %s", fname, cname) << f << c;
    }
    void privateKeyRoundTrip_S22()
    {
        QFETCH(PrivateKeyFormat, format);
        QFETCH(OutputEncoding, container);
        const TestKey key = makeEcKey("P-256");
        auto encoded = CredentialCodec::encodePrivateKey(key.pkcs8, format);
        QVERIFY(encoded.ok());
        if (format == PrivateKeyFormat::Raw)
            QCOMPARE(encoded->size(), 32);
        auto file = CredentialCodec::encodeSecretOutput(*encoded, container, CredentialCodec::pemLabelFor(format));
        QVERIFY(file.ok());
        // Raw 32 bytes are ambiguous (PSK or key): the kind is given explicitly.
        auto imported = CredentialCodec::import(file->view(), ImportKind::PrivateKey);
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toString()));
        QCOMPARE(imported->type, CredentialType::PrivateKey);
        // Raw bytes in a binary file are not DER, just raw.
        const bool rawBinary = format == PrivateKeyFormat::Raw && container == OutputEncoding::Der;
        QCOMPARE(imported->encoding, rawBinary ? InputEncoding::Raw : expectedInput(container));
        QCOMPARE(imported->format, privateKeyFormatName(format));
        QCOMPARE(imported->publicKeySpki, key.spki);
        QVERIFY(imported->privateKeyPkcs8.equals(key.pkcs8) || format != PrivateKeyFormat::Pkcs8);
        // Whatever came in, re-encoding gives back the same bytes.
        auto again = CredentialCodec::encodePrivateKey(imported->privateKeyPkcs8, format);
        QVERIFY(again.ok());
        QVERIFY(again->equals(*encoded));
        if (format != PrivateKeyFormat::Raw) {
            auto automatic = CredentialCodec::import(file->view());
            QVERIFY(automatic.ok());
            QCOMPARE(automatic->type, CredentialType::PrivateKey);
        }
    }

    void publicKeyRoundTrip_S22_data()
    {
        QTest::addColumn<PublicKeyFormat>("format");
        QTest::addColumn<OutputEncoding>("container");
        QTest::addColumn<int>("size");
        const std::tuple<const char*, PublicKeyFormat, int> formats[]
            = {{"SPKI", PublicKeyFormat::Spki, 91},
               {"X||Y", PublicKeyFormat::RawXY, 64},
               {"04||X||Y", PublicKeyFormat::Uncompressed, 65}};
        const std::pair<const char*, OutputEncoding> containers[] = {{"DER", OutputEncoding::Der},
                                                                     {"PEM", OutputEncoding::Pem},
                                                                     {"hex", OutputEncoding::Hex},
                                                                     {"base64", OutputEncoding::Base64}};
        for (const auto& [fname, f, size] : formats)
            for (const auto& [cname, c] : containers)
                if (!(f != PublicKeyFormat::Spki && (c == OutputEncoding::Pem || c == OutputEncoding::Der)))
                    QTest::addRow("%s in %s", fname, cname) << f << c << size;
        // Raw points as binary files.
        QTest::newRow("X||Y binary") << PublicKeyFormat::RawXY << OutputEncoding::Der << 64;
        QTest::newRow("04||X||Y binary") << PublicKeyFormat::Uncompressed << OutputEncoding::Der << 65;
    }
    void publicKeyRoundTrip_S22()
    {
        QFETCH(PublicKeyFormat, format);
        QFETCH(OutputEncoding, container);
        QFETCH(int, size);
        const TestKey key = makeEcKey("P-256");
        auto encoded = CredentialCodec::encodePublicKey(key.spki, format);
        QVERIFY(encoded.ok());
        QCOMPARE(encoded->size(), size);
        auto file = CredentialCodec::encodeOutput(*encoded, container, QStringLiteral("PUBLIC KEY"));
        QVERIFY(file.ok());
        auto imported = CredentialCodec::import(*file);
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toString()));
        QCOMPARE(imported->type, CredentialType::PublicKey);
        QCOMPARE(imported->format, publicKeyFormatName(format));
        QCOMPARE(imported->publicKeySpki, key.spki);
        QCOMPARE(CredentialCodec::encodePublicKey(imported->publicKeySpki, format).value(), *encoded);
    }

    void certificateContainers_S23_data()
    {
        QTest::addColumn<OutputEncoding>("container");
        QTest::newRow("DER") << OutputEncoding::Der;
        QTest::newRow("PEM") << OutputEncoding::Pem;
        QTest::newRow("hex") << OutputEncoding::Hex;
        QTest::newRow("base64") << OutputEncoding::Base64;
    }
    void certificateContainers_S23()
    {
        QFETCH(OutputEncoding, container);
        const TestCert root = makeCert(caSpec(QStringLiteral("Root")));
        auto file = CredentialCodec::encodeOutput(root.der, container, QStringLiteral("CERTIFICATE"));
        QVERIFY(file.ok());
        auto imported = CredentialCodec::import(*file);
        QVERIFY(imported.ok());
        QCOMPARE(imported->type, CredentialType::Certificate);
        QCOMPARE(imported->encoding, expectedInput(container));
        QCOMPARE(imported->certificates, QList<QByteArray> {root.der});
        QCOMPARE(imported->publicKeySpki, root.spki);
    }

    void certificateChains()
    {
        const TestCert root = makeCert(caSpec(QStringLiteral("Root")));
        const TestCert leaf = makeCert(serverSpec(QStringLiteral("leaf")), &root);
        const QByteArray pem = toPem(leaf.der) + "\n# comment between blocks\n" + toPem(root.der);
        auto imported = CredentialCodec::import(pem);
        QVERIFY(imported.ok());
        QCOMPARE(imported->certificates, (QList<QByteArray> {leaf.der, root.der}));
        auto der = CredentialCodec::import(leaf.der + root.der);
        QVERIFY(der.ok());
        QCOMPARE(der->encoding, InputEncoding::Der);
        QCOMPARE(der->certificates.size(), 2);
        // A PEM bundle of certificate + key (as many tools write it).
        auto pkcs8
            = CredentialCodec::encodeSecretOutput(leaf.keyPkcs8, OutputEncoding::Pem, QStringLiteral("PRIVATE KEY"));
        auto bundle = CredentialCodec::import(QByteArray(toPem(leaf.der) + pkcs8->view().toByteArray()));
        QVERIFY(bundle.ok());
        QCOMPARE(bundle->type, CredentialType::PrivateKey);
        QCOMPARE(bundle->certificates.size(), 1);
    }

    void encryptedPkcs8NeedsPassphrase()
    {
        const TestKey key = makeEcKey();
        const SecretBytes pass = SecretBytes::copyOf("correct horse battery");
        auto encrypted = FileCaKeyStore::encryptPkcs8(key.pkcs8, pass, ScryptParameters {1024, 8, 1});
        QVERIFY(encrypted.ok());
        auto pem = CredentialCodec::encodeSecretOutput(*encrypted, OutputEncoding::Pem,
                                                       QStringLiteral("ENCRYPTED PRIVATE KEY"));
        auto noPass = CredentialCodec::import(pem->view());
        QVERIFY(!noPass.ok());
        QCOMPARE(noPass.error().code, QStringLiteral("security.key.passphraseRequired"));
        const SecretBytes wrong = SecretBytes::copyOf("wrong passphrase");
        auto bad = CredentialCodec::import(pem->view(), ImportKind::Auto, &wrong);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, QStringLiteral("security.key.wrongPassphrase"));
        auto good = CredentialCodec::import(pem->view(), ImportKind::Auto, &pass);
        QVERIFY(good.ok());
        QCOMPARE(good->format, QStringLiteral("encrypted PKCS#8"));
        QVERIFY(good->privateKeyPkcs8.equals(key.pkcs8));
    }

    void decodeDetectsContainer_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<InputEncoding>("encoding");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("hex") << QByteArray("deadbeef\n") << InputEncoding::Hex << QByteArray("\xde\xad\xbe\xef");
        QTest::newRow("hex colons 0x") << QByteArray("0xDE:AD:BE:EF") << InputEncoding::Hex
                                       << QByteArray("\xde\xad\xbe\xef");
        QTest::newRow("base64") << QByteArray("3q2+7w==") << InputEncoding::Base64 << QByteArray("\xde\xad\xbe\xef");
        QTest::newRow("base64url") << QByteArray("3q2-7w") << InputEncoding::Base64 << QByteArray("\xde\xad\xbe\xef");
        QTest::newRow("binary") << QByteArray("\x01\x02\xff\x00", 4) << InputEncoding::Raw
                                << QByteArray("\x01\x02\xff\x00", 4);
        QTest::newRow("bom + hex") << QByteArray("\xEF\xBB\xBF"
                                                 "0102")
                                   << InputEncoding::Hex << QByteArray("\x01\x02");
    }
    void decodeDetectsContainer()
    {
        QFETCH(QByteArray, input);
        QFETCH(InputEncoding, encoding);
        QFETCH(QByteArray, bytes);
        auto decoded = CredentialCodec::decode(input);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->encoding, encoding);
        QCOMPARE(decoded->blocks.size(), size_t(1));
        QVERIFY(decoded->blocks.front().bytes.equals(bytes));
    }

    void importRefusesWhatItCannotTell_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << QByteArray() << int(ImportKind::Auto) << "security.import.empty";
        QTest::newRow("32 bytes ambiguous")
            << QByteArray(32, '\x11').toHex() << int(ImportKind::Auto) << "security.import.ambiguous";
        QTest::newRow("garbage") << QByteArray("hello world, this is not a key") << int(ImportKind::Auto)
                                 << "security.import.unrecognized";
        QTest::newRow("point not on curve")
            << QByteArray(64, '\x01').toHex() << int(ImportKind::PublicKey) << "security.key.pointInvalid";
        QTest::newRow("P-256 SPKI, point not on curve")
            << (QByteArray::fromHex("3059301306072a8648ce3d020106082a8648ce3d030107034200") + QByteArray(1, '\x04')
                + QByteArray(64, '\x01'))
            << int(ImportKind::PublicKey) << "security.key.publicUnrecognized";
        QTest::newRow("zero scalar") << QByteArray(32, '\0').toHex() << int(ImportKind::PrivateKey)
                                     << "security.key.rawInvalid";
        QTest::newRow("scalar above order")
            << QByteArray(32, '\xff').toHex() << int(ImportKind::PrivateKey) << "security.key.rawInvalid";
        QTest::newRow("PEM without END") << QByteArray("-----BEGIN CERTIFICATE-----\nMIIB\n") << int(ImportKind::Auto)
                                         << "security.import.pemUnterminated";
        QTest::newRow("legacy encrypted PEM")
            << QByteArray("-----BEGIN EC PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00\n\nAAAA\n"
                          "-----END EC PRIVATE KEY-----\n")
            << int(ImportKind::Auto) << "security.import.legacyEncryptedPem";
        QTest::newRow("certificate asked, key given")
            << QByteArray(32, '\x11').toHex() << int(ImportKind::Certificate) << "security.cert.unparsable";
    }
    void importRefusesWhatItCannotTell()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, kind);
        QFETCH(QString, code);
        auto imported = CredentialCodec::import(input, ImportKind(kind));
        QVERIFY(!imported.ok());
        QCOMPARE(imported.error().code, code);
        QVERIFY(!imported.error().userText.isEmpty());
    }

    void pskImport()
    {
        auto sixteen = CredentialCodec::import("000102030405060708090a0b0c0d0e0f");
        QVERIFY(sixteen.ok());
        QCOMPARE(sixteen->type, CredentialType::Psk);
        QCOMPARE(sixteen->psk.size(), 16);
        auto explicit32 = CredentialCodec::import(QByteArray(32, '\x42').toBase64(), ImportKind::Psk);
        QVERIFY(explicit32.ok());
        QCOMPARE(explicit32->psk.size(), 32);
        QCOMPARE(explicit32->encoding, InputEncoding::Base64);
    }

    void rawEncodingsOnlyForP256_S22()
    {
        const TestKey p384 = makeEcKey("P-384");
        QCOMPARE(CredentialCodec::encodePrivateKey(p384.pkcs8, PrivateKeyFormat::Raw).error().code,
                 QStringLiteral("security.key.rawNeedsP256"));
        QCOMPARE(CredentialCodec::encodePublicKey(p384.spki, PublicKeyFormat::RawXY).error().code,
                 QStringLiteral("security.key.rawNeedsP256"));
        QVERIFY(CredentialCodec::encodePublicKey(p384.spki, PublicKeyFormat::Spki).ok());
        const TestKey rsa = makeRsaKey(2048);
        QCOMPARE(CredentialCodec::encodePrivateKey(rsa.pkcs8, PrivateKeyFormat::Sec1).error().code,
                 QStringLiteral("security.key.sec1NeedsEc"));
        QCOMPARE(CredentialCodec::encodeOutput("x", OutputEncoding::Pem, QString()).error().code,
                 QStringLiteral("security.export.pemRaw"));
    }
};

QTEST_GUILESS_MAIN(CredentialCodecTest)
#include "CredentialCodecTest.moc"
