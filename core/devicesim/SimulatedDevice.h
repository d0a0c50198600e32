#pragma once

#include "coap/CoapEndpoint.h"
#include "common/Result.h"
#include "common/SecretBytes.h"
#include "lwm2m/Record.h"

#include <QHostAddress>
#include <QObject>
#include <QSet>

#include <QCoro/QCoroTask>

#include <chrono>
#include <map>
#include <memory>

namespace lwc::devicesim {

// How the simulated device is configured at the factory, and how it
// misbehaves on request (fault tests).
struct DeviceConfig {
    QString endpoint;
    QHostAddress server = QHostAddress::LocalHost;
    quint16 port = 0;
    coap::SecurityMode mode = coap::SecurityMode::Psk;
    QByteArray pskIdentity;
    SecretBytes psk; // PSK, or the PIN's UTF-8 bytes in PIN mode
    QList<QByteArray> certificateChain; // X.509: DER, leaf first
    SecretBytes privateKey; // X.509: PKCS#8/SEC1 DER
    QByteArray cipherList; // offered suites; default from the mode
    std::optional<quint16> preferredFormat; // sent as pct=
    QString lwm2mVersion = QStringLiteral("1.1"); // "1.0": no Bootstrap-Discover/Read; "1.2": tries /bspack first
    QSet<quint16> acceptedFormats = {11542, 110, 112, 11544};
    bool factoryServerAccount = true; // an old /0/1 + /1/0 the bootstrap should delete
    std::chrono::milliseconds timeout = std::chrono::seconds(30);
    // Benchmark baseline: handshake and one round trip (POST /bs), then stop.
    bool handshakeOnly = false;

    // Faults
    int closeAfterRequests = -1; // close the session after N requests from the server (device reboots)
    bool leakSecretOnRead = false; // answers reads with /0/x/5 (S20 violation)
    bool malformedDiscover = false;
    bool refuseFinish = false; // 4.06 on Bootstrap-Finish
    bool refuseNonTlv = false; // 4.15 for every format but TLV (a pct it cannot parse)
};

struct DeviceOutcome {
    bool finished = false;
    qint64 connectToFinishMs = 0;
    qint64 bspackMs = -1; // time for the /bspack answer, -1 if not tried
    QString negotiatedSuite;
    int requestsServed = 0;
    std::optional<Error> error;
};

class DeviceFleet;

// A real LwM2M client on libcoap that bootstraps over NoSec, PSK, PIN
// (ECDHE-PSK) or X.509: it sends POST /bs, then serves the server's
// Bootstrap-Discover, Delete, Write, Read and Finish like a device, storing
// /0 and /1 and never returning /0/x/5 (unless told to misbehave).
class SimulatedDevice : public QObject {
    Q_OBJECT
public:
    explicit SimulatedDevice(DeviceConfig config, DeviceFleet* fleet = nullptr, QObject* parent = nullptr);
    ~SimulatedDevice() override;

    // Connects, asks for bootstrap and waits for Bootstrap-Finish, the
    // timeout or stop().
    QCoro::Task<DeviceOutcome> bootstrap();
    // The device is switched off: a running bootstrap() ends at once with
    // devicesim.stopped (instead of waiting out its timeout), its session closes.
    void stop();
    bool isStopped() const { return m_stopped; }

    const DeviceConfig& config() const { return m_config; }
    // The device's objects, as stored ("/0/1" -> instance).
    const std::map<lwm2m::Path, lwm2m::ObjectInstance>& objects() const { return m_objects; }
    QList<lwm2m::ObjectInstance> instancesOf(quint16 objectId) const;
    // Requests the server made, in order ("PUT /0/1 11542"), for tests.
    QStringList requestLog() const { return m_requestLog; }

    coap::Response handle(const coap::PeerSession& peer, const coap::IncomingRequest& request);

Q_SIGNALS:
    void finished();

private:
    coap::Response discover() const;
    coap::Response read(const lwm2m::Path& path, std::optional<quint16> accept) const;
    coap::Response write(const lwm2m::Path& path, const coap::IncomingRequest& request);
    coap::Response remove(const lwm2m::Path& path);
    coap::Response finish();
    void seedFactoryState();

    DeviceConfig m_config;
    DeviceFleet* m_fleet = nullptr;
    std::unique_ptr<DeviceFleet> m_ownFleet;
    coap::PeerSession m_session;
    std::map<lwm2m::Path, lwm2m::ObjectInstance> m_objects;
    QStringList m_requestLog;
    int m_served = 0;
    bool m_finished = false;
    bool m_stopped = false;
    bool m_wakeQueued = false; // `finished` is emitted at most once (one waiting coroutine)
};

// Many simulated devices on one libcoap context (one epoll fd), for the
// benchmark and multi-device tests. Routes the server's requests to the
// device that owns the session.
class DeviceFleet : public QObject {
    Q_OBJECT
public:
    explicit DeviceFleet(QObject* parent = nullptr);
    ~DeviceFleet() override;
    coap::CoapEndpoint& endpoint() { return *m_endpoint; }
    void attach(quint64 sessionId, SimulatedDevice* device) { m_devices[sessionId] = device; }
    void detach(quint64 sessionId) { m_devices.erase(sessionId); }

private:
    std::unique_ptr<coap::CoapEndpoint> m_endpoint;
    std::map<quint64, SimulatedDevice*> m_devices;
};

} // namespace lwc::devicesim
