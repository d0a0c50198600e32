// The printable page: complete, self-contained, escaped, without secrets.
#include "receipt/SignedReceipt.h"

#include "ResultTestHelpers.h"
#include "SampleReceipt.h"
#include "TestCrypto.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTest>

using namespace lwc;

class ReceiptHtmlTest : public QObject {
    Q_OBJECT

    SecretBytes m_caKey = test::makePrivateKey("P-256");
    QByteArray m_caCert = test::makeSelfSignedCertificate(m_caKey, QStringLiteral("Commissioner local CA"));

    QString render(const CommissioningReceipt& r)
    {
        auto s = SignedReceipt::sign(r, m_caKey, m_caCert);
        return s.ok() ? s->toHtml() : QString();
    }

private Q_SLOTS:
    void showsEverythingRecorded()
    {
        const CommissioningReceipt r = test::sampleReceipt();
        auto s = SignedReceipt::sign(r, m_caKey, m_caCert);
        QVERIFY(s.ok());
        const QString html = s->toHtml();
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        for (const QString& text : {r.endpoint, r.jobId, r.deviceProfile, r.technician, QStringLiteral("/0/1/5"),
                                    QStringLiteral("Write /0/1"), QStringLiteral("Bootstrap trust anchor"),
                                    QStringLiteral("S20"), QStringLiteral("no trusted time on the device"),
                                    QStringLiteral("SUCCEEDED"), QStringLiteral("2026-03-14 09:26:53 UTC"),
                                    QStringLiteral("CN=Commissioner local CA"), QStringLiteral("ECDSA-P256-SHA256")})
            QVERIFY2(html.contains(text), qPrintable(text));
        // The signature fingerprint and signer key fingerprint are printed.
        const QString keyFp = SignedReceipt::formatFingerprint(s->signerKeyFingerprint());
        const QString sigFp = SignedReceipt::formatFingerprint(s->signatureFingerprint());
        for (int line = 0; line < 4; ++line) { // printed as 4 lines of 8 bytes
            QVERIFY(html.contains(keyFp.mid(line * 24, 23)));
            QVERIFY(html.contains(sigFp.mid(line * 24, 23)));
        }
        QVERIFY(html.contains(QStringLiteral("Valid for the signer key above")));
        // The SHA-256 of a written non-secret value is shown.
        const QString valueFp = SignedReceipt::formatFingerprint(
            QCryptographicHash::hash("coaps://lwm2m.example.net:5684", QCryptographicHash::Sha256));
        QVERIFY(html.contains(valueFp.left(23)));
    }

    void noSecretInHtml_S26()
    {
        const QString html = render(test::sampleReceipt());
        QVERIFY(!html.isEmpty());
        const QByteArray psk = test::samplePsk();
        for (const QByteArray& form : {psk, psk.toHex(), psk.toHex().toUpper(), psk.toBase64(),
                                       QCryptographicHash::hash(psk, QCryptographicHash::Sha256).toHex()})
            QVERIFY2(!html.toUtf8().contains(form), "secret reached the HTML");
        QVERIFY(html.contains(QStringLiteral("secret, not recorded")));
    }

    void selfContained()
    {
        const QString html = render(test::sampleReceipt());
        static const QRegularExpression external(
            QStringLiteral("<script|<img|<link|<iframe|<object|src\\s*=|href\\s*=|url\\(|@import|https?://"),
            QRegularExpression::CaseInsensitiveOption);
        // The only URL is the one written to the device, shown as a hash.
        QVERIFY2(!external.match(html).hasMatch(), qPrintable(external.match(html).captured()));
    }

    void escapesReceiptText()
    {
        CommissioningReceipt r = test::sampleReceipt();
        r.endpoint = QStringLiteral("<script>alert('x')</script>");
        r.technician = QStringLiteral("A & B \"quoted\"");
        const QString html = render(r);
        QVERIFY(!html.contains(QStringLiteral("<script>")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;")));
        QVERIFY(html.contains(QStringLiteral("A &amp; B &quot;quoted&quot;")));
    }

    void noSecMarkedInsecure_S1()
    {
        CommissioningReceipt r = test::sampleReceipt();
        r.securityMode = QStringLiteral("nosec");
        QVERIFY(render(r).contains(QStringLiteral("INSECURE")));
        QVERIFY(!render(test::sampleReceipt()).contains(QStringLiteral("INSECURE")));
    }

    void failedOutcomeAndBrokenSignatureInWords()
    {
        CommissioningReceipt r = test::sampleReceipt();
        r.outcome = CommissioningReceipt::Outcome::Failed;
        r.steps[2].status = ReceiptStep::Status::Failed;
        r.verification[0].verdict = VerificationVerdict::Verdict::Fail;
        auto s = SignedReceipt::sign(r, m_caKey);
        QVERIFY(s.ok());
        QString html = s->toHtml();
        QVERIFY(html.contains(QStringLiteral("Result: FAILED")));
        QVERIFY(html.contains(QStringLiteral("<b>FAIL</b>")));

        // A receipt whose content no longer matches its signature says so.
        QByteArray json = s->toJson();
        json.replace("job-2026-0001", "job-2026-0002");
        auto parsed = SignedReceipt::parse(json);
        QVERIFY2(parsed.ok(), test::errorText(parsed).constData());
        QVERIFY(!parsed->signatureMatchesEmbeddedKey());
        QVERIFY(parsed->toHtml().contains(QStringLiteral("INVALID")));
    }
};

QTEST_GUILESS_MAIN(ReceiptHtmlTest)
#include "ReceiptHtmlTest.moc"
