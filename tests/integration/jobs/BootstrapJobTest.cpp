// A commissioning job end to end with the simulated device, journal checked.
// Every case runs with the in-memory journal and with the inventory's SQL
// journal on SQLite and on PostgreSQL (plus the JobRecorder: device state,
// audit records, accounts), so GUI and CLI get the same behaviour from both.
#include "jobs/BootstrapJob.h"
#include "devicesim/SimulatedDevice.h"
#include "devicesim/UdpFaultProxy.h"
#include "inventory/JobRecorder.h"

#include "PostgresServer.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <QCoro/QCoroTask>

using namespace lwc;
using namespace lwc::jobs;
using namespace std::chrono_literals;

namespace {

const char* kPlan = "{\"version\":1,\"devices\":[{\"endpoint\":\"dev-job\",\"bootstrap\":{\"mode\":\"psk\","
                    "\"pskIdentity\":\"dev-job\",\"psk\":{\"hex\":\"9f3c1a7be2d45086c1f0a3e9b7d26c54\"}},"
                    "\"servers\":[{\"shortServerId\":101,\"uri\":\"coaps://lwm2m.example.com:5684\","
                    "\"security\":{\"mode\":\"psk\",\"pskIdentity\":\"dev-job\",\"psk\":\"generate\"}}]}]}";

std::shared_ptr<const bootstrap::BootstrapPlan> plan()
{
    return std::make_shared<const bootstrap::BootstrapPlan>(bootstrap::BootstrapPlan::fromJson(kPlan).value());
}

std::vector<bootstrap::ListenerSpec> listener()
{
    std::vector<bootstrap::ListenerSpec> l(1);
    l[0].mode = coap::SecurityMode::Psk;
    return l;
}

devicesim::DeviceConfig device(quint16 port, QByteArray keyHex = "9f3c1a7be2d45086c1f0a3e9b7d26c54")
{
    devicesim::DeviceConfig c;
    c.endpoint = QStringLiteral("dev-job");
    c.mode = coap::SecurityMode::Psk;
    c.pskIdentity = "dev-job";
    c.psk = SecretBytes::copyOf(QByteArray::fromHex(keyHex));
    c.port = port;
    c.timeout = 5s;
    return c;
}

// The journal of the row: memory, or an inventory on sqlite/postgresql.
struct Journal {
    std::unique_ptr<test::TestDatabase> tdb;
    std::unique_ptr<inventory::Inventory> inventory;
    MemoryJobJournal memory;
    QString problem;
    bool skipped = false;

    explicit Journal(const QString& kind)
    {
        if (kind == QLatin1String("memory"))
            return;
        tdb = std::make_unique<test::TestDatabase>(kind);
        skipped = tdb->skipped();
        if (!tdb->ok()) {
            problem = tdb->problem();
            return;
        }
        auto opened = inventory::Inventory::open(tdb->options());
        if (!opened.ok())
            problem = opened.error().toString();
        else
            inventory = std::move(opened).value();
    }
    bool ok() const { return problem.isEmpty(); }
    JobJournal& journal() { return inventory ? inventory->journal() : static_cast<JobJournal&>(memory); }
    // Device state, audit and accounts, as the GUI and the CLI record them.
    std::unique_ptr<inventory::JobRecorder> recorder(Job& job)
    {
        return inventory ? std::make_unique<inventory::JobRecorder>(*inventory, job) : nullptr;
    }
};

void addJournalColumn()
{
    QTest::addColumn<QString>("kind");
    for (const char* k : {"memory", "sqlite", "postgresql"})
        QTest::newRow(k) << QString::fromLatin1(k);
}

QStringList auditActions(inventory::Inventory& inv)
{
    QStringList out;
    const auto events = inv.audit().events(QStringLiteral("dev-job")).value();
    for (const inventory::AuditEvent& e : events)
        out.prepend(e.action);
    return out;
}

} // namespace

#define LWC_JOURNAL(var)                                                                                               \
    QFETCH(QString, kind);                                                                                             \
    Journal var(kind);                                                                                                 \
    if (var.skipped)                                                                                                   \
        QSKIP(qPrintable(var.problem));                                                                                \
    QVERIFY2(var.ok(), qPrintable(var.problem))

class BootstrapJobTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void jobRecordsEveryStepAndSucceeds_data() { addJournalColumn(); }
    void jobRecordsEveryStepAndSucceeds()
    {
        LWC_JOURNAL(j);
        JobJournal& journal = j.journal();
        BootstrapJob::Options o;
        o.server.requestTimeout = 3s;
        BootstrapJob job(plan(), QStringLiteral("dev-job"), listener(), o, journal, Clock::system());
        const auto recorder = j.recorder(job);
        QSignalSpy progress(&job, &Job::progress);
        std::unique_ptr<devicesim::SimulatedDevice> dev;
        QCoro::Task<devicesim::DeviceOutcome> devTask;
        connect(&job, &BootstrapJob::listening, this, [&](quint16 port) {
            dev = std::make_unique<devicesim::SimulatedDevice>(device(port));
            devTask = dev->bootstrap();
        });
        const JobState state = QCoro::waitFor(job.run());
        QCOMPARE(state, JobState::Succeeded);
        const JobRecord r = journal.load(job.id()).value();
        QCOMPARE(r.state, JobState::Succeeded);
        QStringList names;
        for (const JobStep& s : r.steps) {
            names << s.name;
            QCOMPARE(s.state, StepState::Done);
        }
        QCOMPARE(names.first(), QStringLiteral("listen"));
        QVERIFY(names.contains(QStringLiteral("wait-for-device")));
        QVERIFY(names.contains(QStringLiteral("write")));
        QCOMPARE(names.last(), QStringLiteral("finish"));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toInt(), progress.last().at(1).toInt()); // done == total
        QCOMPARE(r.result.value(QStringLiteral("verdict")).toString(), QStringLiteral("success"));
        QVERIFY(QCoro::waitFor(std::move(devTask)).finished);
        if (j.inventory) {
            QVERIFY(recorder->errors().isEmpty());
            QCOMPARE(j.inventory->device(QStringLiteral("dev-job"))->value().state,
                     inventory::DeviceState::Commissioned);
            QCOMPARE(j.inventory->device(QStringLiteral("dev-job"))->value().lastJobId, job.id());
            const QStringList actions = auditActions(*j.inventory);
            QCOMPARE(actions.first(), QStringLiteral("device.added"));
            QVERIFY(actions.contains(QStringLiteral("job.started")));
            QCOMPARE(actions.count(QStringLiteral("job.step")), int(r.steps.size()));
            QCOMPARE(actions.last(), QStringLiteral("job.finished"));
            QVERIFY(j.inventory->audit().verify()->intact);
            const auto accounts = j.inventory->accounts(QStringLiteral("dev-job")).value();
            QCOMPARE(accounts.size(), 2); // /0/1 and /1/0
            QCOMPARE(accounts.first().path, QStringLiteral("/0/1"));
            QCOMPARE(accounts.first().shortServerId, 101);
            for (const inventory::AccountRow& a : accounts)
                for (const QString& res : a.resources)
                    QVERIFY2(!res.startsWith(QLatin1String("5=")) || res.contains(QLatin1String("<secret")),
                             qPrintable(res)); // S26: never the key itself
        }
    }

    void cancelWhileWaitingForTheDevice_data() { addJournalColumn(); }
    void cancelWhileWaitingForTheDevice()
    {
        LWC_JOURNAL(j);
        JobJournal& journal = j.journal();
        BootstrapJob job(plan(), QStringLiteral("dev-job"), listener(), {}, journal, Clock::system());
        const auto recorder = j.recorder(job);
        connect(&job, &BootstrapJob::listening, this, [&] { QTimer::singleShot(50, &job, &BootstrapJob::cancel); });
        QCOMPARE(QCoro::waitFor(job.run()), JobState::Cancelled);
        const JobRecord r = journal.load(job.id()).value();
        QCOMPARE(r.state, JobState::Cancelled);
        QCOMPARE(r.steps.last().name, QStringLiteral("wait-for-device"));
        QCOMPARE(r.steps.last().state, StepState::Failed);
        if (j.inventory) // nothing reached the device: it is as it was
            QCOMPARE(j.inventory->device(QStringLiteral("dev-job"))->value().state, inventory::DeviceState::New);
    }

    void cancelMidProvisionLeavesRecordedState_data() { addJournalColumn(); }
    void cancelMidProvisionLeavesRecordedState()
    {
        LWC_JOURNAL(j);
        JobJournal& journal = j.journal();
        BootstrapJob::Options o;
        o.server.requestTimeout = 5s;
        BootstrapJob job(plan(), QStringLiteral("dev-job"), listener(), o, journal, Clock::system());
        const auto recorder = j.recorder(job);
        devicesim::UdpFaultProxy proxy;
        std::unique_ptr<devicesim::SimulatedDevice> dev;
        QCoro::Task<devicesim::DeviceOutcome> devTask;
        connect(&job, &BootstrapJob::listening, this, [&](quint16 port) {
            QVERIFY(proxy.start(QHostAddress::LocalHost, 0, QHostAddress::LocalHost, port).ok());
            devicesim::UdpFaultProxy::Faults f;
            f.delayMs = 100;
            proxy.setFaults(f);
            dev = std::make_unique<devicesim::SimulatedDevice>(device(proxy.port()));
            devTask = dev->bootstrap();
        });
        connect(&job, &Job::stepChanged, this, [&](int i) {
            if (job.record().steps.value(i).name == QLatin1String("delete"))
                job.cancel();
        });
        QCOMPARE(QCoro::waitFor(job.run()), JobState::Cancelled);
        const JobRecord r = journal.load(job.id()).value();
        QCOMPARE(r.state, JobState::Cancelled);
        QCOMPARE(r.error->code, QStringLiteral("bootstrap.cancelled"));
        for (const JobStep& s : r.steps)
            QVERIFY(s.state != StepState::Running);
        QCoro::waitFor(std::move(devTask));
        if (j.inventory) {
            // Cancelled after a delete reached the device: it may hold a partial configuration.
            QCOMPARE(j.inventory->device(QStringLiteral("dev-job"))->value().state, inventory::DeviceState::Failed);
            QCOMPARE(auditActions(*j.inventory).last(), QStringLiteral("job.finished"));
            QVERIFY(j.inventory->audit().verify()->intact);
            QVERIFY(j.inventory->accounts(QStringLiteral("dev-job"))->isEmpty());
        }
    }

    void deviceThatNeverComesTimesOut_data() { addJournalColumn(); }
    void deviceThatNeverComesTimesOut()
    {
        LWC_JOURNAL(j);
        JobJournal& journal = j.journal();
        BootstrapJob::Options o;
        o.waitForDevice = 300ms;
        BootstrapJob job(plan(), QStringLiteral("dev-job"), listener(), o, journal, Clock::system());
        const auto recorder = j.recorder(job);
        QCOMPARE(QCoro::waitFor(job.run()), JobState::Failed);
        QCOMPARE(job.record().error->code, QStringLiteral("jobs.deviceTimeout"));
        QVERIFY(job.record().error->userText.contains(QStringLiteral("did not connect")));
        QCOMPARE(journal.load(job.id())->error->code, QStringLiteral("jobs.deviceTimeout"));
        if (j.inventory)
            QCOMPARE(j.inventory->device(QStringLiteral("dev-job"))->value().state, inventory::DeviceState::Failed);
    }

    void wrongKeyAttemptIsRecordedThenRightKeySucceeds_S3_data() { addJournalColumn(); }
    void wrongKeyAttemptIsRecordedThenRightKeySucceeds_S3()
    {
        LWC_JOURNAL(j);
        JobJournal& journal = j.journal();
        BootstrapJob::Options o;
        o.server.requestTimeout = 3s;
        BootstrapJob job(plan(), QStringLiteral("dev-job"), listener(), o, journal, Clock::system());
        const auto recorder = j.recorder(job);
        std::unique_ptr<devicesim::SimulatedDevice> wrong, right;
        QCoro::Task<devicesim::DeviceOutcome> t1, t2;
        connect(&job, &BootstrapJob::listening, this, [&](quint16 port) {
            devicesim::DeviceConfig bad = device(port, "00112233445566778899aabbccddeeff");
            bad.timeout = 2s;
            wrong = std::make_unique<devicesim::SimulatedDevice>(std::move(bad));
            t1 = wrong->bootstrap();
        });
        connect(&job, &Job::stepChanged, this, [&](int i) {
            const JobStep s = job.record().steps.value(i);
            if (s.name == QLatin1String("handshake") && s.state == StepState::Failed && !right) {
                right = std::make_unique<devicesim::SimulatedDevice>(device(job.port()));
                t2 = right->bootstrap();
            }
        });
        QCOMPARE(QCoro::waitFor(job.run()), JobState::Succeeded);
        bool recorded = false;
        const JobRecord stored = journal.load(job.id()).value();
        for (const JobStep& s : stored.steps)
            recorded |= s.name == QLatin1String("handshake") && s.errorCode == QLatin1String("dtls.badKey");
        QVERIFY(recorded);
        QCoro::waitFor(std::move(t1));
        QCoro::waitFor(std::move(t2));
    }
};

QTEST_GUILESS_MAIN(BootstrapJobTest)
#include "BootstrapJobTest.moc"
