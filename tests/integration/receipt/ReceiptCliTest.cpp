// Runs the real commissioner-cli on signed receipts in a temporary folder.
#include "receipt/SignedReceipt.h"

#include "ProcessRunner.h"
#include "SampleReceipt.h"
#include "TestCrypto.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace lwc;

class ReceiptCliTest : public QObject {
    Q_OBJECT

    struct Run {
        int exitCode;
        QString out;
        QString err;
    };
    static Run run(const QStringList& args)
    {
        const auto r = test::runProcess(QStringLiteral(LWC_CLI_PATH), args, {{}, {}, {}, 30000});
        return {r.exitCode, r.outText(), r.err};
    }

    QTemporaryDir m_dir;
    QString m_receipt, m_tampered, m_cert, m_certPem, m_publicKey, m_otherCert;
    QByteArray m_signerFingerprint;

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const SecretBytes caKey = test::makePrivateKey("P-256");
        const QByteArray caCert = test::makeSelfSignedCertificate(caKey, QStringLiteral("Commissioner local CA"));
        auto signedReceipt = SignedReceipt::sign(test::sampleReceipt(), caKey, caCert);
        QVERIFY(signedReceipt.ok());
        m_signerFingerprint = signedReceipt->signerKeyFingerprint();
        m_receipt = write(QStringLiteral("receipt.json"), signedReceipt->toJson());
        m_tampered = write(QStringLiteral("tampered.json"),
                           QByteArray(signedReceipt->toJson()).replace("Meter-00042", "Meter-00043"));
        m_cert = write(QStringLiteral("ca.der"), caCert);
        m_certPem = write(QStringLiteral("ca.pem"), test::toPem(caCert, "CERTIFICATE"));
        m_publicKey = write(QStringLiteral("ca-key.pub.pem"), test::toPem(test::publicKeyOf(caKey), "PUBLIC KEY"));
        const SecretBytes otherKey = test::makePrivateKey("P-256");
        m_otherCert
            = write(QStringLiteral("other.pem"),
                    test::toPem(test::makeSelfSignedCertificate(otherKey, QStringLiteral("Other")), "CERTIFICATE"));
    }

    void verifyValidExitsZero_data()
    {
        QTest::addColumn<QStringList>("trust");
        QTest::newRow("--cert DER") << QStringList {QStringLiteral("--cert"), m_cert};
        QTest::newRow("--cert PEM") << QStringList {QStringLiteral("--cert"), m_certPem};
        QTest::newRow("--public-key PEM") << QStringList {QStringLiteral("--public-key"), m_publicKey};
    }
    void verifyValidExitsZero()
    {
        QFETCH(QStringList, trust);
        const Run r = run(QStringList {QStringLiteral("receipt"), QStringLiteral("verify"), m_receipt} + trust);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("valid: receipt job-2026-0001 for urn:dev:ops:32473-Meter-00042")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(SignedReceipt::formatFingerprint(m_signerFingerprint)));
    }

    void verifyInvalidExitsOne_S26_data()
    {
        QTest::addColumn<QString>("which"); // tampered | other | missing
        QTest::addColumn<QString>("message");
        QTest::newRow("tampered content") << QStringLiteral("tampered") << QStringLiteral("receipt.signature.invalid");
        QTest::newRow("other CA") << QStringLiteral("other") << QStringLiteral("receipt.signer.untrusted");
        QTest::newRow("missing file") << QStringLiteral("missing") << QStringLiteral("cannot read receipt");
    }
    void verifyInvalidExitsOne_S26()
    {
        QFETCH(QString, which);
        QFETCH(QString, message);
        QStringList args {QStringLiteral("receipt"), QStringLiteral("verify")};
        if (which == QLatin1String("tampered"))
            args << m_tampered << QStringLiteral("--cert") << m_cert;
        else if (which == QLatin1String("other"))
            args << m_receipt << QStringLiteral("--cert") << m_otherCert;
        else
            args << m_dir.filePath(QStringLiteral("nope.json")) << QStringLiteral("--cert") << m_cert;
        const Run r = run(args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no sub-command") << QStringList {QStringLiteral("receipt")} << QStringLiteral("no sub-command");
        QTest::newRow("unknown sub-command") << QStringList {QStringLiteral("receipt"), QStringLiteral("sign")}
                                             << QStringLiteral("unknown sub-command 'sign'");
        QTest::newRow("no file") << QStringList {QStringLiteral("receipt"), QStringLiteral("verify"),
                                                 QStringLiteral("--cert"), QStringLiteral("x")}
                                 << QStringLiteral("no receipt FILE");
        QTest::newRow("no trust") << QStringList {QStringLiteral("receipt"), QStringLiteral("verify"),
                                                  QStringLiteral("r.json")}
                                  << QStringLiteral("exactly one of --cert or --public-key");
        QTest::newRow("both trusts") << QStringList {
            QStringLiteral("receipt"), QStringLiteral("verify"), QStringLiteral("r.json"),
            QStringLiteral("--cert"),  QStringLiteral("a"),      QStringLiteral("--public-key"),
            QStringLiteral("b")} << QStringLiteral("exactly one of --cert or --public-key");
        QTest::newRow("unknown option") << QStringList {QStringLiteral("receipt"), QStringLiteral("html"),
                                                        QStringLiteral("--pdf")}
                                        << QStringLiteral("Unknown option 'pdf'");
        QTest::newRow("two files") << QStringList {QStringLiteral("receipt"), QStringLiteral("html"),
                                                   QStringLiteral("a"), QStringLiteral("b")}
                                   << QStringLiteral("unexpected argument 'b'");
    }
    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("--help")));
    }

    void helpExitsZero_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("receipt") << QStringList {QStringLiteral("receipt"), QStringLiteral("--help")};
        QTest::newRow("verify") << QStringList {QStringLiteral("receipt"), QStringLiteral("verify"),
                                                QStringLiteral("--help")};
        QTest::newRow("html") << QStringList {QStringLiteral("receipt"), QStringLiteral("html"), QStringLiteral("-h")};
    }
    void helpExitsZero()
    {
        QFETCH(QStringList, args);
        const Run r = run(args);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("receipt")), qPrintable(r.out));
    }

    void htmlPrintsThePage_S26()
    {
        const Run r = run({QStringLiteral("receipt"), QStringLiteral("html"), m_receipt});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(r.out.contains(QStringLiteral("urn:dev:ops:32473-Meter-00042")));
        QVERIFY(r.out.contains(QStringLiteral("Valid for the signer key above")));
        QVERIFY(!r.out.toUtf8().contains(test::samplePsk()));

        const Run tampered = run({QStringLiteral("receipt"), QStringLiteral("html"), m_tampered});
        QCOMPARE(tampered.exitCode, 0); // still readable, but marked
        QVERIFY(tampered.out.contains(QStringLiteral("INVALID")));

        const Run garbage = run({QStringLiteral("receipt"), QStringLiteral("html"), m_cert});
        QCOMPARE(garbage.exitCode, 1);
        QVERIFY(garbage.err.contains(QStringLiteral("receipt.malformed")));
    }
};

QTEST_GUILESS_MAIN(ReceiptCliTest)
#include "ReceiptCliTest.moc"
