// The receipt page as PDF (offscreen platform).
#include "ReceiptPrinter.h"

#include "receipt/SignedReceipt.h"

#include "SampleReceipt.h"
#include "TestCrypto.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace lwc;

class ReceiptPrinterTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void writesPdf()
    {
        const SecretBytes key = test::makePrivateKey("P-256");
        auto signedReceipt = SignedReceipt::sign(test::sampleReceipt(), key);
        QVERIFY(signedReceipt.ok());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("receipt.pdf"));
        const Status written = ui::ReceiptPrinter::writePdf(signedReceipt->toHtml(), path, QStringLiteral("Receipt"));
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().toString()));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.size() > 1000);
        QVERIFY(bytes.startsWith("%PDF"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
        QVERIFY(!bytes.contains(test::samplePsk()));
    }

    void unwritablePathIsAnError()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const Status s = ui::ReceiptPrinter::writePdf(QStringLiteral("<p>x</p>"),
                                                      dir.filePath(QStringLiteral("blocker/receipt.pdf")));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QStringLiteral("receipt.pdf.write"));
    }
};

QTEST_MAIN(ReceiptPrinterTest)
#include "ReceiptPrinterTest.moc"
