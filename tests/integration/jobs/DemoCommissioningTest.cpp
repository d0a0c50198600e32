// The wizard's core path without widgets: a plan from PlanBuilder, a
// BootstrapJob, the built-in demo device on loopback, a receipt signed by
// the local CA — for PSK and PIN channels.
#include "bootstrap/PlanBuilder.h"
#include "devicesim/DemoDevice.h"
#include "jobs/BootstrapJob.h"
#include "receipt/ReceiptBuilder.h"
#include "receipt/SignedReceipt.h"
#include "security/CredentialGenerator.h"
#include "security/LocalCaProvider.h"

#include "ResultTestHelpers.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

using namespace lwc;
using namespace std::chrono_literals;

class DemoCommissioningTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void demoDeviceIsCommissioned_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("suite");
        QTest::newRow("psk") << int(coap::SecurityMode::Psk) << QString();
        QTest::newRow("pin (S4)") << int(coap::SecurityMode::Pin) << QStringLiteral("ECDHE-PSK-AES128-CBC-SHA256");
    }
    void demoDeviceIsCommissioned()
    {
        QFETCH(int, mode);
        QFETCH(QString, suite);
        auto factory = devicesim::DemoDevice::newFactoryData();
        QVERIFY(factory.ok());
        QVERIFY(factory->endpoint.startsWith(QStringLiteral("urn:dev:demo:")));

        bootstrap::PlanRequest r;
        r.name = QStringLiteral("demo");
        r.endpoint = factory->endpoint;
        r.channelMode = coap::SecurityMode(mode);
        r.channelIdentity = factory->endpoint;
        devicesim::DeviceConfig device;
        device.endpoint = factory->endpoint;
        device.mode = r.channelMode;
        device.pskIdentity = factory->pskIdentity;
        device.timeout = 20s;
        if (r.channelMode == coap::SecurityMode::Pin) {
            auto pin = security::CredentialGenerator::generatePin(8);
            QVERIFY(pin.ok());
            device.psk = pin->clone(); // the technician types the PIN into the device
            r.pin = std::move(pin).value();
            r.bootstrapUri = QStringLiteral("coaps://127.0.0.1:5684");
            r.bootstrapIdentity = factory->endpoint;
            r.bootstrapPsk = SecretBytes::random(32).value();
        } else {
            device.psk = factory->psk.clone();
            r.channelPsk = std::move(factory->psk);
        }
        r.serverUri = QStringLiteral("coaps://lwm2m.example.com:5684");
        r.accountIdentity = factory->endpoint;
        r.accountPsk = SecretBytes::random(16).value();
        auto built = bootstrap::PlanBuilder::build(r);
        QVERIFY2(built.ok(), test::errorText(built).constData());
        auto plan = std::make_shared<const bootstrap::BootstrapPlan>(std::move(built).value());

        jobs::MemoryJobJournal journal;
        std::vector<bootstrap::ListenerSpec> listeners(1);
        listeners[0].mode = r.channelMode;
        jobs::BootstrapJob::Options options;
        options.server.requestTimeout = 5s;
        options.waitForDevice = 30s;
        jobs::BootstrapJob job(plan, factory->endpoint, std::move(listeners), options, journal, Clock::system());
        QPointer<devicesim::DemoDevice> demo = new devicesim::DemoDevice(std::move(device));
        std::optional<devicesim::DeviceOutcome> outcome;
        connect(demo, &devicesim::DemoDevice::finished, this,
                [&outcome](const devicesim::DeviceOutcome& o) { outcome = o; });
        connect(&job, &jobs::BootstrapJob::listening, this,
                [&demo](quint16 port) { demo->start(QHostAddress(QHostAddress::LocalHost), port); });

        QCOMPARE(QCoro::waitFor(job.run()), jobs::JobState::Succeeded);
        QTRY_VERIFY(outcome.has_value());
        QVERIFY(outcome->finished);
        if (!suite.isEmpty())
            QCOMPARE(outcome->negotiatedSuite, suite);
        QTRY_VERIFY(demo.isNull()); // it deletes itself
        QCOMPARE(devicesim::DemoDevice::liveCount(), 0);

        // The receipt, signed by a CA created on first use.
        QVERIFY(job.report().has_value());
        const auto receipt = ReceiptBuilder::build(job.record(), &*job.report(), plan->match(r.endpoint), {});
        QVERIFY(receipt.validate().ok());
        QCOMPARE(receipt.outcome, CommissioningReceipt::Outcome::Succeeded);
        for (const VerificationVerdict& v : receipt.verification)
            QVERIFY2(v.verdict != VerificationVerdict::Verdict::Fail,
                     qPrintable(v.check + QLatin1String(": ") + v.detail));
        QTemporaryDir dir;
        security::LocalCaProvider::Locations where {dir.filePath(QStringLiteral("ca")),
                                                    dir.filePath(QStringLiteral("ca-passphrase")),
                                                    dir.filePath(QStringLiteral("ca/sealed"))};
        security::LocalCaProvider provider(where, nullptr, Clock::system(), {1024, 8, 1});
        auto ca = test::awaitResult(provider.obtain());
        QVERIFY2(ca.ok(), test::errorText(ca).constData());
        auto signedReceipt = SignedReceipt::sign(receipt, ca->privateKeyPkcs8, ca->certificateDer);
        QVERIFY2(signedReceipt.ok(), test::errorText(signedReceipt).constData());
        QVERIFY(SignedReceipt::verify(signedReceipt->toJson(), ca->certificateDer).ok());
        // No secret of the job in the signed file (S26).
        const QByteArray file = signedReceipt->toJson();
        QVERIFY(!file.contains(r.accountPsk.view().toByteArray().toHex()));
        QVERIFY(file.contains("<secret:16 bytes>"));
    }

    void stoppedDemoDeviceEndsAtOnce()
    {
        // A socket that swallows every datagram: without stop() the device
        // would retransmit its handshake until its timeout.
        QUdpSocket silent;
        QVERIFY(silent.bind(QHostAddress(QHostAddress::LocalHost), 0));
        devicesim::DeviceConfig device;
        device.endpoint = QStringLiteral("urn:dev:demo:stop");
        device.mode = coap::SecurityMode::Psk;
        device.pskIdentity = device.endpoint.toUtf8();
        device.psk = SecretBytes::random(16).value();
        device.timeout = 60s;
        QPointer<devicesim::DemoDevice> demo = new devicesim::DemoDevice(std::move(device));
        std::optional<devicesim::DeviceOutcome> outcome;
        connect(demo, &devicesim::DemoDevice::finished, this,
                [&outcome](const devicesim::DeviceOutcome& o) { outcome = o; });
        demo->start(QHostAddress(QHostAddress::LocalHost), silent.localPort());
        QTest::qWait(200);
        QVERIFY(!outcome.has_value());
        QVERIFY(demo);
        demo->stop();
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 5000);
        QVERIFY(!outcome->finished);
        QVERIFY(outcome->error.has_value());
        QTRY_VERIFY(demo.isNull());
    }
};

QTEST_GUILESS_MAIN(DemoCommissioningTest)
#include "DemoCommissioningTest.moc"
