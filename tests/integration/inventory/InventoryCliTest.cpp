// The real binaries against a real inventory (SQLite file and PostgreSQL):
// `commissioner-cli commission` with `device-sim` as the device, the
// inventory and audit verbs, and the crash test — the commission process is
// SIGKILLed mid-provision on a slow link, and the next start shows the job
// interrupted with its last step, the device "interrupted", the audit chain
// intact, and a new job succeeds.
#include "devicesim/UdpFaultProxy.h"

#include "PostgresServer.h"
#include "inventory/Inventory.h"
#include "inventory/SealingCredentialFactory.h"
#include "vault/Vault.h"
#include "vault/VaultStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace lwc;

namespace {

const QString kCli = QStringLiteral(LWC_CLI_PATH);

const char* kPlan = "{\"version\":1,\"name\":\"cli test\",\"devices\":[{\"endpoint\":\"dev-cli\","
                    "\"bootstrap\":{\"mode\":\"psk\",\"pskIdentity\":\"dev-cli\","
                    "\"psk\":{\"hex\":\"9f3c1a7be2d45086c1f0a3e9b7d26c54\"}},"
                    "\"servers\":[{\"shortServerId\":101,\"uri\":\"coaps://lwm2m.example.com:5684\","
                    "\"security\":{\"mode\":\"psk\",\"pskIdentity\":\"dev-cli-server\",\"psk\":\"generate\"}}]}]}";

struct Run {
    int exitCode = -1;
    QByteArray out;
    QString err;
    QList<QJsonObject> jsonLines() const
    {
        QList<QJsonObject> lines;
        for (const QByteArray& l : out.split('\n'))
            if (!l.trimmed().isEmpty())
                lines << QJsonDocument::fromJson(l).object();
        return lines;
    }
};

Run runCli(const QStringList& args, int timeoutMs = 60000)
{
    QProcess p;
    p.start(kCli, args);
    Run r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(3000);
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// `commission` running in the background; its stderr is collected while
// the test's event loop turns (QTRY_*), so an in-process proxy keeps working.
struct Commission {
    QProcess process;
    QString err;
    QByteArray out;

    void start(const QStringList& args)
    {
        QObject::connect(&process, &QProcess::readyReadStandardError,
                         [this] { err += QString::fromUtf8(process.readAllStandardError()); });
        QObject::connect(&process, &QProcess::readyReadStandardOutput,
                         [this] { out += process.readAllStandardOutput(); });
        process.start(kCli, QStringList {QStringLiteral("commission")} + args);
    }
    quint16 port() const
    {
        static const QRegularExpression re(QStringLiteral("listening \\w+ port (\\d+)"));
        const auto m = re.match(err);
        return m.hasMatch() ? quint16(m.captured(1).toUInt()) : 0;
    }
    ~Commission()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(3000);
        }
    }
};

struct Sim {
    QProcess process;
    void start(quint16 port, const QString& plan, int timeoutSeconds = 30)
    {
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(kCli,
                      {QStringLiteral("device-sim"), QStringLiteral("--server"),
                       QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--plan"), plan,
                       QStringLiteral("--endpoint"), QStringLiteral("dev-cli"), QStringLiteral("--timeout"),
                       QString::number(timeoutSeconds)});
    }
    ~Sim()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(3000);
        }
    }
};

QJsonObject showDevice(const QString& inventory)
{
    const Run r = runCli({QStringLiteral("inventory"), QStringLiteral("show"), QStringLiteral("dev-cli"),
                          QStringLiteral("--inventory"), inventory, QStringLiteral("--json")});
    return r.exitCode == 0 ? QJsonDocument::fromJson(r.out).object() : QJsonObject();
}

} // namespace

class InventoryCliTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString planFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("plan.json"));
        if (!QFile::exists(path)) {
            QFile f(path);
            if (f.open(QIODevice::WriteOnly))
                f.write(kPlan);
        }
        return path;
    }

    // One commissioning job with device-sim, straight (no proxy).
    void commissionOnce(const QString& inventory, Run* result, const QStringList& extra = {})
    {
        Commission c;
        c.start(QStringList {QStringLiteral("--plan"), planFile(), QStringLiteral("--endpoint"),
                             QStringLiteral("dev-cli"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                             QStringLiteral("--inventory"), inventory, QStringLiteral("--wait"), QStringLiteral("30"),
                             QStringLiteral("--technician"), QStringLiteral("Jo Technician")}
                + extra);
        QTRY_VERIFY_WITH_TIMEOUT(c.port() != 0 || c.process.state() == QProcess::NotRunning, 20000);
        QVERIFY2(c.port() != 0, qPrintable(c.err));
        Sim sim;
        sim.start(c.port(), planFile());
        QVERIFY(sim.process.waitForFinished(60000));
        QTRY_VERIFY_WITH_TIMEOUT(c.process.state() == QProcess::NotRunning, 60000);
        result->exitCode = c.process.exitStatus() == QProcess::NormalExit ? c.process.exitCode() : -1;
        c.out += c.process.readAllStandardOutput();
        c.err += QString::fromUtf8(c.process.readAllStandardError());
        result->out = c.out;
        result->err = c.err;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void commissionRecordsEverything_data() { test::addBackendColumn(); }
    void commissionRecordsEverything()
    {
        QFETCH(QString, backend);
        LWC_TEST_DATABASE(tdb, backend);
        const QString inventory = tdb.connectionText();
        Run job;
        commissionOnce(inventory, &job);
        QVERIFY2(job.exitCode == 0, qPrintable(job.err));
        QVERIFY(job.err.contains(QLatin1String("step 0 listen: running")));
        QVERIFY(job.err.contains(QLatin1String("commissioner-cli commission: succeeded")));
        const QJsonObject record = job.jsonLines().value(0);
        QCOMPARE(record.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(record.value(QStringLiteral("endpoint")).toString(), QStringLiteral("dev-cli"));
        QCOMPARE(record.value(QStringLiteral("technician")).toString(), QStringLiteral("Jo Technician"));
        QVERIFY(!job.out.contains("9f3c1a7be2d45086c1f0a3e9b7d26c54")); // S26: no key on stdout
        QVERIFY(!job.err.contains(QLatin1String("9f3c1a7be2d45086c1f0a3e9b7d26c54")));

        const Run devices = runCli({QStringLiteral("inventory"), QStringLiteral("devices"),
                                    QStringLiteral("--inventory"), inventory, QStringLiteral("--json")});
        QCOMPARE(devices.exitCode, 0);
        QCOMPARE(devices.jsonLines().size(), 1);
        QCOMPARE(devices.jsonLines().first().value(QStringLiteral("state")).toString(), QStringLiteral("commissioned"));
        const Run text = runCli({QStringLiteral("inventory"), QStringLiteral("devices"), QStringLiteral("--inventory"),
                                 inventory, QStringLiteral("--filter"), QStringLiteral("commissioned")});
        QVERIFY2(text.out.contains("dev-cli") && text.out.contains("1 of 1 devices"), text.out.constData());

        const Run jobs = runCli({QStringLiteral("inventory"), QStringLiteral("jobs"), QStringLiteral("dev-cli"),
                                 QStringLiteral("--inventory"), inventory, QStringLiteral("--json")});
        QCOMPARE(jobs.exitCode, 0);
        QCOMPARE(jobs.jsonLines().first().value(QStringLiteral("id")), record.value(QStringLiteral("id")));

        const QJsonObject shown = showDevice(inventory);
        QCOMPARE(shown.value(QStringLiteral("device")).toObject().value(QStringLiteral("lastJobId")),
                 record.value(QStringLiteral("id")));
        const QJsonArray accounts = shown.value(QStringLiteral("accounts")).toArray();
        QCOMPARE(accounts.size(), 2);
        QCOMPARE(accounts.at(0).toObject().value(QStringLiteral("uri")).toString(),
                 QStringLiteral("coaps://lwm2m.example.com:5684"));
        QStringList actions;
        for (const QJsonValue& v : shown.value(QStringLiteral("audit")).toArray())
            actions.prepend(v.toObject().value(QStringLiteral("action")).toString());
        QCOMPARE(actions.first(), QStringLiteral("device.added"));
        QCOMPARE(actions.last(), QStringLiteral("job.finished"));
        QVERIFY(actions.contains(QStringLiteral("job.started")));
        QVERIFY(actions.count(QStringLiteral("job.step")) >= 6);
        QCOMPARE(shown.value(QStringLiteral("audit")).toArray().first().toObject().value(QStringLiteral("actor")),
                 QJsonValue(QStringLiteral("Jo Technician")));

        const Run verify
            = runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--inventory"), inventory});
        QCOMPARE(verify.exitCode, 0);
        QVERIFY2(verify.out.contains("audit log intact"), verify.out.constData());
        const QString exported = m_dir.filePath(QStringLiteral("audit-%1.jsonl").arg(backend));
        const Run exportRun = runCli({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--inventory"),
                                      inventory, QStringLiteral("--out"), exported});
        QCOMPARE(exportRun.exitCode, 0);
        QFile f(exported);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), actions.size());
        QCOMPARE(QJsonDocument::fromJson(lines.last()).object().value(QStringLiteral("action")).toString(),
                 QStringLiteral("job.finished"));
        // No overwrite without --force.
        QCOMPARE(runCli({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--inventory"), inventory,
                         QStringLiteral("--out"), exported})
                     .exitCode,
                 1);
    }

    void commissionSealsTheGeneratedServerKey_S26()
    {
        LWC_TEST_DATABASE(tdb, QStringLiteral("sqlite"));
        const QString inventory = tdb.connectionText();
        const QString vaultPath = m_dir.filePath(QStringLiteral("seal/vault.lwcv"));
        const QString passFile = m_dir.filePath(QStringLiteral("seal/passphrase"));
        const QString wrongFile = m_dir.filePath(QStringLiteral("seal/wrong"));
        {
            Vault vault(std::make_unique<FileVaultStore>(vaultPath));
            QVERIFY(vault.load().ok());
            QVERIFY(vault.setKdfParams(KdfParams::minimum()).ok());
            QVERIFY(vault.create(SecretBytes::copyOf("correct horse battery")).ok());
        }
        for (const auto& [path, text] : {std::pair {passFile, QByteArray("correct horse battery\n")},
                                         std::pair {wrongFile, QByteArray("wrong horse battery\n")}}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        }

        // A wrong passphrase ends the command before anything is written.
        const Run refused = runCli({QStringLiteral("commission"), QStringLiteral("--plan"), planFile(),
                                    QStringLiteral("--endpoint"), QStringLiteral("dev-cli"), QStringLiteral("--listen"),
                                    QStringLiteral("127.0.0.1:0"), QStringLiteral("--inventory"), inventory,
                                    QStringLiteral("--vault"), vaultPath, QStringLiteral("--vault-passphrase-file"),
                                    wrongFile});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("vault.")), qPrintable(refused.err));
        QVERIFY(!refused.err.contains(QLatin1String("listening")));
        QVERIFY(!refused.err.contains(QLatin1String("horse")));

        Run job;
        commissionOnce(inventory, &job,
                       {QStringLiteral("--vault"), vaultPath, QStringLiteral("--vault-passphrase-file"), passFile});
        QVERIFY2(job.exitCode == 0, qPrintable(job.err));
        static const QRegularExpression sealedLine(QStringLiteral("sealed in the inventory: (psk:/0/\\d+)"));
        const auto m = sealedLine.match(job.err);
        QVERIFY2(m.hasMatch(), qPrintable(job.err));
        const QString purpose = m.captured(1);

        // The inventory holds only the vault's ciphertext; the vault opens it,
        // bound to this device and record, as a fresh 128-bit key (S3).
        auto inv = inventory::Inventory::open(tdb.options());
        QVERIFY(inv.ok());
        const auto blob = (*inv)->sealedSecret(QStringLiteral("dev-cli"), purpose);
        QVERIFY(blob.ok());
        Vault vault(std::make_unique<FileVaultStore>(vaultPath));
        QVERIFY(vault.load().ok());
        QVERIFY(vault.unlock(SecretBytes::copyOf("correct horse battery")).ok());
        const auto key = vault.open(*blob, inventory::SealingCredentialFactory::associatedData(
                                               QStringLiteral("dev-cli"), purpose));
        QVERIFY(key.ok());
        QCOMPARE(key->size(), 16);
        QVERIFY(!vault.open(*blob, inventory::SealingCredentialFactory::associatedData(QStringLiteral("dev-other"),
                                                                                      purpose))
                     .ok());
    }

    void auditVerifyNamesTheFirstBrokenRecord_data() { test::addBackendColumn(); }
    void auditVerifyNamesTheFirstBrokenRecord()
    {
        QFETCH(QString, backend);
        LWC_TEST_DATABASE(tdb, backend);
        const QString inventory = tdb.connectionText();
        Run job;
        commissionOnce(inventory, &job);
        QCOMPARE(job.exitCode, 0);
        {
            auto db = inventory::InventoryDatabase::open(tdb.options());
            QVERIFY(db.ok());
            QSqlQuery q((*db)->database());
            QVERIFY2(q.exec(QStringLiteral("UPDATE audit_log SET actor = 'someone else' WHERE seq = 4")),
                     qPrintable(q.lastError().text()));
        }
        const Run verify
            = runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--inventory"), inventory});
        QCOMPARE(verify.exitCode, 1);
        QVERIFY2(verify.out.contains("BROKEN at record 4"), verify.out.constData());
        const Run json = runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--inventory"),
                                 inventory, QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 1);
        const QJsonObject o = json.jsonLines().value(0);
        QCOMPARE(o.value(QStringLiteral("intact")).toBool(), false);
        QCOMPARE(o.value(QStringLiteral("firstBrokenSequence")).toInteger(), 4);
    }

    // The crash test (issue 6): kill -9 mid-provision, then start again.
    void killedMidProvisionEndsInterrupted_data() { test::addBackendColumn(); }
    void killedMidProvisionEndsInterrupted()
    {
        QFETCH(QString, backend);
        LWC_TEST_DATABASE(tdb, backend);
        const QString inventory = tdb.connectionText();
        QString killedJob;
        {
            Commission c;
            c.start({QStringLiteral("--plan"), planFile(), QStringLiteral("--endpoint"), QStringLiteral("dev-cli"),
                     QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--inventory"),
                     inventory, QStringLiteral("--wait"), QStringLiteral("60"), QStringLiteral("--request-timeout"),
                     QStringLiteral("20")});
            QTRY_VERIFY_WITH_TIMEOUT(c.port() != 0 || c.process.state() == QProcess::NotRunning, 20000);
            QVERIFY2(c.port() != 0, qPrintable(c.err));
            // A slow link: every datagram waits 250 ms in each direction.
            devicesim::UdpFaultProxy proxy;
            QVERIFY(proxy.start(QHostAddress::LocalHost, 0, QHostAddress::LocalHost, c.port()).ok());
            devicesim::UdpFaultProxy::Faults slow;
            slow.delayMs = 250;
            proxy.setFaults(slow);
            Sim sim;
            sim.start(proxy.port(), planFile(), 60);
            // Mid-provision: a delete or write went to the device and is not answered yet.
            static const QRegularExpression writing(QStringLiteral("step \\d+ (delete|write) \\S+: running"));
            QTRY_VERIFY_WITH_TIMEOUT(writing.match(c.err).hasMatch() || c.process.state() == QProcess::NotRunning,
                                     60000);
            QVERIFY2(c.process.state() == QProcess::Running, qPrintable(c.err));
            c.process.kill(); // SIGKILL: no cleanup, no last words
            QVERIFY(c.process.waitForFinished(5000));
            QCOMPARE(c.process.exitStatus(), QProcess::CrashExit);
            static const QRegularExpression jobId(QStringLiteral("job (\\S+) for dev-cli: listening"));
            killedJob = jobId.match(c.err).captured(1);
            QVERIFY(!killedJob.isEmpty());
        }

        // Next start: the job is recovered as interrupted, with its last step.
        const Run jobs = runCli({QStringLiteral("inventory"), QStringLiteral("jobs"), QStringLiteral("--inventory"),
                                 inventory, QStringLiteral("--json")});
        QCOMPARE(jobs.exitCode, 0);
        QVERIFY2(jobs.err.contains(QStringLiteral("job %1 for dev-cli was interrupted during").arg(killedJob)),
                 qPrintable(jobs.err));
        const QJsonObject job = jobs.jsonLines().value(0);
        QCOMPARE(job.value(QStringLiteral("id")).toString(), killedJob);
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("interrupted"));
        QCOMPARE(job.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("jobs.interruptedPartial"));
        const QJsonObject lastStep = job.value(QStringLiteral("steps")).toArray().last().toObject();
        QVERIFY2(lastStep.value(QStringLiteral("name")) == QJsonValue(QStringLiteral("delete"))
                     || lastStep.value(QStringLiteral("name")) == QJsonValue(QStringLiteral("write")),
                 QJsonDocument(lastStep).toJson().constData());
        QCOMPARE(lastStep.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        QCOMPARE(lastStep.value(QStringLiteral("error")).toString(), QStringLiteral("jobs.interrupted"));
        for (const QJsonValue& s : job.value(QStringLiteral("steps")).toArray())
            QVERIFY(s.toObject().value(QStringLiteral("state")).toString() != QLatin1String("running"));

        QJsonObject shown = showDevice(inventory);
        QCOMPARE(shown.value(QStringLiteral("device")).toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("interrupted"));
        QCOMPARE(shown.value(QStringLiteral("audit")).toArray().at(1).toObject().value(QStringLiteral("action")),
                 QJsonValue(QStringLiteral("job.interrupted")));
        const Run verify
            = runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--inventory"), inventory});
        QCOMPARE(verify.exitCode, 0);
        QVERIFY2(verify.out.contains("intact"), verify.out.constData());

        // Recovered once only; running the job again commissions the device.
        Run again;
        commissionOnce(inventory, &again);
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY(!again.err.contains(QLatin1String("was interrupted")));
        shown = showDevice(inventory);
        QCOMPARE(shown.value(QStringLiteral("device")).toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("commissioned"));
        const QJsonArray history = shown.value(QStringLiteral("jobs")).toArray();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(history.at(1).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("interrupted"));
        QCOMPARE(runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--inventory"), inventory})
                     .exitCode,
                 0);
    }

    void deviceThatNeverComesFailsTheJob_data() { test::addBackendColumn(); }
    void deviceThatNeverComesFailsTheJob()
    {
        QFETCH(QString, backend);
        LWC_TEST_DATABASE(tdb, backend);
        const Run r = runCli({QStringLiteral("commission"), QStringLiteral("--plan"), planFile(),
                              QStringLiteral("--endpoint"), QStringLiteral("dev-cli"), QStringLiteral("--listen"),
                              QStringLiteral("127.0.0.1:0"), QStringLiteral("--inventory"), tdb.connectionText(),
                              QStringLiteral("--wait"), QStringLiteral("0.5")});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject record = r.jsonLines().value(0);
        QCOMPARE(record.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        QCOMPARE(record.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("jobs.deviceTimeout"));
        QVERIFY(r.err.contains(QLatin1String("did not connect")));
        QCOMPARE(showDevice(tdb.connectionText())
                     .value(QStringLiteral("device"))
                     .toObject()
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("failed"));
    }

    void usageAndErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        QTest::newRow("inventory without command") << QStringList {"inventory"} << 2 << "devices, jobs or show";
        QTest::newRow("inventory unknown command") << QStringList {"inventory", "frobnicate"} << 2 << "unknown command";
        QTest::newRow("show without endpoint") << QStringList {"inventory", "show"} << 2 << "exactly one ENDPOINT";
        QTest::newRow("audit without command") << QStringList {"audit"} << 2 << "verify or export";
        QTest::newRow("commission without plan")
            << QStringList {"commission", "--endpoint", "x", "--listen", "127.0.0.1:0"} << 2 << "--plan is required";
        QTest::newRow("commission bad listen")
            << QStringList {"commission", "--plan", "p", "--endpoint", "x", "--listen", "nowhere"} << 2
            << "ADDRESS:PORT";
        QTest::newRow("password in connection")
            << QStringList {"inventory", "devices", "--inventory", "pg:dbname=x;password=hunter2"} << 1 << "PGPASSWORD";
        QTest::newRow("unreachable inventory")
            << QStringList {"audit", "verify", "--inventory", "/nonexistent-dir/inventory.sqlite"} << 1
            << "could not be opened";
        QTest::newRow("help") << QStringList {"commission", "--help"} << 0 << "--listen";
        QTest::newRow("inventory help") << QStringList {"inventory", "--help"} << 0 << "devices";
    }
    void usageAndErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        const Run r = runCli(args);
        QCOMPARE(r.exitCode, exitCode);
        const QString all = QString::fromUtf8(r.out) + r.err;
        QVERIFY2(all.contains(says), qPrintable(all));
        QVERIFY(!all.contains(QLatin1String("hunter2")));
    }

    void showUnknownDeviceFails()
    {
        const QString inv = m_dir.filePath(QStringLiteral("empty.sqlite"));
        const Run r = runCli({QStringLiteral("inventory"), QStringLiteral("show"), QStringLiteral("nobody"),
                              QStringLiteral("--inventory"), inv});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("no device \"nobody\"")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(InventoryCliTest)
#include "InventoryCliTest.moc"
