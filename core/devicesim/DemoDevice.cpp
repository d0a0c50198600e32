#include "DemoDevice.h"

#include "common/Log.h"

#include <QCoreApplication>

#include <atomic>

namespace lwc::devicesim {

namespace {
std::atomic<int> g_live {0};
}

Result<DemoDevice::FactoryData> DemoDevice::newFactoryData()
{
    FactoryData data;
    LWC_TRY(SecretBytes tag, SecretBytes::random(4));
    // The name is not secret: reveal it on purpose.
    data.endpoint = QStringLiteral("urn:dev:demo:") + QString::fromLatin1(tag.view().toByteArray().toHex());
    data.pskIdentity = data.endpoint.toUtf8();
    LWC_TRY(data.psk, SecretBytes::random(16)); // S3: a CSPRNG key, as a factory would provision
    return data;
}

DemoDevice::DemoDevice(DeviceConfig config) : m_config(std::move(config))
{
    ++g_live;
}

DemoDevice::~DemoDevice()
{
    --g_live;
}

int DemoDevice::liveCount()
{
    return g_live.load();
}

const DeviceConfig& DemoDevice::config() const
{
    return m_device ? m_device->config() : m_config;
}

void DemoDevice::start(const QHostAddress& address, quint16 port)
{
    if (m_running || m_device)
        return;
    m_running = true;
    m_config.server = address;
    m_config.port = port;
    m_device = std::make_unique<SimulatedDevice>(std::move(m_config));
    qCInfo(lcBootstrap).noquote() << "demo device" << config().endpoint << "connects to"
                                  << QStringLiteral("%1:%2").arg(address.toString()).arg(port);
    run();
}

void DemoDevice::stop()
{
    if (m_running && m_device)
        m_device->stop();
    else
        deleteLater();
}

QCoro::Task<> DemoDevice::run()
{
    QPointer<DemoDevice> self(this);
    DeviceOutcome outcome;
    try {
        outcome = co_await m_device->bootstrap();
    } catch (const std::exception& e) {
        outcome.error = makeError(
            QStringLiteral("devicesim.internal"),
            QCoreApplication::translate("lwc::devicesim::DemoDevice", "The demo device stopped on an internal error."),
            QString::fromUtf8(e.what()));
    }
    if (!self)
        co_return;
    m_running = false;
    qCInfo(lcBootstrap).noquote()
        << "demo device" << config().endpoint
        << (outcome.finished ? QStringLiteral("bootstrapped")
                             : QStringLiteral("stopped: %1").arg(outcome.error ? outcome.error->code : QString()));
    Q_EMIT finished(outcome);
    deleteLater();
}

} // namespace lwc::devicesim
