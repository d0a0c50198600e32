#pragma once

#include "devicesim/SimulatedDevice.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace lwc::devicesim {

// The built-in demo device the wizard offers on a laptop with no device
// attached: a SimulatedDevice (a real libcoap LwM2M client) on loopback,
// with its own factory data — a fresh endpoint name and a bootstrap PSK
// from the CSPRNG, or the PIN the technician was shown, or a factory
// certificate — started against the job's listener once it listens.
//
// It owns itself while it runs: start() returns at once, finished() reports
// the outcome, and the object deletes itself afterwards, so a coroutine
// never outlives the device it runs in. stop() switches it off early.
class DemoDevice : public QObject {
    Q_OBJECT
public:
    struct FactoryData {
        QString endpoint; // "urn:dev:demo:<8 hex>"
        QByteArray pskIdentity; // = endpoint
        SecretBytes psk; // 16 bytes, CSPRNG (S3)
    };

    // Fresh factory data for one demo run.
    static Result<FactoryData> newFactoryData();

    // `config` carries endpoint and credentials; address and port are set by start().
    explicit DemoDevice(DeviceConfig config);
    ~DemoDevice() override;

    // Connects to the bootstrap listener at address:port and runs the
    // bootstrap; emits finished() and deletes itself when done.
    void start(const QHostAddress& address, quint16 port);
    void stop();
    const DeviceConfig& config() const;
    bool isRunning() const { return m_running; }

    // Demo devices alive in this process (tests wait for 0 before exiting).
    static int liveCount();

Q_SIGNALS:
    void finished(const lwc::devicesim::DeviceOutcome& outcome);

private:
    QCoro::Task<> run();

    DeviceConfig m_config; // until start()
    std::unique_ptr<SimulatedDevice> m_device;
    bool m_running = false;
};

} // namespace lwc::devicesim
