// The real binaries: `commissioner-cli bootstrap-server` with the example
// plans from docs/, and `commissioner-cli device-sim` or `openssl s_client`
// as the device.
#include "TestPaths.h"
#include "inventory/Inventory.h"
#include "inventory/SealingCredentialFactory.h"
#include "vault/Vault.h"
#include "vault/VaultStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kCli = QStringLiteral(LWC_CLI_PATH);

struct Server {
    QProcess process;
    quint16 port = 0;
    QString stderrText;

    bool start(const QStringList& args)
    {
        process.start(kCli, QStringList {QStringLiteral("bootstrap-server")} + args);
        if (!process.waitForStarted(5000))
            return false;
        QElapsedTimer t;
        t.start();
        static const QRegularExpression re(QStringLiteral("listening \\w+ port (\\d+)"));
        while (t.elapsed() < 10000 && process.state() == QProcess::Running) {
            process.waitForReadyRead(100);
            stderrText += QString::fromUtf8(process.readAllStandardError());
            const auto m = re.match(stderrText);
            if (m.hasMatch()) {
                port = quint16(m.captured(1).toUInt());
                return true;
            }
        }
        return false;
    }
    QList<QJsonObject> finish(int* exitCode)
    {
        process.waitForFinished(30000);
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        stderrText += QString::fromUtf8(process.readAllStandardError());
        QList<QJsonObject> lines;
        for (const QByteArray& l : process.readAllStandardOutput().split('\n'))
            if (!l.trimmed().isEmpty())
                lines << QJsonDocument::fromJson(l).object();
        return lines;
    }
    ~Server()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(3000);
        }
    }
};

int runSim(const QStringList& args, QString* output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(kCli, QStringList {QStringLiteral("device-sim")} + args);
    p.waitForFinished(60000);
    *output = QString::fromUtf8(p.readAll());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QString doc(const char* name)
{
    return lwc::test::sourcePath(QStringLiteral("docs/") + QLatin1String(name));
}

} // namespace

class BootstrapCliTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pskPlanWithBothMandatorySuites_S7_data()
    {
        QTest::addColumn<QString>("suite");
        QTest::newRow("TLS_PSK_WITH_AES_128_CCM_8") << QStringLiteral("PSK-AES128-CCM8");
        QTest::newRow("TLS_PSK_WITH_AES_128_CBC_SHA256") << QStringLiteral("PSK-AES128-CBC-SHA256");
    }
    void pskPlanWithBothMandatorySuites_S7()
    {
        QFETCH(QString, suite);
        Server s;
        QVERIFY2(s.start({QStringLiteral("--plan"), doc("plan-psk.json"), QStringLiteral("--listen"),
                          QStringLiteral("127.0.0.1:0"), QStringLiteral("--count"), QStringLiteral("1"),
                          QStringLiteral("--timeout"), QStringLiteral("30")}),
                 qPrintable(s.stderrText));
        QString simOut;
        const int simRc = runSim({QStringLiteral("--plan"), doc("plan-psk.json"), QStringLiteral("--server"),
                                  QStringLiteral("127.0.0.1:%1").arg(s.port), QStringLiteral("--cipher"), suite,
                                  QStringLiteral("--json")},
                                 &simOut);
        QCOMPARE(simRc, 0);
        int rc = -1;
        const QList<QJsonObject> lines = s.finish(&rc);
        QCOMPARE(rc, 0);
        QCOMPARE(lines.size(), 1);
        const QJsonObject r = lines.first();
        QCOMPARE(r.value(QStringLiteral("endpoint")).toString(), QStringLiteral("urn:dev:ops:example-psk-0001"));
        QCOMPARE(r.value(QStringLiteral("mode")).toString(), QStringLiteral("psk"));
        QCOMPARE(r.value(QStringLiteral("suite")).toString(), suite);
        QCOMPARE(r.value(QStringLiteral("verdict")).toString(), QStringLiteral("success"));
        QVERIFY(r.value(QStringLiteral("steps")).toArray().size() >= 6);
        for (const QJsonValue& step : r.value(QStringLiteral("steps")).toArray())
            QVERIFY(step.toObject().contains(QStringLiteral("ms")));
        // The example plan's bootstrap key never shows up in any output (S26).
        QVERIFY(!simOut.contains(QStringLiteral("3a91c5e07d2b4f68a1e0c93d57b2f4e6"), Qt::CaseInsensitive));
        QVERIFY(!s.stderrText.contains(QStringLiteral("3a91c5e07d2b4f68a1e0c93d57b2f4e6"), Qt::CaseInsensitive));
        QVERIFY(simOut.contains(QStringLiteral("<secret:16 bytes>")));
    }

    void bulkServerSealsTheServerKeysInTheInventory_S26()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString inventoryPath = dir.filePath(QStringLiteral("inventory.sqlite"));
        const QString vaultPath = dir.filePath(QStringLiteral("vault.lwcv"));
        {
            lwc::Vault vault(std::make_unique<lwc::FileVaultStore>(vaultPath));
            QVERIFY(vault.load().ok());
            QVERIFY(vault.setKdfParams(lwc::KdfParams::minimum()).ok());
            QVERIFY(vault.create(lwc::SecretBytes::copyOf("correct horse battery")).ok());
        }
        const QString passFile = dir.filePath(QStringLiteral("pass"));
        {
            QFile f(passFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("correct horse battery\n");
        }
        // Without an inventory there is nowhere to keep them: a usage error.
        Server bad;
        QVERIFY(!bad.start({QStringLiteral("--plan"), doc("plan-psk.json"), QStringLiteral("--listen"),
                            QStringLiteral("127.0.0.1:0"), QStringLiteral("--vault"), vaultPath,
                            QStringLiteral("--vault-passphrase-file"), passFile}));
        int badRc = -1;
        bad.finish(&badRc);
        QCOMPARE(badRc, 2);
        QVERIFY(bad.stderrText.contains(QLatin1String("--inventory")));

        Server s;
        QVERIFY2(s.start({QStringLiteral("--plan"), doc("plan-psk.json"), QStringLiteral("--listen"),
                          QStringLiteral("127.0.0.1:0"), QStringLiteral("--count"), QStringLiteral("1"),
                          QStringLiteral("--timeout"), QStringLiteral("30"), QStringLiteral("--inventory"),
                          inventoryPath, QStringLiteral("--vault"), vaultPath,
                          QStringLiteral("--vault-passphrase-file"), passFile}),
                 qPrintable(s.stderrText));
        QString simOut;
        QCOMPARE(runSim({QStringLiteral("--plan"), doc("plan-psk.json"), QStringLiteral("--server"),
                         QStringLiteral("127.0.0.1:%1").arg(s.port)},
                        &simOut),
                 0);
        int rc = -1;
        const QList<QJsonObject> lines = s.finish(&rc);
        QCOMPARE(rc, 0);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(s.stderrText.contains(QLatin1String("sealed in the inventory: 1 server key(s)")),
                 qPrintable(s.stderrText));
        QVERIFY(!s.stderrText.contains(QLatin1String("horse")));

        auto inv = lwc::inventory::Inventory::openSqlite(inventoryPath);
        QVERIFY(inv.ok());
        const QString endpoint = QStringLiteral("urn:dev:ops:example-psk-0001");
        QString purpose;
        for (const QJsonValue& w : lines.first().value(QStringLiteral("written")).toArray()) {
            const QJsonObject o = w.toObject();
            if (!o.value(QStringLiteral("bootstrapAccount")).toBool()
                && o.value(QStringLiteral("path")).toString().startsWith(QLatin1String("/0/")))
                purpose = QStringLiteral("psk:") + o.value(QStringLiteral("path")).toString();
        }
        QVERIFY2(!purpose.isEmpty(), QJsonDocument(lines.first()).toJson().constData());
        const auto blob = (*inv)->sealedSecret(endpoint, purpose);
        QVERIFY(blob.ok());
        lwc::Vault vault(std::make_unique<lwc::FileVaultStore>(vaultPath));
        QVERIFY(vault.load().ok());
        QVERIFY(vault.unlock(lwc::SecretBytes::copyOf("correct horse battery")).ok());
        QVERIFY(vault.open(*blob, lwc::inventory::SealingCredentialFactory::associatedData(endpoint, purpose)).ok());
    }

    void pinPlanWarnsAndBootstrapsOverEcdhePsk_S4()
    {
        Server s;
        QVERIFY2(s.start({QStringLiteral("--plan"), doc("plan-pin.json"), QStringLiteral("--listen"),
                          QStringLiteral("127.0.0.1:0"), QStringLiteral("--count"), QStringLiteral("1"),
                          QStringLiteral("--timeout"), QStringLiteral("30")}),
                 qPrintable(s.stderrText));
        // Creating a PIN job says that LwM2M 1.1 forbids the method.
        QVERIFY(s.stderrText.contains(QStringLiteral("LwM2M 1.1 forbids")));
        QString simOut;
        QCOMPARE(runSim({QStringLiteral("--plan"), doc("plan-pin.json"), QStringLiteral("--server"),
                         QStringLiteral("127.0.0.1:%1").arg(s.port)},
                        &simOut),
                 0);
        int rc = -1;
        const QList<QJsonObject> lines = s.finish(&rc);
        QCOMPARE(rc, 0);
        QCOMPARE(lines.first().value(QStringLiteral("suite")).toString(),
                 QStringLiteral("ECDHE-PSK-AES128-CBC-SHA256"));
        QCOMPARE(lines.first().value(QStringLiteral("suiteIana")).toString(),
                 QStringLiteral("TLS_ECDHE_PSK_WITH_AES_128_CBC_SHA256"));
        QVERIFY(!s.stderrText.contains(QStringLiteral("482913")));
    }

    void pinListenerWithOpensslClient_S4_data()
    {
        QTest::addColumn<QString>("cipher");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("PSK-AES128-CCM8 refused") << QStringLiteral("PSK-AES128-CCM8") << false;
        QTest::newRow("ECDHE-PSK-AES128-CBC-SHA256 accepted") << QStringLiteral("ECDHE-PSK-AES128-CBC-SHA256") << true;
    }
    void pinListenerWithOpensslClient_S4()
    {
        QFETCH(QString, cipher);
        QFETCH(bool, accepted);
        Server s;
        QVERIFY(s.start({QStringLiteral("--plan"), doc("plan-pin.json"), QStringLiteral("--listen"),
                         QStringLiteral("127.0.0.1:0"), QStringLiteral("--timeout"), QStringLiteral("8")}));
        QProcess client;
        client.setProcessChannelMode(QProcess::MergedChannels);
        client.start(QStringLiteral("openssl"),
                     {QStringLiteral("s_client"), QStringLiteral("-dtls1_2"), QStringLiteral("-connect"),
                      QStringLiteral("127.0.0.1:%1").arg(s.port), QStringLiteral("-psk_identity"),
                      QStringLiteral("example-pin-0001"), QStringLiteral("-psk"),
                      QString::fromLatin1(QByteArray("482913").toHex()), QStringLiteral("-cipher"), cipher});
        QVERIFY(client.waitForStarted(5000));
        QString out;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 6000 && client.state() == QProcess::Running
               && !out.contains(QStringLiteral("Cipher is"))) {
            client.waitForReadyRead(100);
            out += QString::fromUtf8(client.readAll());
        }
        client.closeWriteChannel();
        client.waitForFinished(5000);
        out += QString::fromUtf8(client.readAll());
        if (accepted) {
            QVERIFY2(out.contains(QStringLiteral("Cipher is ECDHE-PSK-AES128-CBC-SHA256"))
                         && !out.contains(QStringLiteral("alert")),
                     qPrintable(out));
        } else {
            QVERIFY2(out.contains(QStringLiteral("alert"))
                         && !out.contains(QStringLiteral("Cipher is PSK-AES128-CCM8")),
                     qPrintable(out));
        }
        s.process.terminate();
    }

    void noSecPlanIsMarkedInsecure_S1()
    {
        Server s;
        QVERIFY(s.start({QStringLiteral("--plan"), doc("plan-nosec.json"), QStringLiteral("--listen"),
                         QStringLiteral("127.0.0.1:0"), QStringLiteral("--count"), QStringLiteral("1"),
                         QStringLiteral("--timeout"), QStringLiteral("30")}));
        QVERIFY(s.stderrText.contains(QStringLiteral("[S1]")));
        QString simOut;
        QCOMPARE(runSim({QStringLiteral("--plan"), doc("plan-nosec.json"), QStringLiteral("--server"),
                         QStringLiteral("127.0.0.1:%1").arg(s.port)},
                        &simOut),
                 0);
        int rc = -1;
        const QList<QJsonObject> lines = s.finish(&rc);
        QCOMPARE(rc, 0);
        QVERIFY(lines.first().value(QStringLiteral("insecure")).toBool());
    }

    void wrongKeyIsReportedAndServerExitsFailed()
    {
        QTemporaryDir dir;
        QFile key(dir.filePath(QStringLiteral("psk.hex")));
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write("00112233445566778899aabbccddeeff\n");
        key.close();
        Server s;
        QVERIFY(s.start({QStringLiteral("--plan"), doc("plan-psk.json"), QStringLiteral("--listen"),
                         QStringLiteral("127.0.0.1:0"), QStringLiteral("--count"), QStringLiteral("1"),
                         QStringLiteral("--timeout"), QStringLiteral("5")}));
        QString simOut;
        const int simRc = runSim({QStringLiteral("--endpoint"), QStringLiteral("urn:dev:ops:example-psk-0001"),
                                  QStringLiteral("--mode"), QStringLiteral("psk"), QStringLiteral("--identity"),
                                  QStringLiteral("urn:dev:ops:example-psk-0001"), QStringLiteral("--psk-file"),
                                  key.fileName(), QStringLiteral("--timeout"), QStringLiteral("3"),
                                  QStringLiteral("--server"), QStringLiteral("127.0.0.1:%1").arg(s.port)},
                                 &simOut);
        QCOMPARE(simRc, 1);
        int rc = -1;
        const QList<QJsonObject> lines = s.finish(&rc);
        QCOMPARE(rc, 1);
        QVERIFY(!lines.isEmpty());
        QCOMPARE(lines.first().value(QStringLiteral("verdict")).toString(), QStringLiteral("refused"));
        QCOMPARE(lines.first().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("dtls.badKey"));
    }

    void sigtermCancelsRunningBootstrapAndReportsIt()
    {
        Server s;
        QVERIFY(s.start({QStringLiteral("--plan"), doc("plan-psk.json"), QStringLiteral("--listen"),
                         QStringLiteral("127.0.0.1:0"), QStringLiteral("--request-timeout"), QStringLiteral("20")}));
        // The device vanishes after the first answers: the server waits for it.
        QProcess sim;
        sim.start(kCli,
                  {QStringLiteral("device-sim"), QStringLiteral("--plan"), doc("plan-psk.json"),
                   QStringLiteral("--server"), QStringLiteral("127.0.0.1:%1").arg(s.port),
                   QStringLiteral("--cut-after"), QStringLiteral("14"), QStringLiteral("--timeout"),
                   QStringLiteral("20")});
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 10000 && !s.stderrText.contains(QStringLiteral("bootstrap-discover"))) {
            s.process.waitForReadyRead(100);
            s.stderrText += QString::fromUtf8(s.process.readAllStandardError());
        }
        QVERIFY2(s.stderrText.contains(QStringLiteral("bootstrap-discover")), qPrintable(s.stderrText));
        s.process.terminate(); // SIGTERM
        int rc = -1;
        const QList<QJsonObject> lines = s.finish(&rc);
        QCOMPARE(rc, 1);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("bootstrap.cancelled"));
        QVERIFY(s.stderrText.contains(QStringLiteral("interrupted")));
        sim.kill();
        sim.waitForFinished(3000);
    }

    void x509PlanWithLocalCaAndCommonNameCheck_S18()
    {
        QTemporaryDir dir;
        QFile pass(dir.filePath(QStringLiteral("pass")));
        QVERIFY(pass.open(QIODevice::WriteOnly));
        pass.write("correct horse battery staple\n");
        pass.close();
        QProcess ca;
        ca.start(kCli,
                 {QStringLiteral("credentials"), QStringLiteral("generate"), QStringLiteral("ca"),
                  QStringLiteral("--ca-dir"), dir.filePath(QStringLiteral("ca")), QStringLiteral("--cn"),
                  QStringLiteral("Test CA"), QStringLiteral("--passphrase-file"), pass.fileName()});
        QVERIFY(ca.waitForFinished(30000));
        QCOMPARE(ca.exitCode(), 0);
        const QString pki = lwc::test::sourcePath(QStringLiteral("docs/examples/pki/"));
        const QStringList serverArgs {QStringLiteral("--plan"),
                                      doc("plan-x509.json"),
                                      QStringLiteral("--listen"),
                                      QStringLiteral("x509=127.0.0.1:0"),
                                      QStringLiteral("--cert"),
                                      pki + QStringLiteral("bootstrap-server.pem"),
                                      QStringLiteral("--key"),
                                      pki + QStringLiteral("bootstrap-server.key"),
                                      QStringLiteral("--ca-dir"),
                                      dir.filePath(QStringLiteral("ca")),
                                      QStringLiteral("--ca-passphrase-file"),
                                      pass.fileName(),
                                      QStringLiteral("--inventory"),
                                      dir.filePath(QStringLiteral("inventory.db")),
                                      QStringLiteral("--count"),
                                      QStringLiteral("1"),
                                      QStringLiteral("--timeout"),
                                      QStringLiteral("20")};
        const QStringList deviceArgs {QStringLiteral("--plan"),    doc("plan-x509.json"),
                                      QStringLiteral("--cert"),    pki + QStringLiteral("device-x509-0001.pem"),
                                      QStringLiteral("--key"),     pki + QStringLiteral("device-x509-0001.key"),
                                      QStringLiteral("--timeout"), QStringLiteral("4")};
        {
            // CN == endpoint: bootstrapped, with a certificate issued by the local CA.
            Server s;
            QVERIFY2(s.start(serverArgs), qPrintable(s.stderrText));
            QString simOut;
            QCOMPARE(
                runSim(deviceArgs
                           + QStringList {QStringLiteral("--endpoint"), QStringLiteral("urn:dev:ops:example-x509-0001"),
                                          QStringLiteral("--server"), QStringLiteral("127.0.0.1:%1").arg(s.port)},
                       &simOut),
                0);
            int rc = -1;
            const QList<QJsonObject> lines = s.finish(&rc);
            QCOMPARE(rc, 0);
            QCOMPARE(lines.first().value(QStringLiteral("mode")).toString(), QStringLiteral("x509"));
            QCOMPARE(lines.first().value(QStringLiteral("verdict")).toString(), QStringLiteral("success"));
        }
        {
            // The same certificate for another endpoint: refused with S18.
            Server s;
            QVERIFY(s.start(serverArgs));
            QString simOut;
            QCOMPARE(
                runSim(deviceArgs
                           + QStringList {QStringLiteral("--endpoint"), QStringLiteral("urn:dev:ops:example-x509-0002"),
                                          QStringLiteral("--server"), QStringLiteral("127.0.0.1:%1").arg(s.port)},
                       &simOut),
                1);
            QVERIFY(simOut.contains(QStringLiteral("4.03")));
            s.process.terminate();
            int rc = -1;
            const QList<QJsonObject> lines = s.finish(&rc);
            QVERIFY(!lines.isEmpty());
            QCOMPARE(lines.first().value(QStringLiteral("error")).toObject().value(QStringLiteral("rule")).toString(),
                     QStringLiteral("S18"));
        }
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no plan") << QStringList {QStringLiteral("bootstrap-server"), QStringLiteral("--listen"),
                                                 QStringLiteral("127.0.0.1:0")};
        QTest::newRow("bad listen") << QStringList {QStringLiteral("bootstrap-server"), QStringLiteral("--plan"),
                                                    doc("plan-psk.json"), QStringLiteral("--listen"),
                                                    QStringLiteral("nonsense")};
        QTest::newRow("bad count") << QStringList {QStringLiteral("bootstrap-server"),
                                                   QStringLiteral("--plan"),
                                                   doc("plan-psk.json"),
                                                   QStringLiteral("--listen"),
                                                   QStringLiteral("127.0.0.1:0"),
                                                   QStringLiteral("--count"),
                                                   QStringLiteral("zero")};
        QTest::newRow("sim without server")
            << QStringList {QStringLiteral("device-sim"), QStringLiteral("--plan"), doc("plan-psk.json")};
    }
    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        QProcess p;
        p.start(kCli, args);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(!p.readAllStandardError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(BootstrapCliTest)
#include "BootstrapCliTest.moc"
