// The Inventory facade on SQLite and PostgreSQL: devices and their states,
// sealed secrets (S26), receipts, accounts per device, job history and the
// start-up recovery of interrupted jobs.
#include "inventory/Inventory.h"
#include "inventory/JobRecorder.h"
#include "inventory/SqlInventory.h"
#include "vault/Vault.h"
#include "vault/VaultStore.h"

#include "MockClock.h"
#include "PostgresServer.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace lwc;
using namespace lwc::inventory;
using namespace lwc::jobs;

namespace {

struct Fixture {
    std::unique_ptr<Inventory> inv;
    test::MockClock clock;
};

QStringList actions(Inventory& inv, const QString& endpoint = {})
{
    QStringList out;
    const auto events = inv.audit().events(endpoint).value();
    for (const AuditEvent& e : events)
        out.prepend(e.action); // oldest first
    return out;
}

JobRecord job(const QString& id, const QString& endpoint, JobState state, QDateTime created)
{
    JobRecord r;
    r.id = id;
    r.kind = QStringLiteral("bootstrap");
    r.endpoint = endpoint;
    r.state = state;
    r.createdAt = created;
    return r;
}

} // namespace

#define LWC_INVENTORY(fx, backend)                                                                                     \
    LWC_TEST_DATABASE(tdb, backend);                                                                                   \
    Fixture fx;                                                                                                        \
    {                                                                                                                  \
        auto opened = Inventory::open(tdb.options());                                                                  \
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));                        \
        fx.inv = std::move(opened).value();                                                                            \
        fx.inv->setClock(fx.clock);                                                                                    \
        fx.inv->setActor(QStringLiteral("jo"));                                                                        \
    }

class InventoryTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void devicesAreAddedOnceWithTheirProfile_data() { test::addBackendColumn(); }
    void devicesAreAddedOnceWithTheirProfile()
    {
        QFETCH(QString, backend);
        LWC_INVENTORY(fx, backend);
        auto a = fx.inv->ensureDevice(QStringLiteral("urn:dev:a"), QStringLiteral("spki"));
        QVERIFY(a.ok());
        QCOMPARE(a->id, qint64(1));
        QCOMPARE(a->state, DeviceState::New);
        QCOMPARE(a->createdAt, fx.clock.now());
        fx.clock.advanceSeconds(5);
        auto b = fx.inv->ensureDevice(QStringLiteral("urn:dev:b"));
        QCOMPARE(b->id, qint64(2));
        auto again = fx.inv->ensureDevice(QStringLiteral("urn:dev:a"));
        QCOMPARE(again->id, qint64(1));
        QCOMPARE(again->profile, QStringLiteral("spki")); // kept when none is given
        QCOMPARE(fx.inv->ensureDevice(QStringLiteral("urn:dev:a"), QStringLiteral("raw"))->profile,
                 QStringLiteral("raw"));
        QCOMPARE(fx.inv->device(QStringLiteral("urn:dev:a"))->value().profile, QStringLiteral("raw"));
        QVERIFY(!fx.inv->device(QStringLiteral("urn:dev:zzz"))->has_value());
        QCOMPARE(fx.inv->deviceCount().value(), qint64(2));
        QCOMPARE(fx.inv->devices()->size(), 2);
        QCOMPARE(fx.inv->ensureDevice(QStringLiteral("  ")).error().code, QStringLiteral("inventory.device.endpoint"));
        QCOMPARE(actions(*fx.inv), (QStringList {QStringLiteral("device.added"), QStringLiteral("device.added")}));
        QCOMPARE(fx.inv->audit().events().value().first().actor, QStringLiteral("jo"));
    }

    void deviceStateChangesAreAudited_data() { test::addBackendColumn(); }
    void deviceStateChangesAreAudited()
    {
        QFETCH(QString, backend);
        LWC_INVENTORY(fx, backend);
        QVERIFY(fx.inv->ensureDevice(QStringLiteral("dev")).ok());
        fx.clock.advanceSeconds(60);
        QVERIFY(fx.inv->setDeviceState(QStringLiteral("dev"), DeviceState::InProgress, QStringLiteral("job-1")).ok());
        QVERIFY(fx.inv->setDeviceState(QStringLiteral("dev"), DeviceState::InProgress, QStringLiteral("job-1")).ok());
        QVERIFY(fx.inv->setDeviceState(QStringLiteral("dev"), DeviceState::Commissioned, QStringLiteral("job-1")).ok());
        const DeviceRow d = fx.inv->device(QStringLiteral("dev"))->value();
        QCOMPARE(d.state, DeviceState::Commissioned);
        QCOMPARE(d.lastJobId, QStringLiteral("job-1"));
        QCOMPARE(d.lastJobAt, fx.clock.now());
        // One record per real change (no record for "in-progress" twice).
        QCOMPARE(actions(*fx.inv, QStringLiteral("dev")),
                 (QStringList {QStringLiteral("device.added"), QStringLiteral("device.state"),
                               QStringLiteral("device.state")}));
        const AuditEvent last = fx.inv->audit().events(QStringLiteral("dev")).value().first();
        QCOMPARE(last.details.value(QStringLiteral("from")).toString(), QStringLiteral("in-progress"));
        QCOMPARE(last.details.value(QStringLiteral("to")).toString(), QStringLiteral("commissioned"));
        QCOMPARE(last.jobId, QStringLiteral("job-1"));
        QCOMPARE(fx.inv->setDeviceState(QStringLiteral("ghost"), DeviceState::Failed, {}).error().code,
                 QStringLiteral("inventory.device.unknown"));
        for (DeviceState s : {DeviceState::New, DeviceState::InProgress, DeviceState::Commissioned, DeviceState::Failed,
                              DeviceState::Interrupted})
            QCOMPARE(deviceStateFromName(deviceStateName(s)), std::optional<DeviceState>(s));
        QVERIFY(!deviceStateFromName(u"broken"));
    }

    // S26: the inventory stores vault blobs only, and gives them back as stored.
    void storesOnlySealedSecrets_S26_data() { test::addBackendColumn(); }
    void storesOnlySealedSecrets_S26()
    {
        QFETCH(QString, backend);
        LWC_INVENTORY(fx, backend);
        QVERIFY(fx.inv->ensureDevice(QStringLiteral("dev")).ok());
        QTemporaryDir dir;
        Vault vault(std::make_unique<FileVaultStore>(dir.filePath(QStringLiteral("vault.lwcv"))));
        QVERIFY(vault.setKdfParams(KdfParams::minimum()).ok());
        QVERIFY(vault.load().ok());
        QVERIFY(vault.create(SecretBytes::copyOf("correct horse battery staple")).ok());
        const SecretBytes psk = SecretBytes::random(16).value();
        const QByteArray ad("credential:dev:psk:/0/1");
        const QByteArray sealed = vault.seal(psk, ad).value();
        QVERIFY(fx.inv->storeSealedSecret(QStringLiteral("dev"), QStringLiteral("psk:/0/1"), sealed).ok());
        const QByteArray back = fx.inv->sealedSecret(QStringLiteral("dev"), QStringLiteral("psk:/0/1")).value();
        QCOMPARE(back, sealed);
        QVERIFY(vault.open(back, ad).value().equals(psk));

        // Plain key bytes, a short blob, or a "blob" that carries the live key in clear: refused.
        QByteArray plain = psk.revealCopy();
        QByteArray fakeBlob
            = QByteArray(1, char(Vault::kBlobVersion)) + QByteArray(20, 'x') + plain + QByteArray(16, 't');
        for (const QByteArray& bad : {plain, QByteArray(8, char(1)), fakeBlob}) {
            const Status refused = fx.inv->storeSealedSecret(QStringLiteral("dev"), QStringLiteral("psk:/0/2"), bad);
            QCOMPARE(refused.error().code, QStringLiteral("inventory.secret.notSealed"));
            QCOMPARE(refused.error().rule, Rule::S26);
            QVERIFY(!refused.error().toString().contains(QString::fromLatin1(plain.toHex())));
        }
        wipeByteArray(plain);
        wipeByteArray(fakeBlob);
        QCOMPARE(fx.inv->sealedSecret(QStringLiteral("dev"), QStringLiteral("psk:/0/2")).error().code,
                 QStringLiteral("inventory.secret.missing"));
        // Replacing is allowed and audited (size and purpose only).
        QVERIFY(
            fx.inv->storeSealedSecret(QStringLiteral("dev"), QStringLiteral("psk:/0/1"), vault.seal(psk, ad).value())
                .ok());
        const AuditEvent e = fx.inv->audit().events().value().first();
        QCOMPARE(e.action, QStringLiteral("secret.stored"));
        QCOMPARE(e.rule, Rule::S26);
        QCOMPARE(e.details.value(QStringLiteral("replaced")).toBool(), true);
        QCOMPARE(e.details.value(QStringLiteral("sealedBytes")).toInteger(), sealed.size());
        if (backend == QLatin1String("sqlite")) {
            QFile f(tdb.options().databaseName);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray file = f.readAll();
            QByteArray raw = psk.revealCopy();
            QVERIFY(!file.contains(raw));
            QVERIFY(!file.contains(raw.toHex()));
            wipeByteArray(raw);
            // Owner-only file (fingerprints and the audit trail are private too).
            QCOMPARE(QFileInfo(f).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        }
    }

    // Issued credentials are audit records too (fingerprints only), once per
    // endpoint and credential; a refused duplicate leaves no record (S5).
    void issuedCredentialsAreAudited_S5_data() { test::addBackendColumn(); }
    void issuedCredentialsAreAudited_S5()
    {
        QFETCH(QString, backend);
        LWC_INVENTORY(fx, backend);
        const SecretBytes psk = SecretBytes::random(16).value();
        const CredentialFingerprint pskFp = fx.inv->credentials().psk(psk).value();
        const CredentialFingerprint id = CredentialRegistry::pskIdentity(QStringLiteral("dev-1"));
        QVERIFY(fx.inv->credentials().record(QStringLiteral("dev-1"), {id, pskFp}).ok());
        QVERIFY(fx.inv->credentials().record(QStringLiteral("dev-1"), {id, pskFp}).ok()); // a retried job
        QCOMPARE(fx.inv->credentials().record(QStringLiteral("dev-2"), {pskFp}).error().rule, Rule::S5);
        const auto events = fx.inv->audit().events().value();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().action, QStringLiteral("credential.issued"));
        QCOMPARE(events.first().endpoint, QStringLiteral("dev-1"));
        const QJsonArray creds = events.first().details.value(QStringLiteral("credentials")).toArray();
        QCOMPARE(creds.size(), 2);
        QCOMPARE(creds.at(1).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("psk"));
        QCOMPARE(creds.at(1).toObject().value(QStringLiteral("fingerprint")).toString(), pskFp.fingerprint);
        QVERIFY(fx.inv->audit().verify()->intact);
    }

    void receiptsAreStoredByJob_S26_data() { test::addBackendColumn(); }
    void receiptsAreStoredByJob_S26()
    {
        QFETCH(QString, backend);
        LWC_INVENTORY(fx, backend);
        const QByteArray receipt = R"({"endpoint":"dev","signature":"MEUCIQ","written":["/0/1"]})";
        QVERIFY(fx.inv->storeReceipt(QStringLiteral("job-1"), receipt).ok());
        QCOMPARE(fx.inv->receipt(QStringLiteral("job-1")).value(), receipt);
        QCOMPARE(fx.inv->receipt(QStringLiteral("job-2")).error().code, QStringLiteral("inventory.receipt.missing"));
        QCOMPARE(fx.inv->storeReceipt(QStringLiteral("job-3"), "not json").error().code,
                 QStringLiteral("inventory.receipt.invalid"));
        const SecretBytes key = SecretBytes::random(16).value();
        QByteArray plain = key.revealCopy();
        const QByteArray leaking = "{\"psk\":\"" + plain.toHex() + "\"}";
        wipeByteArray(plain);
        const Status refused = fx.inv->storeReceipt(QStringLiteral("job-4"), leaking);
        QCOMPARE(refused.error().code, QStringLiteral("inventory.receipt.secret"));
        QCOMPARE(refused.error().rule, Rule::S26);
        const AuditEvent e = fx.inv->audit().events().value().first();
        QCOMPARE(e.action, QStringLiteral("receipt.stored"));
        QCOMPARE(e.jobId, QStringLiteral("job-1"));
        QCOMPARE(e.details.value(QStringLiteral("sha256")).toString().size(), 64);
    }

    void accountsDescribeWhatTheDeviceHolds_S26_data() { test::addBackendColumn(); }
    void accountsDescribeWhatTheDeviceHolds_S26()
    {
        QFETCH(QString, backend);
        LWC_INVENTORY(fx, backend);
        QVERIFY(fx.inv->ensureDevice(QStringLiteral("dev")).ok());
        AccountRow bs;
        bs.path = QStringLiteral("/0/0");
        bs.bootstrapAccount = true;
        bs.securityMode = QStringLiteral("psk");
        bs.uri = QStringLiteral("coaps://bs.example.com:5684");
        bs.resources = {QStringLiteral("0=coaps://bs.example.com:5684"), QStringLiteral("5=<secret:16 bytes>")};
        AccountRow server = bs;
        server.path = QStringLiteral("/1/0");
        server.bootstrapAccount = false;
        server.shortServerId = 101;
        server.contentFormat = 11542;
        QVERIFY(fx.inv->recordAccounts(QStringLiteral("dev"), QStringLiteral("job-1"), {server, bs}).ok());
        auto stored = fx.inv->accounts(QStringLiteral("dev")).value();
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored.at(0).path, QStringLiteral("/0/0"));
        QVERIFY(stored.at(0).bootstrapAccount);
        QCOMPARE(stored.at(0).resources, bs.resources);
        QCOMPARE(stored.at(1).shortServerId, 101);
        QCOMPARE(stored.at(1).contentFormat, 11542);
        QCOMPARE(stored.at(1).jobId, QStringLiteral("job-1"));
        QCOMPARE(stored.at(1).writtenAt, fx.clock.now());
        // A newer job replaces the set; a description with a live key is refused.
        QVERIFY(fx.inv->recordAccounts(QStringLiteral("dev"), QStringLiteral("job-2"), {server}).ok());
        QCOMPARE(fx.inv->accounts(QStringLiteral("dev"))->size(), 1);
        const SecretBytes key = SecretBytes::random(16).value();
        QByteArray plain = key.revealCopy();
        server.resources << QStringLiteral("5=") + QString::fromLatin1(plain.toHex());
        wipeByteArray(plain);
        QCOMPARE(fx.inv->recordAccounts(QStringLiteral("dev"), QStringLiteral("job-3"), {server}).error().rule,
                 Rule::S26);
        QCOMPARE(fx.inv->accounts(QStringLiteral("dev"))->first().jobId, QStringLiteral("job-2"));
    }

    void jobHistoryIsNewestFirst_data() { test::addBackendColumn(); }
    void jobHistoryIsNewestFirst()
    {
        QFETCH(QString, backend);
        LWC_INVENTORY(fx, backend);
        const QDateTime t0 = fx.clock.now();
        QVERIFY(fx.inv->journal().create(job(QStringLiteral("1"), QStringLiteral("a"), JobState::Failed, t0)).ok());
        QVERIFY(fx.inv->journal()
                    .create(job(QStringLiteral("2"), QStringLiteral("b"), JobState::Succeeded, t0.addSecs(10)))
                    .ok());
        QVERIFY(fx.inv->journal()
                    .create(job(QStringLiteral("3"), QStringLiteral("a"), JobState::Succeeded, t0.addSecs(20)))
                    .ok());
        auto ids = [](const QList<JobRecord>& list) {
            QStringList out;
            for (const JobRecord& r : list)
                out << r.id;
            return out;
        };
        QCOMPARE(ids(fx.inv->jobs().value()), (QStringList {"3", "2", "1"}));
        QCOMPARE(ids(fx.inv->jobs(QStringLiteral("a")).value()), (QStringList {"3", "1"}));
        QCOMPARE(ids(fx.inv->jobs({}, 2).value()), (QStringList {"3", "2"}));
    }

    // A job whose program died shows as interrupted on the next start: the
    // job with its last step, the device, and an audit record.
    void recoveryMarksInterruptedJobsAndDevices_data() { test::addBackendColumn(); }
    void recoveryMarksInterruptedJobsAndDevices()
    {
        QFETCH(QString, backend);
        LWC_INVENTORY(fx, backend);
        JobRecord crashed = job(QStringLiteral("crashed"), QStringLiteral("dev-1"), JobState::Running, fx.clock.now());
        for (const char* name : {"listen", "wait-for-device", "delete", "write"}) {
            JobStep s;
            s.index = int(crashed.steps.size());
            s.name = QString::fromLatin1(name);
            s.state = s.name == QLatin1String("write") ? StepState::Running : StepState::Done;
            crashed.steps << s;
        }
        QVERIFY(fx.inv->journal().create(crashed).ok());
        QVERIFY(fx.inv->ensureDevice(QStringLiteral("dev-1")).ok());
        QVERIFY(fx.inv->setDeviceState(QStringLiteral("dev-1"), DeviceState::InProgress, crashed.id).ok());
        // Another crashed job whose device has moved on since (a later job finished it).
        QVERIFY(fx.inv->journal()
                    .create(job(QStringLiteral("older"), QStringLiteral("dev-2"), JobState::Running, fx.clock.now()))
                    .ok());
        QVERIFY(fx.inv->ensureDevice(QStringLiteral("dev-2")).ok());
        QVERIFY(
            fx.inv->setDeviceState(QStringLiteral("dev-2"), DeviceState::Commissioned, QStringLiteral("newer")).ok());
        // The process that "ran" them is gone.
        QSqlQuery q(fx.inv->database().database());
        QVERIFY(q.exec(QStringLiteral("UPDATE jobs SET owner = ''")));
        q.finish();
        // A job this (live) process runs is not touched.
        QVERIFY(fx.inv->journal()
                    .create(job(QStringLiteral("live"), QStringLiteral("dev-3"), JobState::Running, fx.clock.now()))
                    .ok());

        fx.clock.advanceSeconds(30);
        auto recovered = fx.inv->recoverInterruptedJobs();
        QVERIFY2(recovered.ok(), qPrintable(recovered.ok() ? QString() : recovered.error().toString()));
        QCOMPARE(recovered->size(), 2);
        const JobRecord r = fx.inv->journal().load(QStringLiteral("crashed")).value();
        QCOMPARE(r.state, JobState::Interrupted);
        QCOMPARE(r.error->code, QStringLiteral("jobs.interruptedPartial"));
        QCOMPARE(r.steps.last().name, QStringLiteral("write"));
        QCOMPARE(r.steps.last().state, StepState::Failed);
        QCOMPARE(r.finishedAt, fx.clock.now());
        QCOMPARE(fx.inv->device(QStringLiteral("dev-1"))->value().state, DeviceState::Interrupted);
        QCOMPARE(fx.inv->device(QStringLiteral("dev-2"))->value().state, DeviceState::Commissioned);
        QCOMPARE(fx.inv->journal().load(QStringLiteral("live"))->state, JobState::Running);
        const auto events = fx.inv->audit().events(QStringLiteral("dev-1")).value();
        QCOMPARE(events.at(1).action, QStringLiteral("job.interrupted"));
        QCOMPARE(events.at(1).details.value(QStringLiteral("step")).toString(), QStringLiteral("write"));
        QCOMPARE(events.at(0).action, QStringLiteral("device.state"));
        QVERIFY(fx.inv->audit().verify()->intact);
        QCOMPARE(fx.inv->recoverInterruptedJobs()->size(), 0);
    }

    void recorderMapsJobOutcomesToDeviceStates_data()
    {
        QTest::addColumn<int>("jobState");
        QTest::addColumn<bool>("wrote");
        QTest::addColumn<int>("before");
        QTest::addColumn<int>("after");
        QTest::newRow("succeeded") << int(JobState::Succeeded) << true << int(DeviceState::New)
                                   << int(DeviceState::Commissioned);
        QTest::newRow("failed") << int(JobState::Failed) << false << int(DeviceState::Commissioned)
                                << int(DeviceState::Failed);
        QTest::newRow("cancelled before writing")
            << int(JobState::Cancelled) << false << int(DeviceState::Commissioned) << int(DeviceState::Commissioned);
        QTest::newRow("cancelled new device")
            << int(JobState::Cancelled) << false << int(DeviceState::InProgress) << int(DeviceState::New);
        QTest::newRow("cancelled after writing")
            << int(JobState::Cancelled) << true << int(DeviceState::Commissioned) << int(DeviceState::Failed);
        QTest::newRow("interrupted") << int(JobState::Interrupted) << true << int(DeviceState::New)
                                     << int(DeviceState::Interrupted);
    }
    void recorderMapsJobOutcomesToDeviceStates()
    {
        QFETCH(int, jobState);
        QFETCH(bool, wrote);
        QFETCH(int, before);
        QFETCH(int, after);
        JobRecord r = job(QStringLiteral("j"), QStringLiteral("dev"), JobState(jobState), {});
        JobStep s;
        s.name = QStringLiteral("write");
        s.state = wrote ? StepState::Done : StepState::Pending;
        r.steps << s;
        QCOMPARE(int(JobRecorder::stateAfter(r, DeviceState(before))), after);
    }

    void defaultPathIsSharedByGuiAndCli()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString path = Inventory::defaultSqlitePath();
        QVERIFY2(path.endsWith(QLatin1String("/commissioner/inventory.sqlite")), qPrintable(path));
        QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)));
        QFile::remove(path);
        auto inv = Inventory::openSqlite(path); // creates the folder on first start
        QVERIFY2(inv.ok(), qPrintable(inv.ok() ? QString() : inv.error().toString()));
        QVERIFY(QFileInfo::exists(path));
        inv.value().reset();
        QFile::remove(path);
        QStandardPaths::setTestModeEnabled(false);
    }
};

QTEST_GUILESS_MAIN(InventoryTest)
#include "InventoryTest.moc"
