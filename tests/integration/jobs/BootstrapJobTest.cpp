// A commissioning job end to end with the simulated device, journal checked.
#include "jobs/BootstrapJob.h"
#include "devicesim/SimulatedDevice.h"
#include "devicesim/UdpFaultProxy.h"

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

} // namespace

class BootstrapJobTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void jobRecordsEveryStepAndSucceeds()
    {
        MemoryJobJournal journal;
        BootstrapJob::Options o;
        o.server.requestTimeout = 3s;
        BootstrapJob job(plan(), QStringLiteral("dev-job"), listener(), o, journal, Clock::system());
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
    }

    void cancelWhileWaitingForTheDevice()
    {
        MemoryJobJournal journal;
        BootstrapJob job(plan(), QStringLiteral("dev-job"), listener(), {}, journal, Clock::system());
        connect(&job, &BootstrapJob::listening, this, [&] { QTimer::singleShot(50, &job, &BootstrapJob::cancel); });
        QCOMPARE(QCoro::waitFor(job.run()), JobState::Cancelled);
        const JobRecord r = journal.load(job.id()).value();
        QCOMPARE(r.state, JobState::Cancelled);
        QCOMPARE(r.steps.last().name, QStringLiteral("wait-for-device"));
        QCOMPARE(r.steps.last().state, StepState::Failed);
    }

    void cancelMidProvisionLeavesRecordedState()
    {
        MemoryJobJournal journal;
        BootstrapJob::Options o;
        o.server.requestTimeout = 5s;
        BootstrapJob job(plan(), QStringLiteral("dev-job"), listener(), o, journal, Clock::system());
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
    }

    void deviceThatNeverComesTimesOut()
    {
        MemoryJobJournal journal;
        BootstrapJob::Options o;
        o.waitForDevice = 300ms;
        BootstrapJob job(plan(), QStringLiteral("dev-job"), listener(), o, journal, Clock::system());
        QCOMPARE(QCoro::waitFor(job.run()), JobState::Failed);
        QCOMPARE(job.record().error->code, QStringLiteral("jobs.deviceTimeout"));
        QVERIFY(job.record().error->userText.contains(QStringLiteral("did not connect")));
    }

    void wrongKeyAttemptIsRecordedThenRightKeySucceeds_S3()
    {
        MemoryJobJournal journal;
        BootstrapJob::Options o;
        o.server.requestTimeout = 3s;
        BootstrapJob job(plan(), QStringLiteral("dev-job"), listener(), o, journal, Clock::system());
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
