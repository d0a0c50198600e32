// Signing and verifying receipts; any change must fail verification.
#include "receipt/SignedReceipt.h"
#include "receipt/CanonicalJson.h"

#include "ResultTestHelpers.h"
#include "SampleReceipt.h"
#include "TestCrypto.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace lwc;

namespace {

// Every leaf of a JSON value, as a path of keys/indices.
void collectLeaves(const QJsonValue& v, QStringList path, QList<QStringList>& out)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            collectLeaves(it.value(), path + QStringList {it.key()}, out);
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            collectLeaves(a.at(i), path + QStringList {QString::number(i)}, out);
    } else {
        out.append(path);
    }
}

QJsonValue changed(const QJsonValue& v, const QStringList& path, qsizetype depth = 0)
{
    if (depth == path.size()) {
        if (v.isString())
            return QJsonValue(v.toString() + QLatin1Char('x'));
        if (v.isDouble())
            return QJsonValue(v.toInteger() + 1);
        return QJsonValue(!v.toBool());
    }
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        o.insert(path[depth], changed(o.value(path[depth]), path, depth + 1));
        return o;
    }
    QJsonArray a = v.toArray();
    const int i = path[depth].toInt();
    a.replace(i, changed(a.at(i), path, depth + 1));
    return a;
}

QByteArray canonicalFile(const QJsonObject& envelope)
{
    return CanonicalJson::serialize(envelope).value() + '\n';
}

} // namespace

class SignedReceiptTest : public QObject {
    Q_OBJECT

