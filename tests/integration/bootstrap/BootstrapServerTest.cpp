// End to end on 127.0.0.1 with real DTLS: BootstrapServer + SimulatedDevice.
#include "bootstrap/BootstrapServer.h"
#include "devicesim/SimulatedDevice.h"
#include "devicesim/UdpFaultProxy.h"
#include "inventory/CredentialRegistry.h"
#include "inventory/InventoryDatabase.h"
#include "lwm2m/Record.h"
#include "security/BootstrapCredentials.h"
#include "security/CredentialGenerator.h"
#include "security/LocalCa.h"

#include "LogCapture.h"
#include "MockClock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <QCoro/QCoroTask>

using namespace lwc;
using namespace lwc::bootstrap;
using namespace lwc::devicesim;
using namespace std::chrono_literals;

namespace {

const QByteArray kBootstrapKeyHex("9f3c1a7be2d45086c1f0a3e9b7d26c54");

QByteArray planJson(const QString& devicesJson, bool allowNoSec = false)
{
    return QStringLiteral("{\"version\":1,\"allowNoSec\":%1,\"devices\":[%2]}")
        .arg(allowNoSec ? QStringLiteral("true") : QStringLiteral("false"), devicesJson)
        .toUtf8();
}

QString pskDevice(const QString& ep, const QString& extra = {})
{
    return QStringLiteral(
               "{\"endpoint\":\"%1\",\"bootstrap\":{\"mode\":\"psk\",\"pskIdentity\":\"%1\",\"psk\":{\"hex\":\"%2\"}},"
               "\"bootstrapRead\":true%3,"
               "\"servers\":[{\"shortServerId\":101,\"uri\":\"coaps://lwm2m.example.com:5684\",\"lifetime\":3600,"
               "\"security\":{\"mode\":\"psk\",\"pskIdentity\":\"%1-srv\",\"psk\":\"generate\"}}]}")
        .arg(ep, QString::fromLatin1(kBootstrapKeyHex), extra);
}

QString pinDevice(const QString& ep, const QString& identity, const QString& pin)
{
    return QStringLiteral("{\"endpoint\":\"%1\",\"bootstrap\":{\"mode\":\"pin\",\"pskIdentity\":\"%2\",\"pin\":\"%3\"},"
                          "\"servers\":[{\"shortServerId\":7,\"uri\":\"coaps://lwm2m.example.com:5684\","
                          "\"security\":{\"mode\":\"psk\",\"pskIdentity\":\"%1\",\"psk\":\"generate\"}}]}")
        .arg(ep, identity, pin);
}

std::shared_ptr<const BootstrapPlan> makePlan(const QByteArray& json)
{
    auto p = BootstrapPlan::fromJson(json);
    if (!p.ok())
        qFatal("plan: %s", qPrintable(p.error().toString()));
    return std::make_shared<const BootstrapPlan>(std::move(p).value());
}

struct Harness {
    std::unique_ptr<BootstrapServer> server;
    QList<BootstrapReport> reports;
    Harness(std::shared_ptr<const BootstrapPlan> plan, BootstrapServer::Options o = {})
    {
        if (o.requestTimeout == 10s)
            o.requestTimeout = 3s;
        server = std::make_unique<BootstrapServer>(std::move(plan), o);
        QObject::connect(server.get(), &BootstrapServer::bootstrapFinished, server.get(),
                         [this](const BootstrapReport& r) { reports << r; });
    }
    Status listen(coap::SecurityMode mode)
    {
        std::vector<ListenerSpec> specs(1);
        specs[0].mode = mode;
        return server->start(std::move(specs));
    }
};

DeviceConfig deviceFor(const QString& ep, coap::SecurityMode mode, quint16 port, QByteArray identity = {},
                       SecretBytes key = SecretBytes::copyOf(QByteArray::fromHex(kBootstrapKeyHex)))
{
    DeviceConfig c;
    c.endpoint = ep;
    c.mode = mode;
    c.port = port;
    c.pskIdentity = identity.isEmpty() ? ep.toUtf8() : identity;
    c.psk = std::move(key);
    c.timeout = 8s;
    return c;
}

DeviceOutcome runDevice(SimulatedDevice& d)
{
    return QCoro::waitFor(d.bootstrap());
}

const StepReport* findStep(const BootstrapReport& r, const QString& name, const QString& path = {})
{
    for (const StepReport& s : r.steps)
        if (s.name == name && (path.isEmpty() || s.path == path))
            return &s;
    return nullptr;
}

} // namespace

class BootstrapServerTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pskBootstrapWithBothMandatorySuites_S7_data()
    {
        QTest::addColumn<QString>("suite");
        QTest::newRow("TLS_PSK_WITH_AES_128_CCM_8") << QStringLiteral("PSK-AES128-CCM8");
        QTest::newRow("TLS_PSK_WITH_AES_128_CBC_SHA256") << QStringLiteral("PSK-AES128-CBC-SHA256");
    }
    void pskBootstrapWithBothMandatorySuites_S7()
    {
        QFETCH(QString, suite);
        test::LogCapture log;
        Harness h(makePlan(planJson(pskDevice(QStringLiteral("dev-psk")))));
        QVERIFY(h.listen(coap::SecurityMode::Psk).ok());
        DeviceConfig c
            = deviceFor(QStringLiteral("dev-psk"), coap::SecurityMode::Psk, h.server->port(coap::SecurityMode::Psk));
        c.cipherList = suite.toLatin1();
        SimulatedDevice device(std::move(c));
        const DeviceOutcome o = runDevice(device);
        QVERIFY2(o.finished, qPrintable(o.error ? o.error->toString() : QString()));
        QTRY_COMPARE(h.reports.size(), 1);
        const BootstrapReport& r = h.reports.first();
        QCOMPARE(r.verdict, BootstrapReport::Verdict::Success);
        QCOMPARE(r.cipherSuite, suite);
        QVERIFY(r.cipherSuiteIana.startsWith(QStringLiteral("TLS_PSK_WITH_AES_128_")));
        QCOMPARE(r.lwm2mVersion, QStringLiteral("1.1"));
        for (const char* step :
             {"prepare", "bootstrap-discover", "delete", "write", "bootstrap-read", "verify", "finish"})
            QVERIFY2(findStep(r, QString::fromLatin1(step)) && findStep(r, QString::fromLatin1(step))->ok, step);

        // The device now holds the new account (S21: identity in 3, 16-byte key in 5) and lost the factory one.
        const auto security = device.instancesOf(0);
        QCOMPARE(security.size(), 2); // bootstrap account + the new server account
        const lwm2m::ObjectInstance* account = nullptr;
        for (const auto& inst : security)
            if (inst.instanceId != 0)
                account = &inst;
        QVERIFY(account);
        QCOMPARE(account->resources.at(10).value.toInteger(), 101);
        QCOMPARE(account->resources.at(3).value.opaqueView(), QByteArrayView("dev-psk-srv"));
        QVERIFY(account->resources.at(5).value.isSecret());
        QCOMPARE(account->resources.at(5).value.opaqueSize(), 16);
        const auto servers = device.instancesOf(1);
        QCOMPARE(servers.size(), 1);
        QCOMPARE(servers.first().resources.at(0).value.toInteger(), 101);
        QCOMPARE(servers.first().resources.at(1).value.toInteger(), 3600);
        // The report and the log never carry key bytes (S26).
        const QString json = QString::fromUtf8(QJsonDocument(r.toJson()).toJson());
        QVERIFY(json.contains(QStringLiteral("<secret:16 bytes>")));
        QVERIFY(!json.contains(QString::fromLatin1(kBootstrapKeyHex)));
        QVERIFY(!log.text().contains(QString::fromLatin1(kBootstrapKeyHex)));
    }

    void pinBootstrapUsesEcdhePskAndConsumesPin_S4()
    {
        Harness h(makePlan(
            planJson(pinDevice(QStringLiteral("dev-pin"), QStringLiteral("pin-id"), QStringLiteral("482913")))));
        QVERIFY(h.listen(coap::SecurityMode::Pin).ok());
        const quint16 port = h.server->port(coap::SecurityMode::Pin);
        SimulatedDevice device(deviceFor(QStringLiteral("dev-pin"), coap::SecurityMode::Pin, port, "pin-id",
                                         SecretBytes::copyOf("482913")));
        const DeviceOutcome o = runDevice(device);
        QVERIFY2(o.finished, qPrintable(o.error ? o.error->toString() : QString()));
        QTRY_COMPARE(h.reports.size(), 1);
        QCOMPARE(h.reports.first().cipherSuite, QStringLiteral("ECDHE-PSK-AES128-CBC-SHA256"));
        // The PIN is spent: the same device and PIN again are refused (reused PIN).
        QTRY_COMPARE(h.server->pins().state("pin-id"), PinRegistry::State::Consumed);
        DeviceConfig ac = deviceFor(QStringLiteral("dev-pin"), coap::SecurityMode::Pin, port, "pin-id",
                                    SecretBytes::copyOf("482913"));
        ac.timeout = 3s;
        SimulatedDevice again(std::move(ac));
        QVERIFY(!runDevice(again).finished);
        QTRY_COMPARE(h.reports.size(), 2);
        QCOMPARE(h.reports.last().verdict, BootstrapReport::Verdict::Refused);
        QCOMPARE(h.reports.last().error->rule, Rule::S4);
    }

    void expiredPinIsRefused_S4()
    {
        test::MockClock clock;
        BootstrapServer::Options o;
        o.clock = &clock;
        Harness h(makePlan(planJson(
                      pinDevice(QStringLiteral("dev-pin"), QStringLiteral("pin-id"), QStringLiteral("482913")))),
                  o);
        QVERIFY(h.listen(coap::SecurityMode::Pin).ok());
        clock.advanceSeconds(11 * 60);
        DeviceConfig c = deviceFor(QStringLiteral("dev-pin"), coap::SecurityMode::Pin,
                                   h.server->port(coap::SecurityMode::Pin), "pin-id", SecretBytes::copyOf("482913"));
        c.timeout = 3s;
        SimulatedDevice device(std::move(c));
        QVERIFY(!runDevice(device).finished);
        QTRY_COMPARE(h.reports.size(), 1);
        QCOMPARE(h.reports.first().verdict, BootstrapReport::Verdict::Refused);
        QVERIFY(h.reports.first().error->userText.contains(QStringLiteral("expired")));
        QCOMPARE(h.server->pins().state("pin-id"), PinRegistry::State::Expired);
    }

    void bruteForcedPinIsBurnt_S4()
    {
        test::MockClock clock;
        BootstrapServer::Options o;
        o.clock = &clock;
        Harness h(makePlan(planJson(
                      pinDevice(QStringLiteral("dev-pin"), QStringLiteral("pin-id"), QStringLiteral("482913")))),
                  o);
        QVERIFY(h.listen(coap::SecurityMode::Pin).ok());
        const quint16 port = h.server->port(coap::SecurityMode::Pin);
        for (const char* guess : {"000000", "111111", "222222"}) {
            DeviceConfig c = deviceFor(QStringLiteral("dev-pin"), coap::SecurityMode::Pin, port, "pin-id",
                                       SecretBytes::copyOf(guess));
            c.timeout = 3s;
            SimulatedDevice attacker(std::move(c));
            QVERIFY(!runDevice(attacker).finished);
            clock.advanceSeconds(10); // past the back-off
        }
        QTRY_COMPARE(h.server->pins().state("pin-id"), PinRegistry::State::Burnt);
        QCOMPARE(h.server->pins().failures("pin-id"), 3);
        // Now even the right PIN is refused.
        DeviceConfig c = deviceFor(QStringLiteral("dev-pin"), coap::SecurityMode::Pin, port, "pin-id",
                                   SecretBytes::copyOf("482913"));
        c.timeout = 3s;
        SimulatedDevice owner(std::move(c));
        QVERIFY(!runDevice(owner).finished);
        bool badKeyReported = false;
        for (const BootstrapReport& r : h.reports)
            badKeyReported |= r.error && r.error->code == QLatin1String("dtls.badKey") && r.error->rule == Rule::S4;
        QVERIFY(badKeyReported);
    }

    void wrongPskIsRefusedQuickly_S3()
    {
        Harness h(makePlan(planJson(pskDevice(QStringLiteral("dev-psk")))));
        QVERIFY(h.listen(coap::SecurityMode::Psk).ok());
        DeviceConfig c
            = deviceFor(QStringLiteral("dev-psk"), coap::SecurityMode::Psk, h.server->port(coap::SecurityMode::Psk), {},
                        SecretBytes::copyOf(QByteArray(16, '\x42')));
        c.timeout = 3s;
        SimulatedDevice device(std::move(c));
        QElapsedTimer t;
        t.start();
        QVERIFY(!runDevice(device).finished);
        QTRY_COMPARE(h.reports.size(), 1);
        QCOMPARE(h.reports.first().verdict, BootstrapReport::Verdict::Refused);
        QCOMPARE(h.reports.first().error->code, QStringLiteral("dtls.badKey"));
        QCOMPARE(h.reports.first().endpoint, QStringLiteral("dev-psk"));
    }

    void noSecNeedsOverrideAndIsMarkedInsecure_S1()
    {
        const QString dev = QStringLiteral("{\"endpoint\":\"dev-nosec\",\"bootstrap\":{\"mode\":\"nosec\"},"
                                           "\"servers\":[{\"shortServerId\":1,\"uri\":\"coap://127.0.0.1:5683\","
                                           "\"security\":{\"mode\":\"nosec\"}}]}");
        // Without the override the server will not even start (S1).
        BootstrapServer refused(makePlanUnchecked(planJson(dev, false)), {});
        std::vector<ListenerSpec> specs(1);
        specs[0].mode = coap::SecurityMode::NoSec;
        const Status s = refused.start(std::move(specs));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().rule, Rule::S1);

        Harness h(makePlan(planJson(dev, true)));
        QVERIFY(h.listen(coap::SecurityMode::NoSec).ok());
        SimulatedDevice device(deviceFor(QStringLiteral("dev-nosec"), coap::SecurityMode::NoSec,
                                         h.server->port(coap::SecurityMode::NoSec), {}, {}));
        QVERIFY(runDevice(device).finished);
        QTRY_COMPARE(h.reports.size(), 1);
        QCOMPARE(h.reports.first().verdict, BootstrapReport::Verdict::Success);
        QVERIFY(h.reports.first().insecure);
        QVERIFY(h.reports.first().toJson().value(QStringLiteral("insecure")).toBool());
    }

    void contentFormatFollowsPct_data()
    {
        QTest::addColumn<int>("pct");
        QTest::addColumn<int>("securityFormat");
        QTest::addColumn<int>("serverFormat");
        QTest::newRow("none: TLV") << 0 << 11542 << 11542;
        QTest::newRow("SenML CBOR") << 112 << 112 << 112;
        QTest::newRow("LwM2M CBOR") << 11544 << 11544 << 11544;
        QTest::newRow("SenML JSON: keys as TLV") << 110 << 11542 << 110;
    }
    void contentFormatFollowsPct()
    {
        QFETCH(int, pct);
        QFETCH(int, securityFormat);
        QFETCH(int, serverFormat);
        Harness h(makePlan(planJson(pskDevice(QStringLiteral("dev-psk")))));
        QVERIFY(h.listen(coap::SecurityMode::Psk).ok());
        DeviceConfig c
            = deviceFor(QStringLiteral("dev-psk"), coap::SecurityMode::Psk, h.server->port(coap::SecurityMode::Psk));
        if (pct)
            c.preferredFormat = quint16(pct);
        SimulatedDevice device(std::move(c));
        QVERIFY(runDevice(device).finished);
        QTRY_COMPARE(h.reports.size(), 1);
        const BootstrapReport& r = h.reports.first();
        QCOMPARE(r.verdict, BootstrapReport::Verdict::Success);
        QVERIFY(device.requestLog().contains(QStringLiteral("PUT /0/1 %1").arg(securityFormat)));
        QVERIFY(device.requestLog().contains(QStringLiteral("PUT /1/0 %1").arg(serverFormat)));
        QCOMPARE(device.instancesOf(0).size(), 2);
    }

    void unparseablePctFallsBackToTlvAndRecordsTheAnswer()
    {
        Harness h(makePlan(planJson(pskDevice(QStringLiteral("dev-psk")))));
        QVERIFY(h.listen(coap::SecurityMode::Psk).ok());
        DeviceConfig c
            = deviceFor(QStringLiteral("dev-psk"), coap::SecurityMode::Psk, h.server->port(coap::SecurityMode::Psk));
        c.preferredFormat = 112;
        c.refuseNonTlv = true;
        SimulatedDevice device(std::move(c));
        QVERIFY(runDevice(device).finished);
        QTRY_COMPARE(h.reports.size(), 1);
        const BootstrapReport& r = h.reports.first();
        QCOMPARE(r.verdict, BootstrapReport::Verdict::Success);
        bool refusedRecorded = false;
        for (const StepReport& s : r.steps)
            refusedRecorded |= s.name == QLatin1String("write") && s.code == QLatin1String("4.15");
        QVERIFY(refusedRecorded);
        QVERIFY(device.requestLog().contains(QStringLiteral("PUT /0/1 11542")));
    }

    void lwm2m10DeviceWithoutBootstrapDiscover()
    {
        Harness h(makePlan(planJson(pskDevice(QStringLiteral("dev-psk")))));
        QVERIFY(h.listen(coap::SecurityMode::Psk).ok());
        DeviceConfig c
            = deviceFor(QStringLiteral("dev-psk"), coap::SecurityMode::Psk, h.server->port(coap::SecurityMode::Psk));
        c.lwm2mVersion = QStringLiteral("1.0");
        SimulatedDevice device(std::move(c));
        QVERIFY(runDevice(device).finished);
        QTRY_COMPARE(h.reports.size(), 1);
        const BootstrapReport& r = h.reports.first();
        QCOMPARE(r.verdict, BootstrapReport::Verdict::Success);
        QVERIFY(
            findStep(r, QStringLiteral("bootstrap-discover"))->message.contains(QStringLiteral("does not support")));
    }

    void lwm2m12BootstrapPackIsAnsweredAtOnce()
    {
        Harness h(makePlan(planJson(pskDevice(QStringLiteral("dev-psk")))));
        QVERIFY(h.listen(coap::SecurityMode::Psk).ok());
        DeviceConfig c
            = deviceFor(QStringLiteral("dev-psk"), coap::SecurityMode::Psk, h.server->port(coap::SecurityMode::Psk));
        c.lwm2mVersion = QStringLiteral("1.2");
        SimulatedDevice device(std::move(c));
        const DeviceOutcome o = runDevice(device);
        QVERIFY(o.finished);
        QVERIFY(o.bspackMs >= 0);
        QVERIFY2(o.bspackMs < 2000,
                 "GET /bspack must be answered 4.04 at once, not time out"); // generous: includes the handshake
    }

    void deviceReturningSecretIsFlagged_S20()
    {
        Harness h(makePlan(planJson(pskDevice(QStringLiteral("dev-psk")))));
        QVERIFY(h.listen(coap::SecurityMode::Psk).ok());
        DeviceConfig c
            = deviceFor(QStringLiteral("dev-psk"), coap::SecurityMode::Psk, h.server->port(coap::SecurityMode::Psk));
        c.leakSecretOnRead = true;
        SimulatedDevice device(std::move(c));
        QVERIFY(runDevice(device).finished);
        QTRY_COMPARE(h.reports.size(), 1);
        const BootstrapReport& r = h.reports.first();
        QVERIFY(!r.flags.isEmpty());
        QVERIFY(r.flags.first().startsWith(QStringLiteral("S20")));
        // The server never asked for /0 itself.
        for (const QString& req : device.requestLog())
            QVERIFY2(!req.startsWith(QStringLiteral("GET /0")), qPrintable(req));
    }

    void deviceDisappearingMidWriteEndsFailedAndServerServesOthers()
    {
        Harness h(makePlan(
            planJson(pskDevice(QStringLiteral("dev-a")) + QLatin1Char(',') + pskDevice(QStringLiteral("dev-b")))));
        QVERIFY(h.listen(coap::SecurityMode::Psk).ok());
        const quint16 port = h.server->port(coap::SecurityMode::Psk);
        UdpFaultProxy proxy;
        QVERIFY(proxy.start(QHostAddress::LocalHost, 0, QHostAddress::LocalHost, port).ok());
        UdpFaultProxy::Faults f;
        f.cutAfter = 14; // handshake (~10 datagrams), POST /bs, discover ... then silence
        proxy.setFaults(f);
        DeviceConfig ca = deviceFor(QStringLiteral("dev-a"), coap::SecurityMode::Psk, proxy.port());
        ca.timeout = 6s;
        SimulatedDevice vanishing(std::move(ca));
        SimulatedDevice healthy(deviceFor(QStringLiteral("dev-b"), coap::SecurityMode::Psk, port));
        auto t1 = vanishing.bootstrap();
        const DeviceOutcome ok = runDevice(healthy);
        QVERIFY2(ok.finished, "one vanished device must not stall the others");
        QCoro::waitFor(std::move(t1));
        QTRY_COMPARE_WITH_TIMEOUT(h.reports.size(), 2, 15000);
        const BootstrapReport* failed = nullptr;
        for (const BootstrapReport& r : h.reports)
            if (r.endpoint == QLatin1String("dev-a"))
                failed = &r;
        QVERIFY(failed);
        QCOMPARE(failed->verdict, BootstrapReport::Verdict::Failed);
        QVERIFY(!failed->failedStep.isEmpty());
        QCOMPARE(failed->error->code, QStringLiteral("coap.timeout"));
        QCOMPARE(h.server->activeCount(), 0);
    }

    void deviceResetMidSequenceIsRecorded()
    {
        Harness h(makePlan(planJson(pskDevice(QStringLiteral("dev-psk")))));
        QVERIFY(h.listen(coap::SecurityMode::Psk).ok());
        DeviceConfig c
            = deviceFor(QStringLiteral("dev-psk"), coap::SecurityMode::Psk, h.server->port(coap::SecurityMode::Psk));
        c.closeAfterRequests = 2;
        c.timeout = 6s;
        SimulatedDevice device(std::move(c));
        QVERIFY(!runDevice(device).finished);
        QTRY_COMPARE_WITH_TIMEOUT(h.reports.size(), 1, 10000);
        QCOMPARE(h.reports.first().verdict, BootstrapReport::Verdict::Failed);
        QVERIFY(h.reports.first().error.has_value());
    }

    void malformedDiscoverFailsWithCause()
    {
        Harness h(makePlan(planJson(pskDevice(QStringLiteral("dev-psk")))));
        QVERIFY(h.listen(coap::SecurityMode::Psk).ok());
        DeviceConfig c
            = deviceFor(QStringLiteral("dev-psk"), coap::SecurityMode::Psk, h.server->port(coap::SecurityMode::Psk));
        c.malformedDiscover = true;
        c.timeout = 4s;
        SimulatedDevice device(std::move(c));
        QVERIFY(!runDevice(device).finished);
        QTRY_COMPARE(h.reports.size(), 1);
        QCOMPARE(h.reports.first().error->code, QStringLiteral("bootstrap.discoverMalformed"));
        QCOMPARE(h.reports.first().failedStep, QStringLiteral("bootstrap-discover"));
    }

    void finishRefusedIsReported()
    {
        Harness h(makePlan(planJson(pskDevice(QStringLiteral("dev-psk")))));
        QVERIFY(h.listen(coap::SecurityMode::Psk).ok());
        DeviceConfig c
            = deviceFor(QStringLiteral("dev-psk"), coap::SecurityMode::Psk, h.server->port(coap::SecurityMode::Psk));
        c.refuseFinish = true;
        c.timeout = 4s;
        SimulatedDevice device(std::move(c));
        QVERIFY(!runDevice(device).finished);
        QTRY_COMPARE(h.reports.size(), 1);
        QCOMPARE(h.reports.first().error->code, QStringLiteral("bootstrap.finishRefused"));
        QVERIFY(h.reports.first().error->userText.contains(QStringLiteral("4.06")));
    }

    void identityOfAnotherDeviceIsRefused_S8()
    {
        Harness h(makePlan(
            planJson(pskDevice(QStringLiteral("dev-a")) + QLatin1Char(',') + pskDevice(QStringLiteral("dev-b")))));
        QVERIFY(h.listen(coap::SecurityMode::Psk).ok());
        // dev-b's identity, but it asks to be bootstrapped as dev-a.
        DeviceConfig c = deviceFor(QStringLiteral("dev-a"), coap::SecurityMode::Psk,
                                   h.server->port(coap::SecurityMode::Psk), "dev-b");
        c.timeout = 3s;
        SimulatedDevice device(std::move(c));
        QVERIFY(!runDevice(device).finished);
        QTRY_COMPARE(h.reports.size(), 1);
        QCOMPARE(h.reports.first().error->code, QStringLiteral("bootstrap.identityMismatch"));
        QCOMPARE(h.reports.first().error->rule, Rule::S8);
    }

    void manyDevicesConcurrently()
    {
        QStringList devs;
        for (int i = 0; i < 20; ++i)
            devs << pskDevice(QStringLiteral("dev-%1").arg(i));
        Harness h(makePlan(planJson(devs.join(QLatin1Char(',')))));
        QVERIFY(h.listen(coap::SecurityMode::Psk).ok());
        DeviceFleet fleet;
        std::vector<std::unique_ptr<SimulatedDevice>> devices;
        std::vector<QCoro::Task<DeviceOutcome>> tasks;
        for (int i = 0; i < 20; ++i) {
            devices.push_back(
                std::make_unique<SimulatedDevice>(deviceFor(QStringLiteral("dev-%1").arg(i), coap::SecurityMode::Psk,
                                                            h.server->port(coap::SecurityMode::Psk)),
                                                  &fleet));
            tasks.push_back(devices.back()->bootstrap());
        }
        int finished = 0;
        for (auto& t : tasks)
            finished += QCoro::waitFor(std::move(t)).finished ? 1 : 0;
        QCOMPARE(finished, 20);
        QTRY_COMPARE(h.reports.size(), 20);
    }

    void stopCancelsRunningBootstraps()
    {
        Harness h(makePlan(planJson(pskDevice(QStringLiteral("dev-psk")))));
        QVERIFY(h.listen(coap::SecurityMode::Psk).ok());
        const quint16 port = h.server->port(coap::SecurityMode::Psk);
        UdpFaultProxy proxy;
        QVERIFY(proxy.start(QHostAddress::LocalHost, 0, QHostAddress::LocalHost, port).ok());
        UdpFaultProxy::Faults f;
        f.delayMs = 150; // slow link: the sequence is still running when we stop
        proxy.setFaults(f);
        DeviceConfig c = deviceFor(QStringLiteral("dev-psk"), coap::SecurityMode::Psk, proxy.port());
        c.timeout = 5s;
        SimulatedDevice device(std::move(c));
        auto task = device.bootstrap();
        QTRY_VERIFY_WITH_TIMEOUT(h.server->activeCount() == 1, 5000);
        h.server->stop();
        QTRY_COMPARE_WITH_TIMEOUT(h.reports.size(), 1, 5000);
        QCOMPARE(h.reports.first().verdict, BootstrapReport::Verdict::Failed);
        QCOMPARE(h.reports.first().error->code, QStringLiteral("bootstrap.cancelled"));
        QCoro::waitFor(std::move(task));
    }

    void identityOf128BytesBootstrapsEndToEnd_S8()
    {
        const QString identity = QString(64, QChar(0x00e9)); // 128 bytes of UTF-8
        const QString dev
            = QStringLiteral("{\"endpoint\":\"dev-long\",\"bootstrap\":{\"mode\":\"psk\",\"pskIdentity\":\"%1\","
                             "\"psk\":{\"hex\":\"%2\"}},\"servers\":[{\"shortServerId\":9,"
                             "\"uri\":\"coaps://lwm2m.example.com:5684\",\"security\":{\"mode\":\"psk\","
                             "\"pskIdentity\":\"%1\",\"psk\":\"generate\"}}]}")
                  .arg(identity, QString::fromLatin1(kBootstrapKeyHex));
        Harness h(makePlan(planJson(dev)));
        QVERIFY(h.listen(coap::SecurityMode::Psk).ok());
        SimulatedDevice device(deviceFor(QStringLiteral("dev-long"), coap::SecurityMode::Psk,
                                         h.server->port(coap::SecurityMode::Psk), identity.toUtf8()));
        const DeviceOutcome o = runDevice(device);
        QVERIFY2(o.finished, qPrintable(o.error ? o.error->toString() : QString()));
        QTRY_COMPARE(h.reports.size(), 1);
        QCOMPARE(h.reports.first().pskIdentity.toUtf8().size(), 128);
        // The device holds the 128-byte identity in /0/x/3 of its new account.
        bool found = false;
        for (const auto& inst : device.instancesOf(0))
            found |= inst.instanceId != 0 && inst.resources.at(3).value.opaqueView() == identity.toUtf8();
        QVERIFY(found);
    }

    void x509BootstrapChecksChainAndCommonName_S13_S18_data()
    {
        QTest::addColumn<QString>("certificateCn");
        QTest::addColumn<bool>("fromPlanCa");
        QTest::addColumn<int>("rule"); // 0: accepted
        QTest::newRow("CN == endpoint, plan CA") << QStringLiteral("dev-x509") << true << 0;
        QTest::newRow("CN != endpoint S18") << QStringLiteral("dev-other") << true << int(Rule::S18);
        QTest::newRow("other CA S13") << QStringLiteral("dev-x509") << false << -1;
    }
    void x509BootstrapChecksChainAndCommonName_S13_S18()
    {
        QFETCH(QString, certificateCn);
        QFETCH(bool, fromPlanCa);
        QFETCH(int, rule);
        auto planCa = security::LocalCa::create();
        auto otherCa = security::LocalCa::create();
        auto serverCa = security::LocalCa::create();
        QVERIFY(planCa.ok() && otherCa.ok() && serverCa.ok());
        auto serverKey = security::CredentialGenerator::generateP256KeyPair().value();
        auto serverCert = serverCa->issueServerCertificate({QStringLiteral("localhost")}, serverKey.publicKeySpki);
        auto deviceKey = security::CredentialGenerator::generateP256KeyPair().value();
        auto deviceCert
            = (fromPlanCa ? *planCa : *otherCa).issueClientCertificate(certificateCn, deviceKey.publicKeySpki);
        QVERIFY(serverCert.ok() && deviceCert.ok());
        const QString dev
            = QStringLiteral("{\"endpoint\":\"dev-x509\",\"bootstrap\":{\"mode\":\"x509\",\"caCertificates\":"
                             "[{\"base64\":\"%1\"}]},\"servers\":[{\"shortServerId\":3,"
                             "\"uri\":\"coaps://lwm2m.example.com:5684\",\"security\":{\"mode\":\"x509\","
                             "\"clientCertificate\":\"generate\",\"clientPrivateKey\":\"generate\","
                             "\"serverCertificate\":{\"base64\":\"%2\"}}}]}")
                  .arg(QString::fromLatin1(planCa->certificateDer().toBase64()),
                       QString::fromLatin1(serverCert->toBase64()));
        security::EngineClientVerifier verifier;
        security::EngineCredentialFactory credentials(&*planCa, nullptr);
        BootstrapServer::Options o;
        o.verifier = &verifier;
        o.credentials = &credentials;
        Harness h(makePlan(planJson(dev)), o);
        std::vector<ListenerSpec> specs(1);
        specs[0].mode = coap::SecurityMode::Certificate;
        specs[0].certificateChain = {serverCert.value()};
        specs[0].privateKey = serverKey.privateKeyPkcs8.clone();
        QVERIFY(h.server->start(std::move(specs)).ok());
        DeviceConfig c = deviceFor(QStringLiteral("dev-x509"), coap::SecurityMode::Certificate,
                                   h.server->port(coap::SecurityMode::Certificate), {}, {});
        c.certificateChain = {deviceCert.value()};
        c.privateKey = deviceKey.privateKeyPkcs8.clone();
        c.timeout = 4s;
        SimulatedDevice device(std::move(c));
        const DeviceOutcome out = runDevice(device);
        QTRY_COMPARE(h.reports.size(), 1);
        const BootstrapReport& r = h.reports.first();
        if (rule == 0) {
            QVERIFY2(out.finished, qPrintable(r.error ? r.error->toString() : QString()));
            QCOMPARE(r.verdict, BootstrapReport::Verdict::Success);
            QVERIFY(r.cipherSuite.startsWith(QStringLiteral("ECDHE-ECDSA-")));
            // The new account's certificate was issued by the local CA with CN = endpoint (S18).
            bool issued = false;
            for (const auto& inst : device.instancesOf(0))
                issued |= inst.instanceId != 0 && inst.resources.at(2).value.toInteger() == 2
                    && inst.resources.at(3).value.opaqueSize() > 100;
            QVERIFY(issued);
        } else {
            QVERIFY(!out.finished);
            QCOMPARE(r.verdict, BootstrapReport::Verdict::Refused);
            QCOMPARE(r.error->code, QStringLiteral("bootstrap.clientCertificateRefused"));
            if (rule > 0)
                QCOMPARE(int(r.error->rule), rule);
            else
                QVERIFY(r.error->rule == Rule::S13 || r.error->rule == Rule::S15);
        }
    }

    void keyMaterialOfAnotherDeviceIsRefused_S5()
    {
        QTemporaryDir dir;
        auto db = inventory::InventoryDatabase::openSqlite(dir.filePath(QStringLiteral("inventory.db")));
        QVERIFY(db.ok());
        inventory::CredentialRegistry registry(**db);
        security::EngineCredentialFactory credentials(nullptr, &registry);
        // Two devices whose plan gives both the same literal server PSK.
        auto device = [](const QString& ep) {
            return QStringLiteral("{\"endpoint\":\"%1\",\"bootstrap\":{\"mode\":\"psk\",\"pskIdentity\":\"%1\","
                                  "\"psk\":{\"hex\":\"%2\"}},\"servers\":[{\"shortServerId\":5,"
                                  "\"uri\":\"coaps://lwm2m.example.com:5684\",\"security\":{\"mode\":\"psk\","
                                  "\"pskIdentity\":\"%1\",\"psk\":{\"hex\":\"5e2b8c71d04a9f36e1c7b05a93d2f48e\"}}}]}")
                .arg(ep, QString::fromLatin1(kBootstrapKeyHex));
        };
        BootstrapServer::Options o;
        o.credentials = &credentials;
        Harness h(
            makePlan(planJson(device(QStringLiteral("dev-a")) + QLatin1Char(',') + device(QStringLiteral("dev-b")))),
            o);
        QVERIFY(h.listen(coap::SecurityMode::Psk).ok());
        const quint16 port = h.server->port(coap::SecurityMode::Psk);
        SimulatedDevice first(deviceFor(QStringLiteral("dev-a"), coap::SecurityMode::Psk, port));
        QVERIFY(runDevice(first).finished);
        DeviceConfig c = deviceFor(QStringLiteral("dev-b"), coap::SecurityMode::Psk, port);
        c.timeout = 3s;
        SimulatedDevice second(std::move(c));
        QVERIFY(!runDevice(second).finished);
        QTRY_COMPARE(h.reports.size(), 2);
        const BootstrapReport& r = h.reports.last();
        QCOMPARE(r.endpoint, QStringLiteral("dev-b"));
        QCOMPARE(r.failedStep, QStringLiteral("prepare"));
        QCOMPARE(r.error->rule, Rule::S5);
        // Nothing was written to the second device.
        for (const QString& req : second.requestLog())
            QVERIFY2(!req.startsWith(QStringLiteral("PUT")), qPrintable(req));
    }

private:
    static std::shared_ptr<const BootstrapPlan> makePlanUnchecked(const QByteArray& json) { return makePlan(json); }
};

QTEST_GUILESS_MAIN(BootstrapServerTest)
#include "BootstrapServerTest.moc"
