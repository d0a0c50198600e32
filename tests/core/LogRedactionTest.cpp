// A run that handles secrets, logged to a file; then the file is grepped
// for every form of those secrets (S26: secrets never reach a log line).
#include "common/Log.h"
#include "common/SecretBytes.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace lwc;

class LogRedactionTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void noSecretReachesTheLogFile_S26()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("run.log"));
        installLogHandler(LogOptions {false, path});

        QList<QByteArray> forms;
        {
            auto psk = SecretBytes::random(16);
            QVERIFY(psk.ok());
            SecretBytes pin = SecretBytes::copyOf("739154");
            SecretBytes identityKey = SecretBytes::copyOf("k3y-M@terial-with-UTF8-\xc3\xa9");
            for (const SecretBytes* s : {&psk.value(), &pin, &identityKey}) {
                const QByteArray raw = s->revealCopy();
                forms << raw.toHex() << raw.toHex().toUpper() << raw.toBase64()
                      << raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
                if (s != &psk.value())
                    forms << raw;
            }

            // The intended way: the type prints only its size.
            qCInfo(lcSecurity) << "generated PSK" << *psk << "and PIN" << pin;
            // Mistakes a developer could make; the redaction rule catches them.
            qCWarning(lcSecurity).noquote() << "psk hex" << psk->revealCopy().toHex();
            qCWarning(lcSecurity).noquote() << "psk HEX" << psk->revealCopy().toHex().toUpper();
            qCWarning(lcSecurity).noquote() << "psk b64" << psk->revealCopy().toBase64();
            qCWarning(lcSecurity).noquote() << "pin is" << QString::fromUtf8(pin.revealCopy());
            qCWarning(lcSecurity).noquote()
                << "key is" << QString::fromUtf8(identityKey.revealCopy()) << "in url form"
                << identityKey.revealCopy().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
            qCInfo(lcBootstrap) << "an ordinary line mentioning 12345 and /0/1/3";
        }
        installLogHandler(LogOptions {false, {}});

        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray log = f.readAll();
        QVERIFY(log.contains("<secret:16 bytes>"));
        QVERIFY(log.contains("<secret:6 bytes>"));
        QVERIFY(log.contains("<redacted>"));
        QVERIFY(log.contains("an ordinary line mentioning 12345 and /0/1/3"));
        for (const QByteArray& form : std::as_const(forms))
            QVERIFY2(!log.contains(form), "a secret form reached the log file");
    }

    void redactionLeavesOrdinaryTextAlone()
    {
        SecretBytes s = SecretBytes::copyOf("zq9-secret");
        const QString plain = QStringLiteral("nothing to hide here: ep=device-1 ssid=101");
        QCOMPARE(redactSecrets(plain), plain);
        QCOMPARE(redactSecrets(QStringLiteral("x zq9-secret y")), QStringLiteral("x <redacted> y"));
        s.wipe();
        QCOMPARE(redactSecrets(QStringLiteral("x zq9-secret y")), QStringLiteral("x zq9-secret y"));
    }

    void sinksReceiveRedactedRecordsWithEndpoint()
    {
        installLogHandler(LogOptions {false, {}});
        SecretBytes s = SecretBytes::copyOf("sink-secret-1");
        QList<LogRecord> got;
        const int id = addLogSink([&](const LogRecord& r) { got << r; });
        {
            LogContextScope scope(QStringLiteral("urn:dev:ops:1"));
            qCInfo(lcJobs).noquote() << "leaking" << QString::fromUtf8(s.revealCopy());
        }
        qCInfo(lcJobs) << "after scope";
        removeLogSink(id);
        QCOMPARE(got.size(), 2);
        QCOMPARE(got[0].endpoint, QStringLiteral("urn:dev:ops:1"));
        QCOMPARE(got[0].category, QStringLiteral("lwc.jobs"));
        QVERIFY(!got[0].message.contains(QStringLiteral("sink-secret-1")));
        QVERIFY(got[1].endpoint.isEmpty());
    }
};

QTEST_GUILESS_MAIN(LogRedactionTest)
#include "LogRedactionTest.moc"
