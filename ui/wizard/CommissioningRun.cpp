#include "CommissioningRun.h"

#include "common/Log.h"
#include "inventory/Inventory.h"
#include "inventory/JobRecorder.h"
#include "receipt/ReceiptBuilder.h"
#include "security/BootstrapCredentials.h"

#include <QCoreApplication>

namespace lwc::ui {

CommissioningRun::CommissioningRun(std::shared_ptr<const bootstrap::BootstrapPlan> plan, QString endpoint,
                                   std::vector<bootstrap::ListenerSpec> listeners, jobs::BootstrapJob::Options options,
                                   inventory::Inventory* inventory, const Clock& clock,
                                   std::optional<devicesim::DeviceConfig> demoDevice, QString profile, QObject* parent)
    : QObject(parent), m_plan(std::move(plan)), m_inventory(inventory), m_technician(ReceiptBuilder::loginName())
{
    jobs::JobJournal* journal = nullptr;
    if (inventory) {
        journal = &inventory->journal();
    } else {
        m_memoryJournal = std::make_unique<jobs::MemoryJobJournal>();
        journal = m_memoryJournal.get();
    }
    // Keys are prepared before the run (no "generate" for certificates), so
    // the engine needs no CA here; the inventory keeps the fleet unique (S5, S12).
    m_credentials
        = std::make_unique<security::EngineCredentialFactory>(nullptr, inventory ? &inventory->credentials() : nullptr);
    m_verifier = std::make_unique<security::EngineClientVerifier>(clock);
    options.server.credentials = m_credentials.get();
    options.server.verifier = m_verifier.get();
    options.server.clock = &clock;
    if (!listeners.empty())
        m_listenAddress = listeners.front().address;
    m_journal = journal;
    m_job = new jobs::BootstrapJob(m_plan, std::move(endpoint), std::move(listeners), options, *journal, clock, this);
    m_job->setTechnician(m_technician);
    if (inventory) {
        // The same trail as `commissioner-cli commission`: device state, an
        // audit record per start, step and end, the accounts on the device.
        m_recorder = std::make_unique<inventory::JobRecorder>(*inventory, *m_job, std::move(profile));
        connect(m_recorder.get(), &inventory::JobRecorder::recordingFailed, this, &CommissioningRun::recordingFailed);
    }

    if (demoDevice) {
        m_hasDemo = true;
        m_demo = new devicesim::DemoDevice(std::move(*demoDevice));
        connect(m_demo, &devicesim::DemoDevice::finished, this, [this](const devicesim::DeviceOutcome& outcome) {
            m_demoOutcome = outcome;
            Q_EMIT demoDeviceFinished(outcome);
        });
        // The demo device connects as soon as the job listens (loopback).
        connect(m_job, &jobs::BootstrapJob::listening, this, [this](quint16 port) {
            if (!m_demo)
                return;
            const QHostAddress target = m_listenAddress.isLoopback() || m_listenAddress.isNull()
                ? QHostAddress(QHostAddress::LocalHost)
                : m_listenAddress;
            m_demo->start(target, port);
            Q_EMIT demoDeviceStarted(port);
        });
    }
}

CommissioningRun::~CommissioningRun()
{
    // Not started (or never will be): the demo device goes with us.
    if (m_demo && !m_demo->isRunning())
        m_demo->stop();
}

QCoro::Task<jobs::JobState> CommissioningRun::execute()
{
    QPointer<CommissioningRun> self(this);
    jobs::JobState state = jobs::JobState::Failed;
    if (m_running)
        co_return state;
    m_running = true;
    try {
        state = co_await m_job->run();
    } catch (const std::exception& e) {
        qCCritical(lcUi) << "commissioning run failed:" << e.what();
    }
    if (!self)
        co_return state;
    m_running = false;
    // A device left waiting (failure, cancel) is switched off, not left to time out.
    if (state != jobs::JobState::Succeeded && m_demo)
        m_demo->stop();
    Q_EMIT finished(state);
    if (m_abandoned)
        deleteLater();
    co_return state;
}

void CommissioningRun::cancel()
{
    if (m_running)
        m_job->cancel();
}

void CommissioningRun::abandon()
{
    m_abandoned = true;
    setParent(nullptr);
    if (m_running) {
        m_job->cancel();
        return; // execute() deletes us when the job has ended
    }
    deleteLater();
}

} // namespace lwc::ui