    SecretBytes m_caKey = test::makePrivateKey("P-256");
    QByteArray m_caCert = test::makeSelfSignedCertificate(m_caKey, QStringLiteral("Commissioner local CA"));
    QByteArray m_signedJson;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!m_caKey.isEmpty());
        QVERIFY(!m_caCert.isEmpty());
        auto signedReceipt = SignedReceipt::sign(test::sampleReceipt(), m_caKey, m_caCert);
        QVERIFY2(signedReceipt.ok(), test::errorText(signedReceipt).constData());
        m_signedJson = signedReceipt->toJson();
    }

    void signVerifyRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("trusted");
        QTest::newRow("certificate DER") << m_caCert;
        QTest::newRow("certificate PEM") << test::toPem(m_caCert, "CERTIFICATE");
        QTest::newRow("public key DER") << test::publicKeyOf(m_caKey);
        QTest::newRow("public key PEM") << test::toPem(test::publicKeyOf(m_caKey), "PUBLIC KEY");
    }
    void signVerifyRoundTrip()
    {
        QFETCH(QByteArray, trusted);
        auto verified = SignedReceipt::verify(m_signedJson, trusted);
        QVERIFY2(verified.ok(), test::errorText(verified).constData());
        QVERIFY(verified->receipt() == test::sampleReceipt());
        QVERIFY(verified->signatureMatchesEmbeddedKey());
        QCOMPARE(verified->publicKeyDer(), test::publicKeyOf(m_caKey));
        QCOMPARE(verified->certificateDer(), m_caCert);
        QCOMPARE(verified->certificateSubject(), QStringLiteral("CN=Commissioner local CA"));
        QCOMPARE(verified->toJson(), m_signedJson);
    }

    void fileIsCanonicalJson()
    {
        QVERIFY(m_signedJson.endsWith("}\n"));
        QCOMPARE(m_signedJson.count('\n'), 1);
        QVERIFY(m_signedJson.startsWith("{\"format\":\"lwc-commissioning-receipt\",\"receipt\":{"));
        QVERIFY(m_signedJson.contains("\"signature\":{\"algorithm\":\"ECDSA-P256-SHA256\",\"certificate\":\""));
        QVERIFY(m_signedJson.endsWith(",\"version\":1}\n"));
    }

    void signatureWithoutCertificate()
    {
        auto signedReceipt = SignedReceipt::sign(test::sampleReceipt(), m_caKey);
        QVERIFY(signedReceipt.ok());
        QVERIFY(signedReceipt->certificateDer().isEmpty());
        QVERIFY(signedReceipt->toJson().contains("\"certificate\":\"\""));
        QVERIFY(SignedReceipt::verify(signedReceipt->toJson(), m_caCert).ok());
    }

    void tamperOfAnyFieldFails_S26_data()
    {
        QTest::addColumn<QStringList>("path");
        const QJsonObject envelope = QJsonDocument::fromJson(m_signedJson).object();
        QList<QStringList> leaves;
        collectLeaves(envelope, {}, leaves);
        QVERIFY(leaves.size() > 50);
        for (const QStringList& leaf : std::as_const(leaves))
            QTest::newRow(qPrintable(leaf.join(u'.'))) << leaf;
    }
    void tamperOfAnyFieldFails_S26()
    {
        QFETCH(QStringList, path);
        const QJsonObject envelope = QJsonDocument::fromJson(m_signedJson).object();
        const QByteArray tampered = canonicalFile(changed(envelope, path).toObject());
        QVERIFY(tampered != m_signedJson);
        auto verified = SignedReceipt::verify(tampered, m_caCert);
        QVERIFY2(!verified.ok(), "a tampered receipt verified");
        // A changed free-text value of the receipt is caught by the signature itself.
        const bool freeText = path.first() == QLatin1String("receipt")
            && QStringList {QStringLiteral("endpoint"), QStringLiteral("jobId"), QStringLiteral("technician"),
                            QStringLiteral("message"),  QStringLiteral("label"), QStringLiteral("detail")}
                   .contains(path.last());
        if (freeText)
            QCOMPARE(verified.error().code, QStringLiteral("receipt.signature.invalid"));
    }

    void reformattedFileFails_S26_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("pretty-printed") << QJsonDocument::fromJson(m_signedJson).toJson(QJsonDocument::Indented);
        QTest::newRow("space added") << QByteArray(m_signedJson).replace("\"receipt\":{", "\"receipt\": {");
        QTest::newRow("duplicate key")
            << QByteArray(m_signedJson).replace("\"receipt\":{", "\"receipt\":{\"endpoint\":\"urn:dev:ops:evil\",");
        QTest::newRow("CRLF") << QByteArray(m_signedJson).replace("}\n", "}\r\n");
    }
    void reformattedFileFails_S26()
    {
        QFETCH(QByteArray, json);
        auto verified = SignedReceipt::verify(json, m_caCert);
        QVERIFY(!verified.ok());
        QVERIFY2(verified.error().code == QLatin1String("receipt.notCanonical")
                     || verified.error().code == QLatin1String("receipt.malformed"),
                 qPrintable(verified.error().code));
    }

    void trailingNewlineIsOptional() { QVERIFY(SignedReceipt::verify(m_signedJson.chopped(1), m_caCert).ok()); }

    void otherSignerIsUntrusted_S26()
    {
        // An attacker signs a forged receipt with their own key: it is
        // self-consistent, but not signed by the trusted CA.
        const SecretBytes attackerKey = test::makePrivateKey("P-256");
        CommissioningReceipt forged = test::sampleReceipt();
        forged.endpoint = QStringLiteral("urn:dev:ops:forged");
        auto forgedSigned = SignedReceipt::sign(forged, attackerKey);
        QVERIFY(forgedSigned.ok());
        auto parsed = SignedReceipt::parse(forgedSigned->toJson());
        QVERIFY(parsed.ok() && parsed->signatureMatchesEmbeddedKey());
        auto verified = SignedReceipt::verify(forgedSigned->toJson(), m_caCert);
        QCOMPARE(verified.error().code, QStringLiteral("receipt.signer.untrusted"));
        QVERIFY(verified.error().userText.contains(SignedReceipt::formatFingerprint(
            QCryptographicHash::hash(test::publicKeyOf(attackerKey), QCryptographicHash::Sha256))));

        // Swapping in the CA's public key without the CA's signature fails too.
        QJsonObject envelope = QJsonDocument::fromJson(forgedSigned->toJson()).object();
        QJsonObject sig = envelope.value(QStringLiteral("signature")).toObject();
        sig.insert(QStringLiteral("publicKey"), QString::fromLatin1(test::publicKeyOf(m_caKey).toBase64()));
        envelope.insert(QStringLiteral("signature"), sig);
        const QByteArray swapped = canonicalFile(envelope);
        QVERIFY(!SignedReceipt::parse(swapped)->signatureMatchesEmbeddedKey());
        QCOMPARE(SignedReceipt::verify(swapped, m_caCert).error().code, QStringLiteral("receipt.signature.invalid"));
    }

    void certificateMustMatchKey()
    {
        const SecretBytes otherKey = test::makePrivateKey("P-256");
        const QByteArray otherCert = test::makeSelfSignedCertificate(otherKey, QStringLiteral("Other CA"));
        auto signedReceipt = SignedReceipt::sign(test::sampleReceipt(), m_caKey, otherCert);
        QCOMPARE(signedReceipt.error().code, QStringLiteral("receipt.certificate.mismatch"));

        QJsonObject envelope = QJsonDocument::fromJson(m_signedJson).object();
        QJsonObject sig = envelope.value(QStringLiteral("signature")).toObject();
        sig.insert(QStringLiteral("certificate"), QString::fromLatin1(otherCert.toBase64()));
        envelope.insert(QStringLiteral("signature"), sig);
        QCOMPARE(SignedReceipt::parse(canonicalFile(envelope)).error().code,
                 QStringLiteral("receipt.certificate.mismatch"));
    }

    void onlyP256Keys_S11_data()
    {
        QTest::addColumn<QByteArray>("algorithm");
        QTest::newRow("P-384") << QByteArray("P-384");
        QTest::newRow("Ed25519") << QByteArray("ED25519");
    }
    void onlyP256Keys_S11()
    {
        QFETCH(QByteArray, algorithm);
        const SecretBytes key = test::makePrivateKey(algorithm.constData());
        QVERIFY(!key.isEmpty());
        auto signedReceipt = SignedReceipt::sign(test::sampleReceipt(), key);
        QCOMPARE(signedReceipt.error().code, QStringLiteral("receipt.key.unsupported"));
        QCOMPARE(signedReceipt.error().rule, Rule::S11);
        auto verified = SignedReceipt::verify(m_signedJson, test::publicKeyOf(key));
        QCOMPARE(verified.error().code, QStringLiteral("receipt.key.unsupported"));
    }

    void onlySha256Signatures_S9_data()
    {
        QTest::addColumn<QString>("algorithm");
        QTest::newRow("SHA-1") << QStringLiteral("ECDSA-P256-SHA1");
        QTest::newRow("MD5") << QStringLiteral("ECDSA-P256-MD5");
        QTest::newRow("none") << QStringLiteral("none");
    }
    void onlySha256Signatures_S9()
    {
        QFETCH(QString, algorithm);
        QJsonObject envelope = QJsonDocument::fromJson(m_signedJson).object();
        QJsonObject sig = envelope.value(QStringLiteral("signature")).toObject();
        sig.insert(QStringLiteral("algorithm"), algorithm);
        envelope.insert(QStringLiteral("signature"), sig);
        auto verified = SignedReceipt::verify(canonicalFile(envelope), m_caCert);
        QCOMPARE(verified.error().code, QStringLiteral("receipt.signature.algorithm"));
        QCOMPARE(verified.error().rule, Rule::S9);
    }

    void badInputsAreClearErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QByteArray>("trusted");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty file") << QByteArray() << m_caCert << QStringLiteral("receipt.malformed");
        QTest::newRow("not JSON") << QByteArray("%PDF-1.7") << m_caCert << QStringLiteral("receipt.malformed");
        QTest::newRow("other JSON") << QByteArray("{\"a\":1}") << m_caCert << QStringLiteral("receipt.malformed");
        QTest::newRow("newer version") << QByteArray(m_signedJson).replace("\"version\":1}", "\"version\":2}")
                                       << m_caCert << QStringLiteral("receipt.unsupportedVersion");
        QTest::newRow("trusted garbage") << m_signedJson << QByteArray("not a certificate")
                                         << QStringLiteral("receipt.trust.invalid");
        QTest::newRow("trusted empty") << m_signedJson << QByteArray() << QStringLiteral("receipt.trust.invalid");
    }
    void badInputsAreClearErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QByteArray, trusted);
        QFETCH(QString, code);
        auto verified = SignedReceipt::verify(json, trusted);
        QVERIFY(!verified.ok());
        QCOMPARE(verified.error().code, code);
        QVERIFY(!verified.error().userText.isEmpty());
    }

    void invalidReceiptsAreNotSigned()
    {
        CommissioningReceipt r = test::sampleReceipt();
        r.jobId.clear();
        QCOMPARE(SignedReceipt::sign(r, m_caKey).error().code, QStringLiteral("receipt.malformed"));
        QCOMPARE(SignedReceipt::sign(test::sampleReceipt(), SecretBytes::copyOf("not a key")).error().code,
                 QStringLiteral("receipt.key.invalid"));
    }

    void noSecretInSignedFile_S26()
    {
        const QByteArray psk = test::samplePsk();
        for (const QByteArray& form : {psk, psk.toHex(), psk.toBase64()})
            QVERIFY(!m_signedJson.contains(form));
        // Nor the signing key, in any form.
        const QByteArray key = m_caKey.revealCopy();
        QVERIFY(!m_signedJson.contains(key.toBase64()));
        QVERIFY(!m_signedJson.contains(key.toHex()));
    }
};

QTEST_GUILESS_MAIN(SignedReceiptTest)
#include "SignedReceiptTest.moc"
